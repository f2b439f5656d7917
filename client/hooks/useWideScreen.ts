import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

/** At this window width and wider the admin, the dashboard and the staff queue use the desktop layout. */
export const DESKTOP_MIN_WIDTH = 1024;

function windowWidth(): number {
  if (typeof window !== 'undefined' && typeof window.innerWidth === 'number') return window.innerWidth;
  try {
    return Taro.getWindowInfo().windowWidth;
  } catch {
    return 0;
  }
}

/** True on a window at least DESKTOP_MIN_WIDTH wide (H5 in a desktop browser); follows resizes. */
export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => windowWidth() >= DESKTOP_MIN_WIDTH);
  useEffect(() => {
    if (typeof window === 'undefined' || !window.addEventListener) return undefined;
    const onResize = () => setWide(windowWidth() >= DESKTOP_MIN_WIDTH);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return wide;
}
