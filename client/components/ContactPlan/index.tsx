import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ContactPlan as TContactPlan } from '@shared/domain/contact-fallback';
import './index.scss';
import { tapProps } from '@/components/Tappable';

/** The number to call as a big button, with whose number it is and, when it is not the point's own, why. */
export function ContactCall({ call }: { call: TContactPlan['call'] }) {
  const dial = () => void Taro.makePhoneCall({ phoneNumber: call.number }).catch(() => undefined);
  return (
    <>
      <View className='contact-plan__call' {...tapProps(dial)}>
        <Text className='contact-plan__call-text'>打电话：{call.number}</Text>
      </View>
      <Text className='contact-plan__whose'>{call.whose}</Text>
      {call.why ? <Text className='contact-plan__why'>{call.why}</Text> : null}
    </>
  );
}

/** The place to go: its name, its address or what to do while no address is known. */
export function ContactVisit({
  visit,
  label = true,
  pointNamed = false,
}: {
  visit: TContactPlan['visit'];
  label?: boolean;
  /** The point's name is already on screen: do not repeat it when the place is the point itself. */
  pointNamed?: boolean;
}) {
  return (
    <>
      {label ? <Text className='contact-plan__label'>去哪里</Text> : null}
      {pointNamed && visit.source === 'point' ? null : <Text className='contact-plan__place'>{visit.name}</Text>}
      {visit.address ? <Text className='contact-plan__address'>地址：{visit.address}</Text> : null}
      {visit.note ? <Text className='contact-plan__why'>{visit.note}</Text> : null}
    </>
  );
}

/**
 * One number to call (with whose number it is) and one place to go: receipt, point page and application detail
 * (shared/domain/contact-fallback.ts). Never a dead end: without the point's own phone it is its station's, the
 * hub's or 12345, and the line under the button says which.
 */
export default function ContactPlan({
  plan,
  className,
  pointNamed,
}: {
  plan: TContactPlan;
  className?: string;
  pointNamed?: boolean;
}) {
  return (
    <View className={`contact-plan${className ? ` ${className}` : ''}`}>
      <ContactCall call={plan.call} />
      <ContactVisit visit={plan.visit} pointNamed={pointNamed} />
    </View>
  );
}
