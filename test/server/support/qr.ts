/** Decodes the QR code in a PNG (the whole poster): sharp gives raw RGBA pixels, jsQR finds and reads the code. */
import jsQR from 'jsqr';
import { PDFDict, PDFDocument, PDFName, type PDFNumber, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';

export async function decodeQr(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const found = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
  return found?.data ?? null;
}

/** Page count and the sizes of the images drawn on the first page of a PDF. */
export async function pdfImages(pdf: Buffer): Promise<{ pages: number; images: { width: number; height: number }[] }> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
  const images: { width: number; height: number }[] = [];
  for (const [, ref] of xobjects?.entries() ?? []) {
    const obj = doc.context.lookup(ref);
    if (!(obj instanceof PDFRawStream)) continue;
    if (obj.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const n = (k: string) => (obj.dict.get(PDFName.of(k)) as PDFNumber).asNumber();
    images.push({ width: n('Width'), height: n('Height') });
  }
  return { pages: doc.getPageCount(), images };
}
