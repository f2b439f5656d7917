/**
 * Private file storage behind a small interface, so an S3-compatible bucket can replace the local disk without
 * touching callers. Keys are server-generated UUIDs (never user input); the local store keeps files under
 * DATA_DIR/attachments (outside any web root), sharded by the key's first two characters, mode 0600.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Env } from '../../env';

export interface FileStorage {
  /** Stores `data` under `key` (atomically: readers never see half a file). */
  put(key: string, data: Buffer): Promise<void>;
  /** A stream of the file's bytes; rejects when the key is unknown. */
  open(key: string): Promise<Readable>;
  /** Deletes the file; a missing file is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function localDiskStorage(root: string): FileStorage {
  const dir = path.resolve(root);
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('storage keys are UUIDs');
    return path.join(dir, key.slice(0, 2), key);
  };
  return {
    async put(key, data) {
      const file = fileOf(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const tmp = `${file}.${randomUUID()}.tmp`;
      await fs.promises.writeFile(tmp, data, { mode: 0o600, flag: 'wx' });
      await fs.promises.rename(tmp, file);
    },
    async open(key) {
      const handle = await fs.promises.open(fileOf(key), 'r');
      return handle.createReadStream();
    },
    async remove(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}

/** The storage root for an environment: DATA_DIR/attachments. Refuses a root inside the static web folder. */
export function storageRootOf(env: Env): string {
  const root = path.resolve(env.DATA_DIR, 'attachments');
  if (env.STATIC_DIR) {
    const web = path.resolve(env.STATIC_DIR);
    if (root === web || root.startsWith(web + path.sep))
      throw new Error('DATA_DIR must not lie inside STATIC_DIR: attachments would be public');
  }
  return root;
}

export function storageFromEnv(env: Env): FileStorage {
  return localDiskStorage(storageRootOf(env));
}
