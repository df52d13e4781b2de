import type { LocalizedText, RuleStatus } from '../law/rule-status';

/** How each confirmation status reads to a family, in every language. */
export const RULE_STATUS_LABELS: Readonly<Record<RuleStatus, LocalizedText>> = {
  confirmed: {
    en: 'Confirmed in the official text',
    es: 'Confirmado en el texto oficial',
    vi: 'Đã xác nhận trong văn bản chính thức',
    'zh-Hans': '已在官方文本中确认',
    ar: 'مؤكَّد في النص الرسمي',
  },
  'confirmed-secondary': {
    en: 'Confirmed through a secondary source; check the official text',
    es: 'Confirmado mediante una fuente secundaria; conviene revisar el texto oficial',
    vi: 'Đã xác nhận qua nguồn thứ cấp; hãy kiểm tra văn bản chính thức',
    'zh-Hans': '已通过二手资料确认；请核对官方文本',
    ar: 'مؤكَّد عبر مصدر ثانوي؛ راجع النص الرسمي',
  },
  dataset: {
    en: 'From a dataset that quotes the official text; check the official text',
    es: 'Tomado de una base de datos que cita el texto oficial; conviene revisar el texto oficial',
    vi: 'Lấy từ một bộ dữ liệu trích dẫn văn bản chính thức; hãy kiểm tra văn bản chính thức',
    'zh-Hans': '来自引用官方文本的数据集；请核对官方文本',
    ar: 'مأخوذ من مجموعة بيانات تقتبس النص الرسمي؛ راجع النص الرسمي',
  },
  unconfirmed: {
    en: 'Not yet confirmed; check before relying on it',
    es: 'Aún sin confirmar; verifíquelo antes de basarse en esto',
    vi: 'Chưa được xác nhận; hãy kiểm tra trước khi dựa vào',
    'zh-Hans': '尚未确认；依据之前请先核对',
    ar: 'غير مؤكَّد بعد؛ تحقّق منه قبل الاعتماد عليه',
  },
};

/** The label of a confirmation status. */
export function ruleStatusLabel(status: RuleStatus): LocalizedText {
  return RULE_STATUS_LABELS[status];
}
