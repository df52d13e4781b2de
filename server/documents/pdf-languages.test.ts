import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPoppler, pdfText, readingText, squash } from '../../test/helpers/pdf-tools';
import { renderLetterPdf, type LetterPdfContent } from './letter-pdf';
import { PDF_FONTS } from './pdf-fonts';
import { renderPdf } from './pdf-renderer';
import { renderProgressReportPdf } from './progress-report-pdf';
import { addDays } from '../../core/calendar/add-days';
import { progressReport } from '../../core/progress/progress-report';
import { iepGoalSchema } from '../../core/schemas/iep';

// Issue 22 point 2: Chinese and Arabic PDFs embed their fonts as subsets, Arabic reads right to left, and
// pdftotext reads the expected words back. The letters here are fixtures (fictional children): what is
// checked is the PDF path, not a composer's wording.
const poppler = hasPoppler();
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean } };

function letter(
  language: LetterPdfContent['language'],
  text: {
    subject: string;
    salutation: string;
    paragraphs: string[];
    closing: string;
    signature: string;
  },
): LetterPdfContent {
  return {
    kind: 'meeting-request',
    language,
    senderLines: [text.signature, '12 Elm Street', 'Austin, TX 78701'],
    dateLine: '2026-12-07',
    recipientLines: ['Ms. Jordan Lee', 'Riverside Elementary School'],
    subject: text.subject,
    salutation: text.salutation,
    paragraphs: text.paragraphs.map((paragraph) => ({ text: paragraph, citations: [] })),
    closing: text.closing,
    signatureLines: [text.signature],
  } as unknown as LetterPdfContent;
}

const CHINESE = letter('zh-Hans', {
  subject: '要求召开个别化教育计划（IEP）会议：王小明',
  salutation: '尊敬的李老师：',
  paragraphs: [
    '我是王小明的家长。我要求在三十天内召开个别化教育计划（IEP）会议（34 CFR 300.322）。',
    '请以书面形式回复。谢谢。',
  ],
  closing: '此致',
  signature: '王丽',
});

const ARABIC_SUBJECT = 'طلب عقد اجتماع لبرنامج التعليم الفردي: ليلى حداد';
const ARABIC_SENTENCE =
  'أطلب عقد اجتماع لمراجعة برنامج التعليم الفردي (IEP) لابنتي ليلى وفقًا للمادة 34 CFR 300.322 في أقرب وقت ممكن.';
const ARABIC = letter('ar', {
  subject: ARABIC_SUBJECT,
  salutation: 'السيدة لي المحترمة،',
  paragraphs: [
    ARABIC_SENTENCE,
    'أكتب إليكم بخصوص ابنتي ليلى حداد، وهي في الصف الثالث. أرجو أن تردوا كتابيًا خلال عشرة أيام عمل. شكرًا لتعاونكم الدائم مع عائلتنا ومع المدرسة.',
  ],
  closing: 'مع خالص التحية،',
  signature: 'سارة حداد',
});

function fontsOf(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'binder-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The document's /Lang entry as written in the catalog. */
function langTag(pdf: Buffer): string | undefined {
  return /\/Lang \(([^)]*)\)/u.exec(pdf.toString('latin1'))?.[1];
}

