import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ApplyPhotoList from '@/components/ApplyPhotoList';
import type { DraftAttachment } from '@/services/draft';
import { templateIdsFor } from '@/services/subscribe';
import { uploadAttachment } from '@/services/upload';
import { ApiError } from '@/services/api-error';
import { clearSession, getSession, setSession } from '@/stores/session';
import { session } from './support/fixtures';
import { mockApi, ok } from './support/request-mock';

const ATTACHMENT = {
  id: '0e0e0e0e-0000-4000-8000-000000000001',
  kind: 'image',
  mime: 'image/jpeg',
  bytes: 2048,
  name: 'photo.jpg',
};

type Answer = { status: number; body: unknown };
/** A stand-in for XMLHttpRequest: answers each send() from the queue, reporting upload progress first. */
function fakeXhr(answers: Answer[]) {
  const sent: { url: string; headers: Record<string, string>; form: FormData }[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    timeout = 0;
    upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    ontimeout?: () => void;
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(key: string, value: string) {
      this.headers[key] = value;
    }
    send(form: FormData) {
      sent.push({ url: this.url, headers: this.headers, form });
      const answer = answers.shift();
      setTimeout(() => {
        if (!answer) {
          this.onerror?.();
          return;
        }
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.status = answer.status;
        this.responseText = JSON.stringify(answer.body);
        this.onload?.();
      }, 0);
    }
  }
  jest.spyOn(globalThis, 'XMLHttpRequest').mockImplementation(() => new FakeXhr() as unknown as XMLHttpRequest);
  return sent;
}

const file = () => ({
  path: 'blob:photo-1',
  size: 2048,
  name: 'photo.jpg',
  file: new Blob(['jpeg'], { type: 'image/jpeg' }),
});
const problem = (code: string, message: string) => ({ ok: false, code, message, requestId: 'r1' });

beforeEach(() => {
  jest.restoreAllMocks();
  clearSession();
  setSession(session());
});

describe('uploadAttachment (H5)', () => {
  it('posts the file and purpose with the token, reports progress and returns the staged upload', async () => {
    const sent = fakeXhr([{ status: 201, body: { ok: true, data: ATTACHMENT } }]);
    const progress: number[] = [];

    const result = await uploadAttachment(file(), { onProgress: (p) => progress.push(p) });

    expect(result).toEqual(ATTACHMENT);
    expect(progress).toEqual([50]);
    expect(sent[0]!.url).toBe('/api/attachments');
    expect(sent[0]!.headers.Authorization).toBe(`Bearer ${getSession()!.accessToken}`);
    expect(sent[0]!.form.get('purpose')).toBe('application');
    expect(sent[0]!.form.get('file')).toBeInstanceOf(Blob);
  });

  it('turns 413 / 415 answers into the shared codes with their messages', async () => {
    fakeXhr([
      { status: 413, body: problem('FILE_TOO_LARGE', '文件太大了，请选择 10 MB 以内的照片或文件') },
      { status: 415, body: problem('UNSUPPORTED_FILE_TYPE', '这种文件不能上传，请选择照片或扫描好的文件') },
    ]);
    const tooBig = await uploadAttachment(file()).catch((e: unknown) => e);
    const wrongType = await uploadAttachment(file()).catch((e: unknown) => e);
    expect(tooBig).toBeInstanceOf(ApiError);
    expect(tooBig).toMatchObject({
      code: 'FILE_TOO_LARGE',
      status: 413,
      message: '文件太大了，请选择 10 MB 以内的照片或文件',
    });
    expect(wrongType).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', status: 415 });
  });

  it('refreshes an expired token once and sends the file again', async () => {
    const fresh = session();
    mockApi({ 'auth.refresh': () => ok(fresh) });
    const sent = fakeXhr([
      { status: 401, body: problem('UNAUTHENTICATED', '登录已过期') },
      { status: 201, body: { ok: true, data: ATTACHMENT } },
    ]);
    await expect(uploadAttachment(file())).resolves.toEqual(ATTACHMENT);
    expect(sent.map((s) => s.headers.Authorization)).toEqual([
      expect.stringMatching(/^Bearer access-/),
      `Bearer ${fresh.accessToken}`,
    ]);
  });

  it('reports a dropped connection as NETWORK', async () => {
    fakeXhr([]);
    await expect(uploadAttachment(file())).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

describe('ApplyPhotoList', () => {
  function pick(count: number) {
    return jest.spyOn(Taro, 'chooseImage').mockResolvedValue({
      errMsg: 'chooseImage:ok',
      tempFilePaths: [],
      tempFiles: Array.from({ length: count }, (_, i) => ({
        path: `blob:p${i}`,
        size: 2048,
        originalFileObj: new File(['x'], `p${i}.jpg`, { type: 'image/jpeg' }),
      })),
    } as never);
  }

  it('uploads each picked photo at once, shows a failure with 重试, and can remove', async () => {
    const chooser = pick(2);
    fakeXhr([
      { status: 201, body: { ok: true, data: ATTACHMENT } },
      { status: 415, body: problem('UNSUPPORTED_FILE_TYPE', '这种文件不能上传，请选择照片或扫描好的文件') },
      { status: 201, body: { ok: true, data: { ...ATTACHMENT, id: '0e0e0e0e-0000-4000-8000-000000000002' } } },
    ]);
    let attachments: DraftAttachment[] = [];
    const onAdd = jest.fn((a: DraftAttachment) => {
      attachments = [...attachments, a];
    });
    const view = render(<ApplyPhotoList attachments={attachments} onAdd={onAdd} onRemove={jest.fn()} />);

    await act(async () => {
      fireEvent.click(screen.getByText('+ 拍照或选照片（还能加 9 张）'));
    });
    await act(async () => new Promise((r) => setTimeout(r, 10)));

    expect(chooser).toHaveBeenCalledWith(expect.objectContaining({ count: 9 }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(screen.getByText('这种文件不能上传，请选择照片或扫描好的文件')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByText('重试'));
    });
    await act(async () => new Promise((r) => setTimeout(r, 10)));
    expect(onAdd).toHaveBeenCalledTimes(2);

    const onRemove = jest.fn();
    view.rerender(<ApplyPhotoList attachments={attachments} onAdd={onAdd} onRemove={onRemove} />);
    expect(screen.getAllByText(/已上传/)).toHaveLength(2);
    expect(screen.getByText('+ 拍照或选照片（还能加 7 张）')).toBeInTheDocument();
    fireEvent.click(screen.getAllByText('删除')[0]!);
    expect(onRemove).toHaveBeenCalledWith(ATTACHMENT.id);
  });
});

describe('subscribe template ids', () => {
  it('reads topic=id pairs (only the applicant topics) or bare ids, at most three', () => {
    expect(
      templateIdsFor(
        ['subscribe.application_progress'],
        'subscribe.live_reminder=LIVE1,subscribe.application_progress=PROG_1',
      ),
    ).toEqual(['PROG_1']);
    expect(templateIdsFor(['subscribe.application_progress'], 'A1, B2,C3,D4')).toEqual(['A1', 'B2', 'C3']);
    expect(templateIdsFor(['subscribe.application_progress'], 'bad id!,subscribe.application_progress=')).toEqual([]);
    expect(templateIdsFor(['subscribe.application_progress'], '')).toEqual([]);
  });
});
