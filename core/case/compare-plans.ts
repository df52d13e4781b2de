import type { LocalizedText } from '../law/rule-status';
import { inEveryLanguage as each, type FullText, type Language } from '../progress/format-words';
import type { IepContent, IepGoal, IepService } from '../schemas/iep';
import type { Accommodation504, Plan504Content } from '../schemas/plan-504';
import { formatLongDate, type DateLanguage } from '../calendar/format-long-date';

/** A date in words ("13 November 2026"), or `none` when there is none: never `2026-11-13` in front of a parent. */
function dateIn(date: string | null | undefined, language: DateLanguage, none: string): string {
  return date === null || date === undefined ? none : formatLongDate(date, language);
}

/** How a change affects the child, so the UI can draw attention to cuts. */
export type ChangeEffect = 'added' | 'removed' | 'reduced' | 'increased' | 'changed';

/** One difference between two versions of a plan, in words a parent understands. */
export interface PlanChange {
  readonly section: string;
  readonly effect: ChangeEffect;
  readonly message: LocalizedText;
}

const PARTICIPATION_WORDS: Readonly<Record<IepContent['assessments']['participation'], FullText>> = {
  general: {
    en: 'the regular tests',
    es: 'las pruebas regulares',
    vi: 'các bài kiểm tra thông thường',
    'zh-Hans': '常规考试',
    ar: 'الاختبارات العادية',
  },
  'general-with-accommodations': {
    en: 'the regular tests with accommodations',
    es: 'las pruebas regulares con adaptaciones',
    vi: 'các bài kiểm tra thông thường có điều chỉnh hỗ trợ',
    'zh-Hans': '提供便利措施的常规考试',
    ar: 'الاختبارات العادية مع الترتيبات التيسيرية',
  },
  alternate: {
    en: 'an alternate assessment',
    es: 'una evaluación alternativa',
    vi: 'một bài đánh giá thay thế',
    'zh-Hans': '替代性评估',
    ar: 'تقييم بديل',
  },
};

const ESY_WORDS: Readonly<Record<IepContent['extendedSchoolYear']['decision'], FullText>> = {
  yes: { en: 'yes', es: 'sí', vi: 'có', 'zh-Hans': '是', ar: 'نعم' },
  no: { en: 'no', es: 'no', vi: 'không', 'zh-Hans': '否', ar: 'لا' },
  undecided: { en: 'not decided', es: 'sin decidir', vi: 'chưa quyết định', 'zh-Hans': '未决定', ar: 'لم يُحسم' },
};

const CATEGORY_WORDS: Readonly<Record<Accommodation504['category'], FullText>> = {
  presentation: {
    en: 'presentation',
    es: 'presentación',
    vi: 'cách trình bày',
    'zh-Hans': '呈现方式',
    ar: 'طريقة العرض',
  },
  response: { en: 'response', es: 'respuesta', vi: 'cách trả lời', 'zh-Hans': '作答方式', ar: 'طريقة الإجابة' },
  setting: { en: 'setting', es: 'entorno', vi: 'môi trường', 'zh-Hans': '环境', ar: 'البيئة' },
  'timing-scheduling': {
    en: 'timing and scheduling',
    es: 'tiempo y horario',
    vi: 'thời gian và lịch trình',
    'zh-Hans': '时间和安排',
    ar: 'التوقيت والجدولة',
  },
  health: { en: 'health', es: 'salud', vi: 'sức khỏe', 'zh-Hans': '健康', ar: 'الصحة' },
  behavior: { en: 'behavior', es: 'conducta', vi: 'hành vi', 'zh-Hans': '行为', ar: 'السلوك' },
};

const PERIOD_WORDS: Readonly<Record<IepService['period'], FullText>> = {
  day: { en: 'day', es: 'día', vi: 'ngày', 'zh-Hans': '天', ar: 'يوم' },
  week: { en: 'week', es: 'semana', vi: 'tuần', 'zh-Hans': '周', ar: 'أسبوع' },
  month: { en: 'month', es: 'mes', vi: 'tháng', 'zh-Hans': '月', ar: 'شهر' },
  year: { en: 'year', es: 'año', vi: 'năm', 'zh-Hans': '年', ar: 'سنة' },
};

