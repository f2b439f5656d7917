import { Text, View } from '@tarojs/components';
import type { TDivision } from '@shared/schemas/org';
import ActionButton from '@/components/ActionButton';
import FormChoice, { type ChoiceOption } from '@/components/FormChoice';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';

type Props = {
  /** Children of this division; the district's streets and towns when absent. */
  parentCode?: string;
  selected: string;
  onPick: (division: Pick<TDivision, 'code' | 'name'>) => void;
  /** One more option after the list (e.g. "I don't know"). */
  extra?: ChoiceOption;
  name: string;
};

const cache = new Map<string, TDivision[]>();

async function load(parentCode: string | undefined): Promise<TDivision[]> {
  const key = parentCode ?? 'district';
  const hit = cache.get(key);
  if (hit) return hit;
  const { items } = await call('divisions.list', parentCode ? { parentCode } : {});
  cache.set(key, items);
  return items;
}

/** Streets, or one street's communities, as big tappable options (loaded from divisions.list). */
export default function DivisionList({ parentCode, selected, onPick, extra, name }: Props) {
  const query = usePageQuery(() => load(parentCode), [parentCode]);

  if (!query.data) {
    if (!query.error) return <Text className='apply-step__loading'>正在加载…</Text>;
    return (
      <View className='apply-step__load-error'>
        <Text className='apply-step__note apply-step__note--warning'>{query.error.message}</Text>
        <ActionButton kind='plain' busy={query.loading} busyText='正在加载…' onTap={() => void query.reload()}>
          重新加载
        </ActionButton>
      </View>
    );
  }

  const options: ChoiceOption[] = query.data.map((d) => ({ value: d.code, label: d.name }));
  if (extra) options.push(extra);
  return (
    <FormChoice
      name={name}
      columns={2}
      options={options}
      selected={[selected]}
      onToggle={(code) => onPick({ code, name: options.find((o) => o.value === code)?.label ?? '' })}
    />
  );
}
