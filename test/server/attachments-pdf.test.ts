/**
 * PDF uploads are rebuilt page by page (pdf-lib), through the real POST /api/attachments and GET /api/attachments/:id:
 * what comes back has the same pages and none of the scripts, actions, annotations, form fields, embedded files,
 * XMP or Info metadata, or foreign bytes of what was sent. Unparseable, encrypted and over-long PDFs are refused.
 */
import sharp from 'sharp';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { MAX_PDF_PAGES } from '../../shared/schemas/attachments';
import { buildSession } from './support/factories';
import { useTestApp } from './support/harness';
import { storedState, upload, useDataDir } from './support/attachments';
import {
  encodingsOf,
  encryptedPdf,
  FOREIGN_MARKERS,
  HOSTILE_MARKERS,
  FORM_SENTINEL,
  hostilePdf,
  ID_SENTINEL,
  NAME_SENTINEL,
  pagesPdf,
  searchable,
  withForeignBytes,
} from './support/pdf';

const dataDir = useDataDir();
const t = useTestApp({ env: { DATA_DIR: dataDir } });

let token = '';
beforeAll(async () => {
  token = (await buildSession(t, { displayName: '张阿姨' })).accessToken;
});

/** Uploads `data` (201) and downloads what was stored. */
async function roundTrip(data: Buffer, name = '证明.pdf'): Promise<Buffer> {
  const res = await upload(t, token, data, name);
  expect([res.status, res.body.data?.kind, res.body.data?.mime]).toEqual([201, 'pdf', 'application/pdf']);
  const got = await t
    .api()
    .get(`/api/attachments/${res.body.data.id}`)
    .set('Authorization', `Bearer ${token}`)
    .buffer(true);
  expect(got.status).toBe(200);
  const body = Buffer.from(got.body);
  expect(body.length).toBe(res.body.data.bytes);
  return body;
}

const SENTINELS = [NAME_SENTINEL, ID_SENTINEL, FORM_SENTINEL];
const foundMarkers = (haystack: Buffer, markers: string[]) =>
  markers.filter((m) => haystack.includes(Buffer.from(m, 'latin1')));
const foundTexts = (haystack: Buffer, texts: string[]) =>
  texts.filter((text) => encodingsOf(text).some((b) => haystack.includes(b)));
const keysOf = (dict: PDFDict) =>
  dict
    .keys()
    .map((k) => k.asString())
    .sort();

/** Nothing before the header, nothing after the last %%EOF but a line end. */
function expectCleanEnds(pdf: Buffer) {
  expect(pdf.toString('latin1', 0, 5)).toBe('%PDF-');
  expect(pdf.toString('latin1', pdf.lastIndexOf('%%EOF'))).toMatch(/^%%EOF\r?\n?$/);
}