/** "none" where a date or value is missing. */
const NONE: FullText = { en: 'none', es: 'ninguna', vi: 'không có', 'zh-Hans': '无', ar: 'لا يوجد' };

/**
 * Sessions per week, to compare services whose period changed. A school week has 5 days and a school year
 * is taken as 36 weeks (a common 180-day year); a month is 4 weeks. Only used to say "reduced" or
 * "increased"; the message always shows both versions as written.
 */
const WEEKLY_FACTOR = { day: 5, week: 1, month: 1 / 4, year: 1 / 36 } as const;

function minutesText(service: IepService): FullText {
  if (service.minutesPerSession === null || service.sessionsPerPeriod === null) {
    return {
      en: 'no minutes set',
      es: 'sin minutos indicados',
      vi: 'chưa ghi số phút',
      'zh-Hans': '未规定分钟数',
      ar: 'لم تُحدَّد الدقائق',
    };
  }
  const period = PERIOD_WORDS[service.period];
  const total = String(service.minutesPerSession * service.sessionsPerPeriod);
  const times = `${String(service.sessionsPerPeriod)} × ${String(service.minutesPerSession)}`;
  return {
    en: `${total} minutes a ${period.en} (${times})`,
    es: `${total} minutos por ${period.es} (${times})`,
    vi: `${total} phút mỗi ${period.vi} (${times})`,
    'zh-Hans': `每${period['zh-Hans']} ${total} 分钟（${times}）`,
    ar: `${total} دقيقة في ال${period.ar} (${times})`,
  };
}

function weeklyMinutes(service: IepService): number | null {
  if (service.minutesPerSession === null || service.sessionsPerPeriod === null) return null;
  return service.minutesPerSession * service.sessionsPerPeriod * WEEKLY_FACTOR[service.period];
}

function named(value: string, fallback: FullText): FullText {
  return value.trim() === '' ? fallback : each(() => value);
}

function compareById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  onAdded: (item: T) => PlanChange,
  onRemoved: (item: T) => PlanChange,
  onBoth: (old: T, next: T) => PlanChange[],
): PlanChange[] {
  const changes: PlanChange[] = [];
  const afterIds = new Set(after.map((item) => item.id));
  const beforeById = new Map(before.map((item) => [item.id, item]));
  for (const item of before) if (!afterIds.has(item.id)) changes.push(onRemoved(item));
  for (const item of after) {
    const old = beforeById.get(item.id);
    changes.push(...(old === undefined ? [onAdded(item)] : onBoth(old, item)));
  }
  return changes;
}

function compareTextLists(
  section: string,
  label: FullText,
  before: readonly string[],
  after: readonly string[],
): PlanChange[] {
  const removed = before.filter((item) => !after.includes(item));
  const added = after.filter((item) => !before.includes(item));
  return [
    ...removed.map((item) => ({
      section,
      effect: 'removed' as const,
      message: {
        en: `${label.en} removed: “${item}”`,
        es: `${label.es} eliminada: “${item}”`,
        vi: `Đã xóa ${lower(label.vi)}: “${item}”`,
        'zh-Hans': `已删除${label['zh-Hans']}：“${item}”`,
        ar: `حُذف ${label.ar}: “${item}”`,
      },
    })),
    ...added.map((item) => ({
      section,
      effect: 'added' as const,
      message: {
        en: `${label.en} added: “${item}”`,
        es: `${label.es} agregada: “${item}”`,
        vi: `Đã thêm ${lower(label.vi)}: “${item}”`,
        'zh-Hans': `已添加${label['zh-Hans']}：“${item}”`,
        ar: `أُضيف ${label.ar}: “${item}”`,
      },
    })),
  ];
}

function textChanged(section: string, label: FullText, before: string, after: string): PlanChange[] {
  if (before.trim() === after.trim()) return [];
  return [
    {
      section,
      effect: 'changed',
      message: {
        en: `${label.en} changed`,
        es: `${label.es}: cambió el texto`,
        vi: `${label.vi}: nội dung đã thay đổi`,
        'zh-Hans': `${label['zh-Hans']}：文字已更改`,
        ar: `${label.ar}: تغيّر النص`,
      },
    },
  ];
}

