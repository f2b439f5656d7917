/**
 * Encryption at rest (decisions 22): no personal value appears in plain text anywhere in an application's stored
 * row, every ciphertext names its key, the re-encryption job seals legacy plain rows and rotates keys, old v1
 * values still decrypt, and a wrong key fails with a message that holds no personal data.
 */
import { LEAD_WITHHELD_TEXT } from '../../shared/schemas/cases';
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../server/src/db/client';
import { users } from '../../server/src/db/schema';
import { applications } from '../../server/src/db/schema-applications';
import { targetGroupIndex } from '../../server/src/features/applications/sealed-fields';
import { reencryptAll } from '../../server/src/features/crypto/reencrypt.job';
import { createFieldCipher, FieldDecryptError } from '../../server/src/lib/crypto';
import { buildApplication, makeIdNumber } from './support/applications';
import { buildSession, post } from './support/factories';
import { useTestApp } from './support/harness';
import { VALID_ID, referralBody, selfBody, submit } from './support/intake';

const t = useTestApp();
const K1 = randomBytes(32);
const K2 = randomBytes(32);
const ring = (...keys: [string, Buffer][]) =>
  createFieldCipher({ keys: keys.map(([kid, key]) => ({ kid, key })), blindIndexKey: K1 });
const S = (field: string) => `ZLCRYPTO-${field}-7f3a`;
const ENC_COLUMNS = [
  'subject_name_enc',
  'address_enc',
  'description_enc',
  'target_group_enc',
  'subject_id_enc',
  'subject_phone_enc',
  'referrer_contact_enc',
] as const;

/** Every column of every application row, as one text per row. */
const rowTexts = async () =>
  (await queryRows<{ t: string }>(t.deps.db, sql`select row_to_json(a)::text as t from applications a`)).map(
    (r) => r.t,
  );
const encValues = async () =>
  (
    await queryRows<Record<string, string | null>>(
      t.deps.db,
      sql.raw(`select ${ENC_COLUMNS.join(', ')} from applications`),
    )
  ).flatMap((r) => Object.values(r).filter((v): v is string => v !== null));

/** A value sealed the way the code before key ids did: "v1.<nonce>.<tag>.<ciphertext>" under the master's subkey. */
function legacyV1(master: Buffer, plain: string): string {
  const key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'zhulian-field-enc-v1', 32));
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', nonce, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

let staff = { accessToken: '', userId: '' };

beforeAll(async () => {
  t.deps.cipher = ring(['k1', K1]);
  staff = await buildSession(t, { memberships: [{ role: 'hub_staff', divisionCode: '330106000000' }] });
});

