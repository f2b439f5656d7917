/**
 * What a build needs to be releasable to WeChat: the API origin the mini-program calls (https only in a production
 * build: WeChat refuses plain http for request domains) and the AppID, which the dist project.config.json (Taro)
 * and the root one (opened by WeChat DevTools on the repository) both take from TARO_APP_ID.
 */
import fs from 'node:fs';

export const LOCAL_API_BASE = 'http://localhost:3000';

export type ApiBaseInput = {
  platform: string | undefined;
  /** Taro's mode: 'production' for `taro build`, 'development' with --watch or --mode development. */
  mode: string;
  /** TARO_APP_API_BASE from the shell (wins), then from the .env.<mode> files. */
  fromShell?: string;
  fromFiles?: string;
};

/**
 * The API origin baked into the bundle. H5 is served by the API server itself, so it calls the same origin ('').
 * @throws Error for a production mini-program build without an https origin (unset, http, or not a URL).
 */
export function resolveApiBase({ platform, mode, fromShell, fromFiles }: ApiBaseInput): string {
  if (platform === 'h5') return '';
  const given = fromShell || fromFiles;
  const base = (given || LOCAL_API_BASE).replace(/\/+$/, '');
  if (mode !== 'production') return base;
  const url = URL.canParse(base) ? new URL(base) : null;
  if (!given || url?.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `[zhulian] A production mini-program build needs TARO_APP_API_BASE set to an https origin such as ` +
        `https://api.example.com (got ${given ? JSON.stringify(given) : 'nothing'}). WeChat only calls https ` +
        `request domains; for a local build use \`npm run dev:weapp\` or \`--mode development\`.`,
    );
  }
  return url.origin;
}

/** A project.config.json with the AppID from TARO_APP_ID (unchanged when it is unset or the same). */
export function withAppId(projectConfig: string, appId: string | undefined): string {
  if (!appId) return projectConfig;
  if (!/^(wx[0-9a-f]{16}|touristappid)$/.test(appId)) {
    throw new Error(`[zhulian] TARO_APP_ID ${JSON.stringify(appId)} is not a mini-program AppID (wx + 16 hex digits)`);
  }
  const parsed = JSON.parse(projectConfig) as { appid?: string };
  if (parsed.appid === appId) return projectConfig;
  return `${JSON.stringify({ ...parsed, appid: appId }, null, 2)}\n`;
}

/** Writes TARO_APP_ID into the root project.config.json, so DevTools opened on the repository uses the same AppID. */
export function syncRootAppId(file: string, appId: string | undefined): void {
  if (!appId || !fs.existsSync(file)) return;
  const before = fs.readFileSync(file, 'utf8');
  const after = withAppId(before, appId);
  if (after !== before) fs.writeFileSync(file, after);
}
