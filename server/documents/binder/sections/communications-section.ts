import type { PdfContent } from '../../pdf-renderer';
import {
  dateText,
  emptyNote,
  listTable,
  orDash,
  paragraph,
  headingsOf,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

const WORDS = {
  en: {
    heading: 'Communication log',
    about: 'Every call, e-mail, letter and message with the school the family recorded, oldest first.',
    none: 'No communications are recorded.',
    headers: ['Date', 'How', 'With', 'About'],
    channels: {
      call: 'Call',
      email: 'E-mail',
      letter: 'Letter',
      meeting: 'Meeting',
      text: 'Text message',
      other: 'Other',
    },
    // Between two phrases on one line: Chinese and Arabic write their own comma.
    comma: ', ',
    directions: { 'to-school': 'to the school', 'from-school': 'from the school' },
  },
  es: {
    heading: 'Registro de comunicaciones',
    about:
      'Cada llamada, correo, carta y mensaje con la escuela que la familia registró, del más antiguo al más reciente.',
    none: 'No hay comunicaciones registradas.',
    headers: ['Fecha', 'Cómo', 'Con', 'Asunto'],
    channels: {
      call: 'Llamada',
      email: 'Correo',
      letter: 'Carta',
      meeting: 'Reunión',
      text: 'Mensaje de texto',
      other: 'Otro',
    },
    comma: ', ',
    directions: { 'to-school': 'a la escuela', 'from-school': 'de la escuela' },
  },
  vi: {
    heading: 'Nhật ký liên lạc',
    about:
      'Mọi cuộc gọi, e-mail, thư và tin nhắn trao đổi với nhà trường mà gia đình đã ghi lại, theo thứ tự từ cũ nhất đến mới nhất.',
    none: 'Chưa ghi lại lần liên lạc nào.',
    headers: ['Ngày', 'Hình thức', 'Với', 'Nội dung'],
    channels: {
      call: 'Cuộc gọi',
      email: 'E-mail',
      letter: 'Thư',
      meeting: 'Cuộc họp',
      text: 'Tin nhắn',
      other: 'Khác',
    },
    comma: ', ',
    directions: { 'to-school': 'gửi nhà trường', 'from-school': 'từ nhà trường' },
  },
  'zh-Hans': {
    heading: '沟通记录',
    about: '家庭记录的与学校之间的每一次电话、电子邮件、信件和消息，按时间从早到晚排列。',
    none: '没有沟通记录。',
    headers: ['日期', '方式', '对方', '事由'],
    channels: {
      call: '电话',
      email: '电子邮件',
      letter: '信件',
      meeting: '会议',
      text: '短信',
      other: '其他',
    },
    comma: '，',
    directions: { 'to-school': '发给学校', 'from-school': '来自学校' },
  },
  ar: {
    heading: 'سجل التواصل',
    about: 'كل مكالمة وبريد إلكتروني ورسالة وخطاب مع المدرسة سجّلته الأسرة، من الأقدم إلى الأحدث.',
    none: 'لا توجد اتصالات مسجّلة.',
    headers: ['التاريخ', 'الوسيلة', 'مع', 'الموضوع'],
    channels: {
      call: 'مكالمة',
      email: 'بريد إلكتروني',
      letter: 'خطاب',
      meeting: 'اجتماع',
      text: 'رسالة نصية',
      other: 'أخرى',
    },
    comma: '، ',
    directions: { 'to-school': 'إلى المدرسة', 'from-school': 'من المدرسة' },
  },
} as const satisfies BinderWords<unknown>;

/** The communication log as a table: date, channel and direction, who, subject with the summary under it. */
export const communicationsSection: BinderSection = {
  id: 'communications',
  heading: headingsOf(WORDS),
  content: ({ communications, language }) => {
    const words = WORDS[language];
    if (communications.length === 0) return [emptyNote(words.none)];
    return [
      paragraph(words.about),
      listTable(
        words.headers,
        communications.map((entry): PdfContent[] => [
          dateText(entry.date, language),
          `${words.channels[entry.channel]}${words.comma}${words.directions[entry.direction]}`,
          orDash(entry.counterpart),
          {
            stack: [
              { text: entry.subject, style: 'label' },
              ...(entry.summary.trim() === '' ? [] : [{ text: entry.summary, fontSize: 10 }]),
            ],
          },
        ]),
        [80, 80, 80, '*'],
      ),
    ];
  },
};
