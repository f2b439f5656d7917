import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Field } from '@/components/StaffForm';
import { isWeapp } from '@/env';
import { tapProps } from '@/components/Tappable';

type Props = {
  lat: string;
  lng: string;
  onChange: (next: { lat: string; lng: string; address?: string }) => void;
  errors: { lat?: string; lng?: string };
};

const round = (n: number) => String(Math.round(n * 1e6) / 1e6);

/**
 * The point's position: in the mini-program picked on WeChat's map (wx.chooseLocation, GCJ-02 like every WeChat
 * map); in H5 typed as latitude and longitude (from a map app), with the address typed above.
 */
export default function LocationField({ lat, lng, onChange, errors }: Props) {
  const choose = async () => {
    try {
      const start = lat && lng ? { latitude: Number(lat), longitude: Number(lng) } : {};
      const res = await Taro.chooseLocation(start);
      onChange({ lat: round(res.latitude), lng: round(res.longitude), address: res.address || undefined });
    } catch {
      // cancelled, or location permission refused: the fields keep their values
    }
  };
  return (
    <View className='point-edit__location'>
      <Text className='staff-field__label'>位置（居民“离我近的服务点”靠它）</Text>
      {isWeapp ? (
        <View className='point-edit__pick' {...tapProps(() => void choose())}>
          <Text className='point-edit__pick-text'>{lat && lng ? '在地图上重新选位置' : '在地图上选位置'}</Text>
        </View>
      ) : null}
      <Field
        name='lat'
        label='纬度'
        type='digit'
        value={lat}
        onChange={(v) => onChange({ lat: v, lng })}
        error={errors.lat}
        placeholder='如 30.27861'
        maxlength={12}
      />
      <Field
        name='lng'
        label='经度'
        type='digit'
        value={lng}
        onChange={(v) => onChange({ lat, lng: v })}
        error={errors.lng}
        placeholder='如 120.11389'
        maxlength={12}
        hint={isWeapp ? undefined : '可以在手机地图里长按服务点门口，复制坐标填在这里'}
      />
    </View>
  );
}
