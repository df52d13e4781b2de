import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readZip, readZipWithPython } from '../../test/helpers/read-zip';
import { zipArchive } from './zip-archive';

const AT = new Date('2026-11-28T15:04:06.000Z');

describe('zipArchive', () => {
  const text = 'Binder record of José Núñez\n'.repeat(200);
  const noise = randomBytes(4096); // does not compress: stored as is
  const archive = zipArchive(
    [
      { name: 'record.json', data: JSON.stringify({ format: 'binder-record/1' }) },
      { name: 'letters/2026-11-02-records-request.pdf', data: noise },
      { name: 'notas/José.txt', data: text },
      { name: 'empty.txt', data: '' },
    ],
    AT,
  );

  it('is read back by Python’s zipfile, every CRC checked', () => {
    const python = readZipWithPython(archive);
    expect(python.bad).toBeNull();
    expect(python.names).toEqual([
      'record.json',
      'letters/2026-11-02-records-request.pdf',
      'notas/José.txt',
      'empty.txt',
    ]);
    expect(python.heads['letters/2026-11-02-records-request.pdf']).toBe(noise.subarray(0, 8).toString('hex'));
    expect(python.heads['notas/José.txt']).toBe(Buffer.from(text).subarray(0, 8).toString('hex'));
  });

  it('is read back by an independent reader: same bytes, UTF-8 names, deflate only where it helps', () => {
    const entries = readZip(archive);
    expect(entries.map((e) => e.name)).toEqual([
      'record.json',
      'letters/2026-11-02-records-request.pdf',
      'notas/José.txt',
      'empty.txt',
    ]);
    expect(entries[1]?.data.equals(noise)).toBe(true);
    expect(entries[1]?.method).toBe(0);
    expect(entries[2]?.data.toString('utf8')).toBe(text);
    expect(entries[2]?.method).toBe(8);
    expect(entries[3]?.data.length).toBe(0);
    for (const entry of entries) expect(entry.flags & 0x0800).toBe(0x0800);
    expect(archive.length).toBeLessThan(text.length + noise.length);
  });

  it('stores the time in MS-DOS format (UTC, 2-second steps)', () => {
    // The first local header: time at offset 10, date at 12.
    const time = archive.readUInt16LE(10);
    const date = archive.readUInt16LE(12);
    expect([date >> 9, (date >> 5) & 0xf, date & 0x1f]).toEqual([2026 - 1980, 11, 28]);
    expect([time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2]).toEqual([15, 4, 6]);
  });

  it('refuses names that could escape the folder, and duplicates', () => {
    for (const name of ['../evil.txt', '/etc/passwd', 'a/../../b', 'a\\b', 'a//b', '']) {
      expect(() => zipArchive([{ name, data: 'x' }], AT), name).toThrow(/not a safe relative path/);
    }
    expect(() =>
      zipArchive(
        [
          { name: 'a.txt', data: '1' },
          { name: 'a.txt', data: '2' },
        ],
        AT,
      ),
    ).toThrow(/used twice/);
  });
});
