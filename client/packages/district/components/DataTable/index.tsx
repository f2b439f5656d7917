/** The numbers of a chart as a plain table (the same rows the chart draws); rows may be tappable to drill down. */
import { Text, View } from '@tarojs/components';
import { tapProps } from '@/components/Tappable';
import type { Table } from '../../lib/figures';
import './index.scss';

type Props = {
  table: Table;
  caption: string;
  onRow?: (index: number) => void;
  /** Only the first this many rows take taps (e.g. not the totals row). */
  tapRows?: number;
  selected?: number | null;
};

export default function DataTable({ table, caption, onRow, tapRows, selected = null }: Props) {
  return (
    <View className='district-table' aria-label={caption}>
      <View className='district-table__row district-table__row--head'>
        {table.headers.map((h) => (
          <Text key={h} className='district-table__cell'>
            {h}
          </Text>
        ))}
      </View>
      {table.rows.map((row, i) => {
        const cells = row.map((c, j) => (
          <Text key={j} className='district-table__cell'>
            {c}
          </Text>
        ));
        const className = `district-table__row${selected === i ? ' district-table__row--on' : ''}`;
        return onRow && (tapRows === undefined || i < tapRows) ? (
          <View key={i} className={`${className} district-table__row--tap`} {...tapProps(() => onRow(i))}>
            {cells}
          </View>
        ) : (
          <View key={i} className={className}>
            {cells}
          </View>
        );
      })}
    </View>
  );
}
