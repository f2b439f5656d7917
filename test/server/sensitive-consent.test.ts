/**
 * The separate sensitive-data consent (PIPL Art. 28–29), enforced by one shared rule (shared/domain/sensitive-data.ts):
 * a matrix over channel × (category, target group, files) with and without the consent for applications.submit
 * (a description is always required, so a self or proxy application always needs it; a referral never does), and
 * applications.provideInfo, whose free text and files need a live consent or one given with the answer.
 */
import { and, eq, sql } from 'drizzle-orm';
import { SENSITIVE_CONSENT_NEEDED } from '../../shared/domain/sensitive-data';
import { queryRows } from '../../server/src/db/client';
import { applicationEvents, applications, attachments, consents } from '../../server/src/db/schema-applications';
import { buildApplication } from './support/applications';
import { png, upload, useDataDir } from './support/attachments';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { proxyBody, referralBody, selfBody, submit } from './support/intake';

const dataDir = useDataDir();
const t = useTestApp({ env: { DATA_DIR: dataDir } });
type Session = Awaited<ReturnType<typeof buildSession>>;
let resident: Session;
beforeAll(async () => {
  resident = await buildSession(t, { displayName: '张阿姨' });
});

const count = async (table: 'applications' | 'consents' | 'application_events') =>
  (await queryRows<{ n: number }>(t.deps.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;
const snapshot = async () => [await count('applications'), await count('consents'), await count('application_events')];
const staged = async () => {
  const res = await upload(t, resident.accessToken, await png(), 'proof.png');
  expect(res.status).toBe(201);
  return res.body.data.id as string;
};
const fieldOf = (res: { body: { details?: { field: string }[] } }) => res.body.details?.[0]?.field;

const CHANNELS = { self: selfBody, proxy: proxyBody } as const;
const matrix = (['self', 'proxy'] as const).flatMap((channel) =>
  [['legal'], ['medical', 'disability']].flatMap((categories) =>
    ['unknown', 'dibao'].flatMap((targetGroup) =>
      [false, true].flatMap((files) =>
        [false, true].map((sensitiveData) => ({ channel, categories, targetGroup, files, sensitiveData })),
      ),
    ),
  ),
);

describe('applications.submit: consent matrix', () => {
  it.each(matrix)(
    '$channel, categories $categories, target group $targetGroup, files $files, consent $sensitiveData',
    async ({ channel, categories, targetGroup, files, sensitiveData }) => {
      const fileId = files ? await staged() : null;
      const before = await snapshot();
      const body = CHANNELS[channel]({
        categories,
        targetGroup,
        description: '患有糖尿病，每月药费很多',
        consents: { privacyNotice: true, sensitiveData },
        ...(fileId ? { attachmentIds: [fileId] } : {}),
      });
      const res = await submit(t, resident.accessToken, body);
      if (!sensitiveData) {
        // the description alone needs it; categories, target group and files add to the reasons
        expect([res.status, res.body.code, fieldOf(res)]).toEqual([400, 'VALIDATION_FAILED', 'consents.sensitiveData']);
        expect(res.body.details[0].message).toBe(SENSITIVE_CONSENT_NEEDED);
        expect(await snapshot()).toEqual(before);
        if (fileId)
          expect(
            (await t.deps.db.select().from(attachments).where(eq(attachments.id, fileId)))[0]!.applicationId,
          ).toBeNull();
        return;
      }
      expect(res.status).toBe(200);
      const stored = await t.deps.db
        .select()
        .from(consents)
        .where(and(eq(consents.applicationId, res.body.data.id), eq(consents.purpose, 'sensitive_data')));
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ grantedByUserId: resident.userId, method: 'in_app', revokedAt: null });
    },
  );

  it('a referral needs no sensitive-data consent (the lead is about someone else) and cannot carry one', async () => {
    const before = await count('applications');
    const ok = await submit(
      t,
      resident.accessToken,
      referralBody({ urgency: 'emergency', observed: '楼下老人好像病了，几天没出门' }),
    );
    expect(ok.status).toBe(200);
    expect(await t.deps.db.select().from(consents).where(eq(consents.applicationId, ok.body.data.id))).toHaveLength(1);
    // its minimal-lead rules still hold: no sensitive consent field, categories, target group or files
    for (const extra of [
      { consents: { privacyNotice: true, sensitiveData: true } },
      { categories: ['medical'] },
      { targetGroup: 'dibao' },
      { attachmentIds: [await staged()] },
    ]) {
      const res = await submit(t, resident.accessToken, referralBody(extra));
      expect(res.status).toBe(400);
    }
    expect(await count('applications')).toBe(before + 1);
  });
});

