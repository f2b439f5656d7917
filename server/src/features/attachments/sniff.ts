/**
 * File types by content, not by name: a small magic-byte sniffer for the types we accept (JPEG, PNG, WebP, PDF)
 * and HEIC (recognised only to refuse it with a helpful message: the bundled libvips cannot decode HEVC).
 * The upload's file-name extension, when there is one, must name the same type.
 */
export type SniffedType = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** ISO-BMFF major/compatible brands of HEIC/HEIF stills and sequences. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

/** The type the first bytes of `head` announce, or null for anything else. */
export function sniffType(head: Buffer): SniffedType | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 8 && head.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (head.length >= 12 && head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP')
    return 'webp';
  if (head.length >= 8 && /^%PDF-[12]\.\d/.test(head.toString('latin1', 0, 8))) return 'pdf';
  if (head.length >= 12 && head.toString('latin1', 4, 8) === 'ftyp' && HEIF_BRANDS.has(head.toString('latin1', 8, 12)))
    return 'heic';
  return null;
}

const EXTENSIONS: Record<string, SniffedType> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  webp: 'webp',
  pdf: 'pdf',
  heic: 'heic',
  heif: 'heic',
};

/** A file name's extension without the dot, or null when it has none. */
export function extensionOf(name: string): string | null {
  return /\.([^./\\]{1,16})$/.exec(name.trim())?.[1] ?? null;
}

/** The type a file name's extension claims: null when the name has no extension, 'other' for any extension we do not take. */
export function typeOfName(name: string): SniffedType | 'other' | null {
  const ext = extensionOf(name);
  if (ext === null) return null;
  return EXTENSIONS[ext.toLowerCase()] ?? 'other';
}

/** True when a PDF's last 1024 bytes hold the end-of-file marker (a cut-off upload has none). */
export function hasPdfTrailer(data: Buffer): boolean {
  return data.subarray(Math.max(0, data.length - 1024)).includes('%%EOF', 0, 'latin1');
}
