/** A proxy application carries the applicant's own phone for staff to call back (issue 11.8). */
import { emptyDraft } from '@/services/draft';
import { stepOfField, submitBody } from '@/packages/apply/pages/wizard/model';

describe('apply wizard: the applicant’s own phone', () => {
  it('is sent with a proxy application when typed, left out when blank (the server then uses the verified one)', () => {
    const draft = { ...emptyDraft(), channel: 'proxy' as const, applicantPhone: '13600005555' };
    expect(submitBody(draft)).toMatchObject({ channel: 'proxy', applicantPhone: '13600005555' });
    expect(submitBody({ ...draft, applicantPhone: '  ' })).not.toHaveProperty('applicantPhone', expect.anything());
  });

  it('is never sent with a self application or a referral', () => {
    for (const channel of ['self', 'referral'] as const)
      expect(submitBody({ ...emptyDraft(), channel, applicantPhone: '13600005555' })).not.toHaveProperty(
        'applicantPhone',
      );
  });

  it('a server error on it sends the resident back to the person step', () => {
    expect(stepOfField('applicantPhone', 'proxy')).toBe('person');
  });
});
