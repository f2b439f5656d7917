/**
 * A small in-memory slice of Xihu for the routing rules: the hub, two streets and a town with their
 * stations, three communities/villages with points (some without coordinates), one community whose point
 * is missing, and four departments. Codes and names follow the real NBS list; coordinates are rough.
 */
import type { PointLevel } from '../../../shared/domain/roles';
import type {
  DepartmentRef,
  DivisionRef,
  PointRef,
  ReferenceData,
} from '../../../server/src/features/org/reference-cache';

const DIVISIONS: DivisionRef[] = [
  { code: '330106000000', name: '西湖区', level: 'district', parentCode: null },
  { code: '330106005000', name: '翠苑街道', level: 'street', parentCode: '330106000000' },
  { code: '330106005055', name: '翠苑一区社区', level: 'community', parentCode: '330106005000' },
  { code: '330106005056', name: '翠苑二区社区', level: 'community', parentCode: '330106005000' },
  { code: '330106007000', name: '古荡街道', level: 'street', parentCode: '330106000000' },
  { code: '330106007050', name: '古荡新村社区', level: 'community', parentCode: '330106007000' },
  { code: '330106109000', name: '三墩镇', level: 'town', parentCode: '330106000000' },
  { code: '330106109233', name: '绕城村', level: 'village', parentCode: '330106109000' },
];

type Pt = { id: string; name: string; level: PointLevel; divisionCode: string; lat?: number; lng?: number };
const point = ({ lat, lng, ...p }: Pt): PointRef => ({
  ...p,
  phone: '0571-88000000',
  address: `${p.name}一楼`,
  lat: lat ?? null,
  lng: lng ?? null,
});

export const POINTS = {
  hub: point({ id: 'p-hub', name: '西湖区助联体', level: 'district_hub', divisionCode: '330106000000' }),
  cuiyuan: point({
    id: 'p-cuiyuan',
    name: '翠苑街道助联服务站',
    level: 'street_station',
    divisionCode: '330106005000',
    lat: 30.2868,
    lng: 120.1215,
  }),
  cuiyuan1: point({
    id: 'p-cuiyuan1',
    name: '翠苑一区社区助联服务点',
    level: 'community_point',
    divisionCode: '330106005055',
    lat: 30.2921,
    lng: 120.1178,
  }),
  cuiyuan2: point({
    id: 'p-cuiyuan2',
    name: '翠苑二区社区助联服务点',
    level: 'community_point',
    divisionCode: '330106005056',
  }),
  gudang: point({
    id: 'p-gudang',
    name: '古荡街道助联服务站',
    level: 'street_station',
    divisionCode: '330106007000',
    lat: 30.2795,
    lng: 120.1145,
  }),
  sandun: point({
    id: 'p-sandun',
    name: '三墩镇助联服务站',
    level: 'street_station',
    divisionCode: '330106109000',
    lat: 30.3305,
    lng: 120.0885,
  }),
  raocheng: point({
    id: 'p-raocheng',
    name: '绕城村助联服务点',
    level: 'community_point',
    divisionCode: '330106109233',
  }),
} satisfies Record<string, PointRef>;

export const DEPARTMENTS: DepartmentRef[] = [
  { id: 'd-civil', code: 'civil_affairs', name: '区民政局', isLead: true },
  { id: 'd-health', code: 'health', name: '区卫生健康局', isLead: false },
  { id: 'd-medsec', code: 'medical_security', name: '区医保局', isLead: false },
  { id: 'd-edu', code: 'education', name: '区教育局', isLead: false },
];

/** The reference data routing reads, optionally without some points (e.g. the hub) or departments. */
export function referenceData(
  options: { without?: (keyof typeof POINTS)[]; departments?: DepartmentRef[] } = {},
): ReferenceData {
  const points = Object.entries(POINTS)
    .filter(([key]) => !options.without?.includes(key as keyof typeof POINTS))
    .map(([, p]) => p);
  return {
    division: (code) => DIVISIONS.find((d) => d.code === code) ?? null,
    pointOf: (code) => points.find((p) => p.divisionCode === code) ?? null,
    pointsWithCoordinates: points.filter(
      (p): p is PointRef & { lat: number; lng: number } => p.lat !== null && p.lng !== null,
    ),
    departments: options.departments ?? DEPARTMENTS,
  };
}
