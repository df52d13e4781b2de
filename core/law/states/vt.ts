import { stateRule } from '../define-rule';
import { EVALUATION_DONE, EVALUATION_REQUEST_ANSWERED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

const RULES = 'https://education.vermont.gov/documents/state-board-rules-series-2360';

/**
 * Vermont: within 15 calendar days of a referral the school asks for consent, convenes the
 * evaluation planning team or refuses in writing (kind `evaluation-decision`); the evaluation within
 * 60 calendar days of consent. Both from secondary sources.
 */
export const vermont: StateRules = {
  code: 'VT',
  deadlineRules: [
    stateRule('VT', ideaInitialEvaluation, {
      kind: 'evaluation-decision',
      summary: {
        en: 'In Vermont, within 15 calendar days of a referral, the school must ask for your consent to evaluate, convene the evaluation planning team, or tell you in writing that it will not evaluate.',
        es: 'En Vermont, dentro de los 15 días calendario siguientes a una remisión, la escuela debe pedir su consentimiento para evaluar, convocar al equipo de planificación de la evaluación o comunicarle por escrito que no evaluará.',
        vi: 'Ở Vermont, trong vòng 15 ngày lịch kể từ khi có giới thiệu, nhà trường phải xin sự đồng ý đánh giá của quý vị, triệu tập nhóm lập kế hoạch đánh giá, hoặc thông báo bằng văn bản rằng sẽ không đánh giá.',
        'zh-Hans':
          '在佛蒙特州，学校必须在转介后15个日历日内征求您对评估的同意、召集评估规划小组，或以书面形式告知您不会进行评估。',
        ar: 'في فيرمونت، خلال 15 يومًا تقويميًا من الإحالة، يجب على المدرسة أن تطلب موافقتك على التقييم، أو تجمع فريق التخطيط للتقييم، أو تبلغك كتابيًا بأنها لن تُجري التقييم.',
      },
      count: 15,
      basisText: '15 calendar days',
      trigger: { from: 'referral' },
      completedBy: EVALUATION_REQUEST_ANSWERED,
      citation: 'Vt. State Board of Education Rule 2362',
      sourceUrl: RULES,
      status: 'confirmed-secondary',
    }),
    stateRule('VT', ideaInitialEvaluation, {
      summary: {
        en: 'In Vermont the initial evaluation must be completed within 60 calendar days of the school receiving your consent.',
        es: 'En Vermont la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a que la escuela reciba su consentimiento.',
        vi: 'Ở Vermont, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi nhà trường nhận được sự đồng ý của quý vị.',
        'zh-Hans': '在佛蒙特州，初次评估必须在学校收到您的同意后60个日历日内完成。',
        ar: 'في فيرمونت يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من استلام المدرسة موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Vt. State Board of Education Rule 2362.2',
      sourceUrl: RULES,
      status: 'confirmed-secondary',
    }),
  ],
};
