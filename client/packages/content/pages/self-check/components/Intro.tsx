import { Text, View } from '@tarojs/components';
import ActionButton from '@/components/ActionButton';
import { tapProps } from '@/components/Tappable';

type Props = {
  total: number;
  save: boolean;
  hasSaved: boolean;
  onSaveChange: (save: boolean) => void;
  onForget: () => void;
  onStart: () => void;
};

/** What the self-check is, how long it takes, and whether to keep the answers on this phone (off by default). */
export default function Intro({ total, save, hasSaved, onSaveChange, onForget, onStart }: Props) {
  return (
    <View className='self-check__intro'>
      <Text className='self-check__lead'>
        回答 {total} 个小问题，大约 2 分钟，就能看到您可能申请哪些帮助。不用登录，不清楚的题可以跳过。
      </Text>
      <Text className='self-check__label'>您的回答要不要记下来？</Text>
      <View
        className={`self-check__choice${save ? '' : ' self-check__choice--on'}`}
        {...tapProps(() => onSaveChange(false), { role: 'radio', checked: !save })}
      >
        <Text>{save ? '○' : '●'} 不保存我的回答</Text>
        <Text className='self-check__choice-hint'>只用来算结果，关掉页面就没了</Text>
      </View>
      <View
        className={`self-check__choice${save ? ' self-check__choice--on' : ''}`}
        {...tapProps(() => onSaveChange(true), { role: 'radio', checked: save })}
      >
        <Text>{save ? '●' : '○'} 记在这台手机上</Text>
        <Text className='self-check__choice-hint'>下次来不用重新填，只存在这台手机里</Text>
      </View>
      {hasSaved ? (
        <View className='self-check__saved'>
          <Text>已经填好了您上次记下的回答，可以直接改。</Text>
          <Text className='self-check__link' {...tapProps(onForget)}>
            删掉记下的回答
          </Text>
        </View>
      ) : null}
      <ActionButton className='self-check__start' onTap={onStart}>
        开始
      </ActionButton>
    </View>
  );
}
