import fc from 'fast-check';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  OPEN_STATUSES,
  REFERENCE_NUMBER_PATTERN,
  isDeadlinePaused,
  legalActions,
  makeReferenceNumber,
  nextStatus,
  type ApplicationAction,
  type ApplicationStatus,
} from '../../shared/domain/application-status';

describe('application lifecycle', () => {
  it('walks the happy path submitted → accepted → in_progress → resolved → closed', () => {
    expect(nextStatus('submitted', 'accept')).toBe('accepted');
    expect(nextStatus('accepted', 'visit')).toBe('in_progress');
    expect(nextStatus('in_progress', 'resolve')).toBe('resolved');
    expect(nextStatus('resolved', 'close')).toBe('closed');
  });

  it('refuses illegal moves', () => {
    expect(nextStatus('submitted', 'resolve')).toBeNull();
    expect(nextStatus('withdrawn', 'accept')).toBeNull();
    expect(nextStatus('closed', 'withdraw')).toBeNull();
    expect(nextStatus('accepted', 'accept')).toBeNull();
    expect(legalActions('withdrawn')).toEqual([]);
  });

  it('pauses for the resident and resumes with their information', () => {
    expect(nextStatus('accepted', 'askInfo')).toBe('needs_info');
    expect(nextStatus('needs_info', 'provideInfo')).toBe('in_progress');
    expect(nextStatus('needs_info', 'accept')).toBeNull();
  });

  it('only ever leads to known statuses, and every open status can be withdrawn by the applicant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...APPLICATION_STATUSES),
        fc.constantFrom(...APPLICATION_ACTIONS),
        (status, action) => {
          const next = nextStatus(status, action);
          expect(next === null || (APPLICATION_STATUSES as readonly string[]).includes(next)).toBe(true);
        },
      ),
    );
    for (const s of ['submitted', 'accepted', 'in_progress', 'needs_info', 'escalated'] as const)
      expect(nextStatus(s, 'withdraw')).toBe('withdrawn');
  });
});

describe('illegal transitions are refused', () => {
  it.each<[ApplicationStatus, ApplicationAction[]]>([
    ['submitted', ['contact', 'visit', 'provideInfo', 'referDepartment', 'resolve', 'close', 'reopen']],
    ['escalated', ['contact', 'visit', 'askInfo', 'provideInfo', 'referDepartment', 'resolve', 'close', 'reopen']],
    ['accepted', ['accept', 'provideInfo', 'close', 'reopen']],
    ['in_progress', ['accept', 'provideInfo', 'close', 'reopen']],
    ['needs_info', ['accept', 'askInfo', 'visit', 'referDepartment', 'transfer', 'escalate', 'close', 'reopen']],
    [
      'resolved',
      [
        'accept',
        'contact',
        'visit',
        'askInfo',
        'provideInfo',
        'referDepartment',
        'transfer',
        'escalate',
        'resolve',
        'withdraw',
      ],
    ],
    [
      'closed',
      [
        'accept',
        'contact',
        'visit',
        'askInfo',
        'provideInfo',
        'referDepartment',
        'transfer',
        'escalate',
        'resolve',
        'close',
        'withdraw',
      ],
    ],
    ['withdrawn', [...APPLICATION_ACTIONS]],
  ])('%s refuses %j', (status, actions) => {
    for (const action of actions) expect([action, nextStatus(status, action)]).toEqual([action, null]);
    for (const action of actions) expect(legalActions(status)).not.toContain(action);
  });
});

describe('the rules staff and residents rely on', () => {
  it.each<[ApplicationStatus, ApplicationAction, ApplicationStatus]>([
    ['submitted', 'accept', 'accepted'],
    ['escalated', 'accept', 'accepted'],
    ['accepted', 'contact', 'in_progress'], // the first piece of work starts it
    ['accepted', 'transfer', 'submitted'], // the new point must accept it again
    ['in_progress', 'transfer', 'submitted'],
    ['escalated', 'transfer', 'escalated'],
    ['accepted', 'escalate', 'escalated'],
    ['needs_info', 'contact', 'needs_info'], // a reminder call keeps waiting for the resident
    ['needs_info', 'resolve', 'resolved'],
    ['resolved', 'reopen', 'in_progress'],
    ['closed', 'reopen', 'in_progress'],
  ])('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('lists as legal exactly the actions that lead somewhere', () => {
    for (const status of APPLICATION_STATUSES) {
      expect([...legalActions(status)].sort()).toEqual(
        APPLICATION_ACTIONS.filter((a) => nextStatus(status, a) !== null).sort(),
      );
    }
  });

  it('pauses the deadline only while waiting for the resident, and only for open cases', () => {
    expect(APPLICATION_STATUSES.filter(isDeadlinePaused)).toEqual(['needs_info']);
    expect(OPEN_STATUSES).toContain('needs_info');
  });

  /** Every status reached from `submitted` by a sequence of legal actions. */
  const reachable = () => {
    const seen = new Set<ApplicationStatus>(['submitted']);
    for (let frontier: ApplicationStatus[] = ['submitted']; frontier.length;) {
      frontier = frontier
        .flatMap((s) => legalActions(s).map((a) => nextStatus(s, a)!))
        .filter((s) => !seen.has(s) && seen.add(s));
    }
    return seen;
  };

  it('reaches every status from submitted, and every open status can still end', () => {
    expect([...reachable()].sort()).toEqual([...APPLICATION_STATUSES].sort());
    for (const s of OPEN_STATUSES) expect(legalActions(s).some((a) => ['resolve', 'withdraw'].includes(a))).toBe(true);
  });

  it('on any walk: withdrawn is final, closed follows only resolved, and only reopen leaves resolution', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...APPLICATION_ACTIONS), { maxLength: 40 }), (actions) => {
        let status: ApplicationStatus = 'submitted';
        for (const action of actions) {
          const next = nextStatus(status, action);
          if (next === null) continue;
          expect(status).not.toBe('withdrawn');
          if (next === 'closed') expect(status).toBe('resolved');
          if (next === 'resolved') expect(action).toBe('resolve');
          if ((status === 'resolved' || status === 'closed') && next !== 'closed') expect(action).toBe('reopen');
          status = next;
        }
      }),
    );
  });
});

describe('reference numbers', () => {
  it('are readable aloud and carry the date', () => {
    let i = 0;
    const ref = makeReferenceNumber(new Date('2026-11-29T03:00:00Z'), () => i++ % 5);
    expect(ref).toBe('XH261129-2345');
    // the date is Hangzhou's: 23:30 UTC on the 29th is already the 30th there
    expect(makeReferenceNumber(new Date('2026-11-29T23:30:00Z'), () => 0)).toBe('XH261130-2222');
    expect(REFERENCE_NUMBER_PATTERN.test(ref)).toBe(true);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        (d, picks) => {
          let k = 0;
          const r = makeReferenceNumber(d, (n) => picks[k++]! % n);
          expect(r).toMatch(REFERENCE_NUMBER_PATTERN);
          expect(r.split('-')[1]).not.toMatch(/[01ILO]/);
        },
      ),
    );
  });
});
