import type { LocalizedText } from '../law/rule-status';
import type { AreaOfConcern } from '../schemas/letters';

/**
 * Each area of concern as a lower-case noun phrase, so it reads inside a sentence ("reading, writing
 * and math"). No phrase contains "and"/"y" or a comma outside parentheses, so a list stays unambiguous.
 */
export const AREA_OF_CONCERN_LABELS: Readonly<Record<AreaOfConcern, LocalizedText>> = {
  reading: { en: 'reading', es: 'lectura', vi: 'đọc', 'zh-Hans': '阅读', ar: 'القراءة' },
  writing: { en: 'writing', es: 'escritura', vi: 'viết', 'zh-Hans': '写作', ar: 'الكتابة' },
  math: { en: 'math', es: 'matemáticas', vi: 'toán', 'zh-Hans': '数学', ar: 'الرياضيات' },
  'speech-language': {
    en: 'speech-language skills',
    es: 'comunicación oral',
    vi: 'kỹ năng ngôn ngữ - lời nói',
    'zh-Hans': '言语和语言能力',
    ar: 'مهارات النطق واللغة',
  },
  attention: { en: 'attention', es: 'atención', vi: 'sự chú ý', 'zh-Hans': '注意力', ar: 'الانتباه' },
  organization: { en: 'organization', es: 'organización', vi: 'tính tổ chức', 'zh-Hans': '条理性', ar: 'التنظيم' },
  behavior: { en: 'behavior', es: 'conducta', vi: 'hành vi', 'zh-Hans': '行为', ar: 'السلوك' },
  'social-communication': {
    en: 'social communication',
    es: 'comunicación social',
    vi: 'giao tiếp xã hội',
    'zh-Hans': '社交沟通',
    ar: 'التواصل الاجتماعي',
  },
  emotional: {
    en: 'emotional well-being (such as anxiety)',
    es: 'bienestar emocional (como la ansiedad)',
    vi: 'sức khỏe tinh thần (như lo âu)',
    'zh-Hans': '情绪健康（如焦虑）',
    ar: 'الصحة النفسية (مثل القلق)',
  },
  health: { en: 'health', es: 'salud', vi: 'sức khỏe', 'zh-Hans': '健康', ar: 'الصحة' },
  'physical-sensory': {
    en: 'physical or sensory needs',
    es: 'necesidades físicas o sensoriales',
    vi: 'nhu cầu về thể chất hoặc giác quan',
    'zh-Hans': '身体或感官方面的需要',
    ar: 'الاحتياجات الجسدية أو الحسية',
  },
};