describe('applications.provideInfo: free text and files need a live consent', () => {
  /** An application that waits for more information and holds no sensitive-data consent (e.g. from before this rule). */
  async function legacyWaiting() {
    const app = await buildApplication(t, {
      applicantUserId: resident.userId,
      status: 'needs_info',
      pausedAt: t.clock.now(),
    });
    await t.deps.db.insert(consents).values({
      applicationId: app.id,
      purpose: 'privacy_notice',
      grantedByUserId: resident.userId,
      method: 'in_app',
      grantedAt: t.clock.now(),
    });
    return app.id;
  }
  const state = async (id: string) => ({
    status: (await t.deps.db.select().from(applications).where(eq(applications.id, id)))[0]!.status,
    events: (await t.deps.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id))).length,
    consents: (await t.deps.db.select().from(consents).where(eq(consents.applicationId, id))).length,
  });

  it('400 on consents.sensitiveData without it (text alone, files, or declined), nothing changed', async () => {
    const id = await legacyWaiting();
    const before = await state(id);
    const fileId = await staged();
    for (const body of [
      { message: '低保证明明天送到' },
      { message: '已上传诊断证明', attachmentIds: [fileId] },
      { message: '补充', consents: { sensitiveData: false } },
    ]) {
      const res = await post(t, 'applications.provideInfo', { id, ...body }, resident.accessToken);
      expect([res.status, fieldOf(res), res.body.details?.[0]?.message]).toEqual([
        400,
        'consents.sensitiveData',
        SENSITIVE_CONSENT_NEEDED,
      ]);
      expect(await state(id)).toEqual(before);
    }
    expect((await t.deps.db.select().from(attachments).where(eq(attachments.id, fileId)))[0]!.applicationId).toBeNull();
  });

  it('records the consent given with the answer and links the files', async () => {
    const id = await legacyWaiting();
    const fileId = await staged();
    const res = await post(
      t,
      'applications.provideInfo',
      { id, message: '已上传诊断证明', attachmentIds: [fileId], consents: { sensitiveData: true } },
      resident.accessToken,
    );
    expect([res.status, res.body.data?.status]).toEqual([200, 'in_progress']);
    const given = await t.deps.db
      .select()
      .from(consents)
      .where(and(eq(consents.applicationId, id), eq(consents.purpose, 'sensitive_data')));
    expect(given).toHaveLength(1);
    expect(given[0]).toMatchObject({ grantedByUserId: resident.userId, method: 'in_app', revokedAt: null });
    expect((await t.deps.db.select().from(attachments).where(eq(attachments.id, fileId)))[0]!.applicationId).toBe(id);
  });

  it('an application submitted with the consent answers without asking again', async () => {
    const id = (await submit(t, resident.accessToken, selfBody())).body.data.id;
    await t.deps.db
      .update(applications)
      .set({ status: 'needs_info', pausedAt: t.clock.now() })
      .where(eq(applications.id, id));
    const res = await post(
      t,
      'applications.provideInfo',
      { id, message: '收入证明明天送到服务点' },
      resident.accessToken,
    );
    expect(res.status).toBe(200);
  });
});
