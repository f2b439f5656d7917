import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { TLivestreamDetail } from '@shared/schemas/content';
import { LIVE_STATE_LABELS, formatClock, formatDate, formatDateTime } from '@/components/ContentFormat';
import { PAGES } from '@/components/ContentLinks';
import PageShell from '@/components/PageShell';
import { usePageQuery } from '@/hooks/usePageQuery';
import { call } from '@/services/api';
import PolicyLinks from '@/packages/content/components/PolicyLinks';
import { requireSlug } from '@/packages/content/components/slug';
import { usePolicyTitles } from '@/packages/content/components/usePolicyTitles';
import Chapters from './components/Chapters';
import Player, { initialMode, seekVideo, type PlayerMode } from './components/Player';
import './index.scss';
import { tapProps } from '@/components/Tappable';

function allPolicySlugs(stream: TLivestreamDetail | undefined): string[] {
  if (!stream) return [];
  return [...new Set([...stream.policySlugs, ...stream.chapters.flatMap((c) => c.policySlugs)])];
}

/** What to say instead of a player when there is no valid replay. */
function unavailableText(stream: TLivestreamDetail): string {
  if (stream.state === 'replay_expired')
    return '这场直播的回放已经过期，不能再看了。下面的政策可以点开看文字说明，也可以到附近服务点问。';
  if (stream.state === 'ended') return '直播已经结束，回放正在整理，整理好后可以在这里看。';
  if (stream.state === 'live') return '正在直播，请回到「直播」页点「去看直播」。';
  return `直播还没开始，开播时间：${formatDateTime(stream.startsAt)}。`;
}

/** 直播回放: the video (or 视频号 in weapp), chapters that jump, linked policies; counts one view per visit. */
export default function ReplayPage() {
  const params = useRouter()?.params ?? {};
  const slug = params.slug;
  const requested = Number(params.t);
  const [startSec, setStartSec] = useState(Number.isInteger(requested) && requested > 0 ? requested : 0);
  const [mode, setMode] = useState<PlayerMode>();
  const counted = useRef(false);
  const query = usePageQuery(
    () => call('livestreams.get', { slug: requireSlug(slug, '没有找到这场直播，请回到「直播」页重新选择') }),
    [slug],
  );
  const stream = query.data;
  const titles = usePolicyTitles(allPolicySlugs(stream));

  useEffect(() => {
    if (!stream || stream.state !== 'replay' || counted.current) return;
    counted.current = true;
    void call('livestreams.view', { slug: stream.slug }).catch(() => undefined); // a missed count is not worth an error
  }, [stream]);

  return (
    <PageShell className='replay' query={query}>
      {(s) => {
        const playable = s.state === 'replay';
        const current = mode ?? initialMode(s);
        const handleSeek = (sec: number) => {
          setStartSec(sec);
          if (current === 'video') seekVideo(sec);
          else if (s.replayUrl) setMode('video');
        };
        return (
          <>
            <View className='replay__header'>
              <Text className='replay__badge'>{LIVE_STATE_LABELS[s.state]}</Text>
              <Text className='replay__title'>{s.title}</Text>
              <Text className='replay__meta'>
                {formatDateTime(s.startsAt)} – {formatClock(s.endsAt)} · 主讲：{s.speaker}
              </Text>
            </View>
            {playable ? (
              <Player
                stream={s}
                mode={current}
                startSec={startSec}
                titles={titles}
                onFallback={() => setMode('video')}
              />
            ) : (
              <View className='replay__unavailable'>
                <Text>{unavailableText(s)}</Text>
                {s.state === 'live' || s.state === 'upcoming' ? (
                  <Text
                    className='replay__link'
                    {...tapProps(() => void Taro.switchTab({ url: PAGES.live }), { role: 'link' })}
                  >
                    去「直播」页 ›
                  </Text>
                ) : null}
              </View>
            )}
            {playable && s.replayExpiresAt ? (
              <Text className='replay__expires'>回放可以看到 {formatDate(s.replayExpiresAt)}</Text>
            ) : null}
            <Text className='replay__summary'>{s.summary}</Text>
            <Chapters
              chapters={s.chapters}
              titles={titles}
              current={startSec}
              onSeek={playable && (current === 'video' || s.replayUrl) ? handleSeek : undefined}
            />
            {s.policySlugs.length > 0 ? (
              <View className='replay__policies'>
                <Text className='replay__chapters-title'>这场直播讲到的政策</Text>
                <PolicyLinks slugs={s.policySlugs} titles={titles} />
              </View>
            ) : null}
            <Text className='replay__views'>{s.viewCount} 次观看</Text>
          </>
        );
      }}
    </PageShell>
  );
}
