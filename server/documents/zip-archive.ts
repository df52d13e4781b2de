import { crc32, deflateRawSync } from 'node:zlib';

/** One file of an archive: a relative path with `/` separators, and its contents. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer | string;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate and folders; nothing newer is used, so every unzip tool reads it. */
const VERSION_NEEDED = 20;
/** "Made by" Unix (3) at version 2.0, so the external attributes below are read as Unix permissions. */
const VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED;
/** Bit 11: names are UTF-8 (a child's name may have accents). */
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** A regular file, rw-r--r--, in the high 16 bits. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
/** Without ZIP64, sizes, offsets and counts must fit these (an export is far smaller). */
const MAX_UINT32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

/** MS-DOS date and time, as ZIP stores them (2-second resolution, from 1980). Written in UTC for reproducibility. */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.max(at.getUTCFullYear(), 1980);
  return {
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}

/** Refuses names an unzip tool could write outside the folder it extracts into, and duplicates. */
function checkNames(entries: readonly ZipEntry[]): void {
  const seen = new Set<string>();
  for (const { name } of entries) {
    const parts = name.split('/');
    const unsafe =
      name === '' ||
      name.startsWith('/') ||
      name.includes('\\') ||
      parts.some((p) => p === '' || p === '.' || p === '..');
    if (unsafe) throw new Error(`zip entry name "${name}" is not a safe relative path`);
    if (seen.has(name)) throw new Error(`zip entry name "${name}" is used twice`);
    seen.add(name);
  }
}

/**
 * Writes a ZIP archive in memory (PKWARE APPNOTE 6.3: local headers, central directory, end record). Each
 * file is deflated unless that would make it bigger (PDFs are already compressed), then stored as is.
 * Small on purpose: exports are a few megabytes, so no streaming and no ZIP64; it throws beyond the limits.
 */
export function zipArchive(entries: readonly ZipEntry[], modifiedAt: Date): Buffer {
  checkNames(entries);
  if (entries.length > MAX_ENTRIES) throw new Error('too many files for a ZIP archive without ZIP64');
  const { date, time } = dosDateTime(modifiedAt);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;

  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const deflated = deflateRawSync(data, { level: 9 });
    const isDeflated = deflated.length < data.length;
    const body = isDeflated ? deflated : data;
    if (data.length > MAX_UINT32 || offset + body.length > MAX_UINT32) {
      throw new Error('the archive is too large for ZIP without ZIP64');
    }
    const fields = {
      method: isDeflated ? METHOD_DEFLATED : METHOD_STORED,
      crc: crc32(data),
      compressed: body.length,
      size: data.length,
    };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION_NEEDED, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.compressed, 18);
    local.writeUInt32LE(fields.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION_MADE_BY, 4);
    central.writeUInt16LE(VERSION_NEEDED, 6);
    central.writeUInt16LE(FLAG_UTF8, 8);
    central.writeUInt16LE(fields.method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(fields.crc, 16);
    central.writeUInt32LE(fields.compressed, 20);
    central.writeUInt32LE(fields.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra field length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk number
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(FILE_ATTRIBUTES, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }

  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  if (offset + centralSize > MAX_UINT32) throw new Error('the archive is too large for ZIP without ZIP64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk where the central directory starts
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...locals, ...centrals, end]);
}
