import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { TApplicationDetail } from '@shared/schemas/applications';
import { toApiError } from '@/services/api-error';
import { openAttachment } from '@/services/upload';
import { tapProps } from '@/components/Tappable';

/** Files sent with the application; tap one to look at it. */
export default function Attachments({ items }: { items: TApplicationDetail['attachments'] }) {
  if (items.length === 0) return null;
  const open = (item: TApplicationDetail['attachments'][number]) =>
    openAttachment(item).catch(
      (error: unknown) => void Taro.showToast({ title: toApiError(error).message, icon: 'none', duration: 3000 }),
    );

  return (
    <View className='app-detail__card app-detail__attachments'>
      <Text className='app-detail__card-title'>交上去的照片和材料（{items.length}）</Text>
      {items.map((item, i) => (
        <View key={item.id} className='app-detail__attachment' {...tapProps(() => void open(item), { role: 'link' })}>
          <Text className='app-detail__attachment-name'>
            {item.kind === 'pdf' ? '文件' : '照片'} {i + 1}
            {item.purpose === 'application' ? '' : '（补充）'}
          </Text>
          <Text className='app-detail__attachment-open'>查看 ›</Text>
        </View>
      ))}
    </View>
  );
}
