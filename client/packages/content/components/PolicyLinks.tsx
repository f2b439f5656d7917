import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { policyUrl } from '@/components/ContentLinks';
import './PolicyLinks.scss';
import { tapProps } from '@/components/Tappable';

type Props = { slugs: readonly string[]; titles: Map<string, string>; className?: string };

/** Links to the policies among `slugs` whose titles are known. */
export default function PolicyLinks({ slugs, titles, className = 'policy-links' }: Props) {
  const known = slugs.filter((s) => titles.has(s));
  if (known.length === 0) return null;
  return (
    <View className={className}>
      {known.map((slug) => (
        <Text
          key={slug}
          className='policy-links__item'
          {...tapProps(() => void Taro.navigateTo({ url: policyUrl(slug) }), { role: 'link' })}
        >
          政策：{titles.get(slug)} ›
        </Text>
      ))}
    </View>
  );
}
