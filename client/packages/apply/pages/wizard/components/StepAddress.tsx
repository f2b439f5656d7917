import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import FormChoice from '@/components/FormChoice';
import FormField from '@/components/FormField';
import FormInput from '@/components/FormInput';
import { getCurrentPosition, LocationError } from '@/services/location';
import { ensurePrivacyAuthorized } from '@/services/privacy';
import DivisionList from './DivisionList';
import type { StepProps } from './step-props';

const UNKNOWN_COMMUNITY = 'unknown';

/** Step 3: street/town → community/village (or "I don't know"), the detailed address, optionally my position. */
export default function StepAddress({ draft, errors, update }: StepProps) {
  const [locating, setLocating] = useState(false);
  const [locationNote, setLocationNote] = useState<string>();
  const whose = draft.channel === 'self' ? '您' : '他（她）';

  const handleLocate = async () => {
    setLocating(true);
    setLocationNote(undefined);
    try {
      if (!(await ensurePrivacyAuthorized())) throw new LocationError('denied');
      const position = await getCurrentPosition();
      update({ lat: position.lat, lng: position.lng });
    } catch (error) {
      const denied = error instanceof LocationError && error.reason === 'denied';
      setLocationNote(
        denied ? '没有得到位置授权。没关系，请在上面选择街道和社区。' : '暂时定不到位置，请在上面选择街道和社区。',
      );
    } finally {
      setLocating(false);
    }
  };

  return (
    <View className='apply-step apply-step--address'>
      <FormField label={`${whose}住在哪个街道（镇）?`} error={errors.divisionCode} name='street'>
        <DivisionList
          name='street'
          selected={draft.streetCode}
          onPick={(division) =>
            update({ streetCode: division.code, streetName: division.name, communityCode: '', communityName: '' })
          }
        />
      </FormField>
      {draft.streetCode ? (
        <FormField label='哪个社区（村）?' hint='不清楚的话，选最后一项「不清楚」' name='community'>
          <DivisionList
            name='community'
            parentCode={draft.streetCode}
            selected={draft.communityCode || (draft.communityName === '不清楚' ? UNKNOWN_COMMUNITY : '')}
            extra={{ value: UNKNOWN_COMMUNITY, label: '不清楚' }}
            onPick={(division) =>
              division.code === UNKNOWN_COMMUNITY
                ? update({ communityCode: '', communityName: '不清楚' })
                : update({ communityCode: division.code, communityName: division.name })
            }
          />
        </FormField>
      ) : null}
      <FormField label='详细地址' hint='例如：文三路 100 号 3 幢 2 单元 501 室' error={errors.address} name='address'>
        <FormInput
          value={draft.address}
          maxlength={200}
          invalid={Boolean(errors.address)}
          onChange={(address) => update({ address })}
        />
      </FormField>
      <View className='apply-step__location'>
        {draft.lat !== null ? (
          <>
            <Text className='apply-step__note'>已记下{whose}现在的位置，工作人员会找最近的服务点。</Text>
            <FormChoice
              options={[{ value: 'clear', label: '不用位置了' }]}
              selected={[]}
              onToggle={() => update({ lat: null, lng: null })}
            />
          </>
        ) : (
          <FormChoice
            name='locate'
            options={[
              {
                value: 'locate',
                label: locating ? '正在定位…' : '用我现在的位置',
                hint: '人就在家里时可以用，帮工作人员更快找到',
              },
            ]}
            selected={[]}
            onToggle={() => (locating ? undefined : void handleLocate())}
          />
        )}
        {locationNote ? <Text className='apply-step__note apply-step__note--warning'>{locationNote}</Text> : null}
      </View>
    </View>
  );
}
