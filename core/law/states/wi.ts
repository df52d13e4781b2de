import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

const SOURCE = datasetSource('https://docs.legis.wisconsin.gov/statutes/statutes/115/v/78');

/** Wisconsin: 60 days from consent to eligibility (calendar days derived); IEP and placement within 30 days of eligibility. */
export const wisconsin: StateRules = {
  code: 'WI',
  deadlineRules: [
    stateRule('WI', ideaInitialEvaluation, {
      summary: {
        en: 'In Wisconsin eligibility must be decided within 60 days of the district receiving your consent.',
        es: 'En Wisconsin la elegibilidad debe decidirse dentro de los 60 días siguientes a que el distrito reciba su consentimiento.',
        vi: 'Ở Wisconsin, điều kiện hội đủ phải được quyết định trong vòng 60 ngày kể từ khi học khu nhận được sự đồng ý của quý vị.',
        'zh-Hans': '在威斯康星州，必须在学区收到您的同意后60天内决定资格。',
        ar: 'في ويسكونسن يجب تقرير الأهلية خلال 60 يومًا من استلام المنطقة التعليمية موافقتك.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Wis. Stat. 115.78(3)',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
    stateRule('WI', ideaInitialIepMeeting, {
      summary: {
        en: 'In Wisconsin the IEP and placement meeting must be held within 30 days of the eligibility decision.',
        es: 'En Wisconsin la reunión del IEP y de ubicación debe celebrarse dentro de los 30 días siguientes a la decisión de elegibilidad.',
        vi: 'Ở Wisconsin, cuộc họp về IEP và nơi xếp học phải được tổ chức trong vòng 30 ngày kể từ quyết định về điều kiện hội đủ.',
        'zh-Hans': '在威斯康星州，必须在资格决定后30天内召开IEP和安置会议。',
        ar: 'في ويسكونسن يجب عقد اجتماع IEP والمكان التعليمي خلال 30 يومًا من قرار الأهلية.',
      },
      citation: 'Wis. Stat. 115.78(3)',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
    stateRule('WI', ideaDueProcessWindow, {
      summary: {
        en: 'In Wisconsin you may request a due process hearing within one year after the district proposes or refuses to start or change your child’s evaluation, IEP, placement or FAPE; if the district had not told you of your right to a hearing, within one year after it does.',
        es: 'En Wisconsin puede pedir una audiencia de debido proceso dentro del año siguiente a que el distrito proponga o rechace iniciar o cambiar la evaluación, el IEP, la ubicación o la FAPE de su hijo(a); si el distrito no le había informado de su derecho a una audiencia, dentro del año siguiente a que lo haga.',
        vi: 'Ở Wisconsin, quý vị có thể yêu cầu phiên điều trần theo thủ tục tố tụng trong vòng một năm sau khi học khu đề xuất hoặc từ chối bắt đầu hay thay đổi việc đánh giá, IEP, nơi xếp học hoặc FAPE của con quý vị; nếu học khu chưa cho quý vị biết về quyền yêu cầu điều trần, thì trong vòng một năm sau khi học khu cho biết.',
        'zh-Hans':
          '在威斯康星州，您可以在学区提议或拒绝开始或变更您孩子的评估、IEP、安置或FAPE后一年内申请正当程序听证；如果学区没有告知您有权申请听证，则在学区告知后一年内申请。',
        ar: 'في ويسكونسن يجوز لك طلب جلسة استماع وفق الإجراءات القانونية الواجبة خلال سنة واحدة من اقتراح المنطقة التعليمية أو رفضها بدء أو تغيير تقييم طفلك أو IEP الخاص به أو مكانه التعليمي أو FAPE؛ وإذا لم تكن المنطقة التعليمية قد أبلغتك بحقك في جلسة استماع، فخلال سنة واحدة من إبلاغها إياك.',
      },
      count: 1,
      basisText: '1 year',
      // The clock starts at the district's written proposal or refusal, not at what the parent knew.
      trigger: {
        from: 'events',
        events: [
          { type: 'prior-written-notice-given' },
          { type: 'evaluation-refused' },
          { type: 'evaluation-consent-requested' },
        ],
      },
      citation: 'Wis. Stat. 115.80(1)(a)1',
      sourceUrl: 'https://dpi.wi.gov/sped/dispute-resolution/due-process/law',
      status: 'confirmed',
    }),
  ],
};
