/**
 * WeChat's own compilers on a weapp build: wcc (WXML → the `$gwx` render functions) and wcsc (WXSS → the
 * `setCssToHead` style functions), the Linux binaries that the npm package `miniprogram-compiler` ships.
 * The package's wrapper chmods inside node_modules; we copy the binaries to a temp dir and chmod there instead,
 * and call them with the same arguments as the wrapper (src/wcc.js, src/wcsc.js). A non-zero exit (invalid
 * WXML or WXSS) throws with the compiler's own message.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN_DIR = path.join(path.dirname(require.resolve('miniprogram-compiler/package.json')), 'bin/linux');

let binaries: { wcc: string; wcsc: string } | undefined;

/**
 * wcc/wcsc copied into one temp dir per user and made executable there (reused across runs: a copy is replaced
 * only when its size differs from the package's; each copy lands under a temporary name, then is renamed).
 */
function compilers(): { wcc: string; wcsc: string } {
  if (process.platform !== 'linux') throw new Error('the weapp runtime check runs WeChat’s Linux wcc/wcsc binaries');
  if (!binaries) {
    const dir = path.join(os.tmpdir(), `wechat-compilers-${os.userInfo().uid}`);
    fs.mkdirSync(dir, { recursive: true });
    for (const name of ['wcc', 'wcsc']) {
      const source = path.join(BIN_DIR, name);
      const target = path.join(dir, name);
      if (fs.existsSync(target) && fs.statSync(target).size === fs.statSync(source).size) continue;
      const partial = `${target}.${process.pid}`;
      fs.copyFileSync(source, partial);
      fs.chmodSync(partial, 0o755);
      fs.renameSync(partial, target);
    }
    binaries = { wcc: path.join(dir, 'wcc'), wcsc: path.join(dir, 'wcsc') };
  }
  return binaries;
}

function listFiles(root: string, ext: string, dir = root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(root, ext, full);
    return entry.name.endsWith(ext) ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

function readJson(file: string): { usingComponents?: Record<string, string> } | undefined {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

function run(binary: string, args: string[], cwd: string, what: string): string {
  const result = spawnSync(binary, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const message = `${result.stderr.toString()}${result.stdout.toString()}`.trim();
    throw new Error(`${what} failed (exit ${result.status}): ${message.slice(0, 2000)}`);
  }
  return result.stdout.toString();
}

export type CompiledWxml = { source: string; files: string[] };

/**
 * Every .wxml (and .wxs) of the build through wcc in one run, as WeChat's devtools do: `-d` (debug output),
 * `-cc` with the usingComponents of each page/component, `-gn $gwx`. Returns the generated JavaScript, which
 * defines the global `$gwx(path)` in the view layer.
 */
export function compileWxml(dist: string): CompiledWxml {
  const files = listFiles(dist, '.wxml').sort();
  const wxs = listFiles(dist, '.wxs').sort();
  // "-cc" takes "<count> <file> <n> <tag…> …" for the files whose .json declares usingComponents
  const withComponents = files.flatMap((file) => {
    const using = readJson(path.join(dist, file.replace(/\.wxml$/, '.json')))?.usingComponents;
    return using ? [[file, String(Object.keys(using).length), ...Object.keys(using)]] : [];
  });
  const componentArg = [withComponents.length, ...withComponents.flat()].join(' ');
  const args = ['-d', '-cc', componentArg, ...files, ...wxs, '-gn', '$gwx'];
  return { source: run(compilers().wcc, args, dist, 'wcc (WXML)'), files };
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** Undoes wcsc's JavaScript string escapes (\x3d for "=", \n, \uXXXX, \\ …). */
function unescapeJs(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (_, code: string) =>
    code.length > 1 && (code[0] === 'x' || code[0] === 'u')
      ? String.fromCharCode(parseInt(code.slice(1), 16))
      : (ESCAPES[code] ?? code),
  );
}

/** wcsc's output without `-js`: `name=value=name=value…`, each value JavaScript-escaped (no raw "="). */
function parsePairs(stdout: string): Map<string, string> {
  const parts = stdout.split('=');
  const pairs = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length; i += 2) pairs.set(parts[i]!, unescapeJs(parts[i + 1]!));
  return pairs;
}

export type CompiledWxss = { common: string; byFile: Map<string, string>; files: string[] };

/**
 * Every .wxss through wcsc in one run (`-pc N`: the N page/component files, app.wxss among them, first). `common` is the
 * shared runtime (rpx conversion, setCssToHead); `byFile` maps each page/component .wxss to the code that
 * inserts its stylesheet.
 */
export function compileWxss(dist: string): CompiledWxss {
  const files = listFiles(dist, '.wxss').sort();
  const isComponent = (f: string) => fs.existsSync(path.join(dist, f.replace(/\.wxss$/, '.json')));
  const ordered = [...files.filter(isComponent), ...files.filter((f) => !isComponent(f))];
  const args = ['-pc', String(files.filter(isComponent).length), ...ordered];
  const pairs = parsePairs(run(compilers().wcsc, args, dist, 'wcsc (WXSS)'));
  const common = pairs.get('comm');
  if (!common) throw new Error('wcsc produced no common style runtime');
  // Besides one entry per page/component file ("app.wxss", "pages/index/index.wxss"), wcsc appends an empty
  // "./app.wxss" entry (already run by `comm`); only the former carry styles.
  const byFile = new Map(
    [...pairs].filter(([file]) => file !== 'comm' && file !== 'version' && !file.startsWith('./')),
  );
  return { common, byFile, files };
}
