import type { PdfContent } from '../pdf-renderer';
import { renderPdf } from '../pdf-renderer';
import { appendPdfs } from './append-pdfs';
import type { BinderData } from './binder-data';
import { dateText, factTable, type BinderWords } from './binder-section';
import { BINDER_SECTIONS } from './binder-sections';

const WORDS = {
  en: {
    kicker: 'Binder',
    title: (name: string) => `The binder of ${name}`,
    subject: 'Special education and Section 504 record',
    birthDate: 'Born',
    school: 'School',
    district: 'District',
    grade: 'Grade',
    state: 'State',
    prepared: 'Prepared',
    private:
      'Made with Binder from the family’s record. It holds a child’s education records (FERPA, 34 CFR 99.3): keep it private and share it only with people you choose.',
    contents: 'Contents',
    footer: (name: string, page: number, pages: number) => `${name} · ${String(page)} / ${String(pages)}`,
  },
  es: {
    kicker: 'Binder',
    title: (name: string) => `La carpeta de ${name}`,
    subject: 'Expediente de educación especial y de la Sección 504',
    birthDate: 'Nació',
    school: 'Escuela',
    district: 'Distrito',
    grade: 'Grado',
    state: 'Estado',
    prepared: 'Preparada',
    private:
      'Hecha con Binder a partir del expediente de la familia. Contiene expedientes educativos de un niño (FERPA, 34 CFR 99.3): guárdela en privado y compártala solo con quien usted elija.',
    contents: 'Índice',
    footer: (name: string, page: number, pages: number) => `${name} · ${String(page)} / ${String(pages)}`,
  },
  vi: {
    kicker: 'Binder',
    title: (name: string) => `Bộ hồ sơ của ${name}`,
    subject: 'Hồ sơ giáo dục đặc biệt và Mục 504',
    birthDate: 'Ngày sinh',
    school: 'Trường',
    district: 'Học khu',
    grade: 'Lớp',
    state: 'Tiểu bang',
    prepared: 'Ngày lập',
    private:
      'Được lập bằng Binder từ hồ sơ của gia đình. Tài liệu này chứa hồ sơ giáo dục của một học sinh (FERPA, 34 CFR 99.3): xin giữ kín và chỉ chia sẻ với những người quý vị chọn.',
    contents: 'Mục lục',
    footer: (name: string, page: number, pages: number) => `${name} · ${String(page)} / ${String(pages)}`,
  },
  'zh-Hans': {
    kicker: 'Binder',
    title: (name: string) => `${name}的档案夹`,
    subject: '特殊教育与第504条款记录',
    birthDate: '出生日期',
    school: '学校',
    district: '学区',
    grade: '年级',
    state: '州',
    prepared: '制作日期',
    private:
      '由 Binder 根据家庭的记录制作。其中包含孩子的教育记录（FERPA，34 CFR 99.3）：请妥善保密，只与您选择的人分享。',
    contents: '目录',
    footer: (name: string, page: number, pages: number) => `${name} · ${String(page)} / ${String(pages)}`,
  },
  ar: {
    kicker: 'Binder',
    title: (name: string) => `ملف ${name}`,
    subject: 'سجل التعليم الخاص والمادة 504',
    birthDate: 'تاريخ الميلاد',
    school: 'المدرسة',
    district: 'المنطقة التعليمية',
    grade: 'الصف',
    state: 'الولاية',
    prepared: 'تاريخ الإعداد',
    private:
      'أُعدّ باستخدام Binder من سجل الأسرة. يحتوي على السجلات التعليمية لطفل (FERPA، 34 CFR 99.3): احتفظ به بشكل خاص ولا تشاركه إلا مع من تختارهم.',
    contents: 'المحتويات',
    footer: (name: string, page: number, pages: number) => `${name} · ${String(page)} / ${String(pages)}`,
  },
} as const satisfies BinderWords<unknown>;

/** The child's name as printed on every page. */
export function childName(data: BinderData): string {
  return `${data.child.givenName} ${data.child.familyName}`.trim();
}

/** The binder's title ("The binder of Maya Rivera"): the PDF's title and its cover's. */
export function binderTitle(data: BinderData): string {
  return WORDS[data.language].title(childName(data));
}

function cover(data: BinderData): PdfContent[] {
  const words = WORDS[data.language];
  const { child, language } = data;
  const facts: [string, string][] = [
    ...(child.birthDate === null ? [] : [[words.birthDate, dateText(child.birthDate, language)] as [string, string]]),
    ...(child.school.trim() === '' ? [] : [[words.school, child.school] as [string, string]]),
    ...(child.district.trim() === '' ? [] : [[words.district, child.district] as [string, string]]),
    ...(child.grade.trim() === '' ? [] : [[words.grade, child.grade] as [string, string]]),
    [words.state, child.jurisdiction],
    [words.prepared, dateText(data.asOf, language)],
  ];
  return [
    { text: words.kicker, style: 'kicker', margin: [0, 120, 0, 8] },
    { text: binderTitle(data), style: 'coverTitle', margin: [0, 0, 0, 6] },
    { text: words.subject, margin: [0, 0, 0, 28] },
    factTable(facts),
    { text: words.private, style: 'citation', margin: [0, 40, 0, 0], pageBreak: 'after' },
  ];
}

/**
 * One child's binder as a PDF (docs/decisions/0044): a cover, the contents with page numbers, then every
 * section of ./binder-sections.ts on its own pages, each a bookmark, then the appended PDFs with their own
 * bookmarks. US Letter with one-inch margins, in the binder's language; text stays text.
 */
export async function renderBinderPdf(data: BinderData): Promise<Uint8Array> {
  const words = WORDS[data.language];
  const name = childName(data);
  const sections = BINDER_SECTIONS.filter((section) => section.isShown?.(data) ?? true);
  const pdf = await renderPdf({
    info: { title: binderTitle(data), subject: words.subject },
    language: data.language,
    styles: {
      kicker: { fontSize: 12, bold: true, color: '#555555' },
      coverTitle: { fontSize: 26, bold: true },
      sectionHeading: { fontSize: 18, bold: true },
      subheading: { fontSize: 13, bold: true },
      goalHeading: { fontSize: 14, bold: true },
      label: { bold: true },
      plain: {},
      note: { italics: true },
      small: { fontSize: 9.5, color: '#333333' },
      citation: { fontSize: 9, color: '#444444' },
    },
    content: [
      ...cover(data),
      { toc: { title: { text: words.contents, style: 'sectionHeading', margin: [0, 0, 0, 12] } } },
      ...sections.flatMap((section): PdfContent[] => [
        {
          text: section.heading[data.language],
          style: 'sectionHeading',
          tocItem: true,
          outline: true,
          pageBreak: 'before',
          margin: [0, 0, 0, 10],
        },
        ...section.content(data),
      ]),
    ],
    footer: (page, pages) => ({
      text: words.footer(name, page, pages),
      alignment: 'center',
      fontSize: 9,
      color: '#555555',
      margin: [72, 20, 72, 0],
    }),
  });
  return appendPdfs(pdf, data.appendix);
}
