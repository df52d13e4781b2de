import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';

/** One file read back from an archive. */
export interface ReadZipEntry {
  readonly name: string;
  readonly data: Buffer;
  readonly method: number;
  readonly flags: number;
}

/**
 * A tiny ZIP reader for tests, written from the specification independently of server/documents/zip-archive.ts:
 * finds the end record, walks the central directory, reads each local header, inflates and checks the CRC-32
 * and sizes. Throws on anything inconsistent.
 */
export function readZip(archive: Buffer): ReadZipEntry[] {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('no end of central directory record');
  const count = archive.readUInt16LE(endAt + 10);
  const centralSize = archive.readUInt32LE(endAt + 12);
  let at = archive.readUInt32LE(endAt + 16);
  if (at + centralSize !== endAt) throw new Error('the central directory does not end where the end record starts');
  const entries: ReadZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`central header ${String(i)} has a bad signature`);
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const crc = archive.readUInt32LE(at + 16);
    const compressed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localAt = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (archive.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`${name}: bad local header signature`);
    const localName = archive.toString('utf8', localAt + 30, localAt + 30 + archive.readUInt16LE(localAt + 26));
    if (localName !== name) throw new Error(`${name}: the local header names ${localName}`);
    const dataAt = localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28);
    const raw = archive.subarray(dataAt, dataAt + compressed);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : null;
    if (data === null) throw new Error(`${name}: unknown method ${String(method)}`);
    if (data.length !== size) throw new Error(`${name}: size ${String(data.length)}, expected ${String(size)}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    entries.push({ name, data, method, flags });
  }
  return entries;
}

/** What Python's zipfile makes of an archive: names, testzip()'s verdict, and each file's first bytes (hex). */
export function readZipWithPython(archive: Buffer): {
  names: string[];
  bad: string | null;
  heads: Record<string, string>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'binder-zip-'));
  try {
    const file = join(dir, 'archive.zip');
    writeFileSync(file, archive);
    const script = [
      'import json, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'print(json.dumps({"names": z.namelist(), "bad": z.testzip(), "heads": {n: z.read(n)[:8].hex() for n in z.namelist()}}))',
    ].join('\n');
    const output = execFileSync('python3', ['-c', script, file], { encoding: 'utf8' });
    return JSON.parse(output) as { names: string[]; bad: string | null; heads: Record<string, string> };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
