/**
 * A migrated + seeded database template, built once per run (cached by migration and seed hash):
 * PGlite → a data-dir dump each test file loads (~1 s instead of ~5 s); PostgreSQL → a template database
 * each file clones with CREATE DATABASE … TEMPLATE.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR, ROOT, SEED_DIR } from '../../../server/src/lib/paths';

export const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/zhulian-test');

function hashDir(dir: string, hash: crypto.Hash, include: (name: string) => boolean = () => true): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) hashDir(full, hash, include);
    else if (include(entry.name)) hash.update(entry.name).update(fs.readFileSync(full));
  }
}

/** The feature modules (search vectors, insert SQL, default routing rules) that the seed loaders import. */
function hashSeedImports(hash: crypto.Hash): void {
  const loaders = fs
    .readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const imported = new Set<string>();
  for (const loader of loaders) {
    for (const m of fs
      .readFileSync(path.join(SEED_DIR, loader), 'utf8')
      .matchAll(/from '(\.\.\/\.\.\/features\/[^']+)'/g))
      imported.add(m[1]!);
  }
  for (const rel of [...imported].sort()) hash.update(rel).update(fs.readFileSync(path.resolve(SEED_DIR, `${rel}.ts`)));
}

/** Changes whenever migrations, seed data or the PGlite version change. */
export function templateHash(): string {
  const hash = crypto.createHash('sha256');
  hashDir(MIGRATIONS_DIR, hash);
  // the seed data and its loaders (db/seed/*.seed.ts), and the feature modules the loaders import
  hashDir(SEED_DIR, hash);
  hashSeedImports(hash);
  hash.update(
    JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version,
  );
  return hash.digest('hex').slice(0, 16);
}

export const pgliteTemplatePath = () => path.join(CACHE_DIR, `pglite-${templateHash()}.tar.gz`);
export const pgTemplateName = () => `zl_template_${templateHash()}`;

/** postgres://…/db → the same server with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
