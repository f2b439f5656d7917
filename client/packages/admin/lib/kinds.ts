/** The content kinds an admin manages: fields, schema, and the endpoints behind list/create/edit/status. */
import type { z } from 'zod';
import type { ContentStatus } from '@shared/domain/assistance';
import { ZLivestreamInput, ZPolicyInput, ZStoryInput } from '@shared/schemas/content';
import { ZProviderInput, ZServiceInput } from '@shared/schemas/services';
import { type ZPolicyUpdateRequest } from '@shared/schemas/policies';
import { call } from '@/services/api';
import { LIVESTREAM_FIELDS, POLICY_FIELDS, PROVIDER_FIELDS, SERVICE_FIELDS, STORY_FIELDS } from './fields';
import type { FieldSpec } from './values';

export const CONTENT_KINDS = ['policy', 'livestream', 'story', 'service', 'provider'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export type ContentRow = { slug: string; title: string; status: ContentStatus; updatedAt: string; sub?: string };
type Item = Record<string, unknown>;

export type KindSpec = {
  label: string;
  fields: FieldSpec[];
  /** Validates what create sends (update of a policy is checked with ZPolicyUpdateRequest). */
  schema: z.ZodType;
  list: () => Promise<ContentRow[]>;
  /** The item as the form edits it (input-shaped), or null when its list does not hold it; a failed read throws. */
  load: (slug: string) => Promise<Item | null>;
  create: (input: Item) => Promise<unknown>;
  update: (slug: string, input: Item) => Promise<unknown>;
  setStatus: (slug: string, status: ContentStatus) => Promise<unknown>;
  /** Rules across fields the schema cannot state (the server checks them too): field → message. */
  crossCheck?: (input: Item) => Record<string, string>;
};

const str = (v: unknown) => String(v ?? '');
const rows = (items: Item[], title: string, sub?: (i: Item) => string): ContentRow[] =>
  items.map((i) => ({
    slug: str(i.slug),
    title: str(i[title]),
    status: i.status as ContentStatus,
    updatedAt: str(i.updatedAt),
    sub: sub?.(i),
  }));

/** Policy update: everything but the slug and the self-check rule, as a patch. */
export const policyPatch = (slug: string, input: Item) => {
  const { slug: _slug, eligibilityRule: _rule, ...patch } = input;
  return { slug, patch };
};

export const KINDS: Record<ContentKind, KindSpec> = {
  policy: {
    label: '政策',
    fields: POLICY_FIELDS,
    schema: ZPolicyInput,
    list: async () =>
      (await call('admin.policies.list', {})).items.map((p) => ({
        slug: p.slug,
        title: p.title,
        status: p.status,
        updatedAt: p.updatedAt,
        sub: p.department.name,
      })),
    load: async (slug) => {
      const p = await call('admin.policies.get', { slug });
      return {
        ...p,
        departmentCode: p.department.code,
        effectiveFrom: p.effectiveFrom?.slice(0, 10),
        effectiveTo: p.effectiveTo?.slice(0, 10),
      };
    },
    create: (input) => call('admin.policies.create', input as z.input<typeof ZPolicyInput>),
    update: (slug, input) =>
      call('admin.policies.update', policyPatch(slug, input) as z.input<typeof ZPolicyUpdateRequest>),
    setStatus: (slug, status) => call('admin.policies.setStatus', { slug, status }),
  },
  livestream: {
    label: '直播',
    fields: LIVESTREAM_FIELDS,
    schema: ZLivestreamInput,
    list: async () => rows((await call('admin.livestreams.list', {})).items, 'title', (i) => `主讲：${str(i.speaker)}`),
    load: async (slug) => (await call('admin.livestreams.list', {})).items.find((i) => i.slug === slug) ?? null,
    create: (input) => call('admin.livestreams.create', input as z.input<typeof ZLivestreamInput>),
    update: (_slug, input) => call('admin.livestreams.update', input as z.input<typeof ZLivestreamInput>),
    setStatus: (slug, status) => call('admin.livestreams.setStatus', { slug, status }),
  },
  story: {
    label: '典型案例',
    fields: STORY_FIELDS,
    schema: ZStoryInput,
    list: async () => rows((await call('admin.stories.list', {})).items, 'title'),
    load: async (slug) => (await call('admin.stories.list', {})).items.find((i) => i.slug === slug) ?? null,
    create: (input) => call('admin.stories.create', input as z.input<typeof ZStoryInput>),
    update: (_slug, input) => call('admin.stories.update', input as z.input<typeof ZStoryInput>),
    setStatus: (slug, status) => call('admin.stories.setStatus', { slug, status }),
  },
  service: {
    label: '服务',
    fields: SERVICE_FIELDS,
    schema: ZServiceInput,
    // the provider by its Chinese name, never its slug (issue 12.7)
    list: async () => {
      const [services, providers] = await Promise.all([
        call('admin.services.list', {}),
        call('admin.providers.list', {}),
      ]);
      const names = new Map(providers.items.map((p) => [p.slug, p.name]));
      return rows(services.items, 'name', (i) => `提供方：${names.get(str(i.providerSlug)) ?? '未填'}`);
    },
    load: async (slug) => (await call('admin.services.list', {})).items.find((i) => i.slug === slug) ?? null,
    create: (input) => call('admin.services.create', input as z.input<typeof ZServiceInput>),
    update: (_slug, input) => call('admin.services.update', input as z.input<typeof ZServiceInput>),
    setStatus: (slug, status) => call('admin.services.setStatus', { slug, status }),
    crossCheck: ({ minAge, maxAge }): Record<string, string> =>
      typeof minAge === 'number' && typeof maxAge === 'number' && minAge > maxAge
        ? { maxAge: '最大年龄不能小于最小年龄' }
        : {},
  },
  provider: {
    label: '服务力量',
    fields: PROVIDER_FIELDS,
    schema: ZProviderInput,
    list: async () => rows((await call('admin.providers.list', {})).items, 'name'),
    load: async (slug) => (await call('admin.providers.list', {})).items.find((i) => i.slug === slug) ?? null,
    create: (input) => call('admin.providers.create', input as z.input<typeof ZProviderInput>),
    update: (_slug, input) => call('admin.providers.update', input as z.input<typeof ZProviderInput>),
    setStatus: (slug, status) => call('admin.providers.setStatus', { slug, status }),
  },
};

export const isContentKind = (k: string | undefined): k is ContentKind =>
  (CONTENT_KINDS as readonly string[]).includes(k ?? '');

export const STATUS_TEXT: Record<ContentStatus, string> = { draft: '草稿', published: '已发布', archived: '已归档' };

/** The status changes offered from each status. */
export const STATUS_MOVES: Record<ContentStatus, { to: ContentStatus; label: string }[]> = {
  draft: [
    { to: 'published', label: '发布' },
    { to: 'archived', label: '归档' },
  ],
  published: [
    { to: 'draft', label: '撤回' },
    { to: 'archived', label: '归档' },
  ],
  archived: [{ to: 'draft', label: '恢复为草稿' }],
};
