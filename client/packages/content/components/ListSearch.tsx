import { Input, Text, View } from '@tarojs/components';
import './ListSearch.scss';
import { tapProps } from '@/components/Tappable';

type Props = {
  value: string;
  placeholder: string;
  error?: string;
  onChange: (value: string) => void;
  onSearch: () => void;
  onClear: () => void;
};

/** Keyword search of a list: type, then tap 搜索 (or the keyboard's search key). */
export default function ListSearch({ value, placeholder, error, onChange, onSearch, onClear }: Props) {
  return (
    <View className='list-search'>
      <View className='list-search__row'>
        <Input
          className='list-search__input'
          type='text'
          confirmType='search'
          placeholder={placeholder}
          value={value}
          onInput={(e) => onChange(e.detail.value)}
          onConfirm={onSearch}
        />
        <View className='list-search__button' {...tapProps(onSearch)}>
          <Text>搜索</Text>
        </View>
      </View>
      {value ? (
        <Text className='list-search__clear' {...tapProps(onClear)}>
          清空搜索词
        </Text>
      ) : null}
      {error ? <Text className='list-search__error'>{error}</Text> : null}
    </View>
  );
}

export type ChipOption = { key: string; label: string };

type ChipRowProps = {
  name: string;
  options: ChipOption[];
  selected?: string;
  onPick: (key?: string) => void;
};

/** One filter: 全部 plus one chip per option; the picked one is ticked. */
export function ChipRow({ name, options, selected, onPick }: ChipRowProps) {
  return (
    <View className='list-filters__row'>
      <Text className='list-filters__label'>{name}</Text>
      <View className='list-filters__chips'>
        <Text
          className={`list-filters__chip${selected ? '' : ' list-filters__chip--on'}`}
          onClick={() => onPick(undefined)}
        >
          全部
        </Text>
        {options.map((o) => (
          <Text
            key={o.key}
            className={`list-filters__chip${selected === o.key ? ' list-filters__chip--on' : ''}`}
            {...tapProps(() => onPick(o.key))}
          >
            {selected === o.key ? `✓ ${o.label}` : o.label}
          </Text>
        ))}
      </View>
    </View>
  );
}
