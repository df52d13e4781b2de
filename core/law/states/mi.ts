import { stateRule } from '../define-rule';
import { EVALUATION_REQUEST_ANSWERED, WRITTEN_REQUEST } from '../event-matches';
import type { EventMatch } from '../deadline-rule';
import { ideaInitialEvaluation, ideaStateComplaintWindow } from '../idea';
import type { StateRules } from '../state-rules';

const R_340_1721B = 'Mich. Admin. Code R 340.1721b';
const R_340_1721B_SOURCES =
  'https://www.law.cornell.edu/regulations/michigan/Mich-Admin-Code-R-340-1721b ; https://regulations.justia.com/states/michigan/education/superintendent-of-public-instruction/special-education-programs-and-services/part-2/section-r-340-1721b';

/**
 * The notice that ends Michigan's 30 school days: the written notice offering a free appropriate
 * public education (sent within 7 school days of the IEP meeting), or the decision of no eligibility.
 * A notice whose subject is not given counts, since the offer is the notice families most often record.
 */
const OFFER_OF_FAPE_OR_NOT_ELIGIBLE: readonly EventMatch[] = [
  { type: 'prior-written-notice-given', where: { subject: ['iep', 'placement', undefined] } },
  { type: 'eligibility-determined', where: { framework: ['idea'], eligible: [false] } },
];

/**
 * Michigan: 10 school days to answer a request; 30 school days from consent to the notice offering
 * FAPE (not the meeting: R 340.1721b(1)(a)); the IEP starts within 15 school days of your receipt
 * of that notice; 1-year complaint window.
 */
export const michigan: StateRules = {
  code: 'MI',
  deadlineRules: [
    stateRule('MI', ideaInitialEvaluation, {
      kind: 'evaluation-consent-request',
      summary: {
        en: 'In Michigan the district must give you notice and ask for your consent within 10 school days of your written request for an evaluation.',
        es: 'En Míchigan el distrito debe darle aviso y pedir su consentimiento dentro de los 10 días escolares siguientes a su solicitud escrita de evaluación.',
        vi: 'Ở Michigan, học khu phải gửi thông báo cho quý vị và xin sự đồng ý của quý vị trong vòng 10 ngày học kể từ khi quý vị yêu cầu đánh giá bằng văn bản.',
        'zh-Hans': '在密歇根州，学区必须在您提出书面评估申请后10个上学日内向您发出通知并征求您的同意。',
        ar: 'في ميشيغان يجب على المنطقة التعليمية أن ترسل إليك إشعارًا وتطلب موافقتك خلال 10 أيام دراسية من طلبك الكتابي للتقييم.',
      },
      count: 10,
      basis: 'school-days',
      basisText: '10 school days',
      trigger: { from: 'events', events: WRITTEN_REQUEST },
      completedBy: EVALUATION_REQUEST_ANSWERED,
      citation: R_340_1721B,
      sourceUrl: R_340_1721B_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MI', ideaInitialEvaluation, {
      summary: {
        en: 'In Michigan the district must give notice of its offer of a free appropriate public education, or of no eligibility, within 30 school days of your consent.',
        es: 'En Míchigan el distrito debe notificar su oferta de educación pública gratuita y apropiada, o la no elegibilidad, dentro de los 30 días escolares siguientes a su consentimiento.',
        vi: 'Ở Michigan, học khu phải thông báo về đề nghị cung cấp giáo dục công lập miễn phí và thích hợp, hoặc về việc không hội đủ điều kiện, trong vòng 30 ngày học kể từ khi quý vị đồng ý.',
        'zh-Hans':
          '在密歇根州，学区必须在您同意后30个上学日内，就其提供免费适当公立教育的方案或不符合资格的结论发出通知。',
        ar: 'في ميشيغان يجب على المنطقة التعليمية أن تُخطرك بعرضها للتعليم العام المجاني المناسب، أو بعدم الأهلية، خلال 30 يومًا دراسيًا من موافقتك.',
      },
      count: 30,
      basis: 'school-days',
      basisText: '30 school days',
      completedBy: OFFER_OF_FAPE_OR_NOT_ELIGIBLE,
      measuredTo: {
        en: 'the written notice offering FAPE (or of no eligibility) is sent; the IEP meeting alone does not end the clock',
        es: 'se envía el aviso por escrito que ofrece FAPE (o de no elegibilidad); la reunión del IEP por sí sola no detiene el plazo',
        vi: 'thông báo bằng văn bản đề nghị FAPE (hoặc về việc không hội đủ điều kiện) đã được gửi; riêng cuộc họp IEP không chấm dứt thời hạn',
        'zh-Hans': '已寄出提供FAPE的书面通知（或不符合资格的通知）；仅召开IEP会议并不能结束计时',
        ar: 'أُرسل الإشعار الكتابي الذي يعرض FAPE (أو بعدم الأهلية)؛ ولا ينهي اجتماع IEP وحده المهلة',
      },
      citation: `${R_340_1721B}(1)(a)`,
      sourceUrl: R_340_1721B_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MI', ideaInitialEvaluation, {
      kind: 'iep-implementation',
      summary: {
        en: 'In Michigan the IEP must be put into effect as soon as possible and within 15 school days of your receipt of the written notice offering FAPE.',
        es: 'En Míchigan el IEP debe ponerse en práctica lo antes posible y dentro de los 15 días escolares siguientes a que usted reciba el aviso por escrito que ofrece FAPE.',
        vi: 'Ở Michigan, IEP phải được thực hiện càng sớm càng tốt và trong vòng 15 ngày học kể từ khi quý vị nhận được thông báo bằng văn bản đề nghị FAPE.',
        'zh-Hans': '在密歇根州，IEP必须尽快实施，并在您收到提供FAPE的书面通知后15个上学日内实施。',
        ar: 'في ميشيغان يجب تنفيذ IEP في أقرب وقت ممكن وخلال 15 يومًا دراسيًا من استلامك الإشعار الكتابي الذي يعرض FAPE.',
      },
      count: 15,
      basis: 'school-days',
      basisText: '15 school days',
      trigger: { from: 'events', events: [{ type: 'prior-written-notice-given', where: { subject: ['iep'] } }] },
      completedBy: [{ type: 'plan-started', where: { framework: ['iep'] } }],
      measuredTo: {
        en: 'the IEP is in effect',
        es: 'el IEP está en vigor',
        vi: 'IEP đã có hiệu lực',
        'zh-Hans': 'IEP已生效',
        ar: 'أصبح IEP ساريًا',
      },
      citation: `${R_340_1721B}(1)(d)`,
      sourceUrl: R_340_1721B_SOURCES,
      status: 'confirmed',
    }),
    stateRule('MI', ideaStateComplaintWindow, {
      summary: {
        en: 'In Michigan a state complaint must be filed within one year of the alleged violation.',
        es: 'En Míchigan una queja estatal debe presentarse dentro del año siguiente a la presunta infracción.',
        vi: 'Ở Michigan, khiếu nại cấp tiểu bang phải được nộp trong vòng một năm kể từ vi phạm bị cáo buộc.',
        'zh-Hans': '在密歇根州，州投诉必须在所指称的违规发生后一年内提出。',
        ar: 'في ميشيغان يجب تقديم الشكوى إلى الولاية خلال سنة واحدة من المخالفة المزعومة.',
      },
      citation: 'Mich. Admin. Code R 340.1851',
      sourceUrl: 'http://mirules.elaws.us/rule/r340.1851',
      status: 'confirmed',
    }),
  ],
};
