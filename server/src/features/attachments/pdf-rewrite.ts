/**
 * Every uploaded PDF is rebuilt, never stored as sent: pdf-lib parses it, and a new document receives copies of
 * its pages and of nothing else. The new catalog has no /OpenAction, /AA, /Names (JavaScript, embedded files),
 * /AcroForm, /Outlines or /Metadata, and the file gets no Info dictionary (no Title, Author, Producer or Creator).
 *
 * Pages keep only what draws them (PAGE_KEYS): /Annots is dropped entirely, not filtered, because annotations
 * carry actions (/A, /AA), form widgets tied to AcroForm scripts, file attachments, sounds and links; so are
 * /AA, thumbnails (which may show something else than the page), /PieceInfo and page-level /Metadata. Before
 * copying, every object of the source loses the keys in DROPPED_KEYS, so nothing reachable only through them
 * (an action, a script, an XMP stream, an embedded file) is copied at all. Embedded JPEG images lose their EXIF,
 * XMP, IPTC and comment segments (jpeg-segments.ts). What is written is pdf-lib's own serialisation: a fresh
 * header, plain objects, one cross-reference table and a trailer; whatever sat between objects, before the
 * header or after %%EOF (HTML, an executable) is not carried over.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream, type PDFObject } from 'pdf-lib';
import { MAX_PDF_PAGES } from '../../../../shared/schemas/attachments';
import { AppError } from '../../errors';
import { stripJpegMetadata } from './jpeg-segments';

/**
 * Page entries that are copied; every other page entry is dropped. /Parent stays on the source page only so that the
 * copier can pull inherited boxes, resources and rotation down from the page tree (it does not copy /Parent itself).
 */
const PAGE_KEYS = new Set([
  'Type',
  'Parent',
  'MediaBox',
  'CropBox',
  'BleedBox',
  'TrimBox',
  'ArtBox',
  'Resources',
  'Contents',
  'Rotate',
  'UserUnit',
  'Group',
]);

/** Removed from every dictionary and stream of the source before its pages are copied (Ref, OPI: content fetched from other files). */
const DROPPED_KEYS = [
  'AA',
  'A',
  'JS',
  'JavaScript',
  'OpenAction',
  'Annots',
  'AcroForm',
  'Names',
  'EF',
  'EmbeddedFiles',
  'Metadata',
  'PieceInfo',
  'Thumb',
  'URI',
  'Ref',
  'OPI',
].map((k) => PDFName.of(k));

/**
 * @throws AppError FILE_DAMAGED (pdf-lib cannot parse it, or it has no page) | PDF_ENCRYPTED | PDF_TOO_MANY_PAGES
 */
export async function rewritePdf(data: Buffer): Promise<Buffer> {
  let source: PDFDocument;
  try {
    // an object pdf-lib cannot parse would be copied as raw bytes, so it refuses the file instead; encryption is
    // checked below (pdf-lib's EncryptedPDFError, an ES5 Error subclass, fails instanceof)
    source = await PDFDocument.load(data, {
      updateMetadata: false,
      ignoreEncryption: true,
      throwOnInvalidObject: true,
    });
  } catch (err) {
    throw damaged(err);
  }
  if (source.isEncrypted) throw new AppError('PDF_ENCRYPTED');
  const pages = countPages(source);
  if (pages > MAX_PDF_PAGES)
    throw new AppError('PDF_TOO_MANY_PAGES', {
      message: `这个 PDF 有 ${pages} 页，太多了，请只上传需要的那几页（最多 ${MAX_PDF_PAGES} 页）`,
    });
  try {
    for (const [, object] of source.context.enumerateIndirectObjects()) strip(object, new Set());
    for (const page of source.getPages()) {
      for (const key of page.node.keys()) if (!PAGE_KEYS.has(key.asString().slice(1))) page.node.delete(key);
    }
    const out = await PDFDocument.create({ updateMetadata: false });
    for (const page of await out.copyPages(source, source.getPageIndices())) out.addPage(page);
    for (const [ref, object] of out.context.enumerateIndirectObjects()) {
      if (object instanceof PDFRawStream && isPlainJpeg(object))
        out.context.assign(ref, PDFRawStream.of(object.dict, stripJpegMetadata(object.contents)));
    }
    // plain objects (no object streams): what is stored can be read and scanned as it is
    return Buffer.from(
      await out.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }),
    );
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged(err);
  }
}

function countPages(doc: PDFDocument): number {
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch (err) {
    // a page tree pdf-lib cannot walk (missing, looping)
    throw damaged(err);
  }
  if (pages === 0) throw damaged(new Error('no pages'));
  return pages;
}

/** Deletes DROPPED_KEYS from a dictionary or stream and from the direct objects inside it. */
function strip(object: PDFObject, seen: Set<PDFObject>): void {
  if (seen.has(object)) return;
  seen.add(object);
  const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : null;
  if (dict) {
    for (const key of DROPPED_KEYS) dict.delete(key);
    for (const value of dict.values()) strip(value, seen);
  } else if (object instanceof PDFArray) {
    for (const value of object.asArray()) strip(value, seen);
  }
}

/** A stream whose only filter is DCTDecode: its bytes are a JPEG file. */
function isPlainJpeg(stream: PDFRawStream): boolean {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const names = filter instanceof PDFArray ? filter.asArray() : [filter];
  return names.length === 1 && names[0] === PDFName.of('DCTDecode');
}

function damaged(cause: unknown): AppError {
  return new AppError('FILE_DAMAGED', { message: '这个 PDF 文件打不开，请重新保存或扫描后再上传', cause });
}
