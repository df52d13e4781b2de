import { kindName } from '../../law/deadline-kinds';
import { JURISDICTION_NAMES, isJurisdictionCode } from '../../law/jurisdiction-names';
import type { JurisdictionRules } from '../../law/rule-registry';
import { inAllLanguages, textIn, type TextLanguage } from '../../law/rule-status';
import type { DeadlineRule } from '../../law/deadline-rule';
import type { CompiledRule } from '../compiled-rules';
import type { DueResult } from '../compute-due';
import type { DeadlineTable } from '../deadlines-for-rule';
import { textOnRead } from '../text-on-read';
import type { Deadline, Finding } from '../timeline-result';
import { finding, findingWrittenOnRead } from './finding';
import { closingText, missedText } from './missed-deadline-texts';
import type { MissedDeadline } from './missed-deadline-texts';

/** Days before a filing window closes from which Binder warns. */
const WINDOW_WARNING_DAYS = 30;

/** How a list is joined in each language. */
const LIST_SEPARATORS: Readonly<Record<TextLanguage, string>> = {
  en: ', ',
  es: ', ',
  vi: ', ',
  'zh-Hans': '、',
  ar: '، ',
};

type ListSentence = (kinds: string) => string;

/** `calendar-needed`, around the list of the deadlines' kinds. */
const CALENDAR_NEEDED: Readonly<Record<TextLanguage, ListSentence>> = {
  en: (kinds) =>
    `Some deadlines are counted in school days or skip school breaks (${kinds}); add the school calendar (terms and closed days) to see their dates.`,
  es: (kinds) =>
    `Algunos plazos se cuentan en días escolares o no cuentan las vacaciones (${kinds}); añada el calendario escolar (períodos y días cerrados) para ver sus fechas.`,
  vi: (kinds) =>
    `Một số hạn chót được tính theo ngày học hoặc không tính các kỳ nghỉ của trường (${kinds}); hãy thêm lịch năm học (các học kỳ và những ngày trường đóng cửa) để xem ngày của chúng.`,
  'zh-Hans': (kinds) =>
    `部分截止日期按上学日计算或不计学校假期（${kinds}）；请添加校历（学期和停课日）以查看这些日期。`,
  ar: (kinds) =>
    `بعض المواعيد النهائية تُحسب بالأيام الدراسية أو لا تحتسب العطل المدرسية (${kinds})؛ أضف التقويم المدرسي (الفصول الدراسية وأيام الإغلاق) لرؤية تواريخها.`,
};

/** `calendar-incomplete`, around the list of the deadlines' kinds. */
const CALENDAR_INCOMPLETE: Readonly<Record<TextLanguage, ListSentence>> = {
  en: (kinds) =>
    `The school calendar ends before some counts do (${kinds}); add the next school year's terms to see those dates.`,
  es: (kinds) =>
    `El calendario escolar termina antes que algunas cuentas (${kinds}); añada los períodos del siguiente año escolar para ver esas fechas.`,
  vi: (kinds) =>
    `Lịch năm học kết thúc trước khi một số mốc được đếm xong (${kinds}); hãy thêm các học kỳ của năm học tiếp theo để xem những ngày đó.`,
  'zh-Hans': (kinds) => `校历在部分计数结束前就已结束（${kinds}）；请添加下一学年的学期以查看这些日期。`,
  ar: (kinds) =>
    `ينتهي التقويم المدرسي قبل اكتمال بعض العدّ (${kinds})؛ أضف فصول العام الدراسي التالي لرؤية تلك التواريخ.`,
};

/** The kinds of the deadlines (in the output's order) whose due date met `problem`, each once, in order. */
function kindsWith(table: DeadlineTable, problem: DueResult['problem']): readonly string[] {
  const kinds = new Set<string>();
  for (let position = 0; position < table.count; position++) {
    const index = table.order[position] as number;
    if (table.problems[index] === problem) kinds.add((table.compiledRules[index] as CompiledRule).rule.kind);
  }
  return [...kinds];
}

/** A calendar finding's sentence in one language (written when read: docs/decisions/0054). */
function calendarText(
  sentences: Readonly<Record<TextLanguage, ListSentence>>,
  kinds: readonly string[],
  language: TextLanguage,
): string {
  const list = kinds.map((kind) => textIn(kindName(kind), language)).join(LIST_SEPARATORS[language]);
  return sentences[language](list);
}

/** `state-rules-missing`: the state has no encoded rules, so federal rules were used. */
export function findStateRulesMissing(rules: JurisdictionRules): Finding[] {
  if (rules.hasStateRules) return [];
  const code = rules.jurisdiction;
  const name = isJurisdictionCode(code)
    ? inAllLanguages(JURISDICTION_NAMES[code])
    : { en: code, es: code, vi: code, 'zh-Hans': code, ar: code };
  return [
    finding(
      'state-rules-missing',
      'info',
      {
        en: `Binder has no rules for ${name.en} yet, so federal rules were used. The state may set its own timelines (for example a different evaluation timeline); check the state's rules.`,
        es: `Binder aún no tiene las normas de ${name.es}, así que se usaron las normas federales. El estado puede fijar sus propios plazos (por ejemplo otro plazo de evaluación); consulte las normas del estado.`,
        vi: `Binder chưa có các quy định của ${name.vi} nên đã áp dụng quy định liên bang. Tiểu bang có thể đặt thời hạn riêng (ví dụ một thời hạn đánh giá khác); hãy kiểm tra quy định của tiểu bang.`,
        'zh-Hans': `Binder尚未收录${name['zh-Hans']}的规定，因此采用了联邦规定。该州可能有自己的时限（例如不同的评估时限）；请查阅该州的规定。`,
        ar: `لا تتوفر لدى Binder بعدُ قواعد ${name.ar}، لذلك طُبّقت القواعد الفيدرالية. قد تحدد الولاية مواعيدها الخاصة (مثل مهلة تقييم مختلفة)؛ راجع قواعد الولاية.`,
      },
      '34 CFR 300.301(c)(1)',
      { ruleStatus: 'confirmed' },
    ),
  ];
}

