import { stateRule } from '../define-rule';
import { EVALUATION_DONE, IEP_DEVELOPED, INITIAL_EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
import type { StateRules } from '../state-rules';

/** Louisiana: 60 business days from consent to the evaluation; IEP within 30 calendar days of the evaluation. */
export const louisiana: StateRules = {
  code: 'LA',
  deadlineRules: [
    stateRule('LA', ideaInitialEvaluation, {
      summary: {
        en: 'In Louisiana the initial evaluation must be conducted within 60 business days of receiving your consent.',
        es: 'En Luisiana la evaluación inicial debe realizarse dentro de los 60 días hábiles siguientes a recibir su consentimiento.',
        vi: 'Ở Louisiana, việc đánh giá ban đầu phải được thực hiện trong vòng 60 ngày làm việc kể từ khi nhận được sự đồng ý của quý vị.',
        'zh-Hans': '在路易斯安那州，初次评估必须在收到您的同意后60个工作日内进行。',
        ar: 'في لويزيانا يجب إجراء التقييم الأولي خلال 60 يوم عمل من استلام موافقتك.',
      },
      count: 60,
      basis: 'business-days',
      basisText: '60 business days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'La. Admin. Code tit. 28, XLIII-302(C)',
      sourceUrl:
        'https://d1tvxue8o4w0fl.cloudfront.net/regulation/louisiana-administrative-code/title-28-education/part-xliii-bulletin-1706-regulations-for-implementation-of-the-children-with-exceptionalities-act/subpart-1-students-with-disabilities/chapter-3-evaluations-eligibility-determinations-individualized-education-programs-and-educational-placements/subchapter-b-evaluations-and-reevaluations/section-xliii-302-initial-evaluations',
      status: 'confirmed',
    }),
    stateRule('LA', ideaInitialIepMeeting, {
      summary: {
        en: 'In Louisiana the IEP and placement must be decided within 30 calendar days after the evaluation is completed.',
        es: 'En Luisiana el IEP y la ubicación deben decidirse dentro de los 30 días calendario siguientes a la terminación de la evaluación.',
        vi: 'Ở Louisiana, IEP và nơi xếp học phải được quyết định trong vòng 30 ngày lịch sau khi hoàn tất đánh giá.',
        'zh-Hans': '在路易斯安那州，必须在评估完成后30个日历日内决定IEP和安置。',
        ar: 'في لويزيانا يجب تقرير IEP والمكان التعليمي خلال 30 يومًا تقويميًا من إكمال التقييم.',
      },
      trigger: { from: 'events', events: INITIAL_EVALUATION_DONE },
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: 'La. Admin. Code tit. 28, XCVII-105',
      sourceUrl:
        'https://casetext.com/regulation/louisiana-administrative-code/title-28-education/part-xcvii-bulletin-1530-louisianas-iep-handbook-for-students-with-exceptionalities/chapter-1-individualized-education-program-iep/section-xcvii-105-timelines',
      status: 'confirmed',
    }),
    stateRule('LA', ideaDueProcessWindow, {
      summary: {
        en: 'In Louisiana a due process hearing request must be about a violation that happened not more than one year before you knew or should have known of it.',
        es: 'En Luisiana una solicitud de audiencia de debido proceso debe tratar de una infracción ocurrida no más de un año antes de que usted la conociera o debiera conocerla.',
        vi: 'Ở Louisiana, yêu cầu phiên điều trần theo thủ tục tố tụng phải liên quan đến một vi phạm xảy ra không quá một năm trước khi quý vị biết hoặc lẽ ra phải biết về vi phạm đó.',
        'zh-Hans': '在路易斯安那州，正当程序听证请求所涉及的违规行为，必须发生在您知道或应当知道该违规之前一年以内。',
        ar: 'في لويزيانا يجب أن يتعلق طلب جلسة الاستماع وفق الإجراءات القانونية الواجبة بمخالفة وقعت قبل علمك أو وجوب علمك بها بسنة واحدة على الأكثر.',
      },
      count: 1,
      basisText: '1 year',
      citation: 'La. Admin. Code tit. 28, XLIII-507(A)(2)',
      sourceUrl: 'https://www.law.cornell.edu/regulations/louisiana/La-Admin-Code-tit-28-SS-XLIII-507',
      status: 'confirmed',
    }),
  ],
};
