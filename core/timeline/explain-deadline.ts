import type { DeadlineRule } from '../law/deadline-rule';
import type { LocalizedText } from '../law/rule-status';
import type { DueResult } from './compute-due';
import { formatDateEn, formatDateEs } from './format-date';

/** "After …" phrases per trigger, split around the date; the Spanish one carries its own "de"/"de que". */
const TRIGGER_PHRASES: Readonly<Record<string, readonly [enBefore: string, esBefore: string]>> = {
  'evaluation-consent-received': [
    'the school received your consent on ',
    'de que la escuela recibió su consentimiento el ',
  ],
  'referral-received': ['the school received the referral on ', 'de que la escuela recibió la remisión el '],
  'evaluation-requested': ['the written request for an evaluation on ', 'de la solicitud escrita de evaluación del '],
  'oral-evaluation-request': ['your oral request for an evaluation on ', 'de su solicitud oral de evaluación del '],
  'eligibility-determined': ['your child was found eligible on ', 'de que su hijo(a) fue declarado(a) elegible el '],
  'evaluation-completed': ['the evaluation was completed on ', 'de que se completó la evaluación el '],
  'reevaluation-waived': ['the reevaluation was waived on ', 'de que se renunció a la reevaluación el '],
  'iep-meeting-held': ['the IEP meeting on ', 'de la reunión del IEP del '],
  'records-requested': ['your request to see the records on ', 'de su solicitud para ver los expedientes del '],
  'safeguards-notice-given': [
    'the procedural safeguards notice given on ',
    'del aviso de garantías procesales entregado el ',
  ],
  'discrimination-occurred': ['the discrimination on ', 'de la discriminación del '],
  'violation-occurred': ['the violation on ', 'de la infracción del '],
  'violation-known': [
    'you knew or should have known of the violation on ',
    'de que usted supo o debió saber de la infracción el ',
  ],
  'state-complaint-filed': ['the state complaint was filed on ', 'de que se presentó la queja estatal el '],
  'due-process-filed': ['the due process complaint was filed on ', 'de que se presentó la queja de debido proceso el '],
  'placement-change-decided': ['the decision to change placement on ', 'de la decisión de cambiar la ubicación del '],
  'hearing-decided': ['the hearing decision on ', 'de la decisión de la audiencia del '],
  'prior-written-notice-given': [
    'the school’s prior written notice of ',
    'del aviso previo por escrito de la escuela del ',
  ],
  'evaluation-consent-requested': [
    'the school proposed the evaluation on ',
    'de que la escuela propuso la evaluación el ',
  ],
  'evaluation-refused': ['the school refused to evaluate on ', 'de que la escuela se negó a evaluar el '],
};

const UNITS: Readonly<Record<DeadlineRule['basis'], readonly [string, string, string, string]>> = {
  'calendar-days': ['calendar day', 'calendar days', 'día calendario', 'días calendario'],
  'school-days': ['school day', 'school days', 'día escolar', 'días escolares'],
  'business-days': ['business day', 'business days', 'día hábil', 'días hábiles'],
  'instructional-days': ['instructional day', 'instructional days', 'día de instrucción', 'días de instrucción'],
  'school-working-days': [
    'school working day',
    'school working days',
    'día laborable escolar',
    'días laborables escolares',
  ],
  years: ['year', 'years', 'año', 'años'],
  age: ['year', 'years', 'año', 'años'],
  'school-year': ['school year', 'school years', 'año escolar', 'años escolares'],
};

/** The text before and after the trigger date, fixed for a rule and a trigger type. */
interface SentenceParts {
  readonly enBefore: string;
  readonly esBefore: string;
  readonly enAfter: string;
  readonly esAfter: string;
}

const partsCache = new WeakMap<DeadlineRule, Map<string, SentenceParts>>();

function ageText(age: number): LocalizedText {
  const whole = Math.floor(age);
  const isHalf = age - whole >= 0.5;
  return {
    en: isHalf ? `${String(whole)}½` : String(whole),
    es: isHalf ? `${String(whole)} años y medio` : `${String(whole)} años`,
  };
}

