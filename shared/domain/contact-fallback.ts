/**
 * "No dead ends": one number to call and one place to go for a service point, whatever is still missing.
 * The phone comes from the point, else its street/town station, else the district hub, else the 12345 hotline,
 * and the resident is told whose number it is. The place is the first of those with an address, else the point
 * itself by name (with "call to ask the way"). Pure; used by the receipt, the point page and application detail.
 */
import type { PointLevel } from './roles';

export type ContactParty = {
  name: string;
  level: PointLevel;
  phone: string | null;
  address: string | null;
  /** Sample values are never offered as a number to call. */
  isSampleContact: boolean;
};

export type ContactChain = { point: ContactParty | null; station: ContactParty | null; hub: ContactParty | null };

export type ContactSource = 'point' | 'station' | 'hub' | 'hotline';

export const HOTLINE_NUMBER = '12345';
export const HOTLINE_NAME = '杭州市 12345 政务服务热线';

export type ContactPlan = {
  call: {
    number: string;
    /** Whose number it is: the point's, its station's, the hub's or the hotline. */
    source: ContactSource;
    ownerName: string;
    /** "这是西溪街道助联服务站的电话" */
    whose: string;
    /** Why it is not the point's own number; null when it is. */
    why: string | null;
  };
  visit: {
    source: Exclude<ContactSource, 'hotline'>;
    name: string;
    /** null only when no one in the chain has an address yet. */
    address: string | null;
    /** Why this place, or what to do without an address; null for the point's own address. */
    note: string | null;
  };
};

const usablePhone = (p: ContactParty | null): p is ContactParty & { phone: string } =>
  !!p && !!p.phone && !p.isSampleContact;

/** The number to call and the place to go for `chain.point` (null point: the hub serves the application). */
export function contactPlan(chain: ContactChain): ContactPlan {
  const order: [Exclude<ContactSource, 'hotline'>, ContactParty | null][] = [
    ['point', chain.point],
    ['station', chain.station],
    ['hub', chain.hub],
  ];
  const subject = chain.point ?? chain.station ?? chain.hub;
  const missing = subject ? `${subject.name}的电话还没登记` : '服务点的电话还没登记';
  const caller = order.find(([, p]) => usablePhone(p));
  const call: ContactPlan['call'] = caller
    ? {
        number: caller[1]!.phone!,
        source: caller[0],
        ownerName: caller[1]!.name,
        whose: `这是${caller[1]!.name}的电话`,
        why: caller[1] === subject ? null : `${missing}，${caller[0] === 'hub' ? '区里' : '街道'}会帮您转达`,
      }
    : {
        number: HOTLINE_NUMBER,
        source: 'hotline',
        ownerName: HOTLINE_NAME,
        whose: `这是${HOTLINE_NAME}`,
        why: `${missing}，打 12345 说要找${subject?.name ?? '西湖区助联体'}`,
      };

  const place = order.find(([, p]) => !!p?.address?.trim());
  const visit: ContactPlan['visit'] = place
    ? {
        source: place[0],
        name: place[1]!.name,
        address: place[1]!.address!.trim(),
        note: place[1] === subject ? null : `${subject?.name ?? '服务点'}的地址还没登记，可以先去这里`,
      }
    : {
        source: chain.point ? 'point' : chain.station ? 'station' : 'hub',
        name: subject?.name ?? '西湖区助联体',
        address: null,
        note: '地址还没登记，去之前先打上面的电话问怎么走',
      };
  return { call, visit };
}
