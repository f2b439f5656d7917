/** Issue 10 point 13: in a shared H5 browser the apply draft and the last receipt never reach the next user. */
import Taro from '@tarojs/taro';
import { emptyDraft, loadDraft, saveDraft } from '@/services/draft';
import { logout } from '@/services/auth';
import { readReceiptRaw, readReturnUrl, writeReceiptRaw, writeReturnUrl } from '@/storage/apply';
import { clearSession, setSession } from '@/stores/session';
import { me, session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

const ALICE = session({ user: me({ displayName: '张阿姨' }) });
const BOB = session({ user: me({ displayName: '李大伯' }) });
const SECRET = { idNumber: '330106195001011234', phone: '13800000000', description: '腿脚不便，需要照护' };

/** Every value in storage, as one string: what the next person on this browser could read. */
function storedText(): string {
  const { keys } = Taro.getStorageInfoSync();
  return keys.map((k) => `${k}=${JSON.stringify(Taro.getStorageSync(k))}`).join('\n');
}

beforeEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
  clearSession();
});

describe('apply draft per user', () => {
  it("never offers user A's draft to user B; A gets it back", () => {
    setSession(ALICE);
    saveDraft({ ...emptyDraft(), channel: 'self', subjectName: '张阿姨', ...SECRET });
    clearSession(); // e.g. A's login expired, nobody logged out
    expect(loadDraft()).toBeNull();
    setSession(BOB);
    expect(loadDraft()).toBeNull();
    saveDraft({ ...emptyDraft(), channel: 'self', subjectName: '李大伯' });
    setSession(ALICE);
    expect(loadDraft()).toMatchObject({ subjectName: '张阿姨', ...SECRET });
    setSession(BOB);
    expect(loadDraft()).toMatchObject({ subjectName: '李大伯', idNumber: '' });
  });

  it('a draft typed before logging in goes to whoever logs in to send it, and only to them', () => {
    saveDraft({ ...emptyDraft(), channel: 'self', subjectName: '张阿姨', ...SECRET });
    setSession(ALICE);
    const draft = loadDraft();
    expect(draft).toMatchObject({ subjectName: '张阿姨' });
    saveDraft({ ...draft!, step: 'review' }); // now stored as A's
    setSession(BOB);
    expect(loadDraft()).toBeNull();
  });

  it('prefers the newer of a guest draft and the user’s own', () => {
    setSession(ALICE);
    saveDraft({ ...emptyDraft(), subjectName: '旧的' });
    clearSession();
    const guest = { ...emptyDraft(), subjectName: '新的' };
    Taro.setStorageSync('zhulian.applyDraft.v1', JSON.stringify({ ...guest, updatedAt: '2999-01-01T00:00:00.000Z' }));
    setSession(ALICE);
    expect(loadDraft()?.subjectName).toBe('新的');
  });
});

describe('logout', () => {
  it('clears the draft, any guest draft, the last receipt and the return URL', async () => {
    mockApi({ 'auth.logout': () => ok({ done: true }) });
    setSession(ALICE);
    saveDraft({ ...emptyDraft(), channel: 'self', subjectName: '张阿姨', ...SECRET });
    // a guest draft typed on this device meanwhile (e.g. in another tab, before A's login showed there)
    Taro.setStorageSync('zhulian.applyDraft.v1', JSON.stringify({ ...emptyDraft(), subjectName: '访客草稿' }));
    writeReceiptRaw({ id: 'x', refNo: 'XH261129-7KQ3', subjectName: '张阿姨' });
    writeReturnUrl('/packages/apply/pages/wizard/index?resume=1');
    expect(readReceiptRaw()).not.toBeNull();
    expect(storedText()).toContain(SECRET.idNumber); // the scan below can see what is stored
    expect(storedText()).toContain('访客草稿');

    await logout();

    expect(loadDraft()).toBeNull();
    expect(readReceiptRaw()).toBeNull();
    expect(readReturnUrl()).toBeNull();
    const left = storedText();
    for (const value of [SECRET.idNumber, SECRET.phone, SECRET.description, '张阿姨', '访客草稿', 'XH261129'])
      expect(left).not.toContain(value);
  });

  it("keeps another user's draft on the device untouched (only the leaving user's data goes)", async () => {
    mockApi({ 'auth.logout': () => ok({ done: true }) });
    setSession(BOB);
    saveDraft({ ...emptyDraft(), subjectName: '李大伯' });
    setSession(ALICE);
    await logout();
    setSession(BOB);
    expect(loadDraft()?.subjectName).toBe('李大伯');
  });

  it('a receipt is the user’s own', () => {
    setSession(ALICE);
    writeReceiptRaw({ id: 'x', refNo: 'XH261129-7KQ3' });
    setSession(BOB);
    expect(readReceiptRaw()).toBeNull();
    setSession(ALICE);
    expect(readReceiptRaw()).toMatchObject({ refNo: 'XH261129-7KQ3' });
  });
});
