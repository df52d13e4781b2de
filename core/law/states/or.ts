import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/** Oregon: 60 school days from consent to the eligibility meeting. */
export const oregon: StateRules = {
  code: 'OR',
  deadlineRules: [
    stateRule('OR', ideaInitialEvaluation, {
      summary: {
        en: 'In Oregon the eligibility meeting must be held within 60 school days of your written consent.',
        es: 'En Oregón la reunión de elegibilidad debe celebrarse dentro de los 60 días escolares siguientes a su consentimiento escrito.',
        vi: 'Ở Oregon, cuộc họp xác định điều kiện hội đủ phải được tổ chức trong vòng 60 ngày học kể từ khi có sự đồng ý bằng văn bản của quý vị.',
        'zh-Hans': '在俄勒冈州，资格认定会议必须在您书面同意后60个上学日内召开。',
        ar: 'في أوريغون يجب عقد اجتماع تقرير الأهلية خلال 60 يومًا دراسيًا من موافقتك الكتابية.',
      },
      count: 60,
      basis: 'school-days',
      basisText: '60 school days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'OAR 581-015-2110',
      sourceUrl: 'https://specialedstartguide.com/blog/oregon-special-education-evaluation-timeline',
      status: 'confirmed-secondary',
    }),
  ],
};
