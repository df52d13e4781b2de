import { textIn, type LocalizedText, type TextLanguage } from '../../law/rule-status';
import { arabicCount } from '../count-words';
import { formatDateIn } from '../format-date';

/**
 * The words of the two findings a deadline can give on its own, `deadline-missed` and
 * `filing-window-closing`, one language at a time: most cases have several missed deadlines, and the
 * engine writes each language only when it is read (docs/decisions/0054, `textOnRead`).
 */

type Late = (name: string, due: string, completedOn: string) => string;
type Overdue = (name: string, due: string) => string;
type Closing = (name: string, due: string, days: number) => string;

/** Completed, but after the due date. */
const COMPLETED_LATE: Readonly<Record<TextLanguage, Late>> = {
  en: (name, due, on) => `The ${name} deadline of ${due} was missed: it was completed late, on ${on}.`,
  es: (name, due, on) => `No se cumplió el plazo de ${name} del ${due}: se completó tarde, el ${on}.`,
  vi: (name, due, on) =>
    `Hạn chót ${name} vào ngày ${due} đã không được đáp ứng: việc này hoàn thành trễ, vào ngày ${on}.`,
  'zh-Hans': (name, due, on) => `${name}的截止日期（${due}）未能遵守：该事项直到${on}才完成，已经逾期。`,
  ar: (name, due, on) => `لم يُلتزم بموعد ${name} في ${due}: فقد أُنجز متأخرًا في ${on}.`,
};

/** Past the due date and not done. */
const OVERDUE: Readonly<Record<TextLanguage, Overdue>> = {
  en: (name, due) => `The ${name} deadline of ${due} has passed and nothing in the case file shows it was met.`,
  es: (name, due) => `El plazo de ${name} del ${due} ya pasó y nada en el expediente muestra que se cumpliera.`,
  vi: (name, due) =>
    `Hạn chót ${name} vào ngày ${due} đã qua và không có gì trong hồ sơ cho thấy hạn chót này đã được đáp ứng.`,
  'zh-Hans': (name, due) => `${name}的截止日期（${due}）已过，档案中没有任何记录显示已经完成。`,
  ar: (name, due) => `انقضى موعد ${name} في ${due}، ولا يوجد في الملف ما يُثبت الوفاء به.`,
};

/** A filing window closing within Binder's warning period. */
const CLOSING: Readonly<Record<TextLanguage, Closing>> = {
  en: (name, due, days) => `The ${name} closes on ${due}, in ${String(days)} days.`,
  es: (name, due, days) => `El ${name} se cierra el ${due}, en ${String(days)} días.`,
  vi: (name, due, days) =>
    `${name.charAt(0).toUpperCase() + name.slice(1)} sẽ kết thúc vào ngày ${due}, tức còn ${String(days)} ngày.`,
  'zh-Hans': (name, due, days) => `${name}将于${due}截止，还剩${String(days)}天。`,
  ar: (name, due, days) => `تنتهي ${name} في ${due}، أي بعد ${arabicCount(days, 'days')}.`,
};

/**
 * What the words need, copied out of the deadline when the finding is made: the deadline object goes to the
 * caller, who may change it before a language is read.
 */
export interface MissedDeadline {
  /** The name of the deadline's kind (the compiled rule's `kindName`). */
  readonly kindName: LocalizedText;
  readonly dueDay: number;
  /** The day it was completed, late; null when it is overdue. */
  readonly completedOn: string | null;
}

/** `deadline-missed` in one language. */
export function missedText(missed: MissedDeadline, _unused: undefined, language: TextLanguage): string {
  const name = textIn(missed.kindName, language);
  const due = formatDateIn(missed.dueDay, language);
  return missed.completedOn === null
    ? OVERDUE[language](name, due)
    : COMPLETED_LATE[language](name, due, missed.completedOn);
}

/** `filing-window-closing` in one language; `asOf` is the day the case is judged on. */
export function closingText(window: MissedDeadline, asOf: number, language: TextLanguage): string {
  const name = textIn(window.kindName, language);
  return CLOSING[language](name, formatDateIn(window.dueDay, language), window.dueDay - asOf);
}