/** A label in the middle of a Vietnamese sentence: lower-cased first letter. */
function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const GOAL_FALLBACK: FullText = { en: 'a goal', es: 'una meta', vi: 'một mục tiêu', 'zh-Hans': '某个目标', ar: 'هدف' };

function compareGoals(old: IepGoal, next: IepGoal): PlanChange[] {
  const name = named(next.area, GOAL_FALLBACK);
  const changes: PlanChange[] = [];
  const oldTarget = old.target.value;
  const newTarget = next.target.value;
  if (oldTarget !== newTarget && oldTarget !== null && newTarget !== null) {
    // For a goal where less is better (incidents), a lower target asks more of the school, not less.
    const asksLess = next.direction === 'increase' ? newTarget < oldTarget : newTarget > oldTarget;
    const unit = next.unit === '' ? '' : ` ${next.unit}`;
    changes.push({
      section: 'goals',
      effect: asksLess ? 'reduced' : 'increased',
      message: {
        en: `Goal “${name.en}”: target ${newTarget < oldTarget ? 'lowered' : 'raised'} from ${String(oldTarget)} to ${String(newTarget)}${unit}`,
        es: `Meta “${name.es}”: el objetivo ${newTarget < oldTarget ? 'bajó' : 'subió'} de ${String(oldTarget)} a ${String(newTarget)}${unit}`,
        vi: `Mục tiêu “${name.vi}”: mức đích ${newTarget < oldTarget ? 'bị hạ' : 'được nâng'} từ ${String(oldTarget)} ${newTarget < oldTarget ? 'xuống' : 'lên'} ${String(newTarget)}${unit}`,
        'zh-Hans': `目标“${name['zh-Hans']}”：目标值从 ${String(oldTarget)} ${newTarget < oldTarget ? '降低' : '提高'}到 ${String(newTarget)}${unit}`,
        ar: `الهدف “${name.ar}”: ${newTarget < oldTarget ? 'خُفّضت' : 'رُفعت'} القيمة المستهدفة من ${String(oldTarget)} إلى ${String(newTarget)}${unit}`,
      },
    });
  }
  if (old.target.date !== next.target.date) {
    changes.push({
      section: 'goals',
      effect: 'changed',
      message: {
        en: `Goal “${name.en}”: goal date changed from ${dateIn(old.target.date, 'en', 'none')} to ${dateIn(next.target.date, 'en', 'none')}`,
        es: `Meta “${name.es}”: la fecha de la meta cambió del ${dateIn(old.target.date, 'es', 'ninguna')} al ${dateIn(next.target.date, 'es', 'ninguna')}`,
        vi: `Mục tiêu “${name.vi}”: ngày đạt mục tiêu đổi từ ${dateIn(old.target.date, 'vi', NONE.vi)} sang ${dateIn(next.target.date, 'vi', NONE.vi)}`,
        'zh-Hans': `目标“${name['zh-Hans']}”：目标日期从${dateIn(old.target.date, 'zh-Hans', NONE['zh-Hans'])}改为${dateIn(next.target.date, 'zh-Hans', NONE['zh-Hans'])}`,
        ar: `الهدف “${name.ar}”: تغيّر تاريخ الهدف من ${dateIn(old.target.date, 'ar', NONE.ar)} إلى ${dateIn(next.target.date, 'ar', NONE.ar)}`,
      },
    });
  }
  if (old.baseline.value !== next.baseline.value) {
    changes.push({
      section: 'goals',
      effect: 'changed',
      message: {
        en: `Goal “${name.en}”: baseline changed from ${String(old.baseline.value ?? 'none')} to ${String(next.baseline.value ?? 'none')}`,
        es: `Meta “${name.es}”: la línea de base cambió de ${String(old.baseline.value ?? 'ninguna')} a ${String(next.baseline.value ?? 'ninguna')}`,
        vi: `Mục tiêu “${name.vi}”: mức cơ sở đổi từ ${String(old.baseline.value ?? NONE.vi)} sang ${String(next.baseline.value ?? NONE.vi)}`,
        'zh-Hans': `目标“${name['zh-Hans']}”：基线从 ${String(old.baseline.value ?? NONE['zh-Hans'])} 改为 ${String(next.baseline.value ?? NONE['zh-Hans'])}`,
        ar: `الهدف “${name.ar}”: تغيّر خط الأساس من ${String(old.baseline.value ?? NONE.ar)} إلى ${String(next.baseline.value ?? NONE.ar)}`,
      },
    });
  }
  changes.push(
    ...textChanged(
      'goals',
      {
        en: `Goal “${name.en}”: wording`,
        es: `Meta “${name.es}”`,
        vi: `Mục tiêu “${name.vi}”`,
        'zh-Hans': `目标“${name['zh-Hans']}”`,
        ar: `الهدف “${name.ar}”`,
      },
      old.statement,
      next.statement,
    ),
  );
  changes.push(
    ...textChanged(
      'goals',
      {
        en: `Goal “${name.en}”: how it is measured`,
        es: `Meta “${name.es}”: cómo se mide`,
        vi: `Mục tiêu “${name.vi}”: cách đo`,
        'zh-Hans': `目标“${name['zh-Hans']}”：测量方式`,
        ar: `الهدف “${name.ar}”: طريقة القياس`,
      },
      old.measurementMethod,
      next.measurementMethod,
    ),
  );
  return changes;
}

