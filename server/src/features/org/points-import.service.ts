/**
 * The district's bulk import of point contacts and locations (admin.points.import). A dry run lists what would
 * change and every row error in Chinese and writes nothing; applying refuses a table with errors and otherwise
 * writes every changed row in one transaction (each point audited), then clears the reference cache.
 */
import { describeScheduleText } from '../../../../shared/domain/opening-hours-text';
import { parseOpeningSchedule } from '../../../../shared/domain/opening-hours';
import type { ImportField, TPointImportRequest, TPointImportResult } from '../../../../shared/schemas/points';
import type { Db } from '../../db/client';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { validationError } from '../../errors';
import { COLUMNS, findPoint, indexColumns, patchOfRow, rowError, type RowError } from './points-import.rows';
import { readCsvTable, readXlsxTable, type Table } from './points-import.table';
import * as repo from './points.repo';
import { afterPointWrite, confirmedPatch, writePointPatch } from './points-write.service';

const LABELS: Record<ImportField, string> = {
  address: '地址',
  phone: '电话',
  lat: '纬度',
  lng: '经度',
  openingSchedule: '开放时间',
  openingHours: '开放时间说明',
};

type Plan = Omit<TPointImportResult, 'dryRun' | 'applied'> & { patches: { pointId: string; patch: repo.PointPatch }[] };

function shown(field: ImportField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (field === 'openingSchedule') {
    const schedule = parseOpeningSchedule(value);
    return schedule ? describeScheduleText(schedule) : '（空）';
  }
  return String(value);
}

async function plan(db: Db, table: Table): Promise<Plan> {
  const columns = indexColumns(table.header);
  const errors: RowError[] = [];
  if (!columns.code && !columns.name)
    errors.push(rowError(1, '表头', `要有「${COLUMNS.code[0]}」或「${COLUMNS.name[0]}」这一列`));
  const fieldColumns = (['address', 'phone', 'lat', 'lng', 'openingSchedule', 'openingHours'] as const).filter(
    (k) => columns[k],
  );
  if (fieldColumns.length === 0)
    errors.push(rowError(1, '表头', '没有可导入的列：地址、电话、经度、纬度、开放时间、开放时间说明'));
  if (errors.length > 0) return { rows: table.rows.length, changes: [], unchanged: 0, errors, patches: [] };

  const points = await repo.listActivePointRows(db);
  const lookup = {
    byCode: new Map(points.map((p) => [p.divisionCode, p])),
    byName: new Map(points.map((p) => [p.name, p])),
  };
  const current = new Map(points.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  const result: Plan = { rows: table.rows.length, changes: [], unchanged: 0, errors, patches: [] };
  for (const { row, cells } of table.rows) {
    const found = findPoint(row, cells, columns, lookup);
    if ('message' in found) {
      errors.push(found);
      continue;
    }
    const earlier = seen.get(found.id);
    if (earlier) {
      errors.push(rowError(row, columns.code?.label ?? columns.name!.label, `和第 ${earlier} 行是同一个服务点`));
      continue;
    }
    seen.set(found.id, row);
    const { patch, errors: rowErrors } = patchOfRow(row, cells, columns);
    errors.push(...rowErrors);
    if (rowErrors.length > 0) continue;
    const before = current.get(found.id)!;
    const changed = (Object.keys(patch) as ImportField[]).filter(
      (f) => JSON.stringify(patch[f] ?? null) !== JSON.stringify(before[f] ?? null),
    );
    if (changed.length === 0) {
      result.unchanged += 1;
      continue;
    }
    const changedPatch = Object.fromEntries(changed.map((f) => [f, patch[f]])) as repo.PointPatch;
    result.patches.push({ pointId: found.id, patch: confirmedPatch(changedPatch) });
    result.changes.push({
      row,
      pointId: found.id,
      pointName: found.name,
      fields: changed.map((f) => ({ field: f, label: LABELS[f], from: shown(f, before[f]), to: shown(f, patch[f]) })),
    });
  }
  return result;
}

/**
 * @throws AppError VALIDATION_FAILED naming `content` when the file cannot be read, or when applying a table that
 *   still has row errors (nothing is written).
 */
export async function importPoints(
  deps: Deps,
  actorUserId: string,
  input: TPointImportRequest,
): Promise<TPointImportResult> {
  const table = input.format === 'xlsx' ? await readXlsxTable(input.content) : readCsvTable(input.content);
  if (input.dryRun) {
    const { patches: _p, ...dry } = await plan(deps.db, table);
    return { dryRun: true, applied: false, ...dry };
  }
  const result = await inTransaction(deps.db, async (tx) => {
    const planned = await plan(tx, table);
    if (planned.errors.length > 0)
      throw validationError([
        { field: 'content', message: `表格里有 ${planned.errors.length} 处错误，请先试导入看清并改正，什么都没有改` },
      ]);
    for (const { pointId, patch } of planned.patches)
      await writePointPatch(tx, deps, actorUserId, pointId, patch, 'service_point.import');
    const { patches: _p, ...rest } = planned;
    return rest;
  });
  afterPointWrite(deps);
  return { dryRun: false, applied: true, ...result };
}
