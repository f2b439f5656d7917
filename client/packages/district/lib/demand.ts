/** The demand-side list's filters: which filter a tapped row sets, and the chips that show the filters in force. */
import type { TDemandFilter, DemandGroup, TDemandList } from '@shared/schemas/stats';
import { monthLabel } from './month';
import type { Table } from './figures';

export type Filter = TDemandFilter;

/** The filter a row of this grouping narrows to (month rows narrow the month). */
const FIELD: Record<DemandGroup, keyof Filter> = {
  targetGroup: 'targetGroup',
  needTier: 'needTier',
  category: 'category',
  street: 'streetCode',
  community: 'communityCode',
  month: 'month',
};

/** The filter for the cases behind a row; null for rows that cannot be narrowed (未填写、未分类). */
export function drillFilter(filter: Filter, groupBy: DemandGroup, key: string | null): Filter | null {
  if (key === null) return null;
  return { ...filter, [FIELD[groupBy]]: key };
}

/** `groupLabel`: what the rows are (救助对象、镇街…), the first column's heading. */
export function demandTable(list: TDemandList, groupLabel: string): Table {
  return {
    headers: [groupLabel, '人数', '在办', '办结', '合计'],
    rows: [
      ...list.rows.map((r) => [r.label, r.people, r.open, r.closed, r.open + r.closed]),
      [
        '合计（每件只算一次）',
        list.totals.people,
        list.totals.open,
        list.totals.closed,
        list.totals.open + list.totals.closed,
      ],
    ],
  };
}

/** Chips of the filters in force, each with the filter without it. */
export function filterChips(filter: Filter, labels: Partial<Record<keyof Filter, string>>) {
  return (Object.keys(filter) as (keyof Filter)[])
    .filter((k) => filter[k] !== undefined)
    .map((k) => {
      const rest: Filter = { ...filter };
      delete rest[k];
      return { key: k, label: k === 'month' ? monthLabel(filter.month!) : (labels[k] ?? String(filter[k])), rest };
    });
}
