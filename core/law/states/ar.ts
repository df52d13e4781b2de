import { stateRule } from '../define-rule';
import {
  EVALUATION_DONE,
  IEP_DEVELOPED,
  INITIAL_EVALUATION_DONE,
  MEASURED_TO,
  REQUEST_MEETING_HELD,
} from '../event-matches';
import { ideaInitialEvaluation, ideaInitialIepMeeting } from '../idea';
import type { StateRules } from '../state-rules';

const RULES = 'https://dese.ade.arkansas.gov/Offices/special-education';

/**
 * Arkansas: the referral conference is scheduled within 7 and held within 21 calendar days of the written referral
 * (005.18.4-4.03, read); the evaluation within 60 calendar days of consent and the
 * evaluation/programming conference within 30 calendar days of the completed evaluation
 * (secondary sources agree).
 */
export const arkansas: StateRules = {
  code: 'AR',
  deadlineRules: [
    stateRule('AR', ideaInitialEvaluation, {
      kind: 'evaluation-decision',
      summary: {
        en: 'In Arkansas the referral conference, which decides whether to evaluate, must be scheduled within 7 and held within 21 calendar days of the school receiving the written referral.',
        es: 'En Arkansas la conferencia de remisión, que decide si se evalúa, debe programarse dentro de 7 días y celebrarse dentro de 21 días calendario desde que la escuela recibe la remisión escrita.',
        vi: 'Ở Arkansas, cuộc họp giới thiệu, nơi quyết định có đánh giá hay không, phải được lên lịch trong vòng 7 ngày lịch và được tổ chức trong vòng 21 ngày lịch kể từ khi nhà trường nhận được giấy giới thiệu bằng văn bản.',
        'zh-Hans': '在阿肯色州，决定是否评估的转介会议必须在学校收到书面转介后7个日历日内安排，并在21个日历日内召开。',
        ar: 'في أركنساس يجب تحديد موعد اجتماع الإحالة، الذي يقرر إجراء التقييم أو عدمه، خلال 7 أيام تقويمية، وعقده خلال 21 يومًا تقويميًا من استلام المدرسة الإحالة الكتابية.',
      },
      count: 21,
      basisText: '21 calendar days',
      trigger: { from: 'referral' },
      // Measured to the conference held (or the district's written answer, which follows it).
      completedBy: REQUEST_MEETING_HELD,
      citation: 'Ark. Admin. Code 005.18.4-4.03',
      sourceUrl: RULES,
      status: 'confirmed',
    }),
    stateRule('AR', ideaInitialEvaluation, {
      kind: 'referral-conference-scheduled',
      summary: {
        en: 'In Arkansas the referral conference must be scheduled within 7 calendar days of the school receiving the written referral (and held within 21).',
        es: 'En Arkansas la conferencia de remisión debe programarse dentro de los 7 días calendario siguientes a que la escuela reciba la remisión escrita (y celebrarse dentro de 21).',
        vi: 'Ở Arkansas, cuộc họp giới thiệu phải được lên lịch trong vòng 7 ngày lịch kể từ khi nhà trường nhận được giấy giới thiệu bằng văn bản (và được tổ chức trong vòng 21 ngày).',
        'zh-Hans': '在阿肯色州，转介会议必须在学校收到书面转介后7个日历日内安排（并在21天内召开）。',
        ar: 'في أركنساس يجب تحديد موعد اجتماع الإحالة خلال 7 أيام تقويمية من استلام المدرسة الإحالة الكتابية (وعقده خلال 21 يومًا).',
      },
      count: 7,
      basisText: '7 calendar days',
      trigger: { from: 'referral' },
      completedBy: [{ type: 'meeting-scheduled', where: { kind: ['referral'] } }, { type: 'referral-meeting-held' }],
      measuredTo: {
        en: 'the referral conference has a date (or has been held)',
        es: 'la conferencia de remisión tiene fecha (o ya se celebró)',
        vi: 'cuộc họp giới thiệu đã có ngày (hoặc đã được tổ chức)',
        'zh-Hans': '转介会议已确定日期（或已召开）',
        ar: 'حُدِّد موعد اجتماع الإحالة (أو عُقد)',
      },
      citation: 'Ark. Admin. Code 005.18.4-4.03',
      sourceUrl: RULES,
      status: 'confirmed',
    }),
    stateRule('AR', ideaInitialEvaluation, {
      summary: {
        en: 'In Arkansas the initial evaluation must be completed within 60 calendar days of the school receiving your written consent.',
        es: 'En Arkansas la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a que la escuela reciba su consentimiento escrito.',
        vi: 'Ở Arkansas, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi nhà trường nhận được sự đồng ý bằng văn bản của quý vị.',
        'zh-Hans': '在阿肯色州，初次评估必须在学校收到您的书面同意后60个日历日内完成。',
        ar: 'في أركنساس يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من استلام المدرسة موافقتك الكتابية.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Ark. Admin. Code 005.18.4 (Special Education Rules § 4)',
      sourceUrl: RULES,
      status: 'confirmed-secondary',
    }),
    stateRule('AR', ideaInitialIepMeeting, {
      summary: {
        en: 'In Arkansas an evaluation/programming conference must be held within 30 calendar days of the completed evaluation to decide eligibility and, if your child is eligible, write the IEP.',
        es: 'En Arkansas debe celebrarse una conferencia de evaluación y programación dentro de los 30 días calendario siguientes a la evaluación completada para decidir la elegibilidad y, si su hijo(a) es elegible, redactar el IEP.',
        vi: 'Ở Arkansas, một cuộc họp về đánh giá/lập chương trình phải được tổ chức trong vòng 30 ngày lịch sau khi hoàn tất đánh giá, để quyết định điều kiện hội đủ và, nếu con quý vị hội đủ điều kiện, soạn IEP.',
        'zh-Hans':
          '在阿肯色州，必须在评估完成后30个日历日内召开评估/计划会议，以决定资格，如果您的孩子符合资格，还要制定IEP。',
        ar: 'في أركنساس يجب عقد اجتماع للتقييم/البرمجة خلال 30 يومًا تقويميًا من اكتمال التقييم لتقرير الأهلية، ووضع IEP إذا كان طفلك مؤهلًا.',
      },
      trigger: { from: 'events', events: INITIAL_EVALUATION_DONE },
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: 'Ark. Admin. Code 005.18.5 (Special Education Rules § 5)',
      sourceUrl: RULES,
      status: 'confirmed-secondary',
    }),
  ],
};