describe('PDFs in Chinese, Arabic and Vietnamese', () => {
  it.runIf(poppler)(
    'a Chinese letter: pdftotext reads its heading and the child, Noto Sans SC embedded as a subset',
    async () => {
      const pdf = await renderLetterPdf(CHINESE);
      const text = pdfText(pdf);
      expect(text).toContain('要求召开个别化教育计划（IEP）会议：王小明');
      expect(text).toContain('王小明的家长');
      expect(text).toContain('第 1 页，共 1 页');
      const fonts = fontsOf(pdf);
      expect(fonts.some((line) => /\+NotoSansSC-Regular\s.*yes\s+yes\s+yes/u.test(line))).toBe(true);
      expect(langTag(pdf)).toBe('zh-Hans');
      // Subset: the whole font is over 10 MB; the letter is a small fraction of it.
      expect(pdf.length).toBeLessThan(statSync(PDF_FONTS.NotoSansSC.normal).size / 50);
    },
  );

  it.runIf(poppler)(
    'an Arabic letter reads right to left: heading, child and a sentence with a citation in reading order',
    async () => {
      const pdf = await renderLetterPdf(ARABIC);
      const text = squash(readingText(pdf));
      expect(text).toContain(squash(ARABIC_SUBJECT));
      expect(text).toContain(squash('ليلى حداد'));
      // A sentence that wraps: its words in reading order across the lines, the citation inside intact.
      expect(text).toContain(squash(ARABIC_SENTENCE));
      expect(text).toContain(squash('الصفحة 1 من 1'));
      const fonts = fontsOf(pdf);
      expect(fonts.some((line) => /\+NotoNaskhArabic\s.*yes\s+yes\s+yes/u.test(line))).toBe(true);
      expect(fonts.some((line) => /\+Roboto-Regular\s.*yes\s+yes\s+yes/u.test(line))).toBe(true);
      expect(langTag(pdf)).toBe('ar');
    },
  );

  it.runIf(poppler)(
    'an Arabic line is set from the right margin, its first word rightmost, a citation left to right',
    async () => {
      const pdf = await renderPdf({
        info: { title: 't' },
        language: 'ar',
        content: ['أكتب إليكم اليوم', 'وفقًا للمادة 34 CFR 300.322 في أقرب وقت'],
      });
      const dir = mkdtempSync(join(tmpdir(), 'binder-pdf-'));
      try {
        const file = join(dir, 'document.pdf');
        writeFileSync(file, pdf);
        const boxes = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        // -bbox gives each word's glyphs as drawn, left to right: an Arabic word's letters come reversed.
        const words = [
          ...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/gu),
        ].map((m) => ({ left: Number(m[1]), top: Number(m[2]), right: Number(m[3]), drawn: m[4] ?? '' }));
        const firstLine = words.filter((w) => w.top < 90).sort((a, b) => b.right - a.right);
        // US Letter is 612 pt wide with one-inch margins: the line ends at the right margin.
        expect(firstLine[0]?.right).toBeGreaterThan(612 - 72 - 2);
        expect(firstLine.map((w) => Array.from(w.drawn).reverse().join(''))).toEqual(['أكتب', 'إليكم', 'اليوم']);
        const secondLine = words.filter((w) => w.top >= 90).sort((a, b) => a.left - b.left);
        const latin = secondLine.filter((w) => /^[\x20-\x7e]+$/u.test(w.drawn)).map((w) => w.drawn);
        expect(latin).toEqual(['34', 'CFR', '300.322']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('Roboto has every Vietnamese letter with its marks', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
    for (const file of [PDF_FONTS.Roboto.normal, PDF_FONTS.Roboto.bold]) {
      const font = fontkit.openSync(file);
      const missing = Array.from(letters + letters.toUpperCase()).filter(
        (ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0),
      );
      expect(missing).toEqual([]);
    }
  });

  it.runIf(poppler)('a Vietnamese letter: pdftotext reads its diacritics, tagged vi', async () => {
    const pdf = await renderLetterPdf(
      letter('vi', {
        subject: 'Yêu cầu họp về Chương trình Giáo dục Cá nhân hóa (IEP) cho Nguyễn Thị Hương',
        salutation: 'Kính gửi cô Lee,',
        paragraphs: ['Tôi là phụ huynh của Nguyễn Thị Hương. Xin vui lòng trả lời bằng văn bản trước hạn chót.'],
        closing: 'Trân trọng,',
        signature: 'Trần Văn Đức',
      }),
    );
    const text = pdfText(pdf);
    expect(text).toContain('Chương trình Giáo dục Cá nhân hóa (IEP) cho Nguyễn Thị Hương');
    expect(text).toContain('Trang 1/1');
    expect(langTag(pdf)).toBe('vi');
  });

  it.runIf(poppler)(
    'a translation for reading says so at its top, in its language, naming the language sent',
    async () => {
      const chinese = pdfText(await renderLetterPdf(CHINESE, 'en'));
      expect(chinese.indexOf('译文（仅供阅读）')).toBeLessThan(chinese.indexOf('王丽'));
      expect(chinese).toContain('学校收到的是英文信件');
      expect(chinese).toContain('要求召开个别化教育计划（IEP）会议：王小明');
      const arabic = squash(readingText(await renderLetterPdf(ARABIC, 'es')));
      expect(arabic).toContain(squash('ترجمة للقراءة فقط'));
      expect(arabic).toContain(squash('تتسلّم المدرسة الرسالة باللغة الإسبانية'));
      expect(arabic).toContain(squash(ARABIC_SUBJECT));
      // The letter itself carries no such notice.
      expect(pdfText(await renderLetterPdf(CHINESE))).not.toContain('译文');
    },
  );

  it.runIf(poppler)('the words of a graph in a Chinese document are set in the Chinese font', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="24" font-size="14">年度目标</text></svg>';
    const pdf = await renderPdf({ info: { title: 't' }, language: 'zh-Hans', content: [{ svg, width: 200 }] });
    expect(pdfText(pdf)).toContain('年度目标');
    // Roboto has no Chinese: pdftotext would still read the characters, but they would print as empty boxes.
    expect(fontsOf(pdf).map((line) => line.split(/\s+/u)[0])).toEqual([
      expect.stringMatching(/\+NotoSansSC-Regular$/u),
    ]);
  });

  // Every kind of page element a document uses (tables with auto widths, lists, a graph, unbreakable
  // stacks, a footer) goes through the Arabic layout and the Chinese font: words here are a progress
  // report's, with the language swapped (the translated words are core's, not this test's).
  it.runIf(poppler).each(['ar', 'zh-Hans'] as const)(
    'a progress report renders in %s with its tables, lists and graph',
    async (language) => {
      const report = progressReport({
        student:
          language === 'ar'
            ? { givenName: 'ليلى', familyName: 'حداد', school: null, grade: '3' }
            : { givenName: '小明', familyName: '王', school: null, grade: '3' },
        plan: { versionNumber: 2, effectiveFrom: '2026-01-05' },
        period: { from: '2026-02-01', to: '2026-03-09' },
        language: 'en',
        labelSet: 'federal',
        goals: [
          {
            goal: iepGoalSchema.parse({
              id: 'goal-reading',
              area: 'Reading fluency',
              statement: 'By 2026-05-25, the student will read 60 words correct per minute.',
              unit: 'words correct per minute',
              baseline: { value: 20, date: '2026-01-05' },
              target: { value: 60, date: '2026-05-25' },
            }),
            points: [20, 24, 22, 27, 25, 29, 31, 28, 33].map((value, i) => ({
              date: addDays('2026-01-05', 7 * (i + 1)),
              value,
            })),
            phaseChanges: [],
          },
        ],
      });
      const pdf = await renderProgressReportPdf({ ...report, language });
      const text = squash(readingText(pdf));
      expect(text).toContain(squash(language === 'ar' ? 'ليلى حداد' : '小明'));
      expect(text).toContain(squash('words correct per minute'));
      expect(langTag(pdf)).toBe(language);
    },
  );
});
