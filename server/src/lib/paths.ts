import fs from 'node:fs';
import path from 'node:path';

/** The repository root, found from this file whether it runs from source (tsx/jest) or from build/. */
export const ROOT = (() => {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'server'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
})();

export const MIGRATIONS_DIR = path.join(ROOT, 'server/src/db/migrations');
export const SEED_DIR = path.join(ROOT, 'server/src/db/seed');
