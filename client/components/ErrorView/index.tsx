import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ApiError } from '@/services/api-error';
import ActionButton from '../ActionButton';
import './index.scss';

type Props = {
  error: ApiError;
  retrying?: boolean;
  onRetry: () => void;
};

const MINE_TAB = '/pages/mine/index';

/** Full-page error: what happened, what to do next, and one button that does it. */
export default function ErrorView({ error, retrying = false, onRetry }: Props) {
  const needsLogin = error.code === 'UNAUTHENTICATED';
  const title = error.code === 'NETWORK' ? '网络连接不上' : needsLogin ? '需要先登录' : '内容没有加载出来';

  const handleTap = () => {
    if (needsLogin) {
      void Taro.switchTab({ url: MINE_TAB });
      return;
    }
    onRetry();
  };

  return (
    <View className='error-view'>
      <Text className='error-view__title'>{title}</Text>
      <Text className='error-view__message'>{error.message}</Text>
      <ActionButton className='error-view__action' busy={retrying} busyText='正在加载…' onTap={handleTap}>
        {needsLogin ? '去登录' : '重新加载'}
      </ActionButton>
      {error.requestId ? <Text className='error-view__ref'>问题编号：{error.requestId.slice(0, 8)}</Text> : null}
    </View>
  );
}
