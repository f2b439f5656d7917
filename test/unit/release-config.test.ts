/**
 * Ready for WeChat review: a production mini-program build refuses an API origin that is not https, the AppID comes
 * from TARO_APP_ID for the root project.config.json too, and app.json asks for lazy code loading and a sitemap
 * that keeps personal, staff and admin pages out of WeChat search.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveApiBase, syncRootAppId, withAppId } from '../../config/release';

const ROOT = path.join(__dirname, '../..');

describe('resolveApiBase', () => {
  it('gives H5 its own origin, and a development weapp build the local server', () => {
    expect(resolveApiBase({ platform: 'h5', mode: 'production' })).toBe('');
    expect(resolveApiBase({ platform: 'weapp', mode: 'development' })).toBe('http://localhost:3000');
    expect(resolveApiBase({ platform: 'weapp', mode: 'development', fromFiles: 'http://10.0.0.2:3000/' })).toBe(
      'http://10.0.0.2:3000',
    );
  });

  it('takes an https origin for production, the shell winning over the .env files', () => {
    expect(resolveApiBase({ platform: 'weapp', mode: 'production', fromShell: 'https://api.zhulian.cn/' })).toBe(
      'https://api.zhulian.cn',
    );
    expect(
      resolveApiBase({
        platform: 'weapp',
        mode: 'production',
        fromShell: 'https://a.example.com',
        fromFiles: 'http://b.example.com',
      }),
    ).toBe('https://a.example.com');
  });

  it.each([undefined, '', 'http://api.zhulian.cn', 'api.zhulian.cn', 'https://api.zhulian.cn/v1', 'ftp://x.cn'])(
    'refuses a production weapp build with TARO_APP_API_BASE=%p',
    (given) => {
      expect(() => resolveApiBase({ platform: 'weapp', mode: 'production', fromShell: given })).toThrow(/https/);
    },
  );
});

describe('AppID from TARO_APP_ID', () => {
  const config = `${JSON.stringify({ appid: 'touristappid', setting: { minified: true } }, null, 2)}\n`;

  it('rewrites only the appid, and leaves the file alone when unset', () => {
    expect(JSON.parse(withAppId(config, 'wx0123456789abcdef'))).toEqual({
      appid: 'wx0123456789abcdef',
      setting: { minified: true },
    });
    expect(withAppId(config, undefined)).toBe(config);
    expect(() => withAppId(config, 'not-an-appid')).toThrow(/AppID/);
  });

  it('syncs the root project.config.json on disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zl-appid-'));
    const file = path.join(dir, 'project.config.json');
    fs.writeFileSync(file, config);
    syncRootAppId(file, 'wx0123456789abcdef');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).appid).toBe('wx0123456789abcdef');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the committed root config minifies uploads and points at the weapp build', () => {
    const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
    expect(root).toMatchObject({ miniprogramRoot: './dist/weapp', setting: { minified: true, urlCheck: true } });
  });
});

describe('app.json for review', () => {
  type AppConfig = {
    pages: string[];
    subPackages: { root: string; pages: string[] }[];
    lazyCodeLoading?: string;
    sitemapLocation?: string;
  };
  let app: AppConfig;
  beforeAll(async () => {
    Object.assign(globalThis, { defineAppConfig: (c: AppConfig) => c });
    // by path: the client is outside this project's TypeScript program
    const mod = (await import(path.join(ROOT, 'client/app.config.ts'))) as { default: AppConfig };
    app = mod.default;
  });

  it('loads only the components a page uses, and names the sitemap', () => {
    expect(app.lazyCodeLoading).toBe('requiredComponents');
    expect(app.sitemapLocation).toBe('sitemap.json');
  });

  it('has a sitemap whose rules name real pages and keep personal, staff and admin pages out of search', () => {
    const sitemap = JSON.parse(fs.readFileSync(path.join(ROOT, 'client/sitemap.json'), 'utf8')) as {
      rules: { action: string; page: string }[];
    };
    const pages = new Set([...app.pages, ...app.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]);
    for (const r of sitemap.rules) if (r.page !== '*') expect(pages).toContain(r.page);
    const hidden = new Set(sitemap.rules.filter((r) => r.action === 'disallow').map((r) => r.page));
    // personal, staff, district and meeting pages; of the events only the public list and detail may be indexed
    const personal = [...pages].filter((p) =>
      /mine|apply|staff|admin|meet|outreach|district|events\/pages\/(code|checkin|manage|attendees)/.test(p),
    );
    expect(personal.filter((p) => !hidden.has(p))).toEqual([]);
    expect(sitemap.rules.at(-1)).toEqual({ action: 'allow', page: '*' });
  });
});
