import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** Nevada: 45 school days from consent to the evaluation. */
export const nevada: StateRules = {
  code: 'NV',
  deadlineRules: [
    stateRule('NV', ideaInitialEvaluation, {
      summary: {
        en: 'In Nevada the initial evaluation must be conducted within 45 school days of your written consent.',
        es: 'En Nevada la evaluación inicial debe realizarse dentro de los 45 días escolares siguientes a su consentimiento escrito.',
        vi: 'Ở Nevada, việc đánh giá ban đầu phải được thực hiện trong vòng 45 ngày học kể từ khi có sự đồng ý bằng văn bản của quý vị.',
        'zh-Hans': '在内华达州，初次评估必须在您书面同意后45个上学日内进行。',
        ar: 'في نيفادا يجب إجراء التقييم الأولي خلال 45 يومًا دراسيًا من موافقتك الكتابية.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'NAC 388.337',
      sourceUrl: datasetSource('https://www.leg.state.nv.us/nac/nac-388.html'),
      status: 'dataset',
    }),
  ],
};
