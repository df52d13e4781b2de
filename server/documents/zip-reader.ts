import { inflateRawSync } from 'node:zlib';

/** Why an archive could not be read: the message names the reason, for a 400. */
export class ZipReadError extends Error {
  override name = 'ZipReadError';
}

/**
 * One file out of a ZIP held in memory, or null when the archive has no such file. Reads the central
 * directory (PKWARE APPNOTE 4.3), stored or deflated entries only; an entry that would inflate beyond
 * `maxBytes` is refused before it is inflated further (a ZIP bomb never fills memory).
 */
export function readZipEntry(archive: Buffer, name: string, maxBytes: number): Buffer | null {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > archive.length) throw new ZipReadError('the ZIP file has no central directory');
  const count = archive.readUInt16LE(endAt + 10);
  let at = archive.readUInt32LE(endAt + 16);
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== 0x02014b50) {
      throw new ZipReadError('the ZIP file’s central directory is damaged');
    }
    const method = archive.readUInt16LE(at + 10);
    const compressed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const entryName = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (entryName !== name) continue;
    if (size > maxBytes) throw new ZipReadError(`${name} in the ZIP file is larger than ${String(maxBytes)} bytes`);
    if (localAt + 30 > archive.length || archive.readUInt32LE(localAt) !== 0x04034b50) {
      throw new ZipReadError(`${name} in the ZIP file is damaged`);
    }
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const raw = archive.subarray(dataAt, dataAt + compressed);
    try {
      if (method === 0) return Buffer.from(raw);
      if (method === 8) return inflateRawSync(raw, { maxOutputLength: maxBytes });
    } catch {
      throw new ZipReadError(`${name} in the ZIP file is damaged or larger than ${String(maxBytes)} bytes`);
    }
    throw new ZipReadError(`${name} in the ZIP file uses a compression Binder does not read`);
  }
  return null;
}
