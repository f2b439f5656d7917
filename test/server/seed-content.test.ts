/**
 * Seed content (政策清单, standards, livestreams, stories, 力量清单, 服务清单): every entry parses with the
 * shared schemas unchanged, the lists cover the vocabulary, and every cross-reference resolves. Pure, no database.
 */
import fs from 'node:fs';
import path from 'node:path';
import { livestreams, POLICIES, PROVIDERS, SERVICES, STANDARDS, STORIES } from '../../server/src/db/seed/content';
import { parseCsv } from '../../server/src/db/seed/csv';
import { DEPARTMENTS } from '../../server/src/db/seed/departments';
import { MEDIA_DIR } from '../../server/src/features/media/media.routes';
import { DELIVERY_KINDS, NEED_TIERS, PROVIDER_KINDS, TARGET_GROUPS } from '../../shared/domain/assistance';
import { ZLivestreamInput, ZPolicyInput, ZStoryInput } from '../../shared/schemas/content';
import { ZProviderInput, ZServiceInput } from '../../shared/schemas/services';

const NOW = new Date('2026-11-29T02:00:00Z');
const LIVESTREAMS = livestreams(NOW);
const departmentCodes = new Set<string>(DEPARTMENTS.map((d) => d.code));
const standardKeys = new Set(STANDARDS.map((s) => s.key));
const policySlugs = new Set(POLICIES.map((p) => p.slug));
const providerSlugs = new Set(PROVIDERS.map((p) => p.slug));
const divisionCodes = new Set(
  parseCsv(fs.readFileSync(path.join(__dirname, '../../server/src/db/seed/xihu-divisions.csv'), 'utf8')).map(
    (r) => r.code,
  ),
);

/** Slugs that point nowhere, as `owner → slug`, so a failure names both ends. */
const dangling = (owner: string, slugs: readonly string[], known: Set<string>) =>
  slugs.filter((s) => !known.has(s)).map((s) => `${owner} → ${s}`);
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

/** Length of an MP4 in seconds, from its movie header box (mvhd). */
function mp4DurationSec(buf: Buffer): number {
  const at = buf.indexOf('mvhd');
  expect(at).toBeGreaterThan(0);
  const v1 = buf[at + 4] === 1;
  const timescale = buf.readUInt32BE(at + (v1 ? 24 : 16));
  const duration = v1 ? Number(buf.readBigUInt64BE(at + 28)) : buf.readUInt32BE(at + 20);
  return duration / timescale;
}

describe('seed content parses with the shared schemas unchanged', () => {
  it.each(POLICIES.map((p) => [p.slug, p] as const))('policy %s', (_s, p) => expect(ZPolicyInput.parse(p)).toEqual(p));
  it.each(LIVESTREAMS.map((l) => [l.slug, l] as const))('livestream %s', (_s, l) =>
    expect(ZLivestreamInput.parse(l)).toEqual(l),
  );
  it.each(STORIES.map((s) => [s.slug, s] as const))('story %s', (_s, s) => expect(ZStoryInput.parse(s)).toEqual(s));
  it.each(PROVIDERS.map((p) => [p.slug, p] as const))('provider %s', (_s, p) =>
    expect(ZProviderInput.parse(p)).toEqual(p),
  );
  it.each(SERVICES.map((s) => [s.slug, s] as const))('service %s', (_s, s) =>
    expect(ZServiceInput.parse(s)).toEqual(s),
  );
});

describe('counts and unique slugs', () => {
  it('meets the issue 4 quantities', () => {
    expect(POLICIES.length).toBeGreaterThanOrEqual(30);
    expect(
      POLICIES.filter(
        (p) => p.eligibilityRule && (p.eligibilityRule.conditions.length > 0 || p.eligibilityRule.anyOf.length > 0),
      ).length,
    ).toBeGreaterThanOrEqual(15);
    expect(LIVESTREAMS.length).toBeGreaterThanOrEqual(6);
    expect(STORIES.length).toBeGreaterThanOrEqual(8);
    expect(PROVIDERS.length).toBeGreaterThanOrEqual(20);
    expect(SERVICES.length).toBeGreaterThanOrEqual(40);
  });

  it('has unique slugs within each list and unique standard keys', () => {
    for (const list of [POLICIES, LIVESTREAMS, STORIES, PROVIDERS, SERVICES])
      expect(unique(list.map((x) => x.slug))).toBe(true);
    expect(unique(STANDARDS.map((s) => s.key))).toBe(true);
  });
});

