/**
 * The consent step's cross-field rule, shared with the server (shared/domain/sensitive-data.ts): sensitive
 * categories, a target group, a description or files need the separate sensitive-data consent.
 */
import { validateStep } from '@/packages/apply/pages/wizard/model';
import { emptyDraft, type ApplyDraft } from '@/services/draft';
import { SENSITIVE_CONSENT_NEEDED } from '@shared/domain/sensitive-data';

const photo = { id: '7d3c2a4e-1b2f-4c5d-8e9f-0a1b2c3d4e5f', name: 'proof.jpg', kind: 'image' as const, preview: '' };

function draft(patch: Partial<ApplyDraft>): ApplyDraft {
  return { ...emptyDraft(), channel: 'self', privacyNotice: true, ...patch } as ApplyDraft;
}

describe('consent step: the sensitive-data consent', () => {
  it('asks for it when photos are attached', () => {
    const errors = validateStep('consent', draft({ attachments: [photo], sensitiveData: false }));
    expect(errors).toEqual({ 'consents.sensitiveData': SENSITIVE_CONSENT_NEEDED });
  });

  it('passes once it is given', () => {
    expect(validateStep('consent', draft({ attachments: [photo], sensitiveData: true }))).toEqual({});
  });

  it('is needed for a description alone, a sensitive category or a target group', () => {
    const needed = { 'consents.sensitiveData': SENSITIVE_CONSENT_NEEDED };
    expect(validateStep('consent', draft({ description: '腿脚不好', sensitiveData: false }))).toEqual(needed);
    expect(validateStep('consent', draft({ categories: ['disability'], sensitiveData: false }))).toEqual(needed);
    expect(validateStep('consent', draft({ targetGroup: 'dibao', sensitiveData: false }))).toEqual(needed);
  });

  it('stays optional when nothing sensitive is filled in', () => {
    expect(
      validateStep('consent', draft({ attachments: [], categories: ['legal'], description: '', sensitiveData: false })),
    ).toEqual({});
  });

  it('is never asked of a referral', () => {
    expect(
      validateStep('consent', draft({ channel: 'referral', observed: '好几天没出门', sensitiveData: false })),
    ).toEqual({});
  });

  it('reports the privacy notice next to it', () => {
    const errors = validateStep('consent', draft({ attachments: [photo], sensitiveData: false, privacyNotice: false }));
    expect(Object.keys(errors).sort()).toEqual(['consents.privacyNotice', 'consents.sensitiveData']);
  });
});
