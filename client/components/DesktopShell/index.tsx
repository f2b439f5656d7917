import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, type ReactNode } from 'react';
import { useWideScreen } from '@/hooks/useWideScreen';
import { useSession } from '@/stores/session';
import { tapProps } from '../Tappable';
import { navFor, type NavKey } from './nav';
import './index.scss';

export { NAV, navFor, type NavKey } from './nav';

type Props = {
  /** The entry of the page shown, marked in the navigation. */
  active: NavKey;
  children: ReactNode;
};

/** Desktop text size: the phone layout's rem base (up to 40 px at 1280 px) would double every size. */
const DESKTOP_CLASS = 'zl-desktop';

/**
 * The desktop layout (issue 12.7): at DESKTOP_MIN_WIDTH and wider, a side navigation with the staff, district and admin
 * sections the caller's roles open, and the page beside it; below, the page alone (the phone layout is unchanged).
 */
export default function DesktopShell({ active, children }: Props) {
  const wide = useWideScreen();
  const session = useSession();
  useEffect(() => {
    if (!wide || typeof document === 'undefined') return undefined;
    const root = document.documentElement;
    root.classList.add(DESKTOP_CLASS);
    // the rem base back to 20 CSS px (32 design px = 16 CSS px); set through CSSOM, which the CSP allows, because
    // pxtransform would turn a stylesheet's 20px into rem as well
    root.style.fontSize = '20px';
    return () => {
      root.classList.remove(DESKTOP_CLASS);
      root.style.fontSize = '';
    };
  }, [wide]);
  if (!wide) return <>{children}</>;
  const sections = navFor(session?.user.roles ?? []);
  return (
    <View className='desktop-shell'>
      <View className='desktop-shell__nav' role='navigation' aria-label='功能导航'>
        <Text className='desktop-shell__brand'>助联</Text>
        {sections.map((s) => (
          <View key={s.title} className='desktop-shell__section'>
            <Text className='desktop-shell__section-title'>{s.title}</Text>
            {s.items.map((i) => (
              <Text
                key={i.key}
                className={`desktop-shell__link${i.key === active ? ' desktop-shell__link--on' : ''}`}
                aria-current={i.key === active ? 'page' : undefined}
                {...tapProps(() => (i.key === active ? undefined : void Taro.redirectTo({ url: i.url })), {
                  role: 'link',
                })}
              >
                {i.label}
              </Text>
            ))}
          </View>
        ))}
      </View>
      <View className='desktop-shell__main'>{children}</View>
    </View>
  );
}
