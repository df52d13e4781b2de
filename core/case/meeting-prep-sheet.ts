import { formatLongDate } from '../calendar/format-long-date';
import type { LocalizedText } from '../law/rule-status';
import { textIn, type Language } from '../progress/format-words';
import type { Meeting, MeetingPurpose } from '../schemas/meeting';

/** The sheet is for the parent to read: any reading language. */
export type PrepLanguage = Language;

/** The parent's one-page sheet for a meeting: what it is, the agenda, the concerns, the questions, what to bring. */
export interface MeetingPrepSheet {
  readonly language: PrepLanguage;
  readonly title: string;
  /** Label and value: when, where, what for. */
  readonly facts: readonly (readonly [string, string])[];
  readonly sections: readonly { readonly heading: string; readonly note?: string; readonly items: readonly string[] }[];
  readonly footer: string;
}

const PURPOSE_WORDS: Readonly<Record<MeetingPurpose, LocalizedText>> = {
  initial: { en: 'initial IEP', es: 'IEP inicial', vi: 'IEP lần đầu', 'zh-Hans': '首次 IEP', ar: 'أول برنامج IEP' },
  annual: {
    en: 'annual review',
    es: 'revisión anual',
    vi: 'xem xét hằng năm',
    'zh-Hans': '年度复审',
    ar: 'المراجعة السنوية',
  },
  amendment: { en: 'amendment', es: 'enmienda', vi: 'sửa đổi', 'zh-Hans': '修订', ar: 'تعديل' },
  reevaluation: {
    en: 'reevaluation',
    es: 'reevaluación',
    vi: 'tái đánh giá',
    'zh-Hans': '重新评估',
    ar: 'إعادة التقييم',
  },
  eligibility: {
    en: 'eligibility',
    es: 'elegibilidad',
    vi: 'xác định đủ điều kiện',
    'zh-Hans': '资格认定',
    ar: 'الأهلية',
  },
  other: { en: 'other', es: 'otra', vi: 'khác', 'zh-Hans': '其他', ar: 'أخرى' },
};

const FRAMEWORK_WORDS: Readonly<Record<'iep' | '504', LocalizedText>> = {
  iep: { en: 'IEP meeting', es: 'Reunión del IEP', vi: 'Cuộc họp IEP', 'zh-Hans': 'IEP 会议', ar: 'اجتماع برنامج IEP' },
  '504': {
    en: '504 plan meeting',
    es: 'Reunión del plan 504',
    vi: 'Cuộc họp kế hoạch 504',
    'zh-Hans': '504计划会议',
    ar: 'اجتماع خطة 504',
  },
};

/** The parent input the IEP team must consider (34 CFR 300.324(a)(1)(ii)). */
export const PARENT_CONCERNS_CITATION = '34 CFR 300.324(a)(1)(ii)';

