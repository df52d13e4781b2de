import { BREAK_EXCLUSIONS } from '../break-exclusions';
import { stateRule } from '../define-rule';
import { EVALUATION_DONE, EVALUATION_REQUEST_ANSWERED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaReevaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const PA_14_123 =
  'https://www.pacodeandbulletin.gov/Display/pacode?file=/secure/pacode/data/022/chapter14/s14.123.html&d= ; http://odr-pa.org/parents/parent-resource-library/timelines/';

/**
 * Pennsylvania: 60 calendar days from consent to the report, not counting summer; a permission
 * form within 10 days of an oral request; reevaluation every 2 years for intellectual disability
 * (kind `reevaluation-intellectual-disability`, replacing the 3-year clock); transition at 14.
 */
export const pennsylvania: StateRules = {
  code: 'PA',
  deadlineRules: [
    stateRule('PA', ideaInitialEvaluation, {
      kind: 'evaluation-consent-request',
      summary: {
        en: 'In Pennsylvania, if you ask for an evaluation orally, the school must give you the permission-to-evaluate form within 10 calendar days.',
        es: 'En Pensilvania, si pide una evaluación de forma oral, la escuela debe entregarle el formulario de permiso para evaluar dentro de 10 días calendario.',
        vi: 'Ở Pennsylvania, nếu quý vị yêu cầu đánh giá bằng lời nói, nhà trường phải đưa cho quý vị mẫu cho phép đánh giá trong vòng 10 ngày lịch.',
        'zh-Hans': '在宾夕法尼亚州，如果您口头申请评估，学校必须在10个日历日内向您提供评估许可表。',
        ar: 'في بنسلفانيا، إذا طلبت التقييم شفهيًا، يجب على المدرسة أن تقدم لك نموذج الإذن بالتقييم خلال 10 أيام تقويمية.',
      },
      count: 10,
      basisText: '10 calendar days',
      trigger: { from: 'events', events: [{ type: 'evaluation-requested', where: { oral: [true] } }] },
      completedBy: EVALUATION_REQUEST_ANSWERED,
      citation: '22 Pa. Code 14.123(c)',
      sourceUrl: PA_14_123,
      status: 'confirmed',
    }),
    stateRule('PA', ideaInitialEvaluation, {
      summary: {
        en: 'In Pennsylvania the evaluation report must be presented to you within 60 calendar days of your consent, not counting summer (from the day after the spring term ends to the day before the fall term starts).',
        es: 'En Pensilvania el informe de evaluación debe entregársele dentro de los 60 días calendario siguientes a su consentimiento, sin contar el verano (del día después del fin del trimestre de primavera al día antes del inicio del de otoño).',
        vi: 'Ở Pennsylvania, báo cáo đánh giá phải được trình bày cho quý vị trong vòng 60 ngày lịch kể từ khi quý vị đồng ý, không tính mùa hè (từ ngày sau khi học kỳ mùa xuân kết thúc đến ngày trước khi học kỳ mùa thu bắt đầu).',
        'zh-Hans':
          '在宾夕法尼亚州，评估报告必须在您同意后60个日历日内交给您，不计暑假（从春季学期结束后的第二天到秋季学期开始前一天）。',
        ar: 'في بنسلفانيا يجب تقديم تقرير التقييم إليك خلال 60 يومًا تقويميًا من موافقتك، دون احتساب الصيف (من اليوم التالي لانتهاء فصل الربيع إلى اليوم السابق لبدء فصل الخريف).',
      },
      breakExclusion: BREAK_EXCLUSIONS.pennsylvania,
      basisText: '60 calendar days, not counting summer',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.report,
      citation: '22 Pa. Code 14.123(b)',
      sourceUrl: PA_14_123,
      status: 'confirmed',
    }),
    stateRule('PA', ideaReevaluation, {
      kind: 'reevaluation-intellectual-disability',
      summary: {
        en: 'In Pennsylvania a student identified with an intellectual disability must be reevaluated at least every 2 years.',
        es: 'En Pensilvania un estudiante identificado con discapacidad intelectual debe ser reevaluado al menos cada 2 años.',
        vi: 'Ở Pennsylvania, học sinh được xác định có khuyết tật trí tuệ phải được tái đánh giá ít nhất 2 năm một lần.',
        'zh-Hans': '在宾夕法尼亚州，被认定有智力障碍的学生必须至少每2年重新评估一次。',
        ar: 'في بنسلفانيا يجب إعادة تقييم الطالب المحدد بأن لديه إعاقة ذهنية كل سنتين (2) على الأقل.',
      },
      count: 2,
      basisText: '2 years',
      appliesToCategory: 'intellectual-disability',
      replacesKind: 'reevaluation',
      citation: '22 Pa. Code 14.124(c)',
      sourceUrl:
        'https://d1tvxue8o4w0fl.cloudfront.net/regulation/pennsylvania-code-rules-and-regulations/title-22-education/part-i-state-board-of-education/subpart-a-miscellaneous-provisions/chapter-14-special-education-services-and-programs/child-find-screening-and-evaluation/section-14124-reevaluation',
      status: 'confirmed',
    }),
    stateRule('PA', ideaTransitionPlan, {
      summary: {
        en: 'In Pennsylvania transition planning belongs in the IEP for the year your child turns 14.',
        es: 'En Pensilvania la planificación de la transición va en el IEP del año en que su hijo(a) cumple 14 años.',
        vi: 'Ở Pennsylvania, việc lập kế hoạch chuyển tiếp phải có trong IEP của năm con quý vị tròn 14 tuổi.',
        'zh-Hans': '在宾夕法尼亚州，过渡规划应写入您的孩子年满14岁那一年的IEP。',
        ar: 'في بنسلفانيا يجب أن يرد التخطيط للانتقال في IEP الخاص بالعام الذي يبلغ فيه طفلك 14 عامًا.',
      },
      count: 14,
      basisText: 'age 14',
      citation: '22 Pa. Code 14.131',
      sourceUrl: 'https://www.svsd.net/page/274',
      status: 'confirmed-secondary',
    }),
  ],
};
