#!/usr/bin/env node
/**
 * Run by `npm start` before the server: makes sure dist/h5 matches the sources.
 * Hashes client/, shared/, config/, babel.config.js, tsconfig.json and package-lock.json; rebuilds
 * (`taro build --type h5`, CI=true) only when the hash differs from dist/h5/.build-hash, else reuses the build.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist/h5');
const HASH_FILE = path.join(OUT, '.build-hash');
const INPUTS = ['client', 'shared', 'config', 'babel.config.js', 'tsconfig.json', 'package-lock.json'];
const IGNORED = new Set(['node_modules', '.DS_Store', '.git']);

function listFiles(target) {
  if (!fs.existsSync(target)) return [];
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter((name) => !IGNORED.has(name))
    .sort()
    .flatMap((name) => listFiles(path.join(target, name)));
}

/** Content hash of every input file, keyed by its path (renames and deletions change it too). */
function sourceHash() {
  const hash = crypto.createHash('sha256');
  for (const file of INPUTS.flatMap((input) => listFiles(path.join(ROOT, input)))) {
    hash.update(path.relative(ROOT, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function readStoredHash() {
  try {
    return fs.readFileSync(HASH_FILE, 'utf8').trim();
  } catch {
    return null;
  }
}

function main() {
  const hash = sourceHash();
  const builtOk = fs.existsSync(path.join(OUT, 'index.html'));
  const stored = builtOk ? readStoredHash() : null;
  if (stored === hash) {
    console.log(`[ensure-h5] dist/h5 is up to date (${hash.slice(0, 12)}): reusing the build`);
    return;
  }

  // A build made by `npm run build:h5` has no hash: its sources are unknown, so it is rebuilt once.
  const reason = !builtOk ? 'no H5 build yet' : stored ? 'sources changed' : 'dist/h5 has no build hash';
  console.log(`[ensure-h5] ${reason}: building dist/h5 (about 30-60 s)…`);
  const started = Date.now();
  const taro = path.join(ROOT, 'node_modules/.bin', process.platform === 'win32' ? 'taro.cmd' : 'taro');
  const result = spawnSync(taro, ['build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CI: 'true' },
  });
  if (result.status !== 0 || !fs.existsSync(path.join(OUT, 'index.html'))) {
    console.error(`[ensure-h5] H5 build failed (exit ${result.status ?? result.signal ?? result.error})`);
    process.exit(result.status || 1);
  }
  require('./precompress').precompress(OUT);
  fs.writeFileSync(HASH_FILE, `${hash}\n`);
  console.log(`[ensure-h5] built dist/h5 in ${((Date.now() - started) / 1000).toFixed(1)} s (${hash.slice(0, 12)})`);
}

main();