describe('coverage', () => {
  it('policies cover every target group, need tier and all 12 departments', () => {
    expect(TARGET_GROUPS.filter((g) => !POLICIES.some((p) => p.targetGroups.includes(g)))).toEqual([]);
    expect(NEED_TIERS.filter((t) => !POLICIES.some((p) => p.needTiers.includes(t)))).toEqual([]);
    expect(DEPARTMENTS.map((d) => d.code).filter((d) => !POLICIES.some((p) => p.departmentCode === d))).toEqual([]);
  });

  it('providers cover every kind, and every department has a provider', () => {
    expect(PROVIDER_KINDS.filter((k) => !PROVIDERS.some((p) => p.kind === k))).toEqual([]);
    expect(DEPARTMENTS.map((d) => d.code).filter((d) => !PROVIDERS.some((p) => p.departmentCode === d))).toEqual([]);
    // departmentCode is set exactly on department providers
    expect(
      PROVIDERS.filter((p) => (p.kind === 'department') !== (p.departmentCode !== undefined)).map((p) => p.slug),
    ).toEqual([]);
  });

  it('services cover every need tier, delivery kind and target group, with district-wide, street and community areas and every capacity', () => {
    expect(NEED_TIERS.filter((t) => !SERVICES.some((s) => s.needTier === t))).toEqual([]);
    expect(DELIVERY_KINDS.filter((k) => !SERVICES.some((s) => s.delivery === k))).toEqual([]);
    expect(TARGET_GROUPS.filter((g) => !SERVICES.some((s) => s.targetGroups.includes(g)))).toEqual([]);
    const areas = SERVICES.flatMap((s) => s.serviceAreas);
    expect(areas).toContain('330106000000');
    expect(areas.some((a) => /^330106\d{3}000$/.test(a) && a !== '330106000000')).toBe(true);
    expect(areas.some((a) => !a.endsWith('000'))).toBe(true);
    for (const c of ['available', 'waitlist', 'full'] as const)
      expect(SERVICES.some((s) => s.capacity === c)).toBe(true);
    expect(SERVICES.every((s) => s.lastVerifiedAt.startsWith('2026-'))).toBe(true);
  });

  it('every provider offers at least one service', () => {
    expect(PROVIDERS.filter((p) => !SERVICES.some((s) => s.providerSlug === p.slug)).map((p) => p.slug)).toEqual([]);
  });
});