/** `unconfirmed-rule`: once per rule, in the order of the rule's first deadline in the output. */
function appendUnconfirmed(table: DeadlineTable, findings: Finding[]): void {
  const unconfirmed = new Map<string, DeadlineRule>();
  for (let position = 0; position < table.count; position++) {
    const rule = (table.compiledRules[table.order[position] as number] as CompiledRule).rule;
    if (rule.status === 'unconfirmed' && !unconfirmed.has(rule.id)) unconfirmed.set(rule.id, rule);
  }
  for (const rule of unconfirmed.values()) {
    const name = inAllLanguages(kindName(rule.kind));
    findings.push(
      finding(
        'unconfirmed-rule',
        'info',
        {
          en: `The ${kindName(rule.kind).en} deadline comes from a rule Binder could not confirm from its source (${rule.citation}); check it with the district or the state before relying on it.`,
          es: `El plazo de ${kindName(rule.kind).es} proviene de una norma que Binder no pudo confirmar en su fuente (${rule.citation}); verifíquelo con el distrito o el estado antes de confiar en él.`,
          vi: `Hạn chót ${name.vi} dựa trên một quy định mà Binder chưa thể xác nhận từ nguồn gốc (${rule.citation}); hãy kiểm tra lại với học khu hoặc tiểu bang trước khi dựa vào hạn chót này.`,
          'zh-Hans': `${name['zh-Hans']}的截止日期来自一条Binder无法在原始来源中核实的规定（${rule.citation}）；在依赖它之前，请先向学区或州核实。`,
          ar: `يستند موعد ${name.ar} إلى قاعدة لم يتمكن Binder من التحقق منها في مصدرها (${rule.citation})؛ تحقّق منها مع المنطقة التعليمية أو الولاية قبل الاعتماد عليها.`,
        },
        rule.citation,
        { rule: rule.id, ruleStatus: rule.status },
      ),
    );
  }
}

/**
 * Findings that follow from the deadlines themselves: `calendar-needed` and `calendar-incomplete`
 * (once per case), `unconfirmed-rule` (once per rule), `deadline-missed` (each late or overdue
 * deadline the school, the state or a hearing officer owed) and `filing-window-closing`.
 */
export function findDeadlineFindings(table: DeadlineTable, asOf: number): Finding[] {
  const findings: Finding[] = [];
  const { count, order, compiledRules, problems, dueDays, deadlines } = table;
  // Most cases have no calendar problem and no unconfirmed rule: one pass tells, and no list or map is made for them.
  let hasNeeded = false;
  let hasIncomplete = false;
  let hasUnconfirmed = false;
  for (let index = 0; index < count; index++) {
    const problem = problems[index];
    if (problem === 'calendar-needed') hasNeeded = true;
    else if (problem === 'calendar-incomplete') hasIncomplete = true;
    if ((compiledRules[index] as CompiledRule).rule.status === 'unconfirmed') hasUnconfirmed = true;
  }
  if (hasNeeded) {
    const text = textOnRead(calendarText, CALENDAR_NEEDED, kindsWith(table, 'calendar-needed'));
    findings.push(finding('calendar-needed', 'warning', text, '34 CFR 300.11', { ruleStatus: 'confirmed' }));
  }
  if (hasIncomplete) {
    const text = textOnRead(calendarText, CALENDAR_INCOMPLETE, kindsWith(table, 'calendar-incomplete'));
    findings.push(finding('calendar-incomplete', 'warning', text, '34 CFR 300.11', { ruleStatus: 'confirmed' }));
  }
  if (hasUnconfirmed) appendUnconfirmed(table, findings);
  for (let position = 0; position < count; position++) {
    const index = order[position] as number;
    const dueDay = dueDays[index] as number;
    if (dueDay === Infinity) continue;
    const compiled = compiledRules[index] as CompiledRule;
    const rule = compiled.rule;
    const deadline = deadlines[index] as Deadline;
    const isMissed = rule.obligedParty !== 'family' && (deadline.status === 'late' || deadline.status === 'overdue');
    const isClosing = rule.isWindow && deadline.status === 'open' && dueDay - asOf <= WINDOW_WARNING_DAYS;
    // Most deadlines give no finding; the words of those that do are written when read (missed-deadline-texts).
    if (!isMissed && !isClosing) continue;
    const words: MissedDeadline = {
      kindName: compiled.kindName,
      dueDay,
      completedOn: deadline.status === 'late' ? (deadline.completedOn ?? '') : null,
    };
    if (isMissed) {
      findings.push(
        findingWrittenOnRead(
          'deadline-missed',
          'violation',
          missedText,
          words,
          undefined,
          rule.citation,
          rule.id,
          rule.status,
        ),
      );
    }
    if (isClosing) {
      findings.push(
        findingWrittenOnRead(
          'filing-window-closing',
          'warning',
          closingText,
          words,
          asOf,
          rule.citation,
          rule.id,
          rule.status,
        ),
      );
    }
  }
  return findings;
}
