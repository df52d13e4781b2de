import { stateRule } from '../define-rule';
import { IEP_IMPLEMENTED, MEASURED_TO } from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaDueProcessWindow, ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
import type { StateRules } from '../state-rules';

const STATUTES = 'http://www.touchngo.com/lglcntr/akstats/statutes/title14/chapter30';

/**
 * Alaska. The evaluation clock is unresolved: a secondary source gives 90 calendar days from consent
 * to services under 4 AAC 52.115 (a section whose text was not read); another, unreliable source
 * gives 60 days under a section that does not appear to exist. The 90-day reading is encoded as
 * `unconfirmed`, with the other in its summary. A parent has 12 months from the district's written
 * notice of a decision to ask for a hearing (AS 14.30.193(a), read).
 */
export const alaska: StateRules = {
  code: 'AK',
  deadlineRules: [
    stateRule('AK', ideaInitialEvaluation, {
      summary: {
        en: 'In Alaska, as reported, the evaluation, the eligibility meeting, the IEP and the start of services must all happen within 90 calendar days of your written consent. The regulation text was not checked, and one source says 60 days: treat the earlier date as the safe one.',
        es: 'En Alaska, según se informa, la evaluación, la reunión de elegibilidad, el IEP y el inicio de los servicios deben ocurrir dentro de los 90 días calendario siguientes a su consentimiento escrito. No se verificó el texto del reglamento y una fuente dice 60 días: considere la fecha más temprana como la segura.',
        vi: 'Theo các nguồn đã báo cáo, ở Alaska việc đánh giá, cuộc họp xác định điều kiện hội đủ, IEP và việc bắt đầu dịch vụ đều phải diễn ra trong vòng 90 ngày lịch kể từ khi có sự đồng ý bằng văn bản của quý vị. Chưa kiểm tra được văn bản quy định, và một nguồn nói là 60 ngày: hãy xem ngày sớm hơn là ngày an toàn.',
        'zh-Hans':
          '据报道，在阿拉斯加州，评估、资格认定会议、IEP以及开始提供服务，都必须在您书面同意后90个日历日内完成。法规原文未经核对，且有一个来源说是60天：请以较早的日期为准，较为稳妥。',
        ar: 'وفق ما أُفيد، يجب في ألاسكا أن يتم التقييم واجتماع تقرير الأهلية ووضع IEP وبدء الخدمات كلها خلال 90 يومًا تقويميًا من موافقتك الكتابية. لم يُتحقق من نص اللائحة، ويذكر أحد المصادر 60 يومًا: فاعتبر التاريخ الأبكر هو الأسلم.',
      },
      count: 90,
      basisText: '90 calendar days',
      completedBy: IEP_IMPLEMENTED,
      measuredTo: MEASURED_TO.iepImplemented,
      citation: '4 AAC 52.115 (text not read)',
      sourceUrl: 'https://specialedstartguide.com/blog/alaska-special-education-evaluation-timeline',
      status: 'unconfirmed',
    }),
    stateRule('AK', ideaInitialIepMeeting, {
      summary: {
        en: 'In Alaska the IEP must be developed within 30 days after your child is found eligible.',
        es: 'En Alaska el IEP debe elaborarse dentro de los 30 días siguientes a que su hijo(a) sea declarado(a) elegible.',
        vi: 'Ở Alaska, IEP phải được soạn trong vòng 30 ngày sau khi con quý vị được xác định là hội đủ điều kiện.',
        'zh-Hans': '在阿拉斯加州，必须在您的孩子被认定符合资格后30天内制定IEP。',
        ar: 'في ألاسكا يجب وضع IEP خلال 30 يومًا من تقرير أهلية طفلك.',
      },
      citation: 'AS 14.30.278',
      sourceUrl: `${STATUTES}/section278.htm ; https://specialedstartguide.com/blog/alaska-special-education-evaluation-timeline`,
      status: 'confirmed-secondary',
    }),
    stateRule('AK', ideaAgeOfMajorityNotice, {
      summary: {
        en: 'In Alaska rights transfer to the student at 18; the student is told at 17 which rights will transfer.',
        es: 'En Alaska los derechos pasan al estudiante a los 18 años; a los 17 se le informa qué derechos pasarán a él o ella.',
        vi: 'Ở Alaska, các quyền được chuyển sang học sinh khi học sinh 18 tuổi; học sinh được cho biết lúc 17 tuổi những quyền nào sẽ được chuyển.',
        'zh-Hans': '在阿拉斯加州，学生年满18岁时权利转移给学生；学生在17岁时会被告知哪些权利将被转移。',
        ar: 'في ألاسكا تنتقل الحقوق إلى الطالب عند بلوغه 18 عامًا؛ ويُبلَّغ الطالب في سن 17 بالحقوق التي ستنتقل إليه.',
      },
      citation: 'AS 14.30.191',
      sourceUrl: `${STATUTES}/section191.htm`,
      status: 'confirmed-secondary',
    }),
    stateRule('AK', ideaDueProcessWindow, {
      summary: {
        en: 'In Alaska a parent must ask for a due process hearing within 12 months after the district gives written notice of the decision being challenged. Binder counts from the date you enter as when you knew of the problem: enter the date of the district’s written notice.',
        es: 'En Alaska los padres deben pedir una audiencia de debido proceso dentro de los 12 meses siguientes a que el distrito dé aviso por escrito de la decisión que se impugna. Binder cuenta desde la fecha que usted indica como aquella en que supo del problema: indique la fecha del aviso escrito del distrito.',
        vi: 'Ở Alaska, phụ huynh phải yêu cầu phiên điều trần theo thủ tục tố tụng trong vòng 12 tháng sau khi học khu gửi thông báo bằng văn bản về quyết định bị phản đối. Binder tính từ ngày quý vị nhập là ngày quý vị biết về vấn đề: hãy nhập ngày của thông báo bằng văn bản của học khu.',
        'zh-Hans':
          '在阿拉斯加州，家长必须在学区就所质疑的决定发出书面通知后12个月内申请正当程序听证。Binder从您输入的“知道问题的日期”开始计算：请输入学区书面通知的日期。',
        ar: 'في ألاسكا يجب على ولي الأمر طلب جلسة استماع وفق الإجراءات القانونية الواجبة خلال 12 شهرًا من تقديم المنطقة التعليمية إشعارًا كتابيًا بالقرار المطعون فيه. يحسب Binder المدة من التاريخ الذي تُدخله على أنه تاريخ علمك بالمشكلة: فأدخل تاريخ الإشعار الكتابي من المنطقة التعليمية.',
      },
      count: 1,
      basisText: '12 months (1 year)',
      citation: 'AS 14.30.193(a)',
      sourceUrl: `${STATUTES}/section193.htm`,
      status: 'confirmed',
    }),
  ],
};
