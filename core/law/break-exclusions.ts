import type { BreakExclusion } from '../calendar/break-exclusion';
import type { LocalizedText } from './rule-status';

/** The state break rules (docs/decisions/0002, D7–D8), as data the calendar module interprets. */
export const BREAK_EXCLUSIONS = {
  /** Cal. Educ. Code 56344(a): days between sessions or terms and vacations in excess of five school days. */
  california: {
    id: 'ca-vacations-over-5-school-days',
    closedDays: 'long-breaks',
    minBreakWeekdays: 6,
    label: {
      en: 'days between school years and school vacations of more than five school days',
      es: 'los días entre años escolares y las vacaciones escolares de más de cinco días escolares',
      vi: 'những ngày giữa các năm học và các kỳ nghỉ của trường dài hơn năm ngày học',
      'zh-Hans': '学年之间的日子以及超过五个上学日的学校假期',
      ar: 'الأيام الواقعة بين الأعوام الدراسية والعطل المدرسية التي تزيد على خمسة أيام دراسية',
    },
  },
  /** Georgia 160-4-7-.04(1): holiday periods of 5+ consecutive school days with adjoining weekends, and summer. */
  georgia: {
    id: 'ga-breaks-5-school-days-and-summer',
    closedDays: 'long-breaks',
    minBreakWeekdays: 5,
    label: {
      en: 'summer and school breaks of five or more school days, with their weekends',
      es: 'el verano y las vacaciones escolares de cinco o más días escolares, con sus fines de semana',
      vi: 'kỳ nghỉ hè và các kỳ nghỉ của trường từ năm ngày học trở lên, kèm các ngày cuối tuần của chúng',
      'zh-Hans': '暑假以及五个或更多上学日的学校假期，连同其间的周末',
      ar: 'العطلة الصيفية والعطل المدرسية التي تبلغ خمسة أيام دراسية أو أكثر، مع عطلات نهاية الأسبوع المتصلة بها',
    },
  },
  /** 22 Pa. Code 14.123(b): summer = the day after the spring term ends through the day before the fall term starts. */
  pennsylvania: {
    id: 'pa-summer',
    closedDays: 'none',
    label: {
      en: 'the summer break between school years',
      es: 'las vacaciones de verano entre años escolares',
      vi: 'kỳ nghỉ hè giữa các năm học',
      'zh-Hans': '学年之间的暑假',
      ar: 'العطلة الصيفية بين الأعوام الدراسية',
    },
  },
  /** Fla. Admin. Code 6A-6.0331: school holidays, breaks and summer are not counted. */
  florida: {
    id: 'fl-holidays-breaks-summer',
    closedDays: 'all',
    label: {
      en: 'school holidays, breaks and summer',
      es: 'los feriados escolares, las vacaciones y el verano',
      vi: 'ngày lễ của trường, các kỳ nghỉ và kỳ nghỉ hè',
      'zh-Hans': '学校节假日、假期和暑假',
      ar: 'العطل المدرسية الرسمية والإجازات والعطلة الصيفية',
    },
  },
} as const satisfies Record<string, BreakExclusion & { label: LocalizedText }>;
