/**
 * Which cases may be about the same person or household (issue 12.3): the same ID number (blind index), the same
 * phone (blind index), or the same name in the same community with similar addresses (character bigrams, shared/domain/text-groups.ts).
 * Pure: the service feeds it the opened rows of the caller's scope.
 */
import { bigrams, similarity } from '../../../../shared/domain/text-groups';
import type { MatchReason } from '../../../../shared/schemas/district';

export const ADDRESS_THRESHOLD = 0.5;

export type Candidate = {
  id: string;
  subjectIdHash: string | null;
  subjectPhoneHash: string | null;
  subjectName: string;
  address: string;
  divisionCode: string | null;
  householdId: string | null;
};

const normName = (name: string) => name.replace(/[\s\u3000·•.]/g, '');
/** Addresses keep their digits (building and room numbers tell neighbours apart). */
const addressGrams = (address: string) => bigrams(address, { keepDigits: true });

/** Pairs (a before b in input order) with their reasons; pairs already in one household are left out. */
export function findPairs(cases: readonly Candidate[]): { a: number; b: number; reasons: MatchReason[] }[] {
  const pairs = new Map<string, { a: number; b: number; reasons: MatchReason[] }>();
  const add = (a: number, b: number, reason: MatchReason) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const ca = cases[x]!;
    const cb = cases[y]!;
    if (ca.householdId && ca.householdId === cb.householdId) return;
    const key = `${x}:${y}`;
    const pair = pairs.get(key) ?? { a: x, b: y, reasons: [] };
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    pairs.set(key, pair);
  };
  const bucket = (
    keyOf: (c: Candidate) => string | null,
    reason: MatchReason,
    accept = (_a: number, _b: number) => true,
  ) => {
    const buckets = new Map<string, number[]>();
    cases.forEach((c, i) => {
      const key = keyOf(c);
      if (key) buckets.set(key, [...(buckets.get(key) ?? []), i]);
    });
    for (const members of buckets.values())
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++)
          if (accept(members[i]!, members[j]!)) add(members[i]!, members[j]!, reason);
  };
  bucket((c) => c.subjectIdHash, 'id_number');
  bucket((c) => c.subjectPhoneHash, 'phone');
  const grams = cases.map((c) => addressGrams(c.address));
  bucket(
    // the same name in the same community, at a similar address
    (c) => (normName(c.subjectName) && c.divisionCode ? `${normName(c.subjectName)}@${c.divisionCode}` : null),
    'name_address',
    (a, b) => similarity(grams[a]!, grams[b]!) >= ADDRESS_THRESHOLD,
  );
  const order = ['id_number', 'phone', 'name_address'];
  return [...pairs.values()]
    .map((p) => ({ ...p, reasons: p.reasons.sort((x, y) => order.indexOf(x) - order.indexOf(y)) }))
    .sort((x, y) => y.reasons.length - x.reasons.length || x.a - y.a || x.b - y.b);
}
