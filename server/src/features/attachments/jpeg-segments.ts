/**
 * Removes metadata segments from a JPEG without decoding it (PDF pages embed JPEG streams as they came from the
 * scanner or phone, EXIF and GPS included). Kept: APP0 (JFIF), APP2 ICC profiles and APP14 (Adobe colour
 * transform), which change how the image looks; dropped: every other APPn (EXIF, XMP, IPTC, maker data) and
 * comments. The image data is copied as it is and the file ends at its end-of-image marker.
 * Anything that does not start like a JPEG is returned unchanged (the viewer will not draw it either).
 */
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;

export function stripJpegMetadata(data: Uint8Array): Uint8Array {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== SOI) return data;
  const kept: Uint8Array[] = [data.subarray(0, 2)];
  let at = 2;
  while (at + 1 < data.length) {
    if (data[at] !== 0xff) return data; // not at a marker: leave what we do not understand alone
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === EOI) {
      kept.push(data.subarray(at, at + 2));
      break;
    }
    if (at + 3 >= data.length) return data;
    const end = at + 2 + ((data[at + 2]! << 8) | data[at + 3]!);
    if (end > data.length) return data;
    if (keep(marker, data.subarray(at + 4, end))) kept.push(data.subarray(at, end));
    at = end;
    if (marker === SOS) {
      const scanEnd = endOfScan(data, at);
      kept.push(data.subarray(at, scanEnd));
      at = scanEnd;
    }
  }
  return Buffer.concat(kept);
}

function keep(marker: number, body: Uint8Array): boolean {
  if (marker === COM) return false;
  if (marker < 0xe0 || marker > 0xef) return true; // not an APPn segment: tables, frame and scan headers
  if (marker === 0xe0 || marker === 0xee) return true; // JFIF, Adobe
  return marker === 0xe2 && Buffer.from(body.subarray(0, 12)).toString('latin1') === 'ICC_PROFILE\0';
}

/** Index of the first marker after entropy-coded data starting at `from` (skipping stuffed 0xFF00 and restarts). */
function endOfScan(data: Uint8Array, from: number): number {
  for (let i = from; i + 1 < data.length; i++) {
    if (data[i] !== 0xff) continue;
    const next = data[i + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) continue;
    return i;
  }
  return data.length;
}
