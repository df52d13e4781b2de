import { beforeIepMeeting, MEETING_DOCUMENTS_PROVIDED } from '../before-meeting';
import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import type { EventMatch } from '../deadline-rule';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const CHAPTER_30 =
  'https://d1tvxue8o4w0fl.cloudfront.net/regulation/district-of-columbia-administrative-code/title-5-education/subtitle-5-a-office-of-the-state-superintendent-of-education/chapter-5-a30-special-education';

const CONSENT_REQUESTED: readonly EventMatch[] = [
  { type: 'evaluation-consent-requested' },
  { type: 'evaluation-consent-received' },
  { type: 'evaluation-refused' },
];

/**
 * District of Columbia: an oral referral is put in writing within 3 business days (3004.6); the school
 * begins its efforts to get consent within 10 business days of the referral and makes them within 30
 * days (3005.4(a)); 60 days from consent to the evaluation and eligibility decision; the documents the
 * team will discuss reach the parent 5 business days before the meeting (38-2571.03, secondary);
 * transition at 14.
 */
export const districtOfColumbia: StateRules = {
  code: 'DC',
  deadlineRules: [
    stateRule('DC', ideaInitialEvaluation, {
      kind: 'evaluation-consent-request',
      summary: {
        en: 'In the District of Columbia the school must begin its efforts to get your consent to evaluate within 10 business days of the referral (an oral referral counts: the school writes it down within 3 business days), and make them within 30 days.',
        es: 'En el Distrito de Columbia la escuela debe comenzar sus gestiones para obtener su consentimiento para evaluar dentro de los 10 días hábiles siguientes a la remisión (una remisión oral cuenta: la escuela la pone por escrito en 3 días hábiles), y realizarlas dentro de 30 días.',
        vi: 'Ở Đặc khu Columbia, nhà trường phải bắt đầu nỗ lực xin sự đồng ý đánh giá của quý vị trong vòng 10 ngày làm việc kể từ khi có giới thiệu (giới thiệu bằng lời nói cũng được tính: nhà trường ghi lại bằng văn bản trong vòng 3 ngày làm việc), và thực hiện các nỗ lực đó trong vòng 30 ngày.',
        'zh-Hans':
          '在哥伦比亚特区，学校必须在转介后10个工作日内开始设法征得您对评估的同意（口头转介也算：学校须在3个工作日内将其形成书面记录），并在30天内完成这些努力。',
        ar: 'في مقاطعة كولومبيا يجب على المدرسة أن تبدأ مساعيها للحصول على موافقتك على التقييم خلال 10 أيام عمل من الإحالة (والإحالة الشفهية معتبرة: تدوّنها المدرسة كتابيًا خلال 3 أيام عمل)، وأن تبذل هذه المساعي خلال 30 يومًا.',
      },
      count: 10,
      basis: 'business-days',
      basisText: '10 business days',
      trigger: { from: 'referral' },
      completedBy: CONSENT_REQUESTED,
      citation: '5-A DCMR 3005.4(a)',
      sourceUrl: `${CHAPTER_30}/rule-5-a3005-initial-evaluation-process`,
      status: 'confirmed',
    }),
    stateRule('DC', ideaInitialEvaluation, {
      kind: 'oral-referral-documented',
      summary: {
        en: 'In the District of Columbia, when you refer your child for an evaluation orally, the school must put the referral in writing within 3 business days.',
        es: 'En el Distrito de Columbia, cuando usted remite a su hijo(a) a evaluación de forma oral, la escuela debe poner la remisión por escrito dentro de 3 días hábiles.',
        vi: 'Ở Đặc khu Columbia, khi quý vị giới thiệu con đi đánh giá bằng lời nói, nhà trường phải ghi lại lời giới thiệu đó bằng văn bản trong vòng 3 ngày làm việc.',
        'zh-Hans': '在哥伦比亚特区，当您口头转介孩子接受评估时，学校必须在3个工作日内将转介形成书面记录。',
        ar: 'في مقاطعة كولومبيا، عندما تُحيل طفلك للتقييم شفهيًا، يجب على المدرسة تدوين الإحالة كتابيًا خلال 3 أيام عمل.',
      },
      count: 3,
      basis: 'business-days',
      basisText: '3 business days',
      trigger: { from: 'events', events: [{ type: 'evaluation-requested', where: { oral: [true] } }] },
      // The school writes the referral down; a written referral received since answers it too.
      completedBy: [{ type: 'referral-documented' }, { type: 'referral-received' }],
      measuredTo: {
        en: 'the school has put your oral referral in writing',
        es: 'la escuela ha puesto por escrito su remisión oral',
        vi: 'nhà trường đã ghi lại bằng văn bản lời giới thiệu bằng miệng của quý vị',
        'zh-Hans': '学校已将您的口头转介形成书面记录',
        ar: 'دوّنت المدرسة إحالتك الشفهية كتابيًا',
      },
      citation: '5-A DCMR 3004.6',
      sourceUrl: `${CHAPTER_30}/rule-5-a3004-referral-for-initial-evaluation`,
      status: 'confirmed',
    }),
    stateRule('DC', ideaInitialEvaluation, {
      kind: 'evaluation-consent-efforts',
      summary: {
        en: 'In the District of Columbia the school must make reasonable efforts to get your consent to evaluate within 30 days of the referral: by then it has your consent, or a record of its attempts to get it.',
        es: 'En el Distrito de Columbia la escuela debe hacer gestiones razonables para obtener su consentimiento para evaluar dentro de los 30 días siguientes a la remisión: para entonces tiene su consentimiento o un registro de sus intentos de obtenerlo.',
        vi: 'Ở Đặc khu Columbia, nhà trường phải nỗ lực hợp lý để xin sự đồng ý đánh giá của quý vị trong vòng 30 ngày kể từ khi có giới thiệu: đến lúc đó, nhà trường phải có sự đồng ý của quý vị, hoặc có hồ sơ ghi lại các lần cố gắng xin sự đồng ý.',
        'zh-Hans':
          '在哥伦比亚特区，学校必须在转介后30天内作出合理努力以征得您对评估的同意：届时学校应已获得您的同意，或保存了设法征得同意的记录。',
        ar: 'في مقاطعة كولومبيا يجب على المدرسة بذل جهود معقولة للحصول على موافقتك على التقييم خلال 30 يومًا من الإحالة: فبحلول ذلك الوقت تكون لديها موافقتك، أو سجل بمحاولاتها للحصول عليها.',
      },
      count: 30,
      basisText: '30 calendar days',
      trigger: { from: 'referral' },
      completedBy: [
        { type: 'evaluation-consent-received' },
        { type: 'consent-efforts-documented' },
        { type: 'evaluation-refused' },
      ],
      measuredTo: {
        en: 'the school has your consent, or has recorded its efforts to get it (or has refused in writing to evaluate)',
        es: 'la escuela tiene su consentimiento, o ha registrado sus gestiones para obtenerlo (o se ha negado por escrito a evaluar)',
        vi: 'nhà trường đã có sự đồng ý của quý vị, hoặc đã ghi lại các nỗ lực xin sự đồng ý (hoặc đã từ chối đánh giá bằng văn bản)',
        'zh-Hans': '学校已获得您的同意，或已记录其为征得同意所作的努力（或已书面拒绝评估）',
        ar: 'حصلت المدرسة على موافقتك، أو سجّلت مساعيها للحصول عليها (أو رفضت التقييم كتابيًا)',
      },
      citation: '5-A DCMR 3005.4(a)',
      sourceUrl: `${CHAPTER_30}/rule-5-a3005-initial-evaluation-process`,
      status: 'confirmed',
    }),
    beforeIepMeeting('DC', {
      kind: 'meeting-documents',
      count: 5,
      basis: 'business-days',
      basisText: '5 business days before the meeting',
      completedBy: MEETING_DOCUMENTS_PROVIDED,
      summary: {
        en: 'In the District of Columbia the evaluations and other documents the team will discuss must reach you at least 5 business days before the meeting.',
        es: 'En el Distrito de Columbia las evaluaciones y demás documentos que el equipo tratará deben llegarle al menos 5 días hábiles antes de la reunión.',
        vi: 'Ở Đặc khu Columbia, các kết quả đánh giá và những tài liệu khác mà nhóm sẽ thảo luận phải đến tay quý vị ít nhất 5 ngày làm việc trước cuộc họp.',
        'zh-Hans': '在哥伦比亚特区，小组将要讨论的评估结果和其他文件必须至少在会议前5个工作日送达您手中。',
        ar: 'في مقاطعة كولومبيا يجب أن تصلك التقييمات والمستندات الأخرى التي سيناقشها الفريق قبل الاجتماع بخمسة (5) أيام عمل على الأقل.',
      },
      citation: 'D.C. Code 38-2571.03',
      sourceUrl: 'https://code.dccouncil.gov/us/dc/council/code/sections/38-2571.03',
      status: 'confirmed-secondary',
    }),
    stateRule('DC', ideaInitialEvaluation, {
      summary: {
        en: 'In the District of Columbia your child must be evaluated and eligibility decided within 60 days of the date you give consent.',
        es: 'En el Distrito de Columbia su hijo(a) debe ser evaluado(a) y la elegibilidad decidida dentro de los 60 días siguientes a la fecha en que usted da su consentimiento.',
        vi: 'Ở Đặc khu Columbia, con quý vị phải được đánh giá và được quyết định điều kiện hội đủ trong vòng 60 ngày kể từ ngày quý vị đồng ý.',
        'zh-Hans': '在哥伦比亚特区，必须在您同意之日起60天内完成对孩子的评估并决定资格。',
        ar: 'في مقاطعة كولومبيا يجب تقييم طفلك وتقرير أهليته خلال 60 يومًا من تاريخ موافقتك.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'D.C. Code 38-2561.02(a); 5-A DCMR 3005.4(b)',
      sourceUrl: `https://code.dccouncil.gov/us/dc/council/code/sections/38-2561.02 ; ${CHAPTER_30}/rule-5-a3005-initial-evaluation-process`,
      status: 'confirmed',
    }),
    stateRule('DC', ideaTransitionPlan, {
      summary: {
        en: 'In the District of Columbia transition planning starts with the IEP in effect when your child turns 14.',
        es: 'En el Distrito de Columbia la planificación de la transición empieza con el IEP vigente cuando su hijo(a) cumple 14 años.',
        vi: 'Ở Đặc khu Columbia, việc lập kế hoạch chuyển tiếp bắt đầu từ IEP có hiệu lực khi con quý vị tròn 14 tuổi.',
        'zh-Hans': '在哥伦比亚特区，过渡规划从您的孩子年满14岁时有效的IEP开始。',
        ar: 'في مقاطعة كولومبيا يبدأ التخطيط للانتقال مع IEP الساري عند بلوغ طفلك 14 عامًا.',
      },
      count: 14,
      basisText: 'age 14',
      citation: '5-A DCMR 3026',
      sourceUrl: CHAPTER_30,
      status: 'confirmed',
    }),
  ],
};
