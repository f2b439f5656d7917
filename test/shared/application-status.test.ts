import fc from 'fast-check';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  REFERENCE_NUMBER_PATTERN,
  legalActions,
  makeReferenceNumber,
  nextStatus,
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
      fc.property(fc.constantFrom(...APPLICATION_STATUSES), fc.constantFrom(...APPLICATION_ACTIONS), (status, action) => {
        const next = nextStatus(status, action);
        expect(next === null || (APPLICATION_STATUSES as readonly string[]).includes(next)).toBe(true);
      }),
    );
    for (const s of ['submitted', 'accepted', 'in_progress', 'needs_info', 'escalated'] as const) expect(nextStatus(s, 'withdraw')).toBe('withdrawn');
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
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (d, picks) => {
        let k = 0;
        const r = makeReferenceNumber(d, (n) => picks[k++]! % n);
        expect(r).toMatch(REFERENCE_NUMBER_PATTERN);
        expect(r.split('-')[1]).not.toMatch(/[01ILO]/);
      }),
    );
  });
});
