import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { tapProps } from '../Tappable';
import './index.scss';

export type Column<T> = {
  key: string;
  label: string;
  render: (row: T) => ReactNode;
  /** Present: the column sorts by this value (null last). */
  sortValue?: (row: T) => string | number | null;
};
export type SortState = { key: string; dir: 'asc' | 'desc' };

type Props<T> = {
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  onRowTap?: (row: T) => void;
  initialSort?: SortState;
  /** Row class, e.g. for an overdue or unusual row. */
  rowClass?: (row: T) => string | undefined;
  empty?: string;
  label: string;
};

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
}

/** Sorts rows by a column; nulls stay last in both directions. */
export function sortRows<T>(rows: readonly T[], columns: Column<T>[], sort: SortState | null): T[] {
  const column = sort ? columns.find((c) => c.key === sort.key) : undefined;
  if (!sort || !column?.sortValue) return [...rows];
  const value = column.sortValue;
  return [...rows].sort((x, y) => {
    const [a, b] = [value(x), value(y)];
    if (a === null || b === null) return compare(a, b);
    return sort.dir === 'asc' ? compare(a, b) : compare(b, a);
  });
}

/** A table whose sortable headers toggle ascending/descending on tap (announced through aria-sort). */
export default function SortableTable<T>(props: Props<T>) {
  const { columns, rows, rowKey, onRowTap, initialSort, rowClass, empty = '没有内容', label } = props;
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const toggle = (key: string) =>
    setSort(sort?.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' });
  const shown = sortRows(rows, columns, sort);
  return (
    <View className='sortable-table' role='table' aria-label={label}>
      <View className='sortable-table__row sortable-table__row--head' role='row'>
        {columns.map((c) => {
          const on = sort?.key === c.key;
          const ariaSort = on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
          return (
            <View
              key={c.key}
              className={`sortable-table__head${on ? ' sortable-table__head--on' : ''}`}
              role='columnheader'
              aria-sort={c.sortValue ? ariaSort : undefined}
            >
              {c.sortValue ? (
                <Text className='sortable-table__sort' {...tapProps(() => toggle(c.key))}>
                  {c.label}
                  {on ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ' ↕'}
                </Text>
              ) : (
                <Text>{c.label}</Text>
              )}
            </View>
          );
        })}
      </View>
      {shown.length === 0 ? <Text className='sortable-table__empty'>{empty}</Text> : null}
      {shown.map((row) => (
        <View key={rowKey(row)} className={`sortable-table__row ${rowClass?.(row) ?? ''}`} role='row'>
          {columns.map((c, i) => (
            <View key={c.key} className='sortable-table__cell' role='cell'>
              {i === 0 && onRowTap ? (
                <Text className='sortable-table__open' {...tapProps(() => onRowTap(row), { role: 'link' })}>
                  {c.render(row)}
                </Text>
              ) : (
                c.render(row)
              )}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
