import { Text, View } from '@tarojs/components';
import { tapProps } from '@/components/Tappable';
import { setCareMode, useCareMode } from '@/stores/care-mode';

/** 关怀模式 on/off. The whole row is the touch target, and the state is written out (not colour alone). */
export default function CareModeSwitch() {
  const on = useCareMode();

  return (
    <View className='care-switch' {...tapProps(() => setCareMode(!on), { role: 'switch', checked: on })}>
      <View className='care-switch__text'>
        <Text className='care-switch__title'>关怀模式</Text>
        <Text className='care-switch__hint'>字和按钮都更大</Text>
      </View>
      <View className={`care-switch__toggle${on ? ' care-switch__toggle--on' : ''}`}>
        <Text className='care-switch__state'>{on ? '已开启' : '已关闭'}</Text>
      </View>
    </View>
  );
}