const SERVICE_FALLBACK: FullText = {
  en: 'a service',
  es: 'un servicio',
  vi: 'một dịch vụ',
  'zh-Hans': '某项服务',
  ar: 'خدمة',
};

function compareServices(old: IepService, next: IepService): PlanChange[] {
  const name = named(next.name, SERVICE_FALLBACK);
  const changes: PlanChange[] = [];
  const oldText = minutesText(old);
  const newText = minutesText(next);
  if (oldText.en !== newText.en) {
    const before = weeklyMinutes(old);
    const after = weeklyMinutes(next);
    const effect: ChangeEffect =
      before !== null && after !== null
        ? after < before
          ? 'reduced'
          : after > before
            ? 'increased'
            : 'changed'
        : 'changed';
    const verbs: Readonly<Record<'reduced' | 'increased' | 'changed', FullText>> = {
      reduced: { en: 'cut', es: 'se redujo', vi: 'bị cắt giảm', 'zh-Hans': '减少', ar: 'خُفّض' },
      increased: { en: 'increased', es: 'aumentó', vi: 'được tăng', 'zh-Hans': '增加', ar: 'زِيد' },
      changed: { en: 'changed', es: 'cambió', vi: 'thay đổi', 'zh-Hans': '更改', ar: 'تغيّر' },
    };
    const verb = verbs[effect === 'reduced' || effect === 'increased' ? effect : 'changed'];
    changes.push({
      section: 'services',
      effect,
      message: {
        en: `${name.en}: time ${verb.en} from ${oldText.en} to ${newText.en}`,
        es: `${name.es}: el tiempo ${verb.es} de ${oldText.es} a ${newText.es}`,
        vi: `${name.vi}: thời gian ${verb.vi} từ ${oldText.vi} thành ${newText.vi}`,
        'zh-Hans': `${name['zh-Hans']}：时间从${oldText['zh-Hans']}${verb['zh-Hans']}为${newText['zh-Hans']}`,
        ar: `${name.ar}: ${verb.ar} الوقت من ${oldText.ar} إلى ${newText.ar}`,
      },
    });
  }
  if (old.location.trim() !== next.location.trim()) {
    changes.push({
      section: 'services',
      effect: 'changed',
      message: {
        en: `${name.en}: location changed from “${old.location}” to “${next.location}”`,
        es: `${name.es}: el lugar cambió de “${old.location}” a “${next.location}”`,
        vi: `${name.vi}: địa điểm đổi từ “${old.location}” sang “${next.location}”`,
        'zh-Hans': `${name['zh-Hans']}：地点从“${old.location}”改为“${next.location}”`,
        ar: `${name.ar}: تغيّر المكان من “${old.location}” إلى “${next.location}”`,
      },
    });
  }
  if (old.providerRole.trim() !== next.providerRole.trim()) {
    changes.push({
      section: 'services',
      effect: 'changed',
      message: {
        en: `${name.en}: provider changed from “${old.providerRole}” to “${next.providerRole}”`,
        es: `${name.es}: el proveedor cambió de “${old.providerRole}” a “${next.providerRole}”`,
        vi: `${name.vi}: người cung cấp đổi từ “${old.providerRole}” sang “${next.providerRole}”`,
        'zh-Hans': `${name['zh-Hans']}：提供者从“${old.providerRole}”改为“${next.providerRole}”`,
        ar: `${name.ar}: تغيّر مقدّم الخدمة من “${old.providerRole}” إلى “${next.providerRole}”`,
      },
    });
  }
  if (old.startDate !== next.startDate || old.endDate !== next.endDate) {
    changes.push({
      section: 'services',
      effect: 'changed',
      message: {
        en: `${name.en}: dates changed to ${dateIn(next.startDate, 'en', '?')} – ${dateIn(next.endDate, 'en', '?')}`,
        es: `${name.es}: las fechas cambiaron a ${dateIn(next.startDate, 'es', '?')} – ${dateIn(next.endDate, 'es', '?')}`,
        vi: `${name.vi}: thời gian áp dụng đổi thành ${dateIn(next.startDate, 'vi', '?')} – ${dateIn(next.endDate, 'vi', '?')}`,
        'zh-Hans': `${name['zh-Hans']}：日期改为${dateIn(next.startDate, 'zh-Hans', '?')} – ${dateIn(next.endDate, 'zh-Hans', '?')}`,
        ar: `${name.ar}: تغيّرت التواريخ إلى ${dateIn(next.startDate, 'ar', '?')} – ${dateIn(next.endDate, 'ar', '?')}`,
      },
    });
  }
  return changes;
}

