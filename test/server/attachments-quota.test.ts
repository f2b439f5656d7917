/**
 * Per-user upload quota over a sliding 24 hours (ASVS 5.2.4): the upload that would pass it is refused with 413
 * UPLOAD_QUOTA_EXCEEDED and nothing stored; other users are not affected; a day later the allowance is back.
 */
import { UPLOAD_RATE } from '../../server/src/features/attachments/attachments.service';
import { openSessionFor } from '../../server/src/features/auth/auth.service';
import { buildSession } from './support/factories';
import { useTestApp } from './support/harness';
import { storedState, upload, useDataDir } from './support/attachments';

const dataDir = useDataDir();
const t = useTestApp({ env: { DATA_DIR: dataDir, UPLOAD_QUOTA_MB_PER_DAY: '1' } });

/**
 * A one-page PDF of about `kb` KB. The padding is a comment in the page's content stream, which the PDF rewrite
 * copies as it is, so the stored size stays about the same.
 */
function paddedPdf(kb: number): Buffer {
  const content = `%${'x'.repeat(kb * 1024)}\n`;
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n4 0 obj<</Length ${content.length}>>stream\n${content}endstream\nendobj\n` +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
}

it('refuses the upload that passes the daily quota, storing nothing, and gives the allowance back a day later', async () => {
  expect(UPLOAD_RATE.limit).toBeGreaterThan(3);
  const s = await buildSession(t);
  for (const name of ['a.pdf', 'b.pdf'])
    expect((await upload(t, s.accessToken, paddedPdf(400), name)).status).toBe(201);

  const before = await storedState(t, dataDir);
  const refused = await upload(t, s.accessToken, paddedPdf(400), 'c.pdf');
  expect([refused.status, refused.body.code]).toEqual([413, 'UPLOAD_QUOTA_EXCEEDED']);
  expect(refused.body.message).toContain('明天');
  expect(await storedState(t, dataDir)).toEqual(before);

  // someone else still has their own allowance; a small file still fits under the first user's
  const other = await buildSession(t);
  expect((await upload(t, other.accessToken, paddedPdf(400), 'd.pdf')).status).toBe(201);
  expect((await upload(t, s.accessToken, paddedPdf(100), 'e.pdf')).status).toBe(201);

  // 24 hours on, the earlier uploads no longer count (a fresh token: access tokens live 10 minutes)
  t.clock.advance(24 * 3600_000 + 1000);
  const later = await openSessionFor(t.deps, s.userId);
  expect((await upload(t, later.accessToken, paddedPdf(400), 'f.pdf')).status).toBe(201);
});
