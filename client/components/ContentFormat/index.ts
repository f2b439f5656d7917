/** Display formats for content pages: China wall-clock times, distances, durations. Pure. */
import { chinaClock, pad2 as pad } from '@shared/domain/china-time';

const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

/** "12月1日 周一 19:00" in China time, whatever the device's time zone. */
export function formatDateTime(iso: string): string {
  const c = chinaClock(iso);
  return c ? `${c.month}月${c.day}日 周${WEEKDAYS[c.weekday]} ${pad(c.hour)}:${pad(c.minute)}` : '';
}

/** "19:00" in China time. */
export function formatClock(iso: string): string {
  const c = chinaClock(iso);
  return c ? `${pad(c.hour)}:${pad(c.minute)}` : '';
}

/** "2026年12月1日" in China time. */
export function formatDate(iso: string): string {
  const c = chinaClock(iso);
  return c ? `${c.year}年${c.month}月${c.day}日` : '';
}

/** "约 350 米", "约 1.2 公里". */
export function formatDistance(metres: number): string {
  if (metres < 1000) return `约 ${Math.max(10, Math.round(metres / 10) * 10)} 米`;
  return `约 ${(metres / 1000).toFixed(metres < 10_000 ? 1 : 0)} 公里`;
}

/** Chapter offsets: "5:30", "1:02:05". */
export function formatOffset(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** Reads a query-string value that may or may not be URI-encoded. */
export function safeDecode(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Livestream states as residents read them (shown as text, never by colour alone). */
export const LIVE_STATE_LABELS = {
  upcoming: '即将开始',
  live: '正在直播',
  ended: '已结束',
  replay: '可看回放',
  replay_expired: '回放已过期',
} as const;
