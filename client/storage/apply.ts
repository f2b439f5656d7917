/**
 * Persisted state of the apply flow: the wizard draft (survives the app being killed), the last receipt
 * (so the receipt page can be reopened), and where to go back to after logging in.
 * Raw JSON only; services/draft.ts gives the draft its shape.
 *
 * Drafts and receipts hold an ID number, a phone and a description, and H5 may run in a shared browser: they are
 * kept per logged-in user (a draft saved by one user is never offered to another on the same device) and removed at
 * logout. A draft typed before logging in is kept under the guest key and moves to whoever logs in to send it.
 */
import Taro from '@tarojs/taro';
import { readSession } from './session';

const DRAFT_KEY = 'zhulian.applyDraft.v1';
const RECEIPT_KEY = 'zhulian.applyReceipt.v1';

/** The logged-in user's id (read from the stored session), or null for a guest. */
const owner = (): string | null => readSession()?.user.id ?? null;
/** Per-user key; the bare key is the guest's. */
const keyOf = (base: string, user: string | null): string => (user ? `${base}.u.${user}` : base);
const RETURN_KEY = 'zhulian.returnAfterLogin.v1';

function read(key: string): unknown {
  try {
    const raw: unknown = Taro.getStorageSync(key);
    if (!raw) return null;
    return typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return null;
  }
}

function remove(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // Nothing stored, or storage unavailable: either way nothing is left.
  }
}

/** The current user's draft (the guest draft when nobody is logged in). */
export const readDraftRaw = (): unknown => read(keyOf(DRAFT_KEY, owner()));
/** When logged in: a draft typed before the login, not yet saved under the user. Null for a guest. */
export const readGuestDraftRaw = (): unknown => (owner() ? read(DRAFT_KEY) : null);

/** Saves under the current user; a guest draft the user carried on with is then theirs, so the guest copy goes. */
export function writeDraftRaw(draft: unknown): void {
  const user = owner();
  Taro.setStorageSync(keyOf(DRAFT_KEY, user), JSON.stringify(draft));
  if (user) remove(DRAFT_KEY);
}

/** Removes the current user's draft and any guest draft. */
export function removeDraftRaw(): void {
  const user = owner();
  if (user) remove(keyOf(DRAFT_KEY, user));
  remove(DRAFT_KEY);
}

export const readReceiptRaw = (): unknown => read(keyOf(RECEIPT_KEY, owner()));
export const writeReceiptRaw = (receipt: unknown): void =>
  Taro.setStorageSync(keyOf(RECEIPT_KEY, owner()), JSON.stringify(receipt));

/** At logout (while the session is still stored): the user's draft and receipt, any guest copies and the return URL. */
export function clearApplyStorage(): void {
  const user = owner();
  for (const base of [DRAFT_KEY, RECEIPT_KEY]) {
    if (user) remove(keyOf(base, user));
    remove(base);
  }
  remove(RETURN_KEY);
}

/** A page URL to open again once the user has logged in on 我的 (e.g. the wizard after an expired session). */
export function readReturnUrl(): string | null {
  const value = read(RETURN_KEY);
  return typeof value === 'string' && value.startsWith('/packages/') ? value : null;
}
export const writeReturnUrl = (url: string): void => Taro.setStorageSync(RETURN_KEY, JSON.stringify(url));
export const removeReturnUrl = (): void => remove(RETURN_KEY);
