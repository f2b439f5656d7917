/** One figure of the dashboard: its title, the chart (ECharts, H5 and mini-program) and the same numbers as a table beside it. */
import { Text, View } from '@tarojs/components';
import type { FigureData } from '../../lib/figures';
import DataTable from '../DataTable';
import EChart from '../EChart';
import './index.scss';

export default function Figure({ figure }: { figure: FigureData }) {
  return (
    <View className={`district-figure district-figure--${figure.key}`}>
      <Text className='district-figure__title'>{figure.title}</Text>
      {figure.empty ? (
        <Text className='district-figure__empty'>{figure.empty}</Text>
      ) : (
        <View className='district-figure__body'>
          <EChart spec={figure.chart} label={figure.title} />
          <DataTable table={figure.table} caption={`${figure.title}（数据表）`} />
        </View>
      )}
    </View>
  );
}
