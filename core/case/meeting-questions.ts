import { formatLongDate } from '../calendar/format-long-date';
import type { LocalizedText } from '../law/rule-status';
import { textIn, type Language } from '../progress/format-words';
import type { NextStep } from '../next-steps/next-steps';
import type { Finding } from '../timeline/timeline-result';
import type { PlanChange } from './compare-plans';

/** A question the case suggests for the meeting, with what it comes from and the law it rests on. */
export interface SuggestedQuestion {
  readonly id: string;
  readonly source: 'overdue' | 'finding' | 'goal' | 'service';
  readonly text: LocalizedText;
  readonly citation: string;
}

/** A goal of the plan in effect whose progress analysis says it is not on track. */
export interface GoalNotOnTrack {
  readonly id: string;
  readonly area: string;
  readonly statement: string;
}

/** What the case says that a parent may want to raise at a meeting. */
export interface QuestionSources {
  readonly steps: readonly Pick<NextStep, 'id' | 'who' | 'urgency' | 'due' | 'title' | 'rule'>[];
  readonly findings: readonly Finding[];
  readonly goalsNotOnTrack: readonly GoalNotOnTrack[];
  /** Changes between the last two final versions of a plan that cut or removed a service. */
  readonly cutServices: readonly PlanChange[];
}

/** The team reviews and revises the IEP to address a lack of expected progress toward the annual goals. */
export const LACK_OF_PROGRESS_CITATION = '34 CFR 300.324(b)(1)(ii)(A)';
/** A change the school proposes or refuses to a child's services needs prior written notice. */
export const SERVICE_CHANGE_CITATION = '34 CFR 300.503(a)';

const withoutEnd = (text: string) => text.replace(/[.!?。！？]\s*$/, '');

/** A text in one language without its final full stop (missing translations read in English until merged). */
const stem = (text: LocalizedText, language: Language) => withoutEnd(textIn(text, language));

/**
 * Questions for the parent to ask, suggested from the case: what the school owes and is overdue, each
 * finding of the timeline, each goal not on track, and each service cut in the latest version of a plan —
 * in that order, each with its citation. The parent chooses which to keep.
 */
export function suggestedQuestions(sources: QuestionSources): SuggestedQuestion[] {
  const questions: SuggestedQuestion[] = [];
  for (const step of sources.steps) {
    if (step.who !== 'owed' || step.urgency !== 'overdue' || step.rule === undefined) continue;
    const due = step.due;
    const en = due === null ? '' : ` It was due on ${formatLongDate(due, 'en')}.`;
    const es = due === null ? '' : ` Vencía el ${formatLongDate(due, 'es')}.`;
    const vi = due === null ? '' : ` Hạn chót là ngày ${formatLongDate(due, 'vi')}.`;
    const zh = due === null ? '' : `截止日期是${formatLongDate(due, 'zh-Hans')}。`;
    const ar = due === null ? '' : ` كان موعده ${formatLongDate(due, 'ar')}.`;
    questions.push({
      id: `overdue:${step.id}`,
      source: 'overdue',
      text: {
        en: `${withoutEnd(step.title.en)}.${en} When will it be done? Please confirm it in writing.`,
        es: `${withoutEnd(step.title.es)}.${es} ¿Cuándo se hará? Por favor, confírmelo por escrito.`,
        vi: `${stem(step.title, 'vi')}.${vi} Khi nào việc này sẽ được thực hiện? Xin vui lòng xác nhận bằng văn bản.`,
        'zh-Hans': `${stem(step.title, 'zh-Hans')}。${zh}什么时候完成？请书面确认。`,
        ar: `${stem(step.title, 'ar')}.${ar} متى سيُنجز ذلك؟ يُرجى تأكيده كتابةً.`,
      },
      citation: step.rule.citation,
    });
  }
  for (const finding of sources.findings) {
    questions.push({
      id: `finding:${finding.code}:${finding.rule ?? finding.citation}`,
      source: 'finding',
      text: {
        en: `${withoutEnd(finding.explanation.en)}. What will the school do about it, and by when?`,
        es: `${withoutEnd(finding.explanation.es)}. ¿Qué hará la escuela al respecto y para cuándo?`,
        vi: `${stem(finding.explanation, 'vi')}. Nhà trường sẽ làm gì về việc này, và đến khi nào?`,
        'zh-Hans': `${stem(finding.explanation, 'zh-Hans')}。学校将对此采取什么措施，在什么时候之前完成？`,
        ar: `${stem(finding.explanation, 'ar')}. ماذا ستفعل المدرسة حيال ذلك، ومتى؟`,
      },
      citation: finding.citation,
    });
  }
  for (const goal of sources.goalsNotOnTrack) {
    const name = goal.area === '' ? goal.statement : goal.area;
    questions.push({
      id: `goal:${goal.id}`,
      source: 'goal',
      text: {
        en: `The goal "${name}" is not on track. What will change in the instruction or services, and when will we look at the data again?`,
        es: `La meta «${name}» no va bien encaminada. ¿Qué cambiará en la enseñanza o los servicios, y cuándo volveremos a revisar los datos?`,
        vi: `Mục tiêu “${name}” đang không đúng hướng. Việc giảng dạy hoặc dịch vụ sẽ thay đổi gì, và khi nào chúng ta sẽ xem lại dữ liệu?`,
        'zh-Hans': `目标“${name}”的进展没有达到预期。教学或服务将作哪些改变？我们什么时候再一起看数据？`,
        ar: `الهدف “${name}” لا يسير في الاتجاه الصحيح. ما الذي سيتغير في التدريس أو الخدمات، ومتى سنراجع البيانات مرة أخرى؟`,
      },
      citation: LACK_OF_PROGRESS_CITATION,
    });
  }
  sources.cutServices.forEach((change, index) => {
    questions.push({
      id: `service:${String(index)}`,
      source: 'service',
      text: {
        en: `${withoutEnd(change.message.en)}. What data supports this change? Please explain it in a prior written notice.`,
        es: `${withoutEnd(change.message.es)}. ¿Qué datos justifican este cambio? Por favor, explíquelo en una notificación previa por escrito.`,
        vi: `${stem(change.message, 'vi')}. Dữ liệu nào hỗ trợ thay đổi này? Xin vui lòng giải thích trong một thông báo trước bằng văn bản.`,
        'zh-Hans': `${stem(change.message, 'zh-Hans')}。有什么数据支持这项变更？请在事先书面通知中加以说明。`,
        ar: `${stem(change.message, 'ar')}. ما البيانات التي تدعم هذا التغيير؟ يُرجى شرحه في إشعار كتابي مسبق.`,
      },
      citation: SERVICE_CHANGE_CITATION,
    });
  });
  return questions;
}
