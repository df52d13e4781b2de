import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../progress/format-words';
import { meetingSchema } from '../schemas/meeting';
import { meetingPrepSheet, PARENT_CONCERNS_CITATION } from './meeting-prep-sheet';

const meeting = meetingSchema.parse({
  id: 'm1',
  studentId: 's1',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  date: '2026-12-10',
  time: '15:30',
  place: 'Room 12',
  isRemote: true,
  framework: 'iep',
  purpose: 'annual',
  status: 'scheduled',
  parentConcerns: 'Reading at home\nHomework takes hours',
});

describe('meetingPrepSheet', () => {
  it('writes the sheet in Vietnamese, Chinese and Arabic, keeping names, times and the citation as they are', () => {
    const vi = meetingPrepSheet(meeting, 'Minh', 'vi');
    expect(vi.title).toBe('Chuẩn bị cho cuộc họp — Minh');
    expect(vi.facts).toEqual([
      ['Cuộc họp', 'Cuộc họp IEP (xem xét hằng năm)'],
      ['Thời gian', '10 tháng 12 năm 2026, 15:30'],
      ['Địa điểm', 'Room 12 — trực tuyến'],
    ]);
    const zh = meetingPrepSheet(meeting, 'Minh', 'zh-Hans');
    expect(zh.facts[1]).toEqual(['时间', '2026年12月10日, 15:30']);
    expect(zh.sections.map((section) => section.heading)).toEqual([
      '议程',
      '我作为家长的关切',
      '要问的问题',
      '要带的文件',
    ]);
    const ar = meetingPrepSheet(meeting, 'Minh', 'ar');
    expect(ar.title).toBe('الاستعداد للاجتماع — Minh');
    expect(ar.sections[1]?.note).toContain(PARENT_CONCERNS_CITATION);
    expect(ar.sections[1]?.items).toEqual(['Reading at home', 'Homework takes hours']);
  });

  it('leaves no word of the sheet in English outside English', () => {
    const english = meetingPrepSheet(meeting, 'Minh', 'en');
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const sheet = meetingPrepSheet(meeting, 'Minh', language);
      expect(sheet.language).toBe(language);
      expect(sheet.footer).not.toBe(english.footer);
      sheet.sections.forEach((section, i) => {
        expect(section.heading).not.toBe(english.sections[i]?.heading);
      });
    }
  });
});
