import type { CountBasis, JurisdictionFacts } from '../law/jurisdiction-facts';
import { inEveryLanguage as each, textIn, type FullText } from '../progress/format-words';

/** Who a sentence is addressed from: the comparison is neutral, the guide speaks to the parent, letters are the parent. */
export type Voice = 'neutral' | 'you' | 'me';

const BASIS_LABELS: Readonly<Record<CountBasis, FullText>> = {
  'calendar-days': {
    en: 'calendar days',
    es: 'días calendario',
    vi: 'ngày lịch',
    'zh-Hans': '个日历日',
    ar: 'يومًا تقويميًا',
  },
  'school-days': { en: 'school days', es: 'días escolares', vi: 'ngày học', 'zh-Hans': '个上学日', ar: 'يومًا دراسيًا' },
  'business-days': {
    en: 'business days',
    es: 'días hábiles',
    vi: 'ngày làm việc',
    'zh-Hans': '个工作日',
    ar: 'يوم عمل',
  },
  'instructional-days': {
    en: 'instructional days',
    es: 'días de instrucción',
    vi: 'ngày giảng dạy',
    'zh-Hans': '个教学日',
    ar: 'يومًا تعليميًا',
  },
};

/** "45 school days" / "45 días escolares" / "45 ngày học" / "45 个上学日" / "45 يومًا دراسيًا". */
export function dayCount(count: number, basis: CountBasis): FullText {
  const label = BASIS_LABELS[basis];
  return each((language) => `${String(count)} ${label[language]}`);
}

/** True when federal rules speak for this jurisdiction: the US itself, or a state with no encoded rules. */
export function isFederalStandIn(facts: JurisdictionFacts): boolean {
  return facts.jurisdiction === 'US' || !facts.hasEncodedRules;
}

/** "In Texas" / "Under federal rules", to open a sentence about the state's numbers. */
export function jurisdictionLead(facts: JurisdictionFacts): FullText {
  if (facts.jurisdiction === 'US')
    return {
      en: 'Under federal rules',
      es: 'Según las normas federales',
      vi: 'Theo quy định liên bang',
      'zh-Hans': '根据联邦规定',
      ar: 'بموجب القواعد الفيدرالية',
    };
  const name = each((language) => textIn(facts.name, language));
  if (!facts.hasEncodedRules) {
    return {
      en: `In ${name.en} (federal rules; no state rules on file)`,
      es: `En ${name.es} (normas federales; no tenemos las normas del estado)`,
      vi: `Tại ${name.vi} (quy định liên bang; chưa có quy định của tiểu bang)`,
      'zh-Hans': `在${name['zh-Hans']}（联邦规定；暂无该州规定）`,
      ar: `في ${name.ar} (القواعد الفيدرالية؛ لا تتوفر لدينا قواعد الولاية)`,
    };
  }
  return {
    en: `In ${name.en}`,
    es: `En ${name.es}`,
    vi: `Tại ${name.vi}`,
    'zh-Hans': `在${name['zh-Hans']}`,
    ar: `في ${name.ar}`,
  };
}

// Spanish starts are written "del día ..." so that "a partir" + start contracts correctly.
const CLOCK_START: Readonly<Record<JurisdictionFacts['initialEvaluation']['clockStart'], Record<Voice, FullText>>> = {
  consent: {
    neutral: {
      en: "the day the district receives the parent's written consent",
      es: 'del día en que el distrito recibe el consentimiento por escrito de los padres',
      vi: 'ngày học khu nhận được sự đồng ý bằng văn bản của phụ huynh',
      'zh-Hans': '学区收到家长书面同意之日',
      ar: 'اليوم الذي تتسلّم فيه المنطقة التعليمية الموافقة الكتابية من ولي الأمر',
    },
    you: {
      en: 'the day the district receives your written consent',
      es: 'del día en que el distrito recibe su consentimiento por escrito',
      vi: 'ngày học khu nhận được sự đồng ý bằng văn bản của quý vị',
      'zh-Hans': '学区收到您书面同意之日',
      ar: 'اليوم الذي تتسلّم فيه المنطقة التعليمية موافقتك الكتابية',
    },
    me: {
      en: 'the day it receives my written consent',
      es: 'del día en que reciba mi consentimiento por escrito',
      vi: 'ngày nhà trường nhận được sự đồng ý bằng văn bản của tôi',
      'zh-Hans': '校方收到我书面同意之日',
      ar: 'اليوم الذي تتسلّمون فيه موافقتي الكتابية',
    },
  },
  referral: {
    neutral: {
      en: 'the day the district receives the referral',
      es: 'del día en que el distrito recibe la remisión',
      vi: 'ngày học khu nhận được giấy giới thiệu',
      'zh-Hans': '学区收到转介之日',
      ar: 'اليوم الذي تتسلّم فيه المنطقة التعليمية الإحالة',
    },
    you: {
      en: 'the day the district receives the referral (your written request can be it)',
      es: 'del día en que el distrito recibe la remisión (su solicitud por escrito puede serlo)',
      vi: 'ngày học khu nhận được giấy giới thiệu (yêu cầu bằng văn bản của quý vị có thể là giấy giới thiệu đó)',
      'zh-Hans': '学区收到转介之日（您的书面请求就可以作为转介）',
      ar: 'اليوم الذي تتسلّم فيه المنطقة التعليمية الإحالة (ويمكن أن يكون طلبك المكتوب هو الإحالة)',
    },
    me: {
      en: 'the day it receives this written request',
      es: 'del día en que reciba esta solicitud por escrito',
      vi: 'ngày nhà trường nhận được yêu cầu bằng văn bản này',
      'zh-Hans': '校方收到这份书面请求之日',
      ar: 'اليوم الذي تتسلّمون فيه هذا الطلب المكتوب',
    },
  },
};