describe('encryption at rest', () => {
  it('stores no submitted personal value in plain text in any column, and every ciphertext carries the key id', async () => {
    const s = await buildSession(t);
    const self = await submit(
      t,
      s.accessToken,
      selfBody({ subjectName: S('name'), address: S('address'), description: S('description'), targetGroup: 'tekun' }),
    );
    const lead = await submit(
      t,
      s.accessToken,
      referralBody({ subjectName: S('lead'), address: S('lead-address'), observed: S('observed') }),
    );
    expect([self.status, lead.status]).toEqual([200, 200]);

    const texts = await rowTexts();
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      expect(text).not.toMatch(/ZLCRYPTO|tekun|13912345678|13600002222/);
      expect(text).not.toContain(VALID_ID);
    }
    const sealed = await encValues();
    expect(sealed.length).toBe(6 + 4); // self: name, address, description, group, ID, phone; lead: name, address, observed, referrer phone
    for (const value of sealed) expect(value).toMatch(/^v2:k1:[\w-]+:[\w-]+:[\w-]*$/);
    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, self.body.data.id));
    expect(row!.targetGroupHash).toBe(targetGroupIndex(t.deps.cipher, 'tekun'));
    expect([row!.legacySubjectName, row!.legacyAddress, row!.legacyDescription, row!.legacyTargetGroup]).toEqual([
      null,
      null,
      null,
      null,
    ]);

    // services and presenters see plain values: the applicant's view, the staff detail and the queue
    const mine = await post(t, 'applications.get', { id: self.body.data.id }, s.accessToken);
    expect(mine.body.data.subjectName).toBe(S('name'));
    const detail = await post(t, 'cases.get', { id: self.body.data.id }, staff.accessToken);
    expect([detail.body.data.address, detail.body.data.description, detail.body.data.targetGroup]).toEqual([
      S('address'),
      S('description'),
      'tekun',
    ]);
    const queue = await post(t, 'cases.queue', {}, staff.accessToken);
    expect(queue.status).toBe(200);
    expect(queue.body.data.items).toHaveLength(2);
    // the hub sees a neighbour lead without its details until the person agrees (decision 26); the rest is decrypted
    expect(queue.body.data.items.map((i: { subjectName: string }) => i.subjectName).sort()).toEqual(
      [LEAD_WITHHELD_TEXT, S('name')].sort(),
    );
  });

  it('seals rows written before encryption at rest, reads them meanwhile, and still opens v1 ciphertexts', async () => {
    const id = makeIdNumber('19500101', '321');
    const app = await buildApplication(t, { idNumber: null, phone: null });
    await t.deps.db
      .execute(sql`update applications set subject_name = '老王', address = '旧地址1号', description = '旧的描述', target_group = 'dibian',
      subject_name_enc = null, address_enc = null, description_enc = null, target_group_enc = null, target_group_hash = null,
      subject_id_enc = ${legacyV1(K1, id)}, subject_id_hash = ${t.deps.cipher.blindIndex(id)} where id = ${app.id}`);
    const before = await post(t, 'cases.get', { id: app.id }, staff.accessToken);
    expect([before.body.data.subjectName, before.body.data.address, before.body.data.targetGroup]).toEqual([
      '老王',
      '旧地址1号',
      'dibian',
    ]);
    expect(before.body.data.idNumberMasked).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`); // the v1 ciphertext opened

    const report = await reencryptAll(t.deps.db, t.deps.cipher, { batchSize: 2 });
    expect(report.applications).toBeGreaterThanOrEqual(1);
    expect(report.pending).toEqual({ applications: 0, users: 0 });
    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, app.id));
    expect([row!.legacySubjectName, row!.legacyAddress, row!.legacyDescription, row!.legacyTargetGroup]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(t.deps.cipher.decrypt(row!.subjectIdEnc!)).toBe(id);
    expect(row!.subjectIdEnc).toMatch(/^v2:k1:/);
    expect(row!.targetGroupHash).toBe(targetGroupIndex(t.deps.cipher, 'dibian'));
    expect((await rowTexts()).join('\n')).not.toMatch(/老王|旧地址|旧的描述|dibian/);
    const after = await post(t, 'cases.get', { id: app.id }, staff.accessToken);
    expect([after.body.data.subjectName, after.body.data.address, after.body.data.description]).toEqual([
      '老王',
      '旧地址1号',
      '旧的描述',
    ]);

    // idempotent: a second run touches nothing
    expect((await reencryptAll(t.deps.db, t.deps.cipher)).applications).toBe(0);
  });

  it('rotates: a new first key, the job, then the old key removed, and everything still opens', async () => {
    for (let i = 0; i < 5; i++) await buildApplication(t, { subjectName: S(`rotate-${i}`) });
    const phone = '13812345670';
    const user = await buildSession(t);
    await t.deps.db
      .update(users)
      .set({ phoneEnc: t.deps.cipher.encrypt(phone), phoneHash: t.deps.cipher.blindIndex(phone) })
      .where(eq(users.id, user.userId));
    const phoneHashBefore = t.deps.cipher.blindIndex(phone);

    t.deps.cipher = ring(['k2', K2], ['k1', K1]);
    const report = await reencryptAll(t.deps.db, t.deps.cipher, { batchSize: 3 });
    expect(report.applications).toBe((await rowTexts()).length);
    expect(report.users).toBeGreaterThanOrEqual(1);
    expect(report.pending).toEqual({ applications: 0, users: 0 });
    for (const value of await encValues()) expect(value).toMatch(/^v2:k2:/);
    expect((await reencryptAll(t.deps.db, t.deps.cipher)).applications).toBe(0);

    t.deps.cipher = ring(['k2', K2]);
    const queue = await post(t, 'cases.queue', { limit: 50 }, staff.accessToken);
    expect(queue.status).toBe(200);
    for (const value of await encValues()) expect(() => t.deps.cipher.decrypt(value)).not.toThrow();
    const [stored] = await t.deps.db.select().from(users).where(eq(users.id, user.userId));
    expect(stored!.phoneEnc).toMatch(/^v2:k2:/);
    expect(t.deps.cipher.decrypt(stored!.phoneEnc!)).toBe(phone);
    expect(t.deps.cipher.blindIndex(phone)).toBe(phoneHashBefore); // the blind index keeps its key
    expect(stored!.phoneHash).toBe(phoneHashBefore);
  });

  it('re-indexes every blind index under a new blind-index key', async () => {
    const newIndexKey = randomBytes(32);
    const app = await buildApplication(t, { phone: '13912340000', targetGroup: 'housing' });
    t.deps.cipher = createFieldCipher({ keys: [{ kid: 'k2', key: K2 }], blindIndexKey: newIndexKey });
    const report = await reencryptAll(t.deps.db, t.deps.cipher, { reindex: true, batchSize: 4 });
    expect(report.reindexed).toBe(true);
    const [row] = await t.deps.db.select().from(applications).where(eq(applications.id, app.id));
    expect(row!.subjectPhoneHash).toBe(t.deps.cipher.blindIndex('13912340000'));
    expect(row!.targetGroupHash).toBe(targetGroupIndex(t.deps.cipher, 'housing'));
    t.deps.cipher = ring(['k2', K2]);
  });

  it('a wrong or missing key fails clearly, without the plain value in the message', () => {
    const sealed = ring(['k1', K1]).encrypt(S('secret'));
    const attempts: [string, () => string][] = [
      ['not in the keyring', () => ring(['k2', K2]).decrypt(sealed)],
      ['failed authentication', () => ring(['k1', K2]).decrypt(sealed)],
      ['failed authentication', () => ring(['k1', K1]).decrypt(sealed.replace('v2:k1:', 'v2:k1:A'))],
      ['every key of the ring', () => ring(['k2', K2]).decrypt(legacyV1(K1, S('secret')))],
    ];
    for (const [message, attempt] of attempts) {
      let caught: unknown;
      try {
        attempt();
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(FieldDecryptError);
      expect(String(caught)).toContain(message);
      expect(String(caught)).not.toContain('ZLCRYPTO');
    }
    expect(ring(['k2', K2], ['k1', K1]).decrypt(legacyV1(K1, S('old')))).toBe(S('old'));
  });
});
