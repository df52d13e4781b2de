import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** Minnesota: 30 school days from the district's receipt of permission to the evaluation. */
export const minnesota: StateRules = {
  code: 'MN',
  deadlineRules: [
    stateRule('MN', ideaInitialEvaluation, {
      summary: {
        en: 'In Minnesota the evaluation must be conducted within 30 school days of the district receiving your permission.',
        es: 'En Minnesota la evaluación debe realizarse dentro de los 30 días escolares siguientes a que el distrito reciba su permiso.',
        vi: 'Ở Minnesota, việc đánh giá phải được thực hiện trong vòng 30 ngày học kể từ khi học khu nhận được sự cho phép của quý vị.',
        'zh-Hans': '在明尼苏达州，评估必须在学区收到您的许可后30个上学日内进行。',
        ar: 'في مينيسوتا يجب إجراء التقييم خلال 30 يومًا دراسيًا من استلام المنطقة التعليمية إذنك.',
      },
      count: 30,
      basis: 'school-days',
      basisText: '30 school days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Minn. R. 3525.2550',
      sourceUrl: `${datasetSource('https://www.revisor.mn.gov/rules/3525.2550/')} ; https://sites.google.com/scred.k12.mn.us/casemanagerresources/evaluation/eval-timelines`,
      status: 'confirmed-secondary',
    }),
  ],
};
