/**
 * Re-encryption job (`npm run crypto:reencrypt`, decisions 22): seals plain personal columns left from before
 * encryption at rest into their *_enc columns (and empties the plain ones), and re-seals every ciphertext that is
 * not under the ring's current key (legacy v1, or an older key id), in applications and users. With `reindex` it
 * also recomputes every blind index (ID, phone, target group, users' phones) with the current blind-index key.
 *
 * Batched (one transaction per batch), rows claimed FOR UPDATE SKIP LOCKED and walked by id, so it runs beside a
 * live server, can be stopped at any time and run again (idempotent: rows already current are not touched); rows
 * skipped because they were locked are counted in `pending` and picked up by the next run.
 */
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import type { FieldCipher } from '../../lib/crypto';
import { targetGroupIndex } from '../applications/sealed-fields';
import { TARGET_GROUPS } from '../../../../shared/domain/assistance';
import * as repo from './reencrypt.repo';

export type ReencryptOptions = {
  batchSize?: number;
  reindex?: boolean;
  onBatch?: (table: 'applications' | 'users', rows: number) => void;
};
export type ReencryptReport = {
  kid: string;
  applications: number;
  users: number;
  reindexed: boolean;
  pending: { applications: number; users: number };
};

export async function reencryptAll(
  db: Db,
  cipher: FieldCipher,
  options: ReencryptOptions = {},
): Promise<ReencryptReport> {
  const limit = options.batchSize ?? 200;
  const all = options.reindex === true;
  const kid = cipher.currentKid;
  const applications = await walk(limit, async (afterId) =>
    inTransaction(db, async (tx) => {
      const rows = await repo.claimApplications(tx, { kid, limit, afterId, all });
      for (const row of rows) {
        const patch = resealApplication(cipher, row, all);
        if (Object.keys(patch).length) await repo.updateApplication(tx, row.id, patch);
      }
      options.onBatch?.('applications', rows.length);
      return rows.map((r) => r.id);
    }),
  );
  const users = await walk(limit, async (afterId) =>
    inTransaction(db, async (tx) => {
      const rows = await repo.claimUsers(tx, { kid, limit, afterId, all });
      for (const row of rows) {
        if (row.phoneEnc === null) continue;
        const phone = cipher.decrypt(row.phoneEnc);
        await repo.updateUser(tx, row.id, {
          ...(stale(cipher, row.phoneEnc) ? { phoneEnc: cipher.encrypt(phone) } : {}),
          ...(all ? { phoneHash: cipher.blindIndex(phone) } : {}),
        });
      }
      options.onBatch?.('users', rows.length);
      return rows.map((r) => r.id);
    }),
  );
  return { kid, applications, users, reindexed: all, pending: await repo.countPending(db, kid) };
}

/** Runs batches until one comes back short; each batch continues after the last id of the one before. */
async function walk(limit: number, batch: (afterId: string | null) => Promise<string[]>): Promise<number> {
  let afterId: string | null = null;
  let total = 0;
  for (;;) {
    const ids = await batch(afterId);
    total += ids.length;
    if (ids.length < limit) return total;
    afterId = ids[ids.length - 1]!;
  }
}

const stale = (cipher: FieldCipher, sealed: string) => cipher.kidOf(sealed) !== cipher.currentKid;

/** A text field's new ciphertext, or undefined when it is already sealed under the current key (or erased). */
function reseal(cipher: FieldCipher, sealed: string | null, legacy: string | null): string | undefined {
  if (sealed !== null) return stale(cipher, sealed) ? cipher.encrypt(cipher.decrypt(sealed)) : undefined;
  return legacy !== null ? cipher.encrypt(legacy) : undefined;
}

function resealApplication(
  cipher: FieldCipher,
  row: repo.ApplicationCryptoRow,
  reindex: boolean,
): repo.ApplicationCryptoPatch {
  const patch: repo.ApplicationCryptoPatch = {};
  const name = reseal(cipher, row.subjectNameEnc, row.legacySubjectName);
  if (name !== undefined) Object.assign(patch, { subjectNameEnc: name, legacySubjectName: null });
  const address = reseal(cipher, row.addressEnc, row.legacyAddress);
  if (address !== undefined) Object.assign(patch, { addressEnc: address, legacyAddress: null });
  const description = reseal(cipher, row.descriptionEnc, row.legacyDescription);
  if (description !== undefined) Object.assign(patch, { descriptionEnc: description, legacyDescription: null });

  const group = row.targetGroupEnc !== null ? cipher.decrypt(row.targetGroupEnc) : row.legacyTargetGroup;
  const knownGroup = TARGET_GROUPS.find((g) => g === group);
  const groupEnc = reseal(cipher, row.targetGroupEnc, row.legacyTargetGroup);
  if (groupEnc !== undefined) Object.assign(patch, { targetGroupEnc: groupEnc, legacyTargetGroup: null });
  if (knownGroup && (reindex || row.targetGroupEnc === null))
    patch.targetGroupHash = targetGroupIndex(cipher, knownGroup);

  for (const [enc, hash] of [
    ['subjectIdEnc', 'subjectIdHash'],
    ['subjectPhoneEnc', 'subjectPhoneHash'],
    ['referrerContactEnc', null],
    ['applicantPhoneEnc', null],
  ] as const) {
    const sealed = row[enc];
    if (sealed === null) continue;
    const needsHash = reindex && hash !== null;
    if (!stale(cipher, sealed) && !needsHash) continue;
    const plain = cipher.decrypt(sealed);
    if (stale(cipher, sealed)) patch[enc] = cipher.encrypt(plain);
    if (needsHash) patch[hash] = cipher.blindIndex(plain);
  }
  return patch;
}