/** Every difference between two versions of an IEP, cuts first so a parent sees them at once. */
export function compareIeps(before: IepContent, after: IepContent): PlanChange[] {
  const changes: PlanChange[] = [
    ...textChanged(
      'present-levels',
      {
        en: 'Present levels (academic)',
        es: 'Niveles actuales (académicos)',
        vi: 'Mức độ hiện tại (học tập)',
        'zh-Hans': '目前水平（学业）',
        ar: 'المستويات الحالية (الأكاديمية)',
      },
      before.presentLevels.academic,
      after.presentLevels.academic,
    ),
    ...textChanged(
      'present-levels',
      {
        en: 'Present levels (functional)',
        es: 'Niveles actuales (funcionales)',
        vi: 'Mức độ hiện tại (chức năng)',
        'zh-Hans': '目前水平（功能）',
        ar: 'المستويات الحالية (الوظيفية)',
      },
      before.presentLevels.functional,
      after.presentLevels.functional,
    ),
    ...textChanged(
      'present-levels',
      {
        en: 'How the disability affects progress',
        es: 'Cómo afecta la discapacidad al progreso',
        vi: 'Khuyết tật ảnh hưởng đến sự tiến bộ như thế nào',
        'zh-Hans': '残障如何影响进展',
        ar: 'كيف تؤثر الإعاقة على التقدم',
      },
      before.presentLevels.disabilityImpact,
      after.presentLevels.disabilityImpact,
    ),
    ...compareById(
      before.goals,
      after.goals,
      (goal) => ({
        section: 'goals',
        effect: 'added',
        message: {
          en: `Goal added: “${named(goal.area, GOAL_FALLBACK).en}”`,
          es: `Meta agregada: “${named(goal.area, GOAL_FALLBACK).es}”`,
          vi: `Đã thêm mục tiêu: “${named(goal.area, GOAL_FALLBACK).vi}”`,
          'zh-Hans': `已添加目标：“${named(goal.area, GOAL_FALLBACK)['zh-Hans']}”`,
          ar: `أُضيف هدف: “${named(goal.area, GOAL_FALLBACK).ar}”`,
        },
      }),
      (goal) => ({
        section: 'goals',
        effect: 'removed',
        message: {
          en: `Goal removed: “${named(goal.area, GOAL_FALLBACK).en}”`,
          es: `Meta eliminada: “${named(goal.area, GOAL_FALLBACK).es}”`,
          vi: `Đã xóa mục tiêu: “${named(goal.area, GOAL_FALLBACK).vi}”`,
          'zh-Hans': `已删除目标：“${named(goal.area, GOAL_FALLBACK)['zh-Hans']}”`,
          ar: `حُذف هدف: “${named(goal.area, GOAL_FALLBACK).ar}”`,
        },
      }),
      compareGoals,
    ),
    ...compareById(
      before.services,
      after.services,
      (service) => ({
        section: 'services',
        effect: 'added',
        message: {
          en: `Service added: ${named(service.name, SERVICE_FALLBACK).en}, ${minutesText(service).en}`,
          es: `Servicio agregado: ${named(service.name, SERVICE_FALLBACK).es}, ${minutesText(service).es}`,
          vi: `Đã thêm dịch vụ: ${named(service.name, SERVICE_FALLBACK).vi}, ${minutesText(service).vi}`,
          'zh-Hans': `已添加服务：${named(service.name, SERVICE_FALLBACK)['zh-Hans']}，${minutesText(service)['zh-Hans']}`,
          ar: `أُضيفت خدمة: ${named(service.name, SERVICE_FALLBACK).ar}، ${minutesText(service).ar}`,
        },
      }),
      (service) => ({
        section: 'services',
        effect: 'removed',
        message: {
          en: `Service removed: ${named(service.name, SERVICE_FALLBACK).en} (was ${minutesText(service).en})`,
          es: `Servicio eliminado: ${named(service.name, SERVICE_FALLBACK).es} (era ${minutesText(service).es})`,
          vi: `Đã xóa dịch vụ: ${named(service.name, SERVICE_FALLBACK).vi} (trước đây là ${minutesText(service).vi})`,
          'zh-Hans': `已删除服务：${named(service.name, SERVICE_FALLBACK)['zh-Hans']}（原为${minutesText(service)['zh-Hans']}）`,
          ar: `حُذفت خدمة: ${named(service.name, SERVICE_FALLBACK).ar} (كانت ${minutesText(service).ar})`,
        },
      }),
      compareServices,
    ),
    ...compareTextLists(
      'accommodations',
      { en: 'Accommodation', es: 'Adaptación', vi: 'Điều chỉnh hỗ trợ', 'zh-Hans': '便利措施', ar: 'ترتيب تيسيري' },
      before.accommodations,
      after.accommodations,
    ),
    ...compareTextLists(
      'supplementary-aids',
      {
        en: 'Supplementary aid',
        es: 'Ayuda complementaria',
        vi: 'Hỗ trợ bổ sung',
        'zh-Hans': '辅助支持',
        ar: 'مساعدة تكميلية',
      },
      before.supplementaryAids,
      after.supplementaryAids,
    ),
    ...compareTextLists(
      'modifications',
      { en: 'Modification', es: 'Modificación', vi: 'Điều chỉnh nội dung', 'zh-Hans': '课程调整', ar: 'تعديل' },
      before.modifications,
      after.modifications,
    ),
  ];
  const oldShare = before.leastRestrictiveEnvironment.percentInGeneralClass;
  const newShare = after.leastRestrictiveEnvironment.percentInGeneralClass;
  if (oldShare !== newShare) {
    changes.push({
      section: 'least-restrictive-environment',
      effect: 'changed',
      message: {
        en: `Time in the general classroom changed from ${oldShare === null ? 'not stated' : `${String(oldShare)}%`} to ${newShare === null ? 'not stated' : `${String(newShare)}%`}`,
        es: `El tiempo en el aula general cambió de ${oldShare === null ? 'sin indicar' : `${String(oldShare)}%`} a ${newShare === null ? 'sin indicar' : `${String(newShare)}%`}`,
        vi: `Thời gian trong lớp học phổ thông đổi từ ${oldShare === null ? 'không ghi' : `${String(oldShare)}%`} sang ${newShare === null ? 'không ghi' : `${String(newShare)}%`}`,
        'zh-Hans': `在普通班级的时间从${oldShare === null ? '未说明' : `${String(oldShare)}%`}改为${newShare === null ? '未说明' : `${String(newShare)}%`}`,
        ar: `تغيّر الوقت في الفصل العام من ${oldShare === null ? 'غير محدد' : `${String(oldShare)}%`} إلى ${newShare === null ? 'غير محدد' : `${String(newShare)}%`}`,
      },
    });
  }
  if (before.assessments.participation !== after.assessments.participation) {
    changes.push({
      section: 'assessments',
      effect: 'changed',
      message: {
        en: `State and district tests: from ${PARTICIPATION_WORDS[before.assessments.participation].en} to ${PARTICIPATION_WORDS[after.assessments.participation].en}`,
        es: `Pruebas estatales y del distrito: de ${PARTICIPATION_WORDS[before.assessments.participation].es} a ${PARTICIPATION_WORDS[after.assessments.participation].es}`,
        vi: `Bài kiểm tra của tiểu bang và học khu: từ ${PARTICIPATION_WORDS[before.assessments.participation].vi} sang ${PARTICIPATION_WORDS[after.assessments.participation].vi}`,
        'zh-Hans': `州和学区考试：从${PARTICIPATION_WORDS[before.assessments.participation]['zh-Hans']}改为${PARTICIPATION_WORDS[after.assessments.participation]['zh-Hans']}`,
        ar: `اختبارات الولاية والمنطقة التعليمية: من ${PARTICIPATION_WORDS[before.assessments.participation].ar} إلى ${PARTICIPATION_WORDS[after.assessments.participation].ar}`,
      },
    });
  }
  if (before.extendedSchoolYear.decision !== after.extendedSchoolYear.decision) {
    changes.push({
      section: 'extended-school-year',
      effect: 'changed',
      message: {
        en: `Extended school year changed from ${ESY_WORDS[before.extendedSchoolYear.decision].en} to ${ESY_WORDS[after.extendedSchoolYear.decision].en}`,
        es: `Año escolar extendido: cambió de ${ESY_WORDS[before.extendedSchoolYear.decision].es} a ${ESY_WORDS[after.extendedSchoolYear.decision].es}`,
        vi: `Năm học kéo dài: đổi từ “${ESY_WORDS[before.extendedSchoolYear.decision].vi}” sang “${ESY_WORDS[after.extendedSchoolYear.decision].vi}”`,
        'zh-Hans': `延长学年服务：从“${ESY_WORDS[before.extendedSchoolYear.decision]['zh-Hans']}”改为“${ESY_WORDS[after.extendedSchoolYear.decision]['zh-Hans']}”`,
        ar: `السنة الدراسية الممتدة: تغيّرت من “${ESY_WORDS[before.extendedSchoolYear.decision].ar}” إلى “${ESY_WORDS[after.extendedSchoolYear.decision].ar}”`,
      },
    });
  }
  if ((before.transition === null) !== (after.transition === null)) {
    changes.push({
      section: 'transition',
      effect: after.transition === null ? 'removed' : 'added',
      message:
        after.transition === null
          ? {
              en: 'Transition plan removed',
              es: 'Plan de transición eliminado',
              vi: 'Đã xóa kế hoạch chuyển tiếp',
              'zh-Hans': '已删除过渡计划',
              ar: 'حُذفت خطة الانتقال',
            }
          : {
              en: 'Transition plan added',
              es: 'Plan de transición agregado',
              vi: 'Đã thêm kế hoạch chuyển tiếp',
              'zh-Hans': '已添加过渡计划',
              ar: 'أُضيفت خطة الانتقال',
            },
    });
  }
  return sortCutsFirst(changes);
}

