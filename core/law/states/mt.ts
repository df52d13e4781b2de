import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Montana: 60 calendar days from consent (ARM 10.16.3321, as secondary sources cite it). */
export const montana: StateRules = {
  code: 'MT',
  deadlineRules: [
    stateRule('MT', ideaInitialEvaluation, {
      summary: {
        en: 'In Montana the initial evaluation must be completed within 60 calendar days of your written consent.',
        es: 'En Montana la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a su consentimiento escrito.',
        vi: 'Ở Montana, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi có sự đồng ý bằng văn bản của quý vị.',
        'zh-Hans': '在蒙大拿州，初次评估必须在您书面同意后60个日历日内完成。',
        ar: 'في مونتانا يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من موافقتك الكتابية.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'ARM 10.16.3321',
      sourceUrl: 'https://specialedstartguide.com/blog/montana-special-education-evaluation-timeline',
      status: 'confirmed-secondary',
    }),
  ],
};
