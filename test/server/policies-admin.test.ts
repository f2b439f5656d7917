import { count, eq } from 'drizzle-orm';
import { ZAdminPolicy, ZAdminPolicyDetail, ZAdminPolicyList, ZStandardList } from '../../shared/schemas/policies';
import { auditLog } from '../../server/src/db/schema';
import { eligibilityRules, policies } from '../../server/src/db/schema-content';
import { seedPolicies } from '../../server/src/db/seed/policies.seed';
import { FIXTURE_POLICIES, FIXTURE_STANDARDS, FX_DIBAO, FX_RANK_TITLE } from './policies-fixtures';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';

const t = useTestApp();
let token = '';

beforeAll(async () => {
  await seedPolicies(t.deps.db, FIXTURE_POLICIES, FIXTURE_STANDARDS);
  token = (await buildSession(t, { memberships: [{ role: 'admin' }] })).accessToken;
});

const draft = (slug: string) => ({ ...FX_RANK_TITLE, slug, title: `海螺${slug}` });
const auditCount = async () => (await t.deps.db.select({ n: count() }).from(auditLog))[0]!.n;

describe('admin endpoints: access', () => {
  const calls: [string, unknown][] = [
    ['admin.policies.create', draft('acc-x')],
    ['admin.policies.update', { slug: 'fx-dibao', patch: { title: '改' } }],
    ['admin.policies.setStatus', { slug: 'fx-dibao', status: 'archived' }],
    ['admin.policies.setRule', { slug: 'fx-dibao', rule: { conditions: [] } }],
    ['admin.policies.list', {}],
    ['admin.policies.get', { slug: 'fx-dibao' }],
    ['admin.standards.list', {}],
    ['admin.standards.update', { key: 'fx_dibao_monthly', value: 1, isSample: true }],
  ];

  it('answers 401 without a session and 403 for residents and staff', async () => {
    const resident = await buildSession(t);
    const staff = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
    for (const [name, body] of calls) {
      expect((await post(t, name, body)).status).toBe(401);
      expect((await post(t, name, body, resident.accessToken)).status).toBe(403);
      expect((await post(t, name, body, staff.accessToken)).status).toBe(403);
    }
    expect((await post(t, 'policies.get', { slug: 'fx-dibao' })).body.data.title).toBe(FX_DIBAO.title);
  });
});

