import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * South Dakota: 25 school days from consent to the evaluation (ARSD 24:05:25:03). Its text was not
 * readable; the official reevaluation rule (24:05:25:06) sets the same 25 school days "consistent
 * with" it, so the rule is `confirmed-secondary`. The IEP meeting within 30 calendar days of
 * eligibility (secondary). Reevaluations within 25 school days of the signed consent to reevaluate
 * (24:05:25:06, read), from the `reevaluation-consent-received` event (decision 0029).
 */
export const southDakota: StateRules = {
  code: 'SD',
  deadlineRules: [
    stateRule('SD', ideaInitialEvaluation, {
      summary: {
        en: 'In South Dakota the initial evaluation must be completed within 25 school days of the district receiving your signed consent, unless you and the school agree to other time limits.',
        es: 'En Dakota del Sur la evaluación inicial debe completarse dentro de los 25 días escolares siguientes a que el distrito reciba su consentimiento firmado, salvo que usted y la escuela acuerden otros plazos.',
        vi: 'Ở Nam Dakota, việc đánh giá ban đầu phải hoàn tất trong vòng 25 ngày học kể từ khi học khu nhận được sự đồng ý có chữ ký của quý vị, trừ khi quý vị và nhà trường thỏa thuận thời hạn khác.',
        'zh-Hans': '在南达科他州，初次评估必须在学区收到您签名的同意书后25个上学日内完成，除非您和学校商定了其他时限。',
        ar: 'في داكوتا الجنوبية يجب إكمال التقييم الأولي خلال 25 يومًا دراسيًا من استلام المنطقة التعليمية موافقتك الموقَّعة، ما لم تتفق أنت والمدرسة على مهل أخرى.',
      },
      count: 25,
      basis: 'school-days',
      basisText: '25 school days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'ARSD 24:05:25:03',
      sourceUrl:
        'http://sdlegislature.gov/Rules/DisplayRule.aspx?Rule=24:05:25:03 ; http://sdlegislature.gov/Rules/DisplayRule.aspx?Rule=24:05:25:06',
      status: 'confirmed-secondary',
    }),
    stateRule('SD', ideaInitialIepMeeting, {
      summary: {
        en: 'In South Dakota the IEP meeting must be held within 30 calendar days of the decision that your child is eligible.',
        es: 'En Dakota del Sur la reunión del IEP debe celebrarse dentro de los 30 días calendario siguientes a la decisión de que su hijo(a) es elegible.',
        vi: 'Ở Nam Dakota, cuộc họp IEP phải được tổ chức trong vòng 30 ngày lịch kể từ quyết định rằng con quý vị hội đủ điều kiện.',
        'zh-Hans': '在南达科他州，必须在认定您的孩子符合资格后30个日历日内召开IEP会议。',
        ar: 'في داكوتا الجنوبية يجب عقد اجتماع IEP خلال 30 يومًا تقويميًا من قرار أهلية طفلك.',
      },
      citation: 'ARSD ch. 24:05:27 (section not verified)',
      sourceUrl: 'https://specialedstartguide.com/blog/south-dakota-special-education-evaluation',
      status: 'confirmed-secondary',
    }),
    stateRule('SD', ideaInitialEvaluation, {
      kind: 'reevaluation-completion',
      summary: {
        en: 'In South Dakota a reevaluation must be completed within 25 school days of the district receiving your signed consent to reevaluate, unless you and the school agree to other time limits.',
        es: 'En Dakota del Sur una reevaluación debe completarse dentro de los 25 días escolares siguientes a que el distrito reciba su consentimiento firmado para reevaluar, salvo que usted y la escuela acuerden otros plazos.',
        vi: 'Ở Nam Dakota, việc tái đánh giá phải hoàn tất trong vòng 25 ngày học kể từ khi học khu nhận được sự đồng ý tái đánh giá có chữ ký của quý vị, trừ khi quý vị và nhà trường thỏa thuận thời hạn khác.',
        'zh-Hans':
          '在南达科他州，重新评估必须在学区收到您签名的重新评估同意书后25个上学日内完成，除非您和学校商定了其他时限。',
        ar: 'في داكوتا الجنوبية يجب إكمال إعادة التقييم خلال 25 يومًا دراسيًا من استلام المنطقة التعليمية موافقتك الموقَّعة على إعادة التقييم، ما لم تتفق أنت والمدرسة على مهل أخرى.',
      },
      count: 25,
      basis: 'school-days',
      basisText: '25 school days',
      trigger: { from: 'events', events: [{ type: 'reevaluation-consent-received' }] },
      completedBy: [{ type: 'evaluation-completed', where: { kind: ['reevaluation'] } }],
      measuredTo: {
        en: 'the reevaluation is done',
        es: 'la reevaluación está terminada',
        vi: 'việc tái đánh giá đã hoàn tất',
        'zh-Hans': '重新评估已完成',
        ar: 'اكتملت إعادة التقييم',
      },
      citation: 'ARSD 24:05:25:06',
      sourceUrl: 'http://sdlegislature.gov/Rules/DisplayRule.aspx?Rule=24:05:25:06',
      status: 'confirmed',
    }),
  ],
};
