/** Whether a service's area covers where the person lives, with the sentence that says so. */
import { XIHU_DISTRICT_CODE } from '../divisions';
import type { PersonFacts } from './types';

export type AreaVerdict = { covers: 'yes' | 'no' | 'unknown'; text: string };

const nameOf = (names: ReadonlyMap<string, string>, code: string) => names.get(code) ?? '您所在的地方';

export function areaVerdict(
  areas: readonly string[],
  person: PersonFacts,
  names: ReadonlyMap<string, string>,
): AreaVerdict {
  if (person.answers.livesInDistrict === false) return { covers: 'no', text: '这项服务只面向住在西湖区的居民' };
  const { streetCode, communityCode } = person;
  if (communityCode && areas.includes(communityCode)) {
    const name = nameOf(names, communityCode);
    return { covers: 'yes', text: `您住在${name}，这项服务覆盖${name}` };
  }
  if (streetCode && areas.includes(streetCode)) {
    const name = nameOf(names, streetCode);
    return { covers: 'yes', text: `您住在${name}，这项服务覆盖${name}` };
  }
  if (areas.includes(XIHU_DISTRICT_CODE)) {
    const where = communityCode ?? streetCode;
    return {
      covers: 'yes',
      text: where ? `您住在${nameOf(names, where)}，这项服务覆盖全西湖区` : '这项服务覆盖全西湖区',
    };
  }
  const listed = areas.map((code) => nameOf(names, code)).join('、');
  if (streetCode) {
    const inStreet = areas.some((code) => code.slice(0, 9) === streetCode.slice(0, 9));
    if (inStreet && !communityCode)
      return { covers: 'unknown', text: `还需要确认您住在哪个社区：这项服务只覆盖${listed}` };
    return { covers: 'no', text: `这项服务只覆盖${listed}` };
  }
  return { covers: 'unknown', text: `还需要确认您住在哪个街道（镇）：这项服务只覆盖${listed}` };
}
