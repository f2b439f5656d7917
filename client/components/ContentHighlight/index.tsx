import { Text } from '@tarojs/components';
import './index.scss';

export type Segment = { text: string; hit: boolean };

/**
 * Splits text at the server's matched ranges ([start, end) UTF-16 offsets). Overlapping, unsorted or
 * out-of-range ranges are tolerated: the text is always reproduced exactly, never interpreted as HTML.
 */
export function splitHighlights(text: string, ranges: ReadonlyArray<readonly [number, number]>): Segment[] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, text.length)), Math.max(0, Math.min(e, text.length))] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: text.slice(at, from), hit: false });
    const last = out[out.length - 1];
    if (last?.hit && from === at) last.text += text.slice(from, end);
    else out.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

type Props = { text: string; ranges?: ReadonlyArray<readonly [number, number]>; className?: string };

/** Text with matched search terms in bold on a tint (bold too, so it is not told by colour alone). */
export default function ContentHighlight({ text, ranges = [], className }: Props) {
  return (
    <Text className={className}>
      {splitHighlights(text, ranges).map((seg, i) =>
        seg.hit ? (
          <Text key={i} className='content-highlight'>
            {seg.text}
          </Text>
        ) : (
          seg.text
        ),
      )}
    </Text>
  );
}
