import type { RuleStatus } from '../../../../core/law/rule-status';
import type { DeadlineStatus, Severity } from '../../../../core/timeline/timeline-result';
import { textIn } from '../../../../core/progress/format-words';
import type { PdfContent } from '../../pdf-renderer';
import {
  dateText,
  emptyNote,
  listTable,
  paragraph,
  subheading,
  headingsOf,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

const WORDS = {
  en: {
    heading: 'Deadlines and findings',
    about: (day: string) =>
      `Computed on ${day} from the dated events in the record and the law of the child’s state. Each line names the rule it follows.`,
    deadlines: 'Deadlines',
    noDeadlines: 'No deadline applies yet: the record has no event that starts one.',
    deadlineHeaders: ['Due', 'Status', 'Why', 'Citation'],
    noDue: 'not yet known',
    statuses: { met: 'Met', late: 'Met late', overdue: 'Overdue', open: 'Open', unknown: 'Unknown' },
    findings: 'Findings',
    noFindings: 'No findings.',
    findingHeaders: ['Severity', 'Finding', 'Citation'],
    severities: { info: 'Note', warning: 'Warning', violation: 'Possible violation' },
    unconfirmed: 'rule not yet confirmed against the law’s text',
  },
  es: {
    heading: 'Plazos y hallazgos',
    about: (day: string) =>
      `Calculados el ${day} a partir de los eventos con fecha del expediente y la ley del estado del niño. Cada línea indica la norma que sigue.`,
    deadlines: 'Plazos',
    noDeadlines: 'Todavía no corre ningún plazo: el expediente no tiene un evento que inicie uno.',
    deadlineHeaders: ['Vence', 'Estado', 'Por qué', 'Cita'],
    noDue: 'aún no se sabe',
    statuses: { met: 'Cumplido', late: 'Cumplido tarde', overdue: 'Vencido', open: 'Abierto', unknown: 'Desconocido' },
    findings: 'Hallazgos',
    noFindings: 'No hay hallazgos.',
    findingHeaders: ['Gravedad', 'Hallazgo', 'Cita'],
    severities: { info: 'Nota', warning: 'Advertencia', violation: 'Posible incumplimiento' },
    unconfirmed: 'norma aún no confirmada con el texto de la ley',
  },
  vi: {
    heading: 'Hạn chót và nhận định',
    about: (day: string) =>
      `Được tính vào ngày ${day} dựa trên các sự kiện có ngày tháng trong hồ sơ và luật của tiểu bang nơi học sinh sinh sống. Mỗi dòng đều nêu quy định mà nó dựa theo.`,
    deadlines: 'Hạn chót',
    noDeadlines: 'Chưa có hạn chót nào áp dụng: hồ sơ chưa có sự kiện nào khởi đầu một hạn chót.',
    deadlineHeaders: ['Đến hạn', 'Tình trạng', 'Lý do', 'Trích dẫn'],
    noDue: 'chưa xác định',
    statuses: { met: 'Đã đáp ứng', late: 'Đáp ứng trễ', overdue: 'Quá hạn', open: 'Đang mở', unknown: 'Chưa rõ' },
    findings: 'Nhận định',
    noFindings: 'Không có nhận định nào.',
    findingHeaders: ['Mức độ', 'Nhận định', 'Trích dẫn'],
    severities: { info: 'Ghi chú', warning: 'Cảnh báo', violation: 'Có thể vi phạm' },
    unconfirmed: 'quy định chưa được đối chiếu với văn bản luật',
  },
  'zh-Hans': {
    heading: '截止日期与发现',
    about: (day: string) => `于${day}根据记录中有日期的事件及孩子所在州的法律计算得出。每一行都注明其所依据的规定。`,
    deadlines: '截止日期',
    noDeadlines: '目前没有适用的截止日期：记录中还没有启动截止日期的事件。',
    deadlineHeaders: ['到期日', '状态', '原因', '法律依据'],
    noDue: '尚不确定',
    statuses: { met: '已按时完成', late: '逾期完成', overdue: '已逾期', open: '进行中', unknown: '未知' },
    findings: '发现',
    noFindings: '没有发现。',
    findingHeaders: ['严重程度', '发现', '法律依据'],
    severities: { info: '提示', warning: '警告', violation: '可能违规' },
    unconfirmed: '规定尚未与法律原文核对',
  },
  ar: {
    heading: 'المواعيد النهائية والملاحظات',
    about: (day: string) =>
      `حُسبت في ${day} من الأحداث المؤرخة في السجل ومن قانون الولاية التي يقيم فيها الطفل. يذكر كل سطر القاعدة التي يستند إليها.`,
    deadlines: 'المواعيد النهائية',
    noDeadlines: 'لا ينطبق أي موعد نهائي بعد: لا يتضمن السجل أي حدث يبدأ موعدًا نهائيًا.',
    deadlineHeaders: ['الاستحقاق', 'الحالة', 'السبب', 'المرجع'],
    noDue: 'غير معروف بعد',
    statuses: { met: 'مُستوفى', late: 'مُستوفى متأخرًا', overdue: 'متأخر', open: 'مفتوح', unknown: 'غير معروف' },
    findings: 'الملاحظات',
    noFindings: 'لا توجد ملاحظات.',
    findingHeaders: ['الخطورة', 'الملاحظة', 'المرجع'],
    severities: { info: 'ملاحظة', warning: 'تحذير', violation: 'مخالفة محتملة' },
    unconfirmed: 'لم تُطابَق القاعدة بعد مع نص القانون',
  },
} as const satisfies BinderWords<unknown>;

function citationCell(citation: string, status: RuleStatus | undefined, unconfirmed: string): PdfContent {
  return {
    stack: [
      { text: citation, fontSize: 9 },
      ...(status === 'unconfirmed' ? [{ text: `(${unconfirmed})`, style: 'note', fontSize: 8 }] : []),
    ],
  };
}

/** Every deadline with its due day, status, the sentence saying why, and its citation; then the findings. */
export const deadlinesSection: BinderSection = {
  id: 'deadlines',
  heading: headingsOf(WORDS),
  content: ({ deadlines, findings, language, asOf }) => {
    const words = WORDS[language];
    const statuses: Record<DeadlineStatus, string> = words.statuses;
    const severities: Record<Severity, string> = words.severities;
    return [
      paragraph(words.about(dateText(asOf, language))),
      subheading(words.deadlines),
      deadlines.length === 0
        ? emptyNote(words.noDeadlines)
        : listTable(
            words.deadlineHeaders,
            deadlines.map((deadline): PdfContent[] => [
              dateText(deadline.due, language, words.noDue),
              {
                text: statuses[deadline.status],
                style: deadline.status === 'overdue' || deadline.status === 'late' ? 'label' : 'plain',
              },
              textIn(deadline.explanation, language),
              citationCell(deadline.citation, deadline.ruleStatus, words.unconfirmed),
            ]),
            [70, 50, '*', 100],
          ),
      subheading(words.findings),
      findings.length === 0
        ? emptyNote(words.noFindings)
        : listTable(
            words.findingHeaders,
            findings.map((finding): PdfContent[] => [
              { text: severities[finding.severity], style: finding.severity === 'violation' ? 'label' : 'plain' },
              textIn(finding.explanation, language),
              citationCell(finding.citation, finding.ruleStatus, words.unconfirmed),
            ]),
            [70, '*', 100],
          ),
    ];
  },
};
