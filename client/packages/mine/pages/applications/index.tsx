import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import { ApiError } from '@/services/api-error';
import { getSession } from '@/stores/session';
import { writeReturnUrl } from '@/storage/apply';
import { GROUP_ORDER, GROUP_TITLES, groupOf } from '@/packages/mine/format';
import ApplicationCard from './components/ApplicationCard';
import './index.scss';

const SELF_URL = '/packages/mine/pages/applications/index';

/** 我的申请: mine, those I sent for relatives, those relatives sent for me, and neighbours I told about. */
export default function MyApplicationsPage() {
  const query = usePageQuery(async () => {
    if (!getSession()) {
      writeReturnUrl(SELF_URL); // 去登录 on the error view leads to 我的, which brings the user back here
      throw new ApiError('UNAUTHENTICATED', { message: '登录后才能看到您的申请' });
    }
    return (await call('applications.mine', {})).items;
  });

  // Back from a detail page (withdrawn, information added): show the current statuses.
  const shownBefore = useRef(false);
  useDidShow(() => {
    if (shownBefore.current) void query.reload();
    shownBefore.current = true;
  });

  return (
    <PageShell className='my-apps' query={query}>
      {(items) => (
        <>
          <View className='my-apps__header'>
            <Text className='my-apps__title'>我的申请</Text>
            <Text className='my-apps__subtitle'>
              {items.length > 0 ? `共 ${items.length} 份，点开看进度` : '还没有申请'}
            </Text>
          </View>
          {GROUP_ORDER.map((group) => {
            const list = items.filter((item) => groupOf(item) === group);
            if (list.length === 0) return null;
            return (
              <View key={group} className={`my-apps__group my-apps__group--${group}`}>
                <Text className='my-apps__group-title'>{GROUP_TITLES[group]}</Text>
                {list.map((item) => (
                  <ApplicationCard key={item.id} item={item} />
                ))}
              </View>
            );
          })}
          {items.length === 0 ? (
            <View className='my-apps__empty'>
              <Text className='my-apps__empty-text'>遇到困难，可以在这里申请帮助，也可以替家人申请。</Text>
              <ActionButton
                className='my-apps__apply'
                onTap={() => void Taro.navigateTo({ url: '/packages/apply/pages/wizard/index' })}
              >
                申请帮助
              </ActionButton>
            </View>
          ) : null}
        </>
      )}
    </PageShell>
  );
}
