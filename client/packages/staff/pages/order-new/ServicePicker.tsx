import { Text, View } from '@tarojs/components';
import type { TOrderServiceOption } from '@shared/schemas/orders';
import { deliveryLabel } from '@/packages/staff/lib/orders';
import { tapProps } from '@/components/Tappable';

type Props = { options: TOrderServiceOption[]; selected?: string; onPick: (id: string) => void };

/** Every service in the list; a provider with no places left is shown but cannot be picked. */
export default function ServicePicker({ options, selected, onPick }: Props) {
  if (!options.length) return <Text className='order-new__hint'>服务清单里还没有可派单的服务。</Text>;
  return (
    <View className='order-new__services'>
      {options.map((s) => {
        const full = s.openPlaces === 0;
        return (
          <View
            key={s.id}
            className={`order-new__service${selected === s.id ? ' order-new__service--on' : ''}${full ? ' order-new__service--full' : ''}`}
            {...(full
              ? { 'aria-disabled': true }
              : tapProps(() => onPick(s.id), { role: 'radio', checked: selected === s.id }))}
          >
            <Text className='order-new__service-name'>
              {selected === s.id ? '✓ ' : ''}
              {s.name}
            </Text>
            <Text className='order-new__service-meta'>
              {s.provider.name} · {deliveryLabel(s.delivery)}
              {full ? ' · 名额已满' : s.openPlaces !== null ? ` · 还有 ${s.openPlaces} 个名额` : ''}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
