/**
 * One imported row → the point it names and the patch it asks for, or errors in Chinese naming the row and the
 * column. Columns are found by their Chinese header (a few common spellings each); an empty cell leaves the value
 * as it is. Pure.
 */
import { isNearXihu } from '../../../../shared/domain/geo';
import { parseOpeningText } from '../../../../shared/domain/opening-hours-text';
import { PHONE_FORMAT_MESSAGE, normalizePhone } from '../../../../shared/domain/phone';
import type { PointPatch } from './points.repo';

export const COLUMNS = {
  code: ['服务点编码', '编码', '区划代码', '地区编码'],
  name: ['名称', '服务点名称', '站点名称'],
  address: ['地址', '详细地址'],
  phone: ['电话', '联系电话', '电话号码'],
  lng: ['经度'],
  lat: ['纬度'],
  openingSchedule: ['开放时间', '办公时间'],
  openingHours: ['开放时间说明', '备注说明'],
} as const;
export type ColumnKey = keyof typeof COLUMNS;

export type RowError = { row: number; column: string; message: string };
export type ColumnIndex = Partial<Record<ColumnKey, { index: number; label: string }>>;

export function indexColumns(header: string[]): ColumnIndex {
  const index: ColumnIndex = {};
  header.forEach((label, i) => {
    const key = (Object.keys(COLUMNS) as ColumnKey[]).find((k) => (COLUMNS[k] as readonly string[]).includes(label));
    if (key && !index[key]) index[key] = { index: i, label };
  });
  return index;
}

export const rowError = (row: number, column: string, problem: string): RowError => ({
  row,
  column,
  message: `第 ${row} 行「${column}」：${problem}`,
});

type PointKey = { id: string; name: string; divisionCode: string };

/** Finds the point a row names by code or name (both must agree when both are given). */
export function findPoint(
  row: number,
  cells: string[],
  columns: ColumnIndex,
  points: { byCode: Map<string, PointKey>; byName: Map<string, PointKey> },
): PointKey | RowError {
  const code = columns.code ? (cells[columns.code.index] ?? '') : '';
  const name = columns.name ? (cells[columns.name.index] ?? '') : '';
  const byCode = code ? points.byCode.get(code) : undefined;
  const byName = name ? points.byName.get(name) : undefined;
  if (code && !byCode) return rowError(row, columns.code!.label, `没有编码为 ${code} 的服务点，编码应为 12 位数字`);
  if (!code && name && !byName) return rowError(row, columns.name!.label, `没有叫“${name}”的服务点`);
  if (!code && !name) return rowError(row, columns.code?.label ?? columns.name!.label, '没有写是哪个服务点');
  if (byCode && name && byCode.name !== name)
    return rowError(row, columns.name!.label, `编码 ${code} 是“${byCode.name}”，和这里写的名称对不上`);
  return (byCode ?? byName)!;
}

/** The patch a row asks for; errors name each bad cell. */
export function patchOfRow(
  row: number,
  cells: string[],
  columns: ColumnIndex,
): { patch: PointPatch; errors: RowError[] } {
  const patch: PointPatch = {};
  const errors: RowError[] = [];
  const cell = (key: ColumnKey) => (columns[key] ? (cells[columns[key].index] ?? '') : '');
  const label = (key: ColumnKey) => columns[key]?.label ?? COLUMNS[key][0];

  const address = cell('address');
  if (address) {
    if (address.length < 4 || address.length > 120)
      errors.push(rowError(row, label('address'), '地址应在 4 到 120 个字之间，请写到门牌号'));
    else patch.address = address;
  }
  const phoneText = cell('phone');
  if (phoneText) {
    const phone = normalizePhone(phoneText);
    if (!phone) errors.push(rowError(row, label('phone'), PHONE_FORMAT_MESSAGE));
    else patch.phone = phone;
  }
  const latText = cell('lat');
  const lngText = cell('lng');
  if (latText || lngText) {
    const lat = Number(latText);
    const lng = Number(lngText);
    if (!latText || !lngText) errors.push(rowError(row, label(latText ? 'lng' : 'lat'), '经度和纬度要一起填写'));
    else if (!Number.isFinite(lat)) errors.push(rowError(row, label('lat'), '纬度应是数字，如 30.27861'));
    else if (!Number.isFinite(lng)) errors.push(rowError(row, label('lng'), '经度应是数字，如 120.11389'));
    else if (isNearXihu({ lat: lng, lng: lat }))
      errors.push(rowError(row, label('lat'), '经度和纬度好像填反了：西湖区的纬度约 30.2，经度约 120.1'));
    else if (!isNearXihu({ lat, lng })) errors.push(rowError(row, label('lat'), '这个位置不在西湖区附近'));
    else Object.assign(patch, { lat, lng });
  }
  const hoursText = cell('openingSchedule');
  if (hoursText) {
    const parsed = parseOpeningText(hoursText);
    if (!parsed.ok) errors.push(rowError(row, label('openingSchedule'), parsed.error));
    else patch.openingSchedule = parsed.schedule;
  }
  const note = cell('openingHours');
  if (note) {
    if (note.length > 120) errors.push(rowError(row, label('openingHours'), '不能超过 120 个字'));
    else patch.openingHours = note;
  }
  return { patch, errors };
}
