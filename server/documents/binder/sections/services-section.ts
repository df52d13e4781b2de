import type { SERVICE_PERIODS } from '../../../../core/schemas/iep';
import type { PdfContent } from '../../pdf-renderer';
import {
  citationLine,
  dateText,
  emptyNote,
  factTable,
  listTable,
  paragraph,
  headingsOf,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

type ServicePeriod = (typeof SERVICE_PERIODS)[number];

/** The IEP must be carried out as written, services included (the rule idea.services-start of core/law/idea.ts). */
const CITATION = '34 CFR 300.323(c)(2)';

const WORDS = {
  en: {
    heading: 'Services',
    law: 'Law',
    cite: `The school must provide the services the IEP lists, as written: ${CITATION}`,
    about: (asOf: string) =>
      `Each IEP service from its first day in effect to ${asOf}: the minutes the IEP required so far, the minutes delivered (make-up sessions included), and the minutes still owed for the periods that have ended. Minutes missed because the child was absent or refused, or the school was closed, are not owed.`,
    none: 'No IEP services are recorded: the ledger follows the services of a final IEP.',
    noCalendar: 'No school calendar is stored: every weekday is counted as a school day.',
    unmatched: (count: number) =>
      `${String(count)} logged session${count === 1 ? '' : 's'} name${count === 1 ? 's' : ''} no service of the IEP and ${count === 1 ? 'is' : 'are'} counted nowhere.`,
    headers: ['Service', 'Required', 'Delivered', 'Owed'],
    minutes: (n: number) => `${n.toLocaleString('en-US')} min`,
    per: (minutes: string, period: ServicePeriod) => `${minutes} per ${period}`,
    // Between two phrases on one line: Chinese and Arabic write their own comma.
    comma: ', ',
    totalOwed: 'Total owed',
    since: (day: string) => `since ${day}`,
  },
  es: {
    heading: 'Servicios',
    law: 'Ley',
    cite: `La escuela debe prestar los servicios que el IEP enumera, tal como están escritos: ${CITATION}`,
    about: (asOf: string) =>
      `Cada servicio del IEP desde su primer día en vigor hasta el ${asOf}: los minutos que el IEP exigía hasta ahora, los minutos prestados (incluidas las sesiones de reposición) y los minutos que aún se deben por los periodos ya terminados. Los minutos perdidos porque el niño faltó o se negó, o porque la escuela estaba cerrada, no se deben.`,
    none: 'No hay servicios del IEP registrados: el registro sigue los servicios de un IEP definitivo.',
    noCalendar: 'No hay calendario escolar guardado: cada día entre semana cuenta como día escolar.',
    unmatched: (count: number) =>
      count === 1
        ? '1 sesión registrada no corresponde a ningún servicio del IEP y no se cuenta.'
        : `${String(count)} sesiones registradas no corresponden a ningún servicio del IEP y no se cuentan.`,
    headers: ['Servicio', 'Exigidos', 'Prestados', 'Se deben'],
    minutes: (n: number) => `${n.toLocaleString('es-US')} min`,
    per: (minutes: string, period: ServicePeriod) =>
      `${minutes} por ${{ day: 'día', week: 'semana', month: 'mes', year: 'año' }[period]}`,
    comma: ', ',
    totalOwed: 'Total que se debe',
    since: (day: string) => `desde el ${day}`,
  },
  vi: {
    heading: 'Dịch vụ',
    law: 'Luật',
    cite: `Nhà trường phải cung cấp các dịch vụ được liệt kê trong IEP, đúng như đã ghi: ${CITATION}`,
    about: (asOf: string) =>
      `Từng dịch vụ trong IEP, từ ngày đầu tiên có hiệu lực đến ${asOf}: số phút IEP yêu cầu tính đến nay, số phút đã cung cấp (kể cả các buổi học bù) và số phút còn nợ cho những giai đoạn đã kết thúc. Những phút bị lỡ vì học sinh vắng mặt hoặc từ chối, hoặc vì trường đóng cửa, không được tính là còn nợ.`,
    none: 'Chưa ghi nhận dịch vụ IEP nào: sổ theo dõi dựa trên các dịch vụ của một IEP chính thức.',
    noCalendar: 'Chưa lưu lịch năm học: mọi ngày trong tuần (thứ Hai đến thứ Sáu) đều được tính là ngày học.',
    unmatched: (count: number) =>
      `${String(count)} buổi đã ghi không thuộc dịch vụ nào của IEP và không được tính vào đâu cả.`,
    headers: ['Dịch vụ', 'Yêu cầu', 'Đã cung cấp', 'Còn nợ'],
    minutes: (n: number) => `${n.toLocaleString('vi-VN')} phút`,
    per: (minutes: string, period: ServicePeriod) =>
      `${minutes} mỗi ${{ day: 'ngày', week: 'tuần', month: 'tháng', year: 'năm' }[period]}`,
    comma: ', ',
    totalOwed: 'Tổng số còn nợ',
    since: (day: string) => `từ ${day}`,
  },
  'zh-Hans': {
    heading: '服务',
    law: '法律',
    cite: `学校必须按照 IEP 的书面规定提供其中列出的服务：${CITATION}`,
    about: (asOf: string) =>
      `IEP 中每项服务自生效第一天起至${asOf}的情况：IEP 截至目前要求的分钟数、已提供的分钟数（含补课）以及已结束时段仍欠的分钟数。因学生缺席或拒绝、或因学校停课而错过的分钟数不计为欠缺。`,
    none: '没有记录 IEP 服务：服务台账依据正式 IEP 中的服务。',
    noCalendar: '未保存校历：每个工作日都按上学日计算。',
    unmatched: (count: number) => `有 ${String(count)} 次已记录的服务课时不对应 IEP 中的任何服务，未计入任何一项。`,
    headers: ['服务', '应提供', '已提供', '欠缺'],
    minutes: (n: number) => `${n.toLocaleString('en-US')} 分钟`,
    per: (minutes: string, period: ServicePeriod) =>
      `每${{ day: '天', week: '周', month: '月', year: '年' }[period]} ${minutes}`,
    comma: '，',
    totalOwed: '欠缺总计',
    since: (day: string) => `自${day}起`,
  },
  ar: {
    heading: 'الخدمات',
    law: 'القانون',
    cite: `يجب على المدرسة تقديم الخدمات التي يذكرها برنامج IEP كما هي مكتوبة: ${CITATION}`,
    about: (asOf: string) =>
      `كل خدمة في برنامج IEP من أول يوم سريانها حتى ${asOf}: الدقائق التي اشترطها البرنامج حتى الآن، والدقائق المقدَّمة (بما فيها الجلسات التعويضية)، والدقائق التي لا تزال مستحقة عن الفترات المنتهية. لا تُحتسب مستحقةً الدقائقُ الفائتة بسبب غياب الطفل أو رفضه أو إغلاق المدرسة.`,
    none: 'لا توجد خدمات IEP مسجّلة: يتتبّع السجل خدمات برنامج IEP نهائي.',
    noCalendar: 'لا يوجد تقويم مدرسي محفوظ: يُحتسب كل يوم من أيام الأسبوع يومًا دراسيًا.',
    unmatched: (count: number) =>
      count === 1
        ? 'جلسة واحدة مسجّلة لا تطابق أي خدمة في برنامج IEP ولا تُحتسب في أي مكان.'
        : `${String(count)} جلسات مسجّلة لا تطابق أي خدمة في برنامج IEP ولا تُحتسب في أي مكان.`,
    headers: ['الخدمة', 'المطلوب', 'المقدَّم', 'المستحق'],
    // Western digits, as every Arabic document here prints them (docs/decisions/0046).
    minutes: (n: number) => `${n.toLocaleString('en-US')} دقيقة`,
    per: (minutes: string, period: ServicePeriod) =>
      `${minutes} في ${{ day: 'اليوم', week: 'الأسبوع', month: 'الشهر', year: 'السنة' }[period]}`,
    comma: '، ',
    totalOwed: 'إجمالي المستحق',
    since: (day: string) => `منذ ${day}`,
  },
} as const satisfies BinderWords<unknown>;

/**
 * The services ledger as of the binder's day (core/ledger, docs/decisions/0033): per IEP service the minutes
 * required, delivered and owed, and the total owed, with the law that makes them owed.
 */
export const servicesSection: BinderSection = {
  id: 'services',
  heading: headingsOf(WORDS),
  content: ({ services: ledger, language, asOf }) => {
    const words = WORDS[language];
    if (ledger.services.length === 0) return [citationLine(words.law, words.cite), emptyNote(words.none)];
    return [
      citationLine(words.law, words.cite),
      paragraph(words.about(dateText(asOf, language))),
      ...(ledger.hasCalendar ? [] : [paragraph(words.noCalendar)]),
      listTable(
        words.headers,
        ledger.services.map((service): PdfContent[] => [
          {
            stack: [
              { text: service.service, style: 'label' },
              {
                text: `${words.per(words.minutes(service.minutesPerPeriod), service.period)}${words.comma}${words.since(dateText(service.firstDay, language))}`,
                style: 'citation',
              },
            ],
          },
          words.minutes(service.requiredMinutes),
          words.minutes(service.deliveredMinutes + service.madeUpMinutes),
          { text: words.minutes(service.owedMinutes), style: service.owedMinutes > 0 ? 'label' : 'plain' },
        ]),
        ['*', 70, 70, 70],
      ),
      factTable([[words.totalOwed, words.minutes(ledger.owedMinutes)]]),
      ...(ledger.unmatchedSessions === 0 ? [] : [paragraph(words.unmatched(ledger.unmatchedSessions))]),
    ];
  },
};