function buildParts(rule: DeadlineRule, phraseKey: string): SentenceParts {
  const cite = ` — ${rule.citation}.`;
  if (rule.basis === 'age') {
    const age = ageText(rule.count);
    if (rule.yearsBeforeAge !== undefined) {
      return {
        enBefore: `One year before your child turns ${age.en}, the age of majority (born `,
        esBefore: `Un año antes de que su hijo(a) cumpla ${age.es}, la mayoría de edad (nació el `,
        enAfter: `)${cite}`,
        esAfter: `)${cite}`,
      };
    }
    return {
      enBefore: `The day your child turns ${age.en} (born `,
      esBefore: `El día en que su hijo(a) cumple ${age.es} (nació el `,
      enAfter: `)${cite}`,
      esAfter: `)${cite}`,
    };
  }
  const [oneEn, manyEn, oneEs, manyEs] = UNITS[rule.basis];
  const count = String(rule.count);
  const isOne = rule.count === 1;
  const phrase = TRIGGER_PHRASES[phraseKey] ?? [`the ${phraseKey} event on `, `del evento ${phraseKey} del `];
  return {
    enBefore: `${count} ${isOne ? oneEn : manyEn} after ${phrase[0]}`,
    esBefore: `${count} ${isOne ? oneEs : manyEs} después ${phrase[1]}`,
    enAfter: cite,
    esAfter: cite,
  };
}

function partsFor(rule: DeadlineRule, phraseKey: string): SentenceParts {
  let byKey = partsCache.get(rule);
  if (byKey === undefined) {
    byKey = new Map();
    partsCache.set(rule, byKey);
  }
  let parts = byKey.get(phraseKey);
  if (parts === undefined) {
    parts = buildParts(rule, phraseKey);
    byKey.set(phraseKey, parts);
  }
  return parts;
}

/** The middle clause for the cases where the plain count is not the whole story. */
function qualifier(rule: DeadlineRule, result: DueResult, pausedUntil: number | undefined): LocalizedText | null {
  let en = '';
  let es = '';
  if (pausedUntil !== undefined && rule.pause !== undefined) {
    en = `, ${rule.pause.label.en} (until ${formatDateEn(pausedUntil)})`;
    es = `, ${rule.pause.label.es} (hasta el ${formatDateEs(pausedUntil)})`;
  }
  if (rule.orWithin !== undefined) {
    en +=
      result.isOrWithin === true
        ? `, or ${rule.orWithin.label.en}, whichever ends first: here the ${rule.orWithin.label.en}`
        : `, or ${rule.orWithin.label.en}, whichever ends first`;
    es +=
      result.isOrWithin === true
        ? `, o ${rule.orWithin.label.es}, lo que termine antes: aquí los ${rule.orWithin.label.es}`
        : `, o ${rule.orWithin.label.es}, lo que termine antes`;
  }
  if (result.problem === 'calendar-needed') {
    en += ', but the case file has no school calendar, so the date cannot be counted yet';
    es += ', pero el expediente no tiene calendario escolar, así que aún no se puede calcular la fecha';
  } else if (result.problem === 'calendar-incomplete') {
    en += ', but the school calendar ends before the count does; add the next school year to see the date';
    es += ', pero el calendario escolar termina antes que la cuenta; añada el siguiente año escolar para ver la fecha';
  } else if (result.isYearEnd === true && rule.yearEnd !== undefined) {
    const label = result.yearEndLabel ?? rule.yearEnd.label;
    en += `, but ${label.en}`;
    es += `, pero ${label.es}`;
  } else if (rule.breakExclusion !== undefined) {
    const skipped = String(result.skipped ?? 0);
    en += `, not counting ${rule.breakExclusion.label.en} (${skipped} days skipped)`;
    es += `, sin contar ${rule.breakExclusion.label.es} (${skipped} días omitidos)`;
  }
  return en === '' ? null : { en, es };
}

