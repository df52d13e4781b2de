import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** Iowa: 60 calendar days from consent to the evaluation. */
export const iowa: StateRules = {
  code: 'IA',
  deadlineRules: [
    stateRule('IA', ideaInitialEvaluation, {
      summary: {
        en: 'In Iowa the initial evaluation must be conducted within 60 calendar days of receiving your consent.',
        es: 'En Iowa la evaluación inicial debe realizarse dentro de los 60 días calendario siguientes a recibir su consentimiento.',
        vi: 'Ở Iowa, việc đánh giá ban đầu phải được thực hiện trong vòng 60 ngày lịch kể từ khi nhận được sự đồng ý của quý vị.',
        'zh-Hans': '在艾奥瓦州，初次评估必须在收到您的同意后60个日历日内进行。',
        ar: 'في آيوا يجب إجراء التقييم الأولي خلال 60 يومًا تقويميًا من استلام موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Iowa Admin. Code 281-41.301',
      sourceUrl: datasetSource('https://www.legis.iowa.gov/docs/iac/rule/281.41.301.pdf'),
      status: 'dataset',
    }),
  ],
};
