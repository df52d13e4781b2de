import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO, REQUEST_ANSWERED_IN_WRITING } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Maine: for children 5 to 22, 45 school days from consent to the eligibility decision. Child
 * Development Services (ages 3–5) has 60 calendar days; the case file does not say which program
 * serves the child, so the school-age rule is encoded and the summary names the other. The consent
 * form within 15 school days of the referral rests on one secondary source (`unconfirmed`).
 */
export const maine: StateRules = {
  code: 'ME',
  deadlineRules: [
    stateRule('ME', ideaInitialEvaluation, {
      kind: 'evaluation-consent-request',
      summary: {
        en: 'In Maine the school is reported to have to give you the consent form for an evaluation within 15 school days of the referral; only one secondary source says so and the regulation’s text was not checked.',
        es: 'En Maine se informa que la escuela debe darle el formulario de consentimiento para la evaluación dentro de los 15 días escolares siguientes a la remisión; solo una fuente secundaria lo dice y no se verificó el texto del reglamento.',
        vi: 'Ở Maine, theo báo cáo, nhà trường phải đưa cho quý vị mẫu đồng ý đánh giá trong vòng 15 ngày học kể từ khi có giới thiệu; chỉ một nguồn thứ cấp nói như vậy và chưa kiểm tra được văn bản quy định.',
        'zh-Hans':
          '据报道，在缅因州，学校必须在转介后15个上学日内向您提供评估同意书；只有一个二手来源这样说，法规原文未经核对。',
        ar: 'أُفيد بأن المدرسة في مين يجب أن تقدم لك نموذج الموافقة على التقييم خلال 15 يومًا دراسيًا من الإحالة؛ ولا يذكر ذلك إلا مصدر ثانوي واحد، ولم يُتحقق من نص اللائحة.',
      },
      count: 15,
      basis: 'school-days',
      basisText: '15 school days',
      trigger: { from: 'referral' },
      completedBy: REQUEST_ANSWERED_IN_WRITING,
      measuredTo: MEASURED_TO.requestAnswered,
      citation: '05-071 C.M.R. ch. 101, § V (referral; not read)',
      sourceUrl: 'https://specialedstartguide.com/blog/maine-special-education-evaluation',
      status: 'unconfirmed',
    }),
    stateRule('ME', ideaInitialEvaluation, {
      summary: {
        en: 'In Maine, for children 5 to 22, the evaluation must be completed and eligibility decided within 45 school days of the school receiving your consent (for children 3 to 5 served by Child Development Services: 60 calendar days).',
        es: 'En Maine, para niños de 5 a 22 años, la evaluación debe completarse y la elegibilidad decidirse dentro de los 45 días escolares siguientes a que la escuela reciba su consentimiento (para niños de 3 a 5 años atendidos por Child Development Services: 60 días calendario).',
        vi: 'Ở Maine, đối với trẻ từ 5 đến 22 tuổi, việc đánh giá phải hoàn tất và điều kiện hội đủ phải được quyết định trong vòng 45 ngày học kể từ khi nhà trường nhận được sự đồng ý của quý vị (đối với trẻ từ 3 đến 5 tuổi do Child Development Services phục vụ: 60 ngày lịch).',
        'zh-Hans':
          '在缅因州，对于5至22岁的孩子，必须在学校收到您的同意后45个上学日内完成评估并决定资格（由Child Development Services服务的3至5岁儿童：60个日历日）。',
        ar: 'في مين، بالنسبة إلى الأطفال من 5 إلى 22 عامًا، يجب إكمال التقييم وتقرير الأهلية خلال 45 يومًا دراسيًا من استلام المدرسة موافقتك (وللأطفال من 3 إلى 5 أعوام الذين تخدمهم Child Development Services: 60 يومًا تقويميًا).',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '05-071 C.M.R. ch. 101, § V.1.A(3)(a)',
      sourceUrl:
        'https://casetext.com/regulation/maine-administrative-code/department-05-department-of-education/division-071-education-general/chapter-101-maine-unified-special-education-regulation-birth-to-age-twenty-two',
      status: 'confirmed',
    }),
  ],
};
