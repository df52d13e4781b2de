import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

/** Virginia: 65 business days from the administrator's receipt of the referral (not consent) to eligibility. */
export const virginia: StateRules = {
  code: 'VA',
  deadlineRules: [
    stateRule('VA', ideaInitialEvaluation, {
      summary: {
        en: 'In Virginia all evaluations must be done and eligibility decided within 65 business days of the special education administrator receiving the referral.',
        es: 'En Virginia todas las evaluaciones deben terminarse y la elegibilidad decidirse dentro de los 65 días hábiles siguientes a que el administrador de educación especial reciba la remisión.',
        vi: 'Ở Virginia, mọi hoạt động đánh giá phải hoàn tất và điều kiện hội đủ phải được quyết định trong vòng 65 ngày làm việc kể từ khi người quản lý giáo dục đặc biệt nhận được giấy giới thiệu.',
        'zh-Hans': '在弗吉尼亚州，所有评估必须在特殊教育主管收到转介后65个工作日内完成，并决定资格。',
        ar: 'في فرجينيا يجب إكمال جميع التقييمات وتقرير الأهلية خلال 65 يوم عمل من استلام مسؤول التعليم الخاص الإحالة.',
      },
      count: 65,
      basis: 'business-days',
      basisText: '65 business days',
      trigger: { from: 'referral' },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '8VAC20-81-60(B)(1)(g)',
      sourceUrl: `https://register.dls.virginia.gov/details.aspx?id=10841 ; ${datasetSource('https://law.lis.virginia.gov/admincode/title8/agency20/chapter81/section60/')}`,
      status: 'confirmed',
    }),
  ],
};
