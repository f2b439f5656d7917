import { Text } from '@tarojs/components';
import { tapProps } from '../Tappable';
import Taro from '@tarojs/taro';
import './index.scss';

type Props = { phone: string; className?: string };

/** A phone number that dials when tapped (both platforms; H5 opens tel:). */
export default function ContentPhone({ phone, className }: Props) {
  const handleTap = () => {
    void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
  };
  return (
    <Text
      className={`content-phone${className ? ` ${className}` : ''}`}
      {...tapProps(handleTap, { label: `拨打电话 ${phone}` })}
    >
      电话 {phone}（点击拨打）
    </Text>
  );
}
