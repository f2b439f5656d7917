/**
 * The consent step's cross-field rule, shared with the server: files usually carry health or income details, so
 * sending any needs the separate sensitive-data consent; without files that consent stays optional.
 */
import { validateStep } from '@/packages/apply/pages/wizard/model';
import { emptyDraft, type ApplyDraft } from '@/services/draft';
import { FILES_NEED_SENSITIVE_CONSENT } from '@shared/schemas/applications';

const photo = { id: '7d3c2a4e-1b2f-4c5d-8e9f-0a1b2c3d4e5f', name: 'proof.jpg', kind: 'image' as const, preview: '' };

function draft(patch: Partial<ApplyDraft>): ApplyDraft {
  return { ...emptyDraft(), channel: 'self', privacyNotice: true, ...patch } as ApplyDraft;
}

describe('consent step: files need the sensitive-data consent', () => {
  it('asks for it when photos are attached', () => {
    const errors = validateStep('consent', draft({ attachments: [photo], sensitiveData: false }));
    expect(errors).toEqual({ 'consents.sensitiveData': FILES_NEED_SENSITIVE_CONSENT });
  });

  it('passes once it is given', () => {
    expect(validateStep('consent', draft({ attachments: [photo], sensitiveData: true }))).toEqual({});
  });

  it('stays optional without files', () => {
    expect(validateStep('consent', draft({ attachments: [], sensitiveData: false }))).toEqual({});
  });

  it('reports the privacy notice next to it', () => {
    const errors = validateStep('consent', draft({ attachments: [photo], sensitiveData: false, privacyNotice: false }));
    expect(Object.keys(errors).sort()).toEqual(['consents.privacyNotice', 'consents.sensitiveData']);
  });
});
