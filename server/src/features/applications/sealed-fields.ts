/**
 * The personal fields of an application as stored (encrypted, decisions 22) and as services see them (plain).
 * Only repositories call these: they seal on write and open on read, so services and presenters never handle a
 * ciphertext. Rows written before encryption at rest still carry the plain (legacy) columns until
 * `npm run crypto:reencrypt` moves them; reads fall back to those.
 */
import { TARGET_GROUPS, type TargetGroup } from '../../../../shared/domain/assistance';
import type { applications } from '../../db/schema-applications';
import type { FieldCipher } from '../../lib/crypto';

type StoredRow = typeof applications.$inferSelect;

export type PlainFields = {
  subjectName: string;
  address: string;
  description: string;
  targetGroup: TargetGroup | null;
};

export const SEALED_KEYS = [
  'legacySubjectName',
  'legacyAddress',
  'legacyDescription',
  'legacyTargetGroup',
  'subjectNameEnc',
  'addressEnc',
  'descriptionEnc',
  'targetGroupEnc',
  'targetGroupHash',
] as const;
export type SealedKey = (typeof SEALED_KEYS)[number];
export type SealedColumns = Pick<StoredRow, SealedKey>;

/** An application as services see it: personal fields in plain text, no ciphertexts. */
export type ApplicationRecord = Omit<StoredRow, SealedKey> & PlainFields;

const isTargetGroup = (value: string): value is TargetGroup => TARGET_GROUPS.some((g) => g === value);

/** Blind index of a target group (domain-separated from ID and phone indexes). */
export function targetGroupIndex(cipher: FieldCipher, group: TargetGroup): string {
  return cipher.blindIndex(`target_group:${group}`);
}

/** The stored columns for plain fields: sealed under the current key, legacy columns emptied. */
export function sealFields(cipher: FieldCipher, plain: PlainFields): SealedColumns {
  return {
    legacySubjectName: null,
    legacyAddress: null,
    legacyDescription: null,
    legacyTargetGroup: null,
    subjectNameEnc: cipher.encrypt(plain.subjectName),
    addressEnc: cipher.encrypt(plain.address),
    descriptionEnc: cipher.encrypt(plain.description),
    targetGroupEnc: plain.targetGroup ? cipher.encrypt(plain.targetGroup) : null,
    targetGroupHash: plain.targetGroup ? targetGroupIndex(cipher, plain.targetGroup) : null,
  };
}

/** One field: its ciphertext when present, else the legacy plain value, else "" (erased). */
export function openText(cipher: FieldCipher, sealed: string | null, legacy: string | null): string {
  return sealed !== null ? cipher.decrypt(sealed) : (legacy ?? '');
}

/** The target group alone: its ciphertext when present, else the legacy plain value. */
export function openTargetGroup(
  cipher: FieldCipher,
  row: Pick<SealedColumns, 'targetGroupEnc' | 'legacyTargetGroup'>,
): TargetGroup | null {
  const group = row.targetGroupEnc !== null ? cipher.decrypt(row.targetGroupEnc) : row.legacyTargetGroup;
  return group !== null && isTargetGroup(group) ? group : null;
}

export function openFields(cipher: FieldCipher, row: SealedColumns): PlainFields {
  return {
    subjectName: openText(cipher, row.subjectNameEnc, row.legacySubjectName),
    address: openText(cipher, row.addressEnc, row.legacyAddress),
    description: openText(cipher, row.descriptionEnc, row.legacyDescription),
    targetGroup: openTargetGroup(cipher, row),
  };
}

/** A stored row with its personal fields opened (ciphertexts and legacy columns left out). */
export function openRow<R extends SealedColumns>(cipher: FieldCipher, row: R): Omit<R, SealedKey> & PlainFields {
  const plain = openFields(cipher, row);
  const {
    legacySubjectName,
    legacyAddress,
    legacyDescription,
    legacyTargetGroup,
    subjectNameEnc,
    addressEnc,
    descriptionEnc,
    targetGroupEnc,
    targetGroupHash,
    ...rest
  } = row;
  return { ...rest, ...plain };
}

/** Splits plain fields off an insert/update value: the rest passes through, the fields are sealed. */
export function splitPlain<T extends PlainFields>(value: T): { plain: PlainFields; rest: Omit<T, keyof PlainFields> } {
  const { subjectName, address, description, targetGroup, ...rest } = value;
  return { plain: { subjectName, address, description, targetGroup }, rest };
}
