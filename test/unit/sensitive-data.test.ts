/** The one rule for the separate sensitive-data consent, field by field (shared/domain/sensitive-data.ts). */
import { needsSensitiveConsent } from '../../shared/domain/sensitive-data';
import { sensitiveConsentIssue } from '../../shared/schemas/applications';

describe('needsSensitiveConsent', () => {
  it.each([
    [{}, []],
    [{ categories: ['legal', 'housing'], targetGroup: 'unknown', description: '   ' }, []],
    [{ categories: ['medical'] }, ['categories']],
    [{ categories: ['disability'] }, ['categories']],
    [{ categories: ['basic_living'] }, ['categories']],
    [{ targetGroup: 'dibao' }, ['targetGroup']],
    [{ targetGroup: 'tekun' }, ['targetGroup']],
    [{ description: '腿脚不好' }, ['description']],
    [{ attachmentIds: ['a'] }, ['attachmentIds']],
    [
      { categories: ['medical'], targetGroup: 'dibao', description: '住院', attachmentIds: ['a'] },
      ['categories', 'targetGroup', 'description', 'attachmentIds'],
    ],
  ])('%o → %o', (body, reasons) => {
    expect(needsSensitiveConsent(body)).toEqual(reasons);
  });
});

describe('sensitiveConsentIssue', () => {
  it('names consents.sensitiveData when something sensitive comes without the consent', () => {
    expect(
      sensitiveConsentIssue({ channel: 'self', description: '住院', consents: { sensitiveData: false } })?.field,
    ).toBe('consents.sensitiveData');
    expect(
      sensitiveConsentIssue({ channel: 'self', description: '住院', consents: { sensitiveData: true } }),
    ).toBeNull();
    expect(
      sensitiveConsentIssue({ channel: 'self', categories: ['legal'], consents: { sensitiveData: false } }),
    ).toBeNull();
  });

  it('never asks it of a referral', () => {
    expect(sensitiveConsentIssue({ channel: 'referral', description: '好几天没出门' })).toBeNull();
  });
});