const WORDS = {
  title: {
    en: 'Preparing for the meeting',
    es: 'Preparación para la reunión',
    vi: 'Chuẩn bị cho cuộc họp',
    'zh-Hans': '为会议做准备',
    ar: 'الاستعداد للاجتماع',
  },
  when: { en: 'When', es: 'Cuándo', vi: 'Thời gian', 'zh-Hans': '时间', ar: 'الموعد' },
  where: { en: 'Where', es: 'Dónde', vi: 'Địa điểm', 'zh-Hans': '地点', ar: 'المكان' },
  remote: { en: 'remote', es: 'a distancia', vi: 'trực tuyến', 'zh-Hans': '远程', ar: 'عن بُعد' },
  purpose: { en: 'Meeting', es: 'Reunión', vi: 'Cuộc họp', 'zh-Hans': '会议', ar: 'الاجتماع' },
  agenda: { en: 'Agenda', es: 'Orden del día', vi: 'Chương trình họp', 'zh-Hans': '议程', ar: 'جدول الأعمال' },
  concerns: {
    en: 'My concerns as a parent',
    es: 'Mis preocupaciones como padre o madre',
    vi: 'Mối quan tâm của tôi với tư cách phụ huynh',
    'zh-Hans': '我作为家长的关切',
    ar: 'مخاوفي بصفتي ولي أمر',
  },
  concernsNote: {
    en: `The team must consider the parent's concerns for enhancing the child's education (${PARENT_CONCERNS_CITATION}).`,
    es: `El equipo debe considerar las preocupaciones de los padres para mejorar la educación del niño (${PARENT_CONCERNS_CITATION}).`,
    vi: `Nhóm phải xem xét những mối quan tâm của phụ huynh nhằm nâng cao việc học của trẻ (${PARENT_CONCERNS_CITATION}).`,
    'zh-Hans': `团队必须考虑家长为改善孩子教育而提出的关切（${PARENT_CONCERNS_CITATION}）。`,
    ar: `يجب أن ينظر الفريق في مخاوف ولي الأمر بشأن تحسين تعليم الطفل (${PARENT_CONCERNS_CITATION}).`,
  },
  questions: {
    en: 'Questions to ask',
    es: 'Preguntas para hacer',
    vi: 'Những câu hỏi nên đặt ra',
    'zh-Hans': '要问的问题',
    ar: 'أسئلة لطرحها',
  },
  documents: {
    en: 'Documents to bring',
    es: 'Documentos para llevar',
    vi: 'Giấy tờ cần mang theo',
    'zh-Hans': '要带的文件',
    ar: 'مستندات لإحضارها',
  },
  none: {
    en: '(none written yet)',
    es: '(nada escrito todavía)',
    vi: '(chưa ghi gì)',
    'zh-Hans': '（尚未填写）',
    ar: '(لم يُكتب شيء بعد)',
  },
  footer: {
    en: 'Ask for a copy of anything the team relies on, and put what is agreed in writing after the meeting.',
    es: 'Pida una copia de todo lo que el equipo utilice y ponga por escrito lo acordado después de la reunión.',
    vi: 'Hãy xin bản sao của mọi tài liệu nhóm dựa vào, và sau cuộc họp hãy ghi lại bằng văn bản những gì đã thống nhất.',
    'zh-Hans': '团队依据的任何材料都可以要求一份副本；会后请把达成的共识写成书面文字。',
    ar: 'اطلب نسخة من كل ما يعتمد عليه الفريق، ودوّن كتابةً ما اتُّفق عليه بعد الاجتماع.',
  },
} as const;

/**
 * The sheet for `meeting`, about the child called `givenName`, in `language`. Pure: the PDF is drawn from it
 * (server/documents/meeting-prep-pdf.ts).
 */
export function meetingPrepSheet(meeting: Meeting, givenName: string, language: PrepLanguage): MeetingPrepSheet {
  const w = (text: LocalizedText) => textIn(text, language);
  const when = `${formatLongDate(meeting.date, language)}${meeting.time === null ? '' : `, ${meeting.time}`}`;
  const where = [meeting.place, meeting.isRemote ? w(WORDS.remote) : ''].filter((part) => part !== '').join(' — ');
  const orNone = (items: readonly string[]) => (items.length === 0 ? [w(WORDS.none)] : items);
  const concerns = meeting.parentConcerns.trim();
  return {
    language,
    title: `${w(WORDS.title)} — ${givenName}`,
    facts: [
      [w(WORDS.purpose), `${w(FRAMEWORK_WORDS[meeting.framework])} (${w(PURPOSE_WORDS[meeting.purpose])})`],
      [w(WORDS.when), when],
      ...(where === '' ? [] : [[w(WORDS.where), where] as const]),
    ],
    sections: [
      { heading: w(WORDS.agenda), items: orNone(meeting.prep.agenda) },
      {
        heading: w(WORDS.concerns),
        note: w(WORDS.concernsNote),
        items: concerns === '' ? [w(WORDS.none)] : concerns.split(/\n+/).filter((line) => line.trim() !== ''),
      },
      { heading: w(WORDS.questions), items: orNone(meeting.prep.questions) },
      { heading: w(WORDS.documents), items: orNone(meeting.prep.documentsToBring) },
    ],
    footer: w(WORDS.footer),
  };
}
