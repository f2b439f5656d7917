/** Suggestions of the matching rule (shared/domain/matching) as the API returns them: for the resident and for staff. */
import { z } from 'zod';
import { SELF_CHECK_BANDS } from '../domain/self-check';
import { ZUuid } from './common';

export const ZSuggestion = z.object({
  kind: z.enum(['policy', 'service']),
  id: ZUuid,
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  band: z.enum(SELF_CHECK_BANDS).exclude(['unlikely']),
  /** Plain Chinese: why it fits (e.g. “您住在三墩镇，这项服务覆盖三墩镇”). */
  reasons: z.array(z.string()),
  /** Plain Chinese: what still has to be found out. */
  unknowns: z.array(z.string()),
  department: z.object({ id: ZUuid, name: z.string() }).nullable(),
  providerName: z.string().nullable(),
  /** The first step, e.g. “到所在社区（村）服务点提出申请”. */
  howToApply: z.string(),
});
export type TSuggestion = z.infer<typeof ZSuggestion>;

/** Policies and services that fit, most helpful first (empty lists when none fit). */
export const ZSuggestions = z.object({ policies: z.array(ZSuggestion), services: z.array(ZSuggestion) });
export type TSuggestions = z.infer<typeof ZSuggestions>;

export const EMPTY_SUGGESTIONS: TSuggestions = { policies: [], services: [] };
