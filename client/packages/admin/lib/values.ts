/**
 * Admin forms are described as field lists; this turns what was typed (strings, chosen options) into the
 * shared input shape and back. Lists are one item per line, so nothing needs a nested editor.
 */
import { chinaClock, pad2 as pad } from '@shared/domain/china-time';
import type { ChoiceOption } from '@/components/StaffForm';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'lines'
  | 'steps'
  | 'contacts'
  | 'chapters'
  | 'enum'
  | 'multi'
  | 'date'
  | 'datetime'
  | 'bool'
  | 'number';
export type Raw = string | string[] | boolean;

export type FieldSpec = {
  key: string;
  label: string;
  kind: FieldKind;
  options?: readonly ChoiceOption<string>[];
  /** Options loaded at run time. */
  optionsFrom?: 'departments' | 'providers';
  hint?: string;
  placeholder?: string;
  /** The identifier: typed once, fixed afterwards. */
  lockedOnEdit?: boolean;
  /** Left empty means null ("no limit", "any"), so an update clears it; numbers are always so. */
  nullable?: boolean;
};

/** "2026-12-01 19:30" (China time) → ISO with +08:00; the text itself when it is not such a time. */
export function toIsoChina(text: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return text.trim();
  return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}T${pad(Number(m[4]))}:${m[5]}:00+08:00`;
}

export function fromIsoChina(iso: string): string {
  const c = chinaClock(iso);
  return c ? `${c.year}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}` : iso;
}

const lines = (raw: Raw) =>
  String(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** "05:30 低保怎么申请" → { startSec: 330, title }; a line without a time keeps startSec NaN (refused by the schema). */
function chapter(line: string) {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})\s+(.+)$/.exec(line);
  if (!m) return { startSec: Number.NaN, title: line };
  return { startSec: Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]), title: m[4]!.trim() };
}

/** "区民政局 0571-12345678" → { name, phone }; the last word is the phone when it looks like one. */
function contact(line: string) {
  const m = /^(.+?)\s+([0-9+\-() ]{5,20})$/.exec(line);
  return m ? { name: m[1]!.trim(), phone: m[2]!.trim() } : { name: line };
}

/** A whole number as typed; empty → null; anything else → NaN, which the schema refuses with its own message. */
function whole(raw: Raw): number | null {
  const t = String(raw).trim();
  if (!t) return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

export function parseField(spec: FieldSpec, raw: Raw | undefined): unknown {
  if (raw === undefined) {
    if (spec.kind === 'number' || spec.nullable) return null;
    return spec.kind === 'multi' || spec.kind === 'lines' ? [] : spec.kind === 'bool' ? false : undefined;
  }
  switch (spec.kind) {
    case 'number':
      return whole(raw);
    case 'bool':
      return raw === true;
    case 'multi':
      return Array.isArray(raw) ? raw : [];
    case 'lines':
      return lines(raw);
    case 'steps':
      return lines(raw).map((title) => ({ title }));
    case 'contacts':
      return lines(raw).map(contact);
    case 'chapters':
      return lines(raw).map(chapter);
    case 'datetime':
      return String(raw).trim() ? toIsoChina(String(raw)) : undefined;
    default:
      return String(raw).trim() ? String(raw).trim() : spec.nullable ? null : undefined;
  }
}

const secText = (s: number) =>
  s >= 3600
    ? `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`
    : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;

export function formatField(spec: FieldSpec, value: unknown): Raw | undefined {
  if (value === undefined || value === null) return undefined;
  switch (spec.kind) {
    case 'bool':
      return value === true;
    case 'multi':
      return Array.isArray(value) ? value.map(String) : [];
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'steps':
      return Array.isArray(value) ? value.map((s: { title: string }) => s.title).join('\n') : '';
    case 'contacts':
      return Array.isArray(value)
        ? value.map((c: { name: string; phone?: string }) => [c.name, c.phone].filter(Boolean).join(' ')).join('\n')
        : '';
    case 'chapters':
      return Array.isArray(value)
        ? value.map((c: { startSec: number; title: string }) => `${secText(c.startSec)} ${c.title}`).join('\n')
        : '';
    case 'datetime':
      return fromIsoChina(String(value));
    default:
      return String(value);
  }
}

/** The input object: every field parsed, unset ones left out. */
export function toInput(specs: readonly FieldSpec[], state: Record<string, Raw>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = parseField(spec, state[spec.key]);
    if (value !== undefined) out[spec.key] = value;
  }
  return out;
}

export function toState(specs: readonly FieldSpec[], item: Record<string, unknown>): Record<string, Raw> {
  const out: Record<string, Raw> = {};
  for (const spec of specs) {
    const raw = formatField(spec, item[spec.key]);
    if (raw !== undefined) out[spec.key] = raw;
  }
  return out;
}
