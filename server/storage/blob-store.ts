import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Where uploaded files' bytes live, named by their SHA-256 (hex): the same file uploaded twice is stored once.
 * The interface is all the rest of the server knows, so an S3-compatible backend can fill it later
 * (docs/decisions/0042). Rows in `documents` say which hashes are in use; the store knows nothing of them.
 */
export interface BlobStore {
  /** Stores the bytes (once per hash) and answers their SHA-256. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under a hash, or null when there are none. */
  get(sha256: string): Promise<Buffer | null>;
  exists(sha256: string): Promise<boolean>;
  /** Removes the bytes; nothing happens when there are none. */
  delete(sha256: string): Promise<void>;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The store as files under a folder (`<dataDir>/documents`): `ab/cd/abcd…` by hash, so no folder grows huge.
 * A file is written under a temporary name, flushed to disk and renamed: a crash leaves either the whole file
 * or none. Only names made from a checked hash are ever opened: an uploaded name never reaches the disk.
 */
export function fileBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string): string => {
    if (!HEX_SHA256.test(sha256)) throw new Error('not a SHA-256 hash');
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  const exists = async (sha256: string): Promise<boolean> => {
    try {
      return (await stat(pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  };
  return {
    async put(bytes) {
      const sha256 = sha256Of(bytes);
      if (await exists(sha256)) return sha256;
      const path = pathOf(sha256);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomUUID()}.part`;
      const file = await open(temporary, 'wx', 0o600);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, path);
      return sha256;
    },
    async get(sha256) {
      try {
        return await readFile(pathOf(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    exists,
    async delete(sha256) {
      await rm(pathOf(sha256), { force: true });
    },
  };
}

/** The store for a data folder: `<dataDir>/documents`. */
export function blobStoreFor(dataDir: string): BlobStore {
  return fileBlobStore(join(dataDir, 'documents'));
}
