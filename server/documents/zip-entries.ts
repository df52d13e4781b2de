import { inflateRawSync } from 'node:zlib';

/**
 * Reading a ZIP (a DOCX is one) without trusting it: the central directory is parsed by hand, sizes are checked
 * before anything is inflated, and inflating stops at a hard limit whatever the headers claim
 * (docs/decisions/0042). No ZIP64, no encryption: a DOCX never needs them, so such a file is refused.
 */
export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Most a DOCX may unpack to in all (and any one part of it). */
export const ZIP_LIMITS = { totalBytes: 64 * 1024 * 1024, entryBytes: 32 * 1024 * 1024, entries: 2000, ratio: 200 };

export class UnsafeZipError extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new UnsafeZipError('not a ZIP archive');
}

/** The archive's entries, or UnsafeZipError when it is malformed or would unpack to more than the limits. */
export function zipEntries(zip: Buffer): ZipEntryInfo[] {
  if (zip.length < 22) throw new UnsafeZipError('not a ZIP archive');
  const end = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count > ZIP_LIMITS.entries) throw new UnsafeZipError('too many files inside');
  const entries: ZipEntryInfo[] = [];
  let at = directoryOffset;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new UnsafeZipError('a damaged ZIP');
    const flags = zip.readUInt16LE(at + 8);
    const entry: ZipEntryInfo = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28)),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    };
    if ((flags & 1) !== 0) throw new UnsafeZipError('an encrypted ZIP');
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw new UnsafeZipError('a ZIP64 archive');
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes)
      throw new UnsafeZipError('it would unpack to more than a document can be');
    if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > entry.compressedSize * ZIP_LIMITS.ratio)
      throw new UnsafeZipError('it is packed far more tightly than a document is (a ZIP bomb)');
    entries.push(entry);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** One entry's bytes, inflated to at most its limit whatever its header claims. */
export function readZipEntry(zip: Buffer, entry: ZipEntryInfo): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw new UnsafeZipError('a damaged ZIP');
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new UnsafeZipError('an unknown compression method');
  try {
    return inflateRawSync(data, { maxOutputLength: ZIP_LIMITS.entryBytes });
  } catch {
    throw new UnsafeZipError('a part of it does not unpack within the limits');
  }
}
