/**
 * Hostile PDFs for the upload tests, built with pdf-lib's low-level API and raw bytes: scripts, launch actions,
 * page actions, form fields, embedded files, XMP and Info metadata holding a name and an ID number, and foreign
 * bytes (HTML, a Windows executable header) between and after the objects. `searchable()` returns a file's raw
 * bytes followed by every stream decoded, so a marker hidden in a compressed stream is still found.
 */
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream, PDFString, type PDFRef } from 'pdf-lib';
import { jpegWithGps } from './attachments';

export const NAME_SENTINEL = '王秀英';
export const ID_SENTINEL = '330106195203047711';
export const FORM_SENTINEL = 'FORM-VALUE-7731';

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${NAME_SENTINEL} ${ID_SENTINEL}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** Markers that must not survive a rewrite (the sentinel texts are checked separately, in several encodings). */
export const HOSTILE_MARKERS = [
  '/JavaScript',
  '/JS',
  'app.alert',
  '/OpenAction',
  '/AA',
  '/Launch',
  'cmd.exe',
  '/URI',
  'evil.example',
  '/Annots',
  '/AcroForm',
  '/EmbeddedFile',
  '/Filespec',
  'payload.exe',
  'EMBEDDED-PAYLOAD',
  '/Metadata',
  'x:xmpmeta',
  '/PieceInfo',
  '/Author',
  '/Title',
  '/Producer',
  '/Creator',
  '/Info',
  'SpyCam',
  'SN-0042',
];
export const FOREIGN_MARKERS = ['<html>', '<script>', 'This program cannot be run in DOS mode', 'MZ\u0090\u0000\u0003'];

/**
 * A 2-page PDF with every feature the rewrite must drop: page 1 draws an EXIF-laden JPEG that has its own XMP and
 * carries a private key with the sentinels; page 2 has a marked content stream, links and a form field.
 */
export async function hostilePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const ctx = doc.context;
  const ref = (value: Record<string, unknown>): PDFRef =>
    ctx.register(ctx.obj(value as Parameters<typeof ctx.obj>[0] & object));
  const js = (code: string) => ref({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(code) });
  doc.setTitle(`${NAME_SENTINEL}的病历`);
  doc.setAuthor(`${NAME_SENTINEL} ${ID_SENTINEL}`);
  doc.setSubject(ID_SENTINEL);
  doc.setKeywords([ID_SENTINEL]);
  doc.setProducer('EvilScanner 1.0');
  doc.setCreator('EvilScanner');

  const first = doc.addPage([200, 200]);
  // a copy: pdf-lib reads the JPEG through its ArrayBuffer and ignores a pooled Buffer's offset
  const photo = await doc.embedJpg(new Uint8Array(await jpegWithGps(32, 16)));
  first.drawImage(photo, { x: 10, y: 10, width: 64, height: 32 });
  await photo.embed();
  (ctx.lookup(photo.ref) as PDFRawStream).dict.set(
    PDFName.of('Metadata'),
    ctx.register(ctx.stream(XMP, { Type: 'Metadata', Subtype: 'XML' })),
  );
  const second = doc.addPage([300, 150]);
  second.node.set(PDFName.of('Contents'), ctx.register(ctx.stream('% PAGE-TWO-CONTENT\n0 0 m 10 10 l S\n')));

  doc.catalog.set(PDFName.of('OpenAction'), js('app.alert("open")'));
  doc.catalog.set(PDFName.of('AA'), ctx.obj({ WC: js('app.alert("close")') }));
  doc.catalog.set(PDFName.of('Metadata'), ctx.register(ctx.stream(XMP, { Type: 'Metadata', Subtype: 'XML' })));
  doc.addJavaScript('init', 'app.alert("names")');
  await doc.attach(Buffer.from('MZ EMBEDDED-PAYLOAD'), 'payload.exe', { mimeType: 'application/octet-stream' });

  first.node.set(
    PDFName.of('AA'),
    ctx.obj({ O: js('app.alert("page")'), C: ref({ S: 'Launch', F: PDFString.of('cmd.exe') }) }),
  );
  first.node.set(PDFName.of('Metadata'), ctx.register(ctx.stream(XMP, { Type: 'Metadata', Subtype: 'XML' })));
  first.node.set(PDFName.of('PieceInfo'), ctx.obj({ Scanner: { Private: PDFString.of(ID_SENTINEL) } }));
  first.node.set(PDFName.of('ScannerPrivate'), ctx.obj({ Owner: PDFString.of(`${NAME_SENTINEL} ${ID_SENTINEL}`) }));
  const launch = ref({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [0, 0, 50, 50],
    A: { S: 'Launch', F: PDFString.of('cmd.exe'), Win: { F: PDFString.of('cmd.exe') } },
  });
  const uri = ref({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [50, 0, 100, 50],
    A: { S: 'URI', URI: PDFString.of('https://evil.example/') },
  });
  second.node.set(PDFName.of('Annots'), ctx.obj([launch, uri]));
  const field = doc.getForm().createTextField('applicant');
  field.setText(FORM_SENTINEL);
  field.addToPage(second, { x: 10, y: 100, width: 100, height: 20 });
  field.acroField.dict.set(PDFName.of('AA'), ctx.obj({ K: js('app.alert("keystroke")') }));

  // plain objects, so the markers above are visible in the input and the test can show they were there
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** `pdf` with HTML and an executable header right after the header line, and again after %%EOF. */
export function withForeignBytes(pdf: Buffer): Buffer {
  const foreign = Buffer.from(
    '<html><script>alert(1)</script></html>\nMZ\u0090\u0000\u0003\u0000This program cannot be run in DOS mode.\n',
    'latin1',
  );
  const headerEnd = pdf.indexOf('\n') + 1;
  return Buffer.concat([pdf.subarray(0, headerEnd), foreign, pdf.subarray(headerEnd), foreign]);
}

/** A one-page PDF whose trailer names a standard security handler (what pdf-lib and viewers take as encrypted). */
export function encryptedPdf(): Buffer {
  const hex = (n: number) => `<${'ab'.repeat(n)}>`;
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n' +
      `4 0 obj<</Filter/Standard/V 2/R 3/Length 128/P -3904/O ${hex(32)}/U ${hex(32)}>>endobj\n` +
      `trailer<</Root 1 0 R/Encrypt 4 0 R/ID[${hex(16)}${hex(16)}]>>\n%%EOF\n`,
    'latin1',
  );
}

export async function pagesPdf(count: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage([100, 100]);
  return Buffer.from(await doc.save({ addDefaultPage: false }));
}

/** The raw bytes followed by every stream of the file decoded (latin1), for marker searches. */
export async function searchable(pdf: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  const parts = [pdf];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    try {
      parts.push(Buffer.from(decodePDFRawStream(object).decode()));
    } catch {
      // a filter pdf-lib does not decode (DCTDecode: the JPEG bytes are already in the raw file)
    }
  }
  return Buffer.concat(parts);
}

/** `text` as a PDF may hold it: UTF-8, UTF-16BE, and both as hex strings (either case). */
export function encodingsOf(text: string): Buffer[] {
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  const hexes = [Buffer.from(text, 'utf8'), utf16].map((b) => b.toString('hex'));
  return [Buffer.from(text, 'utf8'), utf16, ...hexes.flatMap((h) => [Buffer.from(h), Buffer.from(h.toUpperCase())])];
}
