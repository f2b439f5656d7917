/**
 * Acceptance deadlines: emergency/urgent in hours, normal in working days (China's official calendar,
 * shared/domain/working-days.ts; here mostly ordinary weeks) counted on the
 * China wall clock, whatever the server's time zone, so a Friday-evening case in Hangzhou (still Friday
 * morning in UTC) and a Saturday-00:30 case (Friday in UTC) get the deadlines a Hangzhou reader expects.
 */
import fc from 'fast-check';
import { dueDate, resolveDueDate } from '../../server/src/features/applications/routing-decision';
import { isChinaWorkday } from '../../shared/domain/working-days';
import {
  DEFAULT_ROUTING_RULES,
  ZRoutingRules,
  type TRoutingRules,
} from '../../server/src/features/applications/routing-rules';

/** A Hangzhou wall-clock time as an instant. */
const cst = (local: string) => new Date(`${local}+08:00`);
const withWorkingDays = (workingDays: number): TRoutingRules => ({
  ...DEFAULT_ROUTING_RULES,
  deadlines: { ...DEFAULT_ROUTING_RULES.deadlines, normal: { workingDays } },
});

// 2026-11-23 is a Monday; 2026-11-27 a Friday.
describe('normal: three working days on the Hangzhou calendar', () => {
  it.each([
    ['Monday 10:00', '2026-11-23T10:00:00', '2026-11-26T10:00:00'],
    ['Wednesday 10:00 (over the weekend)', '2026-11-25T10:00:00', '2026-11-30T10:00:00'],
    ['Friday 10:00', '2026-11-27T10:00:00', '2026-12-02T10:00:00'],
    ['Friday 23:59:59.999 (Friday morning in UTC)', '2026-11-27T23:59:59.999', '2026-12-02T23:59:59.999'],
    ['Saturday 00:00 (still Friday in UTC)', '2026-11-28T00:00:00', '2026-12-02T00:00:00'],
    ['Saturday 00:30', '2026-11-28T00:30:00', '2026-12-02T00:30:00'],
    ['Sunday 23:59', '2026-11-29T23:59:00', '2026-12-02T23:59:00'],
    ['Monday 00:00 (Sunday in UTC)', '2026-11-30T00:00:00', '2026-12-03T00:00:00'],
    ['Monday 07:59 (Sunday 23:59 in UTC)', '2026-11-30T07:59:00', '2026-12-03T07:59:00'],
    [
      'Thursday before the 2026 Mid-Autumn holiday (Friday 25 to Sunday 27)',
      '2026-09-24T15:00:00',
      '2026-09-30T15:00:00',
    ],
  ])('%s: %s → %s', (_when, from, to) => {
    expect(dueDate(cst(from), 'normal', DEFAULT_ROUTING_RULES)).toEqual(cst(to));
  });

  it.each([
    [1, '2026-11-27T16:00:00', '2026-11-30T16:00:00'], // Friday → Monday
    [1, '2026-11-28T09:00:00', '2026-11-30T09:00:00'], // Saturday → Monday
    [5, '2026-11-25T09:00:00', '2026-12-02T09:00:00'], // a full week
    [10, '2026-11-23T09:00:00', '2026-12-07T09:00:00'], // two weeks, two weekends
  ])('%i working day(s) from %s → %s', (days, from, to) => {
    expect(dueDate(cst(from), 'normal', withWorkingDays(days))).toEqual(cst(to));
  });
});

describe('emergency and urgent: plain hours, weekends included', () => {
  it.each([
    ['emergency', '2026-11-27T18:00:00', '2026-11-28T18:00:00'], // Friday evening → Saturday evening
    ['urgent', '2026-11-27T18:00:00', '2026-11-29T18:00:00'], // → Sunday evening
    ['emergency', '2026-11-28T23:30:00', '2026-11-29T23:30:00'],
  ] as const)('%s from %s → %s', (urgency, from, to) => {
    expect(dueDate(cst(from), urgency, DEFAULT_ROUTING_RULES)).toEqual(cst(to));
  });
});

describe('any instant, any count', () => {
  /** An independent reading of the Hangzhou calendar (ICU time zones, not the +8 h offset). */
  const shanghai = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour12: false,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const read = (d: Date) => {
    const parts = Object.fromEntries(shanghai.formatToParts(d).map((p) => [p.type, p.value]));
    return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
  };
  const isWorkday = (d: Date) => isChinaWorkday(read(d).day);

  it('lands on a working day at the same Hangzhou time, after exactly N working days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 30 }),
        (now, days) => {
          const due = dueDate(now, 'normal', withWorkingDays(days));
          expect(isWorkday(due)).toBe(true);
          expect(read(due).time).toBe(read(now).time);
          // count the working days strictly after `now` up to and including `due`, one Hangzhou day at a time
          let workdays = 0;
          for (let t = now.getTime() + 86_400_000; t <= due.getTime(); t += 86_400_000)
            if (isWorkday(new Date(t))) workdays++;
          expect(workdays).toBe(days);
        },
      ),
    );
  });
});

describe('resolution deadlines (routing rules resolveDeadlines)', () => {
  const rules = DEFAULT_ROUTING_RULES;
  it.each([
    // no category figure: normal 15 working days; Monday 2026-11-23 → Monday 2026-12-14
    ['normal', ['elderly_care'], '2026-11-23T10:00:00', '2026-12-14T10:00:00'],
    // the longest category figure wins: basic_living 20 over medical 10
    ['normal', ['medical', 'basic_living'], '2026-11-23T10:00:00', '2026-12-21T10:00:00'],
    // a shorter category figure applies too: medical 10
    ['normal', ['medical'], '2026-11-23T10:00:00', '2026-12-07T10:00:00'],
    // urgent never beyond its own 5 working days, over the 2026 Spring Festival (15–23 Feb, 调休 Sat 14 Feb)
    ['urgent', ['basic_living'], '2026-02-11T10:00:00', '2026-02-25T10:00:00'],
    // emergency in hours
    ['emergency', ['medical'], '2026-02-14T10:00:00', '2026-02-17T10:00:00'],
  ] as const)('%s %j from %s → %s', (urgency, categories, from, to) => {
    expect(resolveDueDate(cst(from), urgency, categories, rules)).toEqual(cst(to));
  });

  it('rules stored before resolveDeadlines get the defaults', () => {
    const { resolveDeadlines: _omitted, ...older } = DEFAULT_ROUTING_RULES;
    expect(ZRoutingRules.parse(older).resolveDeadlines).toEqual(DEFAULT_ROUTING_RULES.resolveDeadlines);
  });
});
