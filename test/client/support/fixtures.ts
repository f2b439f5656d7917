/** Response bodies typed by the shared schemas (api.test.ts also parses them with the schemas, so they cannot drift). */
import type { TServicePoint, TDistrictOverview } from '@shared/schemas/org';
import type { TSession, TMe } from '@shared/schemas/auth';

export const STREET_NAMES = [
  '北山街道',
  '西溪街道',
  '翠苑街道',
  '古荡街道',
  '西湖街道',
  '留下街道',
  '转塘街道',
  '蒋村街道',
  '灵隐街道',
  '文新街道',
  '三墩镇',
  '双浦镇',
];

let seq = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

export function point(overrides: Partial<TServicePoint> = {}): TServicePoint {
  return {
    id: uuid(),
    level: 'community_point',
    name: '翠苑一区助联服务点',
    divisionCode: '330106005055',
    divisionName: '翠苑一区社区',
    address: null,
    phone: null,
    openingHours: '周一至周五 8:30-17:30',
    lat: null,
    lng: null,
    isSampleContact: true,
    ...overrides,
  };
}

export function overview(): TDistrictOverview {
  return {
    district: { code: '330106000000', name: '西湖区', level: 'district', parentCode: null },
    hub: point({ level: 'district_hub', name: '西湖区助联体', divisionCode: '330106000000', divisionName: '西湖区' }),
    streets: STREET_NAMES.map((name, i) => {
      const code = `330106${String(i + 2).padStart(3, '0')}000`;
      return {
        code,
        name,
        level: name.endsWith('镇') ? 'town' : 'street',
        communityCount: 10 + i,
        station: point({ level: 'street_station', name: `${name}助联服务站`, divisionCode: code, divisionName: name }),
      };
    }),
  };
}

export function me(overrides: Partial<TMe> = {}): TMe {
  return { id: uuid(), displayName: '张阿姨', phoneMasked: null, roles: ['resident'], memberships: [], ...overrides };
}

export function session(overrides: Partial<TSession> = {}): TSession {
  const n = ++seq;
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: '2030-01-01T00:00:00.000Z',
    refreshToken: `refresh-token-${n}-xxxxxxxxxxxxxxxx`,
    refreshTokenExpiresAt: '2030-02-01T00:00:00.000Z',
    user: me(),
    ...overrides,
  };
}
