import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { VIETNAMESE_GLOSSARY } from './vi';

// The seed terms every translator of issue 22 agreed on (English → Vietnamese), so pages, letters and the law's
// explanations say the same thing in the same words.
const SEED: Readonly<Record<string, string>> = {
  'Individualized Education Program (IEP)': 'Chương trình Giáo dục Cá nhân hóa (IEP)',
  '504 plan': 'kế hoạch 504',
  'special education': 'giáo dục đặc biệt',
  'related services': 'dịch vụ liên quan',
  'free appropriate public education (FAPE)': 'giáo dục công lập miễn phí và thích hợp (FAPE)',
  'least restrictive environment': 'môi trường ít hạn chế nhất',
  'prior written notice': 'thông báo trước bằng văn bản',
  'procedural safeguards': 'các biện pháp bảo vệ theo thủ tục',
  'due process hearing': 'phiên điều trần theo thủ tục tố tụng',
  'state complaint': 'khiếu nại cấp tiểu bang',
  'Office for Civil Rights (OCR)': 'Văn phòng Dân quyền (OCR)',
  'evaluation / reevaluation': 'đánh giá / tái đánh giá',
  'independent educational evaluation (IEE)': 'đánh giá giáo dục độc lập (IEE)',
  accommodations: 'điều chỉnh hỗ trợ',
  'annual goal': 'mục tiêu hằng năm',
  'progress report': 'báo cáo tiến bộ',
  consent: 'sự đồng ý',
  parent: 'phụ huynh',
  deadline: 'hạn chót',
  'school days / business days / calendar days': 'ngày học / ngày làm việc / ngày lịch',
  'education records': 'hồ sơ giáo dục',
  'transition services': 'dịch vụ chuyển tiếp',
  'compensatory services': 'dịch vụ bù đắp',
  'case manager': 'người quản lý hồ sơ',
  advocate: 'người biện hộ',
};

const byEnglish = new Map(VIETNAMESE_GLOSSARY.map((entry) => [entry.en, entry]));

describe('the Vietnamese glossary', () => {
  it('lists each English term once', () => {
    expect(byEnglish.size).toBe(VIETNAMESE_GLOSSARY.length);
  });

  it.each(Object.entries(SEED))('has the seed term “%s” in its agreed wording', (english, vietnamese) => {
    expect(byEnglish.get(english)?.term).toBe(vietnamese);
  });

  it.each(GLOSSARY.map((entry) => entry.term.en))('has the glossary term “%s”', (english) => {
    expect(byEnglish.has(english)).toBe(true);
  });

  it.each(VIETNAMESE_GLOSSARY.map((entry) => [entry.en, entry] as const))(
    '“%s” has a Vietnamese term and an honest source',
    (_, entry) => {
      expect(entry.term.trim()).not.toBe('');
      expect(entry.term).not.toBe(entry.en);
      // Nothing could be read here: a named document is 'not-read', our own wording is 'team' with no document.
      expect(entry.check).not.toBe('read');
      if (entry.check === 'team') expect(entry.officialSource).toBeNull();
      else expect(entry.officialSource?.trim()).toBeTruthy();
      if (entry.note !== undefined) expect(entry.note.trim()).not.toBe('');
    },
  );
});
