import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const TITLE_925 = 'https://regulations.justia.com/states/delaware/title-14/900/925';

/**
 * Delaware: the evaluation and the eligibility meeting within 45 school days or 90 calendar days of
 * consent, whichever is less — the rule format's "earlier of two clocks" (`orWithin`). Transition
 * content from the IEP in effect at 14 or on entering 8th grade, whichever is first.
 */
export const delaware: StateRules = {
  code: 'DE',
  deadlineRules: [
    stateRule('DE', ideaInitialEvaluation, {
      summary: {
        en: 'In Delaware the initial evaluation must be done and eligibility decided at a meeting within 45 school days or 90 calendar days of the school receiving your written consent, whichever ends first.',
        es: 'En Delaware la evaluación inicial debe hacerse y la elegibilidad decidirse en una reunión dentro de los 45 días escolares o 90 días calendario siguientes a que la escuela reciba su consentimiento escrito, lo que termine antes.',
        vi: 'Ở Delaware, việc đánh giá ban đầu phải hoàn tất và điều kiện hội đủ phải được quyết định tại một cuộc họp trong vòng 45 ngày học hoặc 90 ngày lịch kể từ khi nhà trường nhận được sự đồng ý bằng văn bản của quý vị, tùy mốc nào kết thúc trước.',
        'zh-Hans':
          '在特拉华州，必须在学校收到您的书面同意后45个上学日或90个日历日内（以先到者为准）完成初次评估，并在会议上决定资格。',
        ar: 'في ديلاوير يجب إكمال التقييم الأولي وتقرير الأهلية في اجتماع خلال 45 يومًا دراسيًا أو 90 يومًا تقويميًا من استلام المدرسة موافقتك الكتابية، أيهما ينتهي أولًا.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days or 90 calendar days, whichever is less',
      orWithin: {
        count: 90,
        basis: 'calendar-days',
        label: {
          en: '90 calendar days',
          es: '90 días calendario',
          vi: '90 ngày lịch',
          'zh-Hans': '90个日历日',
          ar: '90 يومًا تقويميًا',
        },
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '14 Del. Admin. Code 925-2.3',
      sourceUrl: `${TITLE_925}/section-925-2-0 ; http://regulations.delaware.gov/AdminCode/title14/900/925.shtml`,
      status: 'confirmed',
    }),
    stateRule('DE', ideaTransitionPlan, {
      summary: {
        en: 'In Delaware transition content starts with the IEP in effect when your child turns 14 or enters 8th grade, whichever comes first.',
        es: 'En Delaware el contenido de transición empieza con el IEP vigente cuando su hijo(a) cumple 14 años o entra en 8.º grado, lo que ocurra primero.',
        vi: 'Ở Delaware, nội dung chuyển tiếp bắt đầu từ IEP có hiệu lực khi con quý vị tròn 14 tuổi hoặc vào lớp 8, tùy điều nào đến trước.',
        'zh-Hans': '在特拉华州，过渡内容从您的孩子年满14岁或升入8年级时（以先到者为准）有效的IEP开始。',
        ar: 'في ديلاوير يبدأ محتوى الانتقال مع IEP الساري عند بلوغ طفلك 14 عامًا أو دخوله الصف 8، أيهما يأتي أولًا.',
      },
      count: 14,
      basisText: 'age 14 or entering grade 8, whichever is first',
      orOnEnteringGrade: {
        grade: 8,
        label: { en: 'grade 8', es: '8.º grado', vi: 'lớp 8', 'zh-Hans': '8年级', ar: 'الصف 8' },
      },
      citation: '14 Del. Admin. Code 925-20.2',
      sourceUrl: `${TITLE_925}/section-925-20-0`,
      status: 'confirmed-secondary',
    }),
  ],
};
