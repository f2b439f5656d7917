import { Input, Text, View } from '@tarojs/components';
import { tapProps } from '@/components/Tappable';

type Props = {
  value: string;
  error?: string;
  onChange: (value: string) => void;
  onSearch: () => void;
  onClear: () => void;
};

/** Chinese keyword search: type, then tap 搜索 (or the keyboard's search key). */
export default function SearchBar({ value, error, onChange, onSearch, onClear }: Props) {
  return (
    <View className='policy-search'>
      <View className='policy-search__row'>
        <Input
          className='policy-search__input'
          type='text'
          confirmType='search'
          placeholder='输入想找的，例如：看病、低保'
          value={value}
          onInput={(e) => onChange(e.detail.value)}
          onConfirm={onSearch}
        />
        <View className='policy-search__button' {...tapProps(onSearch)}>
          <Text>搜索</Text>
        </View>
      </View>
      {value ? (
        <Text className='policy-search__clear' {...tapProps(onClear)}>
          清空搜索词
        </Text>
      ) : null}
      {error ? <Text className='policy-search__error'>{error}</Text> : null}
    </View>
  );
}
