/**
 * Persisted state of the apply flow: the wizard draft (survives the app being killed), the last receipt
 * (so the receipt page can be reopened), and where to go back to after logging in.
 * Raw JSON only; services/draft.ts gives the draft its shape.
 */
import Taro from '@tarojs/taro';

const DRAFT_KEY = 'zhulian.applyDraft.v1';
const RECEIPT_KEY = 'zhulian.applyReceipt.v1';
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

export const readDraftRaw = (): unknown => read(DRAFT_KEY);
export const writeDraftRaw = (draft: unknown): void => Taro.setStorageSync(DRAFT_KEY, JSON.stringify(draft));
export const removeDraftRaw = (): void => remove(DRAFT_KEY);

export const readReceiptRaw = (): unknown => read(RECEIPT_KEY);
export const writeReceiptRaw = (receipt: unknown): void => Taro.setStorageSync(RECEIPT_KEY, JSON.stringify(receipt));

/** A page URL to open again once the user has logged in on 我的 (e.g. the wizard after an expired session). */
export function readReturnUrl(): string | null {
  const value = read(RETURN_KEY);
  return typeof value === 'string' && value.startsWith('/packages/') ? value : null;
}
export const writeReturnUrl = (url: string): void => Taro.setStorageSync(RETURN_KEY, JSON.stringify(url));
export const removeReturnUrl = (): void => remove(RETURN_KEY);