/** Every difference between two versions of a 504 plan, removals first. */
export function compare504Plans(before: Plan504Content, after: Plan504Content): PlanChange[] {
  const describe = (a: Accommodation504, language: Language) =>
    `${a.description} (${CATEGORY_WORDS[a.category][language]})`;
  const changes: PlanChange[] = [
    ...textChanged(
      'impairment',
      { en: 'Impairment', es: 'Impedimento', vi: 'Suy giảm', 'zh-Hans': '损伤', ar: 'الاعتلال' },
      before.impairment,
      after.impairment,
    ),
    ...compareTextLists(
      'major-life-activities',
      {
        en: 'Major life activity',
        es: 'Actividad principal de la vida',
        vi: 'Hoạt động sống chính',
        'zh-Hans': '主要生活活动',
        ar: 'نشاط حياتي رئيسي',
      },
      before.majorLifeActivities,
      after.majorLifeActivities,
    ),
    ...compareById(
      before.accommodations,
      after.accommodations,
      (a) => ({
        section: 'accommodations',
        effect: 'added',
        message: {
          en: `Accommodation added: ${describe(a, 'en')}`,
          es: `Adaptación agregada: ${describe(a, 'es')}`,
          vi: `Đã thêm điều chỉnh hỗ trợ: ${describe(a, 'vi')}`,
          'zh-Hans': `已添加便利措施：${describe(a, 'zh-Hans')}`,
          ar: `أُضيف ترتيب تيسيري: ${describe(a, 'ar')}`,
        },
      }),
      (a) => ({
        section: 'accommodations',
        effect: 'removed',
        message: {
          en: `Accommodation removed: ${describe(a, 'en')}`,
          es: `Adaptación eliminada: ${describe(a, 'es')}`,
          vi: `Đã xóa điều chỉnh hỗ trợ: ${describe(a, 'vi')}`,
          'zh-Hans': `已删除便利措施：${describe(a, 'zh-Hans')}`,
          ar: `حُذف ترتيب تيسيري: ${describe(a, 'ar')}`,
        },
      }),
      (old, next) =>
        old.description === next.description && old.responsible === next.responsible && old.category === next.category
          ? []
          : [
              {
                section: 'accommodations',
                effect: 'changed',
                message: {
                  en: `Accommodation changed: “${old.description}” → “${next.description}” (responsible: ${next.responsible || '—'})`,
                  es: `Adaptación cambiada: “${old.description}” → “${next.description}” (responsable: ${next.responsible || '—'})`,
                  vi: `Đã thay đổi điều chỉnh hỗ trợ: “${old.description}” → “${next.description}” (người phụ trách: ${next.responsible || '—'})`,
                  'zh-Hans': `已更改便利措施：“${old.description}” → “${next.description}”（负责人：${next.responsible || '—'}）`,
                  ar: `تغيّر ترتيب تيسيري: “${old.description}” ← “${next.description}” (المسؤول: ${next.responsible || '—'})`,
                },
              },
            ],
    ),
  ];
  if (before.reviewDate !== after.reviewDate) {
    changes.push({
      section: 'review-date',
      effect: 'changed',
      message: {
        en: `Review date changed from ${dateIn(before.reviewDate, 'en', 'none')} to ${dateIn(after.reviewDate, 'en', 'none')}`,
        es: `La fecha de revisión cambió del ${dateIn(before.reviewDate, 'es', 'ninguna')} al ${dateIn(after.reviewDate, 'es', 'ninguna')}`,
        vi: `Ngày xem xét lại đổi từ ${dateIn(before.reviewDate, 'vi', NONE.vi)} sang ${dateIn(after.reviewDate, 'vi', NONE.vi)}`,
        'zh-Hans': `复审日期从${dateIn(before.reviewDate, 'zh-Hans', NONE['zh-Hans'])}改为${dateIn(after.reviewDate, 'zh-Hans', NONE['zh-Hans'])}`,
        ar: `تغيّر تاريخ المراجعة من ${dateIn(before.reviewDate, 'ar', NONE.ar)} إلى ${dateIn(after.reviewDate, 'ar', NONE.ar)}`,
      },
    });
  }
  return sortCutsFirst(changes);
}

const EFFECT_ORDER: Record<ChangeEffect, number> = { reduced: 0, removed: 1, changed: 2, increased: 3, added: 4 };

function sortCutsFirst(changes: PlanChange[]): PlanChange[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => EFFECT_ORDER[a.change.effect] - EFFECT_ORDER[b.change.effect] || a.index - b.index)
    .map(({ change }) => change);
}