describe('cross-references resolve', () => {
  it('policy departments, rule standards and thresholds', () => {
    expect(POLICIES.filter((p) => !departmentCodes.has(p.departmentCode)).map((p) => p.slug)).toEqual([]);
    const problems: string[] = [];
    for (const p of POLICIES) {
      for (const c of [...(p.eligibilityRule?.conditions ?? []), ...(p.eligibilityRule?.anyOf.flat() ?? [])]) {
        if (c.standard && !standardKeys.has(c.standard)) problems.push(`${p.slug}: unknown standard ${c.standard}`);
        const compares = !['isTrue', 'isFalse'].includes(c.op);
        if (compares && c.value === undefined && c.standard === undefined)
          problems.push(`${p.slug}: ${c.field} ${c.op} has no threshold`);
        if (!compares && (c.value !== undefined || c.standard !== undefined))
          problems.push(`${p.slug}: ${c.field} ${c.op} has a pointless threshold`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('policy slugs in livestreams, chapters, stories and services', () => {
    expect([
      ...LIVESTREAMS.flatMap((l) => dangling(l.slug, l.policySlugs, policySlugs)),
      ...LIVESTREAMS.flatMap((l) =>
        l.chapters.flatMap((c) => dangling(`${l.slug}#${c.startSec}`, c.policySlugs, policySlugs)),
      ),
      ...STORIES.flatMap((s) => dangling(s.slug, s.policySlugs, policySlugs)),
      ...SERVICES.flatMap((s) => dangling(s.slug, s.policySlugs, policySlugs)),
    ]).toEqual([]);
  });

  it('service providers, provider departments and service areas', () => {
    expect(SERVICES.flatMap((s) => dangling(s.slug, [s.providerSlug], providerSlugs))).toEqual([]);
    expect(
      PROVIDERS.flatMap((p) => (p.departmentCode ? dangling(p.slug, [p.departmentCode], departmentCodes) : [])),
    ).toEqual([]);
    expect(SERVICES.flatMap((s) => dangling(s.slug, s.serviceAreas, divisionCodes))).toEqual([]);
  });
});

describe('standards', () => {
  it('stores the 低保 and 低边 standards （低边 = 2 × 低保）, all marked as samples with a note', () => {
    const byKey = new Map(STANDARDS.map((s) => [s.key, s]));
    expect(byKey.get('dibian_monthly')!.value).toBe(2 * byKey.get('dibao_monthly')!.value);
    for (const s of STANDARDS) {
      expect(s.key).toMatch(/^[a-z_]+$/);
      expect(s).toMatchObject({ isSample: true });
      expect(s.note.length).toBeGreaterThan(0);
      expect(s.value).toBeGreaterThan(0);
    }
  });
});

describe('livestreams relative to now', () => {
  const at = (iso: string) => new Date(iso).getTime();
  const t = NOW.getTime();
  const DAY = 86_400_000;

  it('has upcoming streams about 2 and 9 days out, one live now, replays with chapters and one expired replay', () => {
    const upcoming = LIVESTREAMS.filter((l) => at(l.startsAt) > t).map((l) => Math.round((at(l.startsAt) - t) / DAY));
    expect(upcoming).toEqual(expect.arrayContaining([2, 9]));
    expect(LIVESTREAMS.filter((l) => at(l.startsAt) <= t && t < at(l.endsAt))).toHaveLength(1);
    const replays = LIVESTREAMS.filter((l) => l.replayUrl && at(l.endsAt) < t);
    expect(replays.filter((l) => l.chapters.length > 0 && at(l.replayExpiresAt!) > t).length).toBeGreaterThanOrEqual(2);
    expect(replays.filter((l) => at(l.replayExpiresAt!) <= t)).toHaveLength(1);
  });

  it('ends after it starts, chapters ascend within the stream, replays play the shipped sample within its length', () => {
    const sampleSec = mp4DurationSec(fs.readFileSync(path.join(MEDIA_DIR, 'replay-sample.mp4')));
    expect(sampleSec).toBeGreaterThan(20);
    for (const l of LIVESTREAMS) {
      expect(at(l.endsAt)).toBeGreaterThan(at(l.startsAt));
      const starts = l.chapters.map((c) => c.startSec);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const s of starts) expect(s * 1000).toBeLessThan(at(l.endsAt) - at(l.startsAt));
      if (!l.replayUrl) continue;
      expect(l.replayUrl).toBe('/media/replay-sample.mp4');
      for (const c of starts) expect(c).toBeLessThan(sampleSec);
      // the mini-program opens 视频号 first and falls back to the video
      expect(l.channelsFinderUserName && l.channelsFeedId).toBeTruthy();
    }
  });

  it('works for any now (e.g. just before Beijing midnight)', () => {
    for (const now of [new Date('2026-01-01T15:59:00Z'), new Date('2026-06-30T16:01:00Z')]) {
      for (const l of livestreams(now)) expect(ZLivestreamInput.parse(l)).toEqual(l);
    }
  });
});

describe('respectful, safe text', () => {
  const allText = JSON.stringify({ POLICIES, STANDARDS, LIVESTREAMS, STORIES, PROVIDERS, SERVICES });

  it('never labels residents with staff terms', () => {
    for (const word of ['困难群众', '救助对象', '贫困']) expect(allText.includes(word)).toBe(false);
  });

  it('has no real-looking mobile numbers, and provider phones are the obvious sample', () => {
    expect(allText.match(/(?<!\d)1[3-9]\d{9}(?!\d)/g)).toBeNull();
    for (const p of PROVIDERS)
      if (p.phone) expect([p.slug, p.phone, p.isSampleContact]).toEqual([p.slug, '0571-00000000', true]);
  });

  it('explains 低保 the first time a policy or story body uses it', () => {
    // the first 低保 (not counting 低保边缘) comes right after 最低生活保障, as in "最低生活保障（低保）"
    const unexplained = [...POLICIES, ...STORIES]
      .filter((p) => {
        const i = p.body.search(/低保（?!边缘）/);
        return i >= 0 && !p.body.slice(Math.max(0, i - 12), i).includes('最低生活保障');
      })
      .map((p) => p.slug);
    expect(unexplained).toEqual([]);
  });
});
