import type { DeadlineRule } from '../law/deadline-rule';
import type { Convention } from './timeline-result';

/**
 * The counting conventions Binder applies (docs/decisions/0002-deadline-counting.md), in words a
 * family can check. Each deadline lists the ids it used; the result lists their texts once.
 */
export const CONVENTIONS = {
  'day-after-trigger': {
    en: 'Counting starts the day after the event: the day it happened is day 0, the next day is day 1.',
    es: 'La cuenta empieza el día después del hecho: el día en que ocurrió es el día 0 y el siguiente es el día 1.',
    vi: 'Việc đếm bắt đầu từ ngày sau sự kiện: ngày sự kiện xảy ra là ngày 0, ngày hôm sau là ngày 1.',
    'zh-Hans': '从事件发生的第二天开始计算：事件当天为第0天，第二天为第1天。',
    ar: 'يبدأ العدّ في اليوم التالي للحدث: يوم وقوعه هو اليوم 0، واليوم التالي هو اليوم 1.',
  },
  'no-weekend-roll': {
    en: 'A calendar-day deadline that falls on a weekend or holiday stays on that day; it does not move to the next business day.',
    es: 'Un plazo en días calendario que cae en fin de semana o feriado se queda en ese día; no pasa al siguiente día hábil.',
    vi: 'Hạn chót tính theo ngày lịch nếu rơi vào cuối tuần hoặc ngày lễ thì vẫn giữ nguyên ngày đó; không dời sang ngày làm việc kế tiếp.',
    'zh-Hans': '按日历日计算的截止日期如果落在周末或节假日，仍以当天为准，不顺延到下一个工作日。',
    ar: 'الموعد النهائي المحسوب بالأيام التقويمية إذا وقع في عطلة نهاية الأسبوع أو في عطلة رسمية يبقى في ذلك اليوم، ولا يُؤجَّل إلى يوم العمل التالي.',
  },
  'school-days': {
    en: 'School days are Monday to Friday inside a term of the school calendar, not counting closed days. Instructional days and school working days are counted the same way.',
    es: 'Los días escolares son de lunes a viernes dentro de un período del calendario escolar, sin contar los días cerrados. Los días de instrucción y los días laborables escolares se cuentan igual.',
    vi: 'Ngày học là thứ Hai đến thứ Sáu trong một học kỳ theo lịch năm học của trường, không tính những ngày trường đóng cửa. Ngày giảng dạy và ngày làm việc của trường cũng được đếm theo cách này.',
    'zh-Hans': '上学日是校历学期内的周一至周五，不包括学校停课的日子。教学日和学校工作日也按同样方式计算。',
    ar: 'الأيام الدراسية هي من الاثنين إلى الجمعة ضمن فصل دراسي في التقويم المدرسي، دون احتساب أيام إغلاق المدرسة. وتُحسب أيام التدريس وأيام العمل المدرسية بالطريقة نفسها.',
  },
  'business-days': {
    en: 'Business days are Monday to Friday, not counting holidays: the case file’s holiday list, or else US federal holidays on their observed dates.',
    es: 'Los días hábiles son de lunes a viernes, sin contar feriados: la lista de feriados del expediente o, si no hay, los feriados federales en sus fechas observadas.',
    vi: 'Ngày làm việc là thứ Hai đến thứ Sáu, không tính ngày lễ: theo danh sách ngày lễ trong hồ sơ, hoặc nếu không có thì theo các ngày lễ liên bang Hoa Kỳ vào ngày được nghỉ chính thức.',
    'zh-Hans':
      '工作日是周一至周五，不包括节假日：以档案中的节假日列表为准；如果没有，则按美国联邦节假日的实际放假日期计算。',
    ar: 'أيام العمل هي من الاثنين إلى الجمعة، دون احتساب العطل الرسمية: وفق قائمة العطل في الملف، وإلا فالعطل الفيدرالية الأمريكية في تواريخ الاحتفال الفعلية بها.',
  },
  'break-exclusion': {
    en: 'This state does not count some school breaks; the days outside every term of the school calendar count as summer.',
    es: 'Este estado no cuenta algunas vacaciones escolares; los días fuera de todo período del calendario escolar cuentan como verano.',
    vi: 'Tiểu bang này không tính một số kỳ nghỉ của trường; những ngày nằm ngoài mọi học kỳ trong lịch năm học được tính là nghỉ hè.',
    'zh-Hans': '本州不计算部分学校假期；不在校历任何学期内的日子按暑假计算。',
    ar: 'لا تحتسب هذه الولاية بعض العطل المدرسية؛ وتُعدّ الأيام الواقعة خارج كل الفصول الدراسية في التقويم المدرسي عطلة صيفية.',
  },
  'years-same-date': {
    en: 'A deadline a number of years later falls on the same month and day; 29 February becomes 28 February.',
    es: 'Un plazo de varios años vence el mismo mes y día; el 29 de febrero pasa a ser el 28 de febrero.',
    vi: 'Hạn chót tính theo số năm rơi vào cùng ngày, cùng tháng; ngày 29 tháng 2 được tính thành ngày 28 tháng 2.',
    'zh-Hans': '以年计算的截止日期落在相同的月份和日期；2月29日改为2月28日。',
    ar: 'الموعد النهائي المحسوب بعدد من السنوات يقع في اليوم والشهر نفسيهما؛ ويصبح 29 فبراير هو 28 فبراير.',
  },
  'age-birthday': {
    en: 'An age deadline falls on the birthday at that age.',
    es: 'Un plazo por edad vence el día del cumpleaños a esa edad.',
    vi: 'Hạn chót theo độ tuổi rơi vào ngày sinh nhật ở tuổi đó.',
    'zh-Hans': '按年龄计算的截止日期是孩子在该年龄的生日当天。',
    ar: 'الموعد النهائي المرتبط بالعمر يقع في يوم عيد الميلاد عند بلوغ ذلك العمر.',
  },
  'school-year-end': {
    en: 'A once-a-school-year deadline falls on the last day of each school year (a term of the school calendar); anything dated inside that school year meets it. Without a school calendar it is not listed.',
    es: 'Un plazo de una vez por año escolar vence el último día de cada año escolar (un período del calendario escolar); cualquier fecha dentro de ese año escolar lo cumple. Sin calendario escolar no se muestra.',
    vi: 'Hạn chót mỗi năm học một lần rơi vào ngày cuối cùng của từng năm học (một học kỳ trong lịch năm học); bất cứ việc gì có ngày nằm trong năm học đó đều đáp ứng hạn chót. Nếu không có lịch năm học thì hạn chót này không được liệt kê.',
    'zh-Hans':
      '每学年一次的截止日期是每个学年（校历中的一个学期）的最后一天；该学年内任何日期完成的事项都算符合要求。没有校历时不列出此项。',
    ar: 'الموعد النهائي الذي يتكرر مرة في كل عام دراسي يقع في آخر يوم من كل عام دراسي (فصل في التقويم المدرسي)؛ وأي شيء مؤرخ داخل ذلك العام الدراسي يستوفيه. ولا يُدرج إذا لم يكن هناك تقويم مدرسي.',
  },
  'while-iep-in-effect': {
    en: 'Listed only when an IEP is in effect on the due date.',
    es: 'Se muestra solo si hay un IEP en vigor en la fecha de vencimiento.',
    vi: 'Chỉ liệt kê khi có IEP đang có hiệu lực vào ngày đến hạn.',
    'zh-Hans': '仅在截止日期当天有有效的IEP时列出。',
    ar: 'لا يُدرج إلا إذا كان هناك IEP ساري المفعول في تاريخ الاستحقاق.',
  },
  'on-time-if-on-due-date': {
    en: 'Something done on the due date itself is on time; a due date equal to today is still open.',
    es: 'Lo que se hace el mismo día del vencimiento está a tiempo; un plazo que vence hoy sigue abierto.',
    vi: 'Việc hoàn thành ngay vào ngày đến hạn vẫn là đúng hạn; hạn chót rơi vào hôm nay vẫn còn mở.',
    'zh-Hans': '在截止日期当天完成的事项算按时完成；今天到期的截止日期仍未结束。',
    ar: 'ما يُنجَز في يوم الاستحقاق نفسه يُعدّ في الوقت المحدد؛ والموعد الذي يحلّ اليوم لا يزال مفتوحًا.',
  },
} as const;
export type ConventionId = keyof typeof CONVENTIONS;

