import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaDueProcessWindow, ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
import type { StateRules } from '../state-rules';

const STATE_PLAN = 'Missouri State Plan for Special Education';
const SSD_HANDBOOK = 'https://www.ssdmo.org/';

/**
 * Missouri (State Plan, as cited by districts and the parent centre): 60 calendar days from consent
 * to the evaluation and eligibility; the IEP meeting within 30 days of eligibility; a due-process
 * limit of 2 years. The answer to a referral is 30 days in the SSD handbook but "5 days for prior
 * written notice" at MPACT: the 30 days are encoded as `unconfirmed` and the summary names the
 * other reading, which is the safe one.
 */
export const missouri: StateRules = {
  code: 'MO',
  deadlineRules: [
    stateRule('MO', ideaInitialEvaluation, {
      kind: 'evaluation-request-response',
      summary: {
        en: 'In Missouri, as one district handbook states it, the school must decide on a referral and give you written notice within 30 days; the state parent centre mentions 5 days for the prior written notice. The sources conflict, so ask for the answer within 5 days to be safe.',
        es: 'En Misuri, según el manual de un distrito, la escuela debe decidir sobre una remisión y darle un aviso por escrito dentro de 30 días; el centro estatal para padres menciona 5 días para el aviso previo por escrito. Las fuentes no coinciden, así que pida la respuesta dentro de 5 días para ir sobre seguro.',
        vi: 'Ở Missouri, theo sổ tay của một học khu, nhà trường phải quyết định về việc giới thiệu và gửi thông báo bằng văn bản cho quý vị trong vòng 30 ngày; trung tâm phụ huynh của tiểu bang nêu 5 ngày cho thông báo trước bằng văn bản. Các nguồn mâu thuẫn nhau, nên để an toàn, hãy yêu cầu câu trả lời trong vòng 5 ngày.',
        'zh-Hans':
          '根据一个学区的手册，在密苏里州，学校必须在30天内就转介作出决定并向您发出书面通知；而州家长中心提到事先书面通知为5天。各来源说法矛盾，因此为稳妥起见，请要求在5天内答复。',
        ar: 'وفق ما يذكره دليل إحدى المناطق التعليمية في ميزوري، يجب على المدرسة أن تقرر بشأن الإحالة وترسل إليك إشعارًا كتابيًا خلال 30 يومًا؛ بينما يذكر مركز أولياء الأمور في الولاية 5 أيام للإشعار الكتابي المسبق. المصادر متعارضة، لذا اطلب الرد خلال 5 أيام احتياطًا.',
      },
      count: 30,
      basisText: '30 calendar days',
      trigger: { from: 'referral' },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: `${STATE_PLAN}, Regulation III (Identification and Evaluation), as cited by districts`,
      sourceUrl: `${SSD_HANDBOOK} ; https://www.missouriparentsact.org/`,
      status: 'unconfirmed',
    }),
    stateRule('MO', ideaInitialEvaluation, {
      summary: {
        en: 'In Missouri the evaluation and the eligibility decision are due within 60 calendar days of your consent.',
        es: 'En Misuri la evaluación y la decisión de elegibilidad vencen dentro de los 60 días calendario siguientes a su consentimiento.',
        vi: 'Ở Missouri, việc đánh giá và quyết định điều kiện hội đủ đến hạn trong vòng 60 ngày lịch kể từ khi quý vị đồng ý.',
        'zh-Hans': '在密苏里州，评估和资格决定应在您同意后60个日历日内完成。',
        ar: 'في ميزوري يستحق التقييم وقرار الأهلية خلال 60 يومًا تقويميًا من موافقتك.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: `${STATE_PLAN}, Regulation III (Identification and Evaluation)`,
      sourceUrl: 'https://dese.mo.gov/special-education',
      status: 'confirmed-secondary',
    }),
    stateRule('MO', ideaInitialIepMeeting, {
      summary: {
        en: 'In Missouri the IEP meeting must be held within 30 days of the eligibility decision.',
        es: 'En Misuri la reunión del IEP debe celebrarse dentro de los 30 días siguientes a la decisión de elegibilidad.',
        vi: 'Ở Missouri, cuộc họp IEP phải được tổ chức trong vòng 30 ngày kể từ quyết định về điều kiện hội đủ.',
        'zh-Hans': '在密苏里州，必须在资格决定后30天内召开IEP会议。',
        ar: 'في ميزوري يجب عقد اجتماع IEP خلال 30 يومًا من قرار الأهلية.',
      },
      citation: `${STATE_PLAN} (as cited by districts)`,
      sourceUrl: `https://dese.mo.gov/special-education ; ${SSD_HANDBOOK}`,
      status: 'confirmed-secondary',
    }),
    stateRule('MO', ideaDueProcessWindow, {
      summary: {
        en: 'In Missouri a due process complaint must be filed within 2 years of when you knew or should have known of the violation.',
        es: 'En Misuri una queja de debido proceso debe presentarse dentro de los 2 años siguientes a cuando usted supo o debió saber de la infracción.',
        vi: 'Ở Missouri, đơn khiếu nại theo thủ tục tố tụng phải được nộp trong vòng 2 năm kể từ khi quý vị biết hoặc lẽ ra phải biết về vi phạm.',
        'zh-Hans': '在密苏里州，正当程序投诉必须在您知道或应当知道违规之日起2年内提出。',
        ar: 'في ميزوري يجب تقديم شكوى الإجراءات القانونية الواجبة خلال سنتين (2) من الوقت الذي علمت فيه أو كان ينبغي أن تعلم بالمخالفة.',
      },
      citation: `${STATE_PLAN} (as cited by districts)`,
      sourceUrl: SSD_HANDBOOK,
      status: 'confirmed-secondary',
    }),
  ],
};