/** "The day your child starts grade 8 (…), which comes before turning 14 — citation." */
function gradeStartSentence(
  rule: DeadlineRule,
  grade: LocalizedText,
  day: number,
  isProjected: boolean,
): LocalizedText {
  const age = ageText(rule.count);
  const projectedEn = isProjected ? ', projected from the grade dates on file' : '';
  const projectedEs = isProjected ? ', calculado a partir de las fechas de grado registradas' : '';
  return {
    en: `The day your child starts ${grade.en} (${formatDateEn(day)}${projectedEn}), which comes before turning ${age.en} — ${rule.citation}.`,
    es: `El día en que su hijo(a) empieza ${grade.es} (${formatDateEs(day)}${projectedEs}), que llega antes de que cumpla ${age.es} — ${rule.citation}.`,
  };
}

/** "5 school days before the meeting on …", with why there is no date when the calendar is missing. */
function beforeMeetingSentence(rule: DeadlineRule, result: DueResult, meetingDay: number): LocalizedText {
  const [oneEn, manyEn, oneEs, manyEs] = UNITS[rule.basis];
  const isOne = rule.count === 1;
  const count = String(rule.count);
  const problem = result.problem === undefined ? null : qualifier(rule, result, undefined);
  return {
    en: `${count} ${isOne ? oneEn : manyEn} before the meeting on ${formatDateEn(meetingDay)}${problem?.en ?? ''} — ${rule.citation}.`,
    es: `${count} ${isOne ? oneEs : manyEs} antes de la reunión del ${formatDateEs(meetingDay)}${problem?.es ?? ''} — ${rule.citation}.`,
  };
}

/**
 * One plain sentence, in English and Spanish, saying why a deadline falls on its day, ending with
 * the citation — e.g. "60 calendar days after the school received your consent on 10 September
 * 2025 — 34 CFR 300.301(c)(1)." `pausedUntil` is the day a Connecticut-style wait for consent ended.
 */
export function explainDeadline(
  rule: DeadlineRule,
  triggerType: string,
  triggerDay: number,
  isOralRequest: boolean,
  result: DueResult,
  pausedUntil: number | undefined,
): LocalizedText {
  const parts = partsFor(rule, isOralRequest ? 'oral-evaluation-request' : triggerType);
  const dateEn = formatDateEn(triggerDay);
  const dateEs = formatDateEs(triggerDay);
  if (result.meetingDay !== undefined) {
    return {
      en: `The day before the meeting on ${formatDateEn(result.meetingDay)}, which comes sooner than ${parts.enBefore}${dateEn}${parts.enAfter}`,
      es: `El día antes de la reunión del ${formatDateEs(result.meetingDay)}, que llega antes que ${parts.esBefore}${dateEs}${parts.esAfter}`,
    };
  }
  if (result.gradeStart !== undefined && result.due !== null && rule.orOnEnteringGrade !== undefined) {
    return gradeStartSentence(rule, rule.orOnEnteringGrade.label, result.due, result.gradeStart.isProjected);
  }
  if (result.beforeMeetingDay !== undefined) return beforeMeetingSentence(rule, result, result.beforeMeetingDay);
  if (result.schoolYearStart !== undefined && result.due !== null) {
    return {
      en: `The last day of the school year that began on ${formatDateEn(result.schoolYearStart)} (${formatDateEn(result.due)}) — ${rule.citation}.`,
      es: `El último día del año escolar que empezó el ${formatDateEs(result.schoolYearStart)} (${formatDateEs(result.due)}) — ${rule.citation}.`,
    };
  }
  const middle = rule.basis === 'age' ? null : qualifier(rule, result, pausedUntil);
  if (middle === null)
    return { en: parts.enBefore + dateEn + parts.enAfter, es: parts.esBefore + dateEs + parts.esAfter };
  return {
    en: parts.enBefore + dateEn + middle.en + parts.enAfter,
    es: parts.esBefore + dateEs + middle.es + parts.esAfter,
  };
}