const CONVENTION_IDS = Object.keys(CONVENTIONS) as ConventionId[];
const byRule = new WeakMap<DeadlineRule, { readonly ids: readonly ConventionId[]; readonly mask: number }>();

function describeRule(rule: DeadlineRule): { readonly ids: readonly ConventionId[]; readonly mask: number } {
  const known = byRule.get(rule);
  if (known !== undefined) return known;
  const ids: ConventionId[] = [];
  switch (rule.basis) {
    case 'calendar-days':
      ids.push('day-after-trigger', rule.breakExclusion === undefined ? 'no-weekend-roll' : 'break-exclusion');
      break;
    case 'school-days':
    case 'instructional-days':
    case 'school-working-days':
      ids.push('day-after-trigger', 'school-days');
      break;
    case 'business-days':
      ids.push('day-after-trigger', 'business-days');
      break;
    case 'years':
      ids.push('years-same-date');
      break;
    case 'age':
      ids.push('age-birthday');
      break;
    case 'school-year':
      ids.push('school-year-end');
      break;
  }
  // A second, calendar-day clock ("whichever is less") can decide the date too.
  if (rule.orWithin !== undefined) ids.push('no-weekend-roll');
  if (rule.isWhileIepInEffect) ids.push('while-iep-in-effect');
  ids.push('on-time-if-on-due-date');
  const mask = ids.reduce((bits, id) => bits | (1 << CONVENTION_IDS.indexOf(id)), 0);
  const described = { ids: Object.freeze(ids), mask };
  byRule.set(rule, described);
  return described;
}

/** The conventions a rule's deadlines rely on (one shared, frozen list per rule). */
export function conventionsFor(rule: DeadlineRule): readonly ConventionId[] {
  return describeRule(rule).ids;
}

/** The conventions of a rule as a bit set, to collect the ones a result used cheaply. */
export function conventionMask(rule: DeadlineRule): number {
  return describeRule(rule).mask;
}

const described = new Map<number, readonly Convention[]>();

/** The texts of the conventions in a bit set, in the order of {@link CONVENTIONS} (shared, frozen objects). */
export function describeConventions(mask: number): Convention[] {
  let texts = described.get(mask);
  if (texts === undefined) {
    texts = CONVENTION_IDS.filter((_, index) => (mask & (1 << index)) !== 0).map((id) =>
      Object.freeze({ id, ...CONVENTIONS[id] }),
    );
    described.set(mask, texts);
  }
  return texts.slice();
}
