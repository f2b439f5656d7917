/**
 * One `Range: bytes=…` header against a file of `size` bytes (RFC 9110 §14). Video players ask for one range at a
 * time; a header with several ranges, another unit or a malformed spec is answered with the whole file, as the RFC
 * allows, and only a well-formed range that starts past the end is unsatisfiable (416).
 */
export type ByteRange = { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

const SPEC = /^(\d*)-(\d*)$/;

export function parseByteRange(header: string | undefined, size: number): ByteRange {
  if (!header) return { kind: 'full' };
  const m = /^bytes=(.+)$/i.exec(header.trim());
  if (!m) return { kind: 'full' };
  const specs = m[1]!.split(',').map((s) => s.trim());
  if (specs.length !== 1) return { kind: 'full' };
  const spec = SPEC.exec(specs[0]!);
  if (!spec || (spec[1] === '' && spec[2] === '')) return { kind: 'full' };
  if (spec[1] === '') {
    // suffix: the last N bytes
    const n = Number(spec[2]);
    if (n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(spec[1]);
  if (spec[2] !== '' && Number(spec[2]) < start) return { kind: 'full' };
  if (start >= size) return { kind: 'unsatisfiable' };
  const end = spec[2] === '' ? size - 1 : Number(spec[2]);
  return { kind: 'partial', start, end: Math.min(end, size - 1) };
}
