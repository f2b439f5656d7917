/** The uploader's file name is kept only as sanitised metadata; storage keys are server-generated UUIDs. */
const MAX_NAME = 100;

/**
 * Last path segment, NFC, without control or reserved characters, at most 100 characters (extension kept),
 * always ending in the extension of the type the content was sniffed as.
 */
export function sanitiseFileName(raw: string, ext: string): string {
  const base = (raw.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = base.lastIndexOf('.');
  let stem = dot > 0 ? base.slice(0, dot) : base;
  stem =
    Array.from(stem)
      .slice(0, MAX_NAME - ext.length - 1)
      .join('')
      .trim() || '附件';
  return `${stem}.${ext}`;
}