describe('a hostile PDF comes back rebuilt', () => {
  it('without scripts, launch and page actions, annotations, forms, embedded files, XMP or Info metadata; same pages', async () => {
    const input = await hostilePdf();
    const inputText = await searchable(input);
    // the input really carries everything the output must not
    expect(foundMarkers(inputText, HOSTILE_MARKERS)).toEqual(HOSTILE_MARKERS);
    expect(foundTexts(inputText, SENTINELS)).toEqual(SENTINELS);

    const output = await roundTrip(input);
    expectCleanEnds(output);
    const outputText = await searchable(output);
    expect(foundMarkers(outputText, HOSTILE_MARKERS)).toEqual([]);
    expect(foundTexts(outputText, SENTINELS)).toEqual([]);

    const doc = await PDFDocument.load(output, { updateMetadata: false });
    expect(doc.isEncrypted).toBe(false);
    expect(doc.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual([
      [200, 200],
      [300, 150],
    ]);
    // (before the getters: they create an empty Info dictionary when there is none)
    expect(doc.context.trailerInfo.Info).toBeUndefined();
    expect([
      doc.getTitle(),
      doc.getAuthor(),
      doc.getSubject(),
      doc.getKeywords(),
      doc.getProducer(),
      doc.getCreator(),
    ]).toEqual(Array(6).fill(undefined));
    expect(keysOf(doc.catalog)).toEqual(['/Pages', '/Type']);
    for (const page of doc.getPages()) {
      expect(
        keysOf(page.node).filter((k) => !['/Contents', '/MediaBox', '/Parent', '/Resources', '/Type'].includes(k)),
      ).toEqual([]);
    }
    // what the pages draw is kept: page 2's content stream and page 1's photo, minus the photo's EXIF
    expect(outputText.includes(Buffer.from('% PAGE-TWO-CONTENT'))).toBe(true);
    const images = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter(
        (o): o is PDFRawStream =>
          o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
      );
    expect(images).toHaveLength(1);
    const photo = await sharp(Buffer.from(images[0]!.contents)).metadata();
    expect([photo.format, photo.width, photo.height, photo.exif]).toEqual(['jpeg', 32, 16, undefined]);
  });

  it('without the HTML and executable bytes put after the header and after %%EOF', async () => {
    const input = withForeignBytes(await pagesPdf(3));
    expect(foundMarkers(input, FOREIGN_MARKERS)).toEqual(FOREIGN_MARKERS);
    const output = await roundTrip(input);
    expectCleanEnds(output);
    expect(foundMarkers(await searchable(output), FOREIGN_MARKERS)).toEqual([]);
    expect((await PDFDocument.load(output)).getPageCount()).toBe(3);
  });

  it('keeps the size, rotation and resources a page inherits from its page tree', async () => {
    const inherited = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
        '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1/MediaBox[0 0 300 400]/Rotate 90/Resources<</Font<</F1 4 0 R>>>>>>endobj\n' +
        '3 0 obj<</Type/Page/Parent 2 0 R/Contents 5 0 R>>endobj\n4 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n' +
        '5 0 obj<</Length 34>>stream\nBT /F1 12 Tf 10 10 Td (Hi) Tj ET\nendstream\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    );
    const [page] = (await PDFDocument.load(await roundTrip(inherited))).getPages();
    expect([page!.getWidth(), page!.getHeight(), page!.getRotation().angle]).toEqual([300, 400, 90]);
    expect(
      page!.node
        .Resources()
        ?.lookup(PDFName.of('Font'), PDFDict)
        .lookup(PDFName.of('F1'), PDFDict)
        .get(PDFName.of('BaseFont')),
    ).toBe(PDFName.of('Helvetica'));
  });

  it(`keeps a PDF of ${MAX_PDF_PAGES} pages whole`, async () => {
    expect((await PDFDocument.load(await roundTrip(await pagesPdf(MAX_PDF_PAGES)))).getPageCount()).toBe(MAX_PDF_PAGES);
  });
});

describe('refused with nothing stored', () => {
  async function expectRefused(data: Buffer, status: number, code: string): Promise<string> {
    const before = await storedState(t, dataDir);
    const res = await upload(t, token, data, 'scan.pdf');
    expect([res.status, res.body.code]).toEqual([status, code]);
    expect(await storedState(t, dataDir)).toEqual(before);
    return res.body.message as string;
  }

  it('400 FILE_DAMAGED for a PDF pdf-lib cannot parse, one with a broken object, and one without pages', async () => {
    const garbage = Buffer.from('%PDF-1.4\n<html>not a pdf at all</html>\n%%EOF\n', 'latin1');
    expect(await expectRefused(garbage, 400, 'FILE_DAMAGED')).toMatch(/打不开/);
    const broken = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n4 0 obj<</Length 900>>stream\n<html>\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
      'latin1',
    );
    await expectRefused(broken, 400, 'FILE_DAMAGED');
    await expectRefused(await pagesPdf(0), 400, 'FILE_DAMAGED');
  });

  it('400 PDF_ENCRYPTED for an encrypted PDF', async () => {
    expect(await expectRefused(encryptedPdf(), 400, 'PDF_ENCRYPTED')).toMatch(/密码/);
  });

  it(`400 PDF_TOO_MANY_PAGES above ${MAX_PDF_PAGES} pages`, async () => {
    expect(await expectRefused(await pagesPdf(MAX_PDF_PAGES + 1), 400, 'PDF_TOO_MANY_PAGES')).toContain(
      `${MAX_PDF_PAGES + 1} 页`,
    );
  });

  it('415 for a PDF with bytes before its header', async () => {
    await expectRefused(Buffer.concat([Buffer.from('<html>'), await pagesPdf(1)]), 415, 'UNSUPPORTED_FILE_TYPE');
  });
});
