import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** Arizona: 60 days from consent (calendar days derived from a bare "days"). */
export const arizona: StateRules = {
  code: 'AZ',
  deadlineRules: [
    stateRule('AZ', ideaInitialEvaluation, {
      summary: {
        en: 'In Arizona the initial evaluation must be conducted within 60 days of receiving your consent.',
        es: 'En Arizona la evaluación inicial debe realizarse dentro de los 60 días siguientes a recibir su consentimiento.',
        vi: 'Ở Arizona, việc đánh giá ban đầu phải được thực hiện trong vòng 60 ngày kể từ khi nhận được sự đồng ý của quý vị.',
        'zh-Hans': '在亚利桑那州，初次评估必须在收到您的同意后60天内进行。',
        ar: 'في أريزونا يجب إجراء التقييم الأولي خلال 60 يومًا من استلام موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'A.R.S. 15-766',
      sourceUrl: datasetSource('https://www.azleg.gov/ars/15/00766.htm'),
      status: 'dataset',
    }),
  ],
};
