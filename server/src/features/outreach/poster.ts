/**
 * The printable poster: a big title, the code, one plain sentence on what scanning does and the community's name,
 * composed with sharp from an SVG overlay (Chinese text drawn by librsvg with the system's Noto Sans CJK SC, from
 * Debian's fonts-noto-cjk) and the QR or mini-program code. The PDF is the same PNG on one A4 page (pdf-lib; no
 * font embedding needed because the text is already in the image).
 */
import { PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import sharp from 'sharp';

/** 1240 × 1754 px: A4 at 150 dpi. */
const W = 1240;
const H = 1754;
const CODE_SIZE = 760;

export type PosterText = { title: string; community: string; street: string; label: string | null; codeId: string };

/** A QR code PNG of `text` (error correction M, 4-module quiet zone). */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 4, width: CODE_SIZE, type: 'png' });
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function overlaySvg(t: PosterText): string {
  const font = `font-family="Noto Sans CJK SC, Noto Sans CJK, sans-serif"`;
  const line = (y: number, size: number, text: string, extra = '') =>
    `<text x="${W / 2}" y="${y}" ${font} font-size="${size}" text-anchor="middle" ${extra}>${esc(text)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
  <rect width="${W}" height="${H}" fill="#ffffff"/>
  <rect width="${W}" height="300" fill="#0b6e4f"/>
  ${line(150, 104, t.title, 'font-weight="bold" fill="#ffffff"')}
  ${line(245, 52, t.community, 'fill="#ffffff"')}
  <rect x="${(W - CODE_SIZE) / 2 - 20}" y="${360 - 20}" width="${CODE_SIZE + 40}" height="${CODE_SIZE + 40}" fill="none" stroke="#0b6e4f" stroke-width="6" rx="24"/>
  ${line(1250, 60, '用微信扫一扫这个码', 'font-weight="bold" fill="#1f2329"')}
  ${line(1340, 48, '就能查政策、找本社区服务点、在手机上申请帮助', 'fill="#1f2329"')}
  ${line(1440, 44, `${t.street} · ${t.community}`, 'fill="#4e5865"')}
  ${t.label ? line(1510, 40, t.label, 'fill="#4e5865"') : ''}
  ${line(1650, 36, `不会用手机？请到社区服务点，或打12345    编号 ${t.codeId}`, 'fill="#4e5865"')}
</svg>`;
}

/** The poster PNG with `code` (a square PNG: QR or mini-program code) in the middle. */
export async function posterPng(code: Buffer, text: PosterText): Promise<Buffer> {
  const sized = await sharp(code)
    .resize(CODE_SIZE, CODE_SIZE, { fit: 'contain', background: '#ffffff' })
    .png()
    .toBuffer();
  return sharp(Buffer.from(overlaySvg(text)))
    .composite([{ input: sized, top: 360, left: (W - CODE_SIZE) / 2 }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** One A4 page (595 × 842 pt) filled with the poster image. */
export async function posterPdf(png: Buffer, title: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(title.replace(/[^\x20-\x7e]/g, '') || 'Zhulian outreach poster');
  doc.setProducer('Zhulian');
  const image = await doc.embedPng(png);
  const page = doc.addPage([595.28, 841.89]);
  page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return Buffer.from(await doc.save());
}