/** The length and start of the state's initial-evaluation clock: "45 school days from the day it receives my written consent". */
export function evaluationClock(facts: JurisdictionFacts, voice: Voice): FullText {
  const rule = facts.initialEvaluation;
  const days = dayCount(rule.count, rule.basis);
  const start = CLOCK_START[rule.clockStart][voice];
  if (rule.orWithin !== undefined) {
    const other = dayCount(rule.orWithin.count, rule.orWithin.basis);
    return {
      en: `${days.en} or ${other.en}, whichever ends first, from ${start.en}`,
      es: `${days.es} o ${other.es}, lo que termine antes, a partir ${start.es}`,
      vi: `${days.vi} hoặc ${other.vi}, tùy điều nào đến trước, kể từ ${start.vi}`,
      'zh-Hans': `自${start['zh-Hans']}起 ${days['zh-Hans']}或 ${other['zh-Hans']}，以先到者为准`,
      ar: `${days.ar} أو ${other.ar}، أيهما ينتهي أولًا، من ${start.ar}`,
    };
  }
  return {
    en: `${days.en} from ${start.en}`,
    es: `${days.es} a partir ${start.es}`,
    vi: `${days.vi} kể từ ${start.vi}`,
    'zh-Hans': `自${start['zh-Hans']}起 ${days['zh-Hans']}`,
    ar: `${days.ar} من ${start.ar}`,
  };
}

/**
 * The state's initial-evaluation time limit as a phrase, with what must be done by then: "45 school
 * days from the day the district receives your written consent; by that date: …". `measuredTo` in the
 * rules data speaks to the parent, so this suits the guide and the comparison, not the letters.
 */
export function evaluationTimeLimit(facts: JurisdictionFacts, voice: Voice): FullText {
  const clock = evaluationClock(facts, voice);
  const measuredTo = each((language) => textIn(facts.initialEvaluation.measuredTo, language));
  return {
    en: `${clock.en}; by that date: ${clause(measuredTo.en)}`,
    es: `${clock.es}; para esa fecha: ${clause(measuredTo.es)}`,
    vi: `${clock.vi}; đến ngày đó: ${clause(measuredTo.vi)}`,
    'zh-Hans': `${clock['zh-Hans']}；届时须：${clause(measuredTo['zh-Hans'])}`,
    ar: `${clock.ar}؛ وبحلول ذلك التاريخ: ${clause(measuredTo.ar)}`,
  };
}

/**
 * An age as it reads in a sentence: "14", "14 and a half" / "14 años", "14 años y medio" / "14 tuổi",
 * "14 tuổi rưỡi" / "14 岁", "14 岁半" / "14", "14 ونصف" (after "سن"). The English sentences around it say "age"
 * or "turns", so English keeps the bare number.
 */
export function ageText(age: number): FullText {
  const whole = String(Math.floor(age));
  if (age - Math.floor(age) === 0.5)
    return {
      en: `${whole} and a half`,
      es: `${whole} años y medio`,
      vi: `${whole} tuổi rưỡi`,
      'zh-Hans': `${whole} 岁半`,
      ar: `${whole} ونصف`,
    };
  const n = String(age);
  return { en: n, es: `${n} años`, vi: `${n} tuổi`, 'zh-Hans': `${n} 岁`, ar: n };
}

/** "2 years" / "2 años" (and the singular). */
export function yearsText(years: number): FullText {
  if (years === 1) return { en: '1 year', es: '1 año', vi: '1 năm', 'zh-Hans': '1 年', ar: 'سنة واحدة' };
  const n = String(years);
  return {
    en: `${n} years`,
    es: `${n} años`,
    vi: `${n} năm`,
    'zh-Hans': `${n} 年`,
    ar: years === 2 ? 'سنتين' : years <= 10 ? `${n} سنوات` : `${n} سنة`,
  };
}

/**
 * A sentence-initial phrase made fit to follow a colon: the first letter is lowered unless the first
 * word looks like an acronym ("IEP developed" stays as it is).
 */
export function clause(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  const [first, second] = [trimmed.charAt(0), trimmed.charAt(1)];
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return trimmed;
  return first.toLowerCase() + trimmed.slice(1);
}