describe('admin.policies.create / setStatus', () => {
  it('creates a draft, publishes it (published_at once), archives it, audited', async () => {
    const before = await auditCount();
    const created = await post(t, 'admin.policies.create', draft('new-one'), token);
    expect(created.status).toBe(200);
    expect(ZAdminPolicy.parse(created.body.data)).toMatchObject({
      status: 'draft',
      publishedAt: null,
      ruleVersion: null,
    });
    const pub = await post(t, 'admin.policies.setStatus', { slug: 'new-one', status: 'published' }, token);
    const publishedAt = pub.body.data.publishedAt;
    expect(publishedAt).not.toBeNull();
    expect(
      (await post(t, 'policies.list', { q: '海螺' })).body.data.items.map((i: { slug: string }) => i.slug),
    ).toContain('new-one');
    t.clock.advance(60_000);
    await post(t, 'admin.policies.setStatus', { slug: 'new-one', status: 'draft' }, token);
    const again = await post(t, 'admin.policies.setStatus', { slug: 'new-one', status: 'published' }, token);
    expect(again.body.data.publishedAt).toBe(publishedAt);
    await post(t, 'admin.policies.setStatus', { slug: 'new-one', status: 'archived' }, token);
    expect((await post(t, 'policies.get', { slug: 'new-one' })).status).toBe(404);
    expect((await auditCount()) - before).toBe(5);
  });

  it('refuses invalid writes naming the field, and they change nothing', async () => {
    const before = await auditCount();
    const rows = (await t.deps.db.select({ n: count() }).from(policies))[0]!.n;
    const cases: [unknown, string][] = [
      [{ ...draft('bad-dept'), departmentCode: 'no_such_dept' }, 'departmentCode'],
      [{ ...draft('bad-tier'), needTiers: ['rich'] }, 'needTiers.0'],
      [{ ...draft('bad-title'), title: '' }, 'title'],
      [{ ...draft('Bad Slug') }, 'slug'],
      [{ ...draft('bad-dates'), effectiveFrom: '2025-02-01', effectiveTo: '2025-01-01' }, 'effectiveTo'],
      [
        { ...draft('bad-rule'), eligibilityRule: { conditions: [{ field: 'age', op: 'gt', reason: '年龄' }] } },
        'eligibilityRule.conditions.0.value',
      ],
      [
        {
          ...draft('bad-std'),
          eligibilityRule: { conditions: [{ field: 'age', op: 'gt', standard: 'nope', reason: '年龄' }] },
        },
        'eligibilityRule.conditions.0.standard',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await post(t, 'admin.policies.create', body, token);
      expect(res.status).toBe(400);
      expect(res.body.details[0].field).toBe(field);
    }
    const dup = await post(t, 'admin.policies.create', { ...draft('x'), slug: 'fx-dibao' }, token);
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('CONFLICT');
    expect((await t.deps.db.select({ n: count() }).from(policies))[0]!.n).toBe(rows);
    expect(await auditCount()).toBe(before);
    expect(
      (await post(t, 'admin.policies.setStatus', { slug: 'fx-dibao', status: 'gone' }, token)).body.details[0].field,
    ).toBe('status');
    expect((await post(t, 'admin.policies.setStatus', { slug: 'no-such', status: 'draft' }, token)).status).toBe(404);
  });
});

describe('admin.policies.get', () => {
  it('returns a draft with everything the editor needs, which the public detail does not show', async () => {
    const rule = {
      conditions: [{ field: 'age' as const, op: 'gte' as const, value: 60, required: true, reason: '年满 60 岁' }],
      anyOf: [],
    };
    const input = {
      ...draft('get-draft'),
      materials: ['身份证', '户口本'],
      effectiveFrom: '2026-01-01',
      eligibilityRule: rule,
    };
    expect((await post(t, 'admin.policies.create', input, token)).status).toBe(200);

    const res = await post(t, 'admin.policies.get', { slug: 'get-draft' }, token);
    expect(res.status).toBe(200);
    const { eligibilityRule: _rule, departmentCode, ...fields } = input;
    expect(ZAdminPolicyDetail.parse(res.body.data)).toMatchObject({
      ...fields,
      status: 'draft',
      publishedAt: null,
      department: { code: departmentCode },
      effectiveTo: null,
      rule: { version: 1, rule },
    });
    expect(res.body.data).not.toHaveProperty('related');
    expect((await post(t, 'policies.get', { slug: 'get-draft' })).status).toBe(404);
  });

  it('answers 400 naming the field and 404 for an unknown policy', async () => {
    const missing = await post(t, 'admin.policies.get', {}, token);
    expect(missing.status).toBe(400);
    expect(missing.body.details[0].field).toBe('slug');
    expect((await post(t, 'admin.policies.get', { slug: 'Not A Slug' }, token)).body.details[0].field).toBe('slug');
    const unknown = await post(t, 'admin.policies.get', { slug: 'no-such-policy' }, token);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('NOT_FOUND');
  });
});

describe('admin.policies.update / setRule / list', () => {
  it('patches fields and rebuilds the search vector', async () => {
    await post(t, 'admin.policies.create', draft('to-edit'), token);
    await post(t, 'admin.policies.setStatus', { slug: 'to-edit', status: 'published' }, token);
    const res = await post(
      t,
      'admin.policies.update',
      { slug: 'to-edit', patch: { title: '海星照护补贴', departmentCode: 'health' } },
      token,
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ title: '海星照护补贴', department: { code: 'health' } });
    expect((await post(t, 'policies.list', { q: '海星' })).body.data.items[0].slug).toBe('to-edit');
    const bad = await post(t, 'admin.policies.update', { slug: 'to-edit', patch: { departmentCode: 'nope' } }, token);
    expect(bad.body.details[0].field).toBe('departmentCode');
    expect(
      (await post(t, 'admin.policies.update', { slug: 'to-edit', patch: { slug: 'x' } }, token)).body.details[0].field,
    ).toBe('patch.slug');
    expect((await post(t, 'admin.policies.update', { slug: 'no-such', patch: {} }, token)).status).toBe(404);
  });

  it('keeps old rule versions', async () => {
    await post(
      t,
      'admin.policies.setRule',
      {
        slug: 'fx-emergency',
        rule: { conditions: [{ field: 'suddenEmergency', op: 'isTrue', reason: '遇到突发困难' }] },
      },
      token,
    );
    const bad = await post(
      t,
      'admin.policies.setRule',
      { slug: 'fx-emergency', rule: { conditions: [{ field: 'wealth', op: 'isTrue', reason: 'x' }] } },
      token,
    );
    expect(bad.body.details[0].field).toBe('rule.conditions.0.field');
    const [row] = await t.deps.db.select().from(policies).where(eq(policies.slug, 'fx-emergency'));
    const versions = await t.deps.db.select().from(eligibilityRules).where(eq(eligibilityRules.policyId, row!.id));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });

  it('lists every status', async () => {
    await post(t, 'admin.policies.create', draft('a-draft'), token);
    const list = ZAdminPolicyList.parse((await post(t, 'admin.policies.list', {}, token)).body.data);
    expect(new Set(list.items.map((i) => i.status))).toEqual(new Set(['draft', 'published', 'archived']));
    const drafts = (await post(t, 'admin.policies.list', { status: 'draft' }, token)).body.data.items;
    expect(drafts.every((i: { status: string }) => i.status === 'draft')).toBe(true);
  });
});

describe('admin.standards', () => {
  it('lists and updates a standard, naming unknown keys', async () => {
    const list = ZStandardList.parse((await post(t, 'admin.standards.list', {}, token)).body.data);
    expect(list.items.find((s) => s.key === 'fx_dibao_monthly')).toMatchObject({ value: 1240, isSample: true });
    const res = await post(
      t,
      'admin.standards.update',
      { key: 'fx_dibao_monthly', value: 1300, isSample: false },
      token,
    );
    expect(res.body.data).toMatchObject({ value: 1300, isSample: false });
    expect(
      (await post(t, 'admin.standards.update', { key: 'no_such', value: 1, isSample: true }, token)).body.details[0]
        .field,
    ).toBe('key');
    expect(
      (await post(t, 'admin.standards.update', { key: 'fx_dibao_monthly', value: -1, isSample: true }, token)).body
        .details[0].field,
    ).toBe('value');
  });
});

describe('seedPolicies', () => {
  it('is idempotent', async () => {
    const n = async () => [
      (await t.deps.db.select({ n: count() }).from(policies))[0]!.n,
      (await t.deps.db.select({ n: count() }).from(eligibilityRules))[0]!.n,
    ];
    const before = await n();
    await seedPolicies(t.deps.db, FIXTURE_POLICIES, FIXTURE_STANDARDS);
    expect(await n()).toEqual(before);
  });
});
