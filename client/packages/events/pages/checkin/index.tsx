import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { parseScene } from '@shared/domain/events';
import ActionButton from '@/components/ActionButton';
import PageShell from '@/components/PageShell';
import StaffGate from '@/components/StaffGate';
import { call } from '@/services/api';
import { toApiError } from '@/services/api-error';
import { PUBLISHER_ROLES } from '../../lib/events';
import './index.scss';

type Outcome = { ok: boolean; text: string };

/** Opened by scanning an attendee's sign-up code: one tap checks them in (counted as one 人次). */
function CheckIn() {
  const scene = parseScene(useRouter()?.params?.scene);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const checkIn = async (code: string) => {
    setBusy(true);
    try {
      const r = await call('events.checkIn', { code });
      setOutcome({
        ok: true,
        text: r.alreadyCheckedIn ? `${r.attendee.name} 之前已经签到过了。` : `${r.attendee.name} 签到好了。`,
      });
    } catch (error) {
      setOutcome({ ok: false, text: toApiError(error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell className='checkin'>
      <View className='checkin__box'>
        {!scene || scene.kind !== 'signup' ? (
          <Text className='checkin__text'>这不是报名码。请扫参加者“我的报名码”里的二维码，或在报名名单上点签到。</Text>
        ) : outcome ? (
          <Text className={`checkin__result${outcome.ok ? '' : ' checkin__result--failed'}`}>{outcome.text}</Text>
        ) : (
          <>
            <Text className='checkin__text'>扫到了一个报名码。确认是本人到场后，点下面的按钮签到。</Text>
            <ActionButton busy={busy} busyText='正在签到…' onTap={() => void checkIn(scene.code)}>
              签到
            </ActionButton>
          </>
        )}
      </View>
    </PageShell>
  );
}

export default function Page() {
  return (
    <StaffGate roles={PUBLISHER_ROLES}>
      <CheckIn />
    </StaffGate>
  );
}
