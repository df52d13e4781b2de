import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaManifestationDetermination } from '../idea';
import { beforeIepMeeting, MEETING_NOTICE_GIVEN } from '../before-meeting';
import type { StateRules } from '../state-rules';

const TN_RULES_PDF = 'https://publications.tnsosfiles.com/rules/0520/0520-01/0520-01-09.pdf';

/**
 * Tennessee: eligibility within 60 calendar days of consent (0520-01-09-.05(1)(f)). The dataset's
 * "40 school days … initial placement" under .10 is the pre-2008 rule; .10 is now "Funding
 * Requirements" (docs/decisions/0015). Before each IEP meeting: written notice 10 calendar days ahead and the
 * draft IEP 48 hours ahead (0520-01-09-.15(1)–(2)). Written notice of the team's proposal or refusal
 * within 10 school days (.15(4)): the text was read cut off, so the rule is `unconfirmed` and counts
 * from the IEP meeting where the team decided (docs/decisions/0029).
 */
export const tennessee: StateRules = {
  code: 'TN',
  deadlineRules: [
    stateRule('TN', ideaInitialEvaluation, {
      summary: {
        en: 'In Tennessee the evaluation must be done and eligibility decided within 60 calendar days of the district receiving your consent.',
        es: 'En Tennessee la evaluación debe estar terminada y la elegibilidad decidida dentro de los 60 días calendario siguientes a que el distrito reciba su consentimiento.',
        vi: 'Ở Tennessee, việc đánh giá phải hoàn tất và điều kiện hội đủ phải được quyết định trong vòng 60 ngày lịch kể từ khi học khu nhận được sự đồng ý của quý vị.',
        'zh-Hans': '在田纳西州，必须在学区收到您的同意后60个日历日内完成评估并决定资格。',
        ar: 'في تينيسي يجب إكمال التقييم وتقرير الأهلية خلال 60 يومًا تقويميًا من استلام المنطقة التعليمية موافقتك.',
      },
      basisText: '60 calendar days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.05(1)(f)',
      sourceUrl: TN_RULES_PDF,
      status: 'confirmed',
    }),
    beforeIepMeeting('TN', {
      kind: 'meeting-notice',
      count: 10,
      basisText: '10 calendar days before the meeting',
      completedBy: MEETING_NOTICE_GIVEN,
      summary: {
        en: 'In Tennessee the district must notify you of an IEP meeting at least 10 calendar days before it.',
        es: 'En Tennessee el distrito debe avisarle de una reunión del IEP al menos 10 días calendario antes.',
        vi: 'Ở Tennessee, học khu phải thông báo cho quý vị về cuộc họp IEP ít nhất 10 ngày lịch trước cuộc họp.',
        'zh-Hans': '在田纳西州，学区必须至少在IEP会议前10个日历日通知您。',
        ar: 'في تينيسي يجب على المنطقة التعليمية أن تُخطرك باجتماع IEP قبل موعده بعشرة (10) أيام تقويمية على الأقل.',
      },
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.15(1)',
      sourceUrl: TN_RULES_PDF,
      status: 'confirmed',
    }),
    beforeIepMeeting('TN', {
      kind: 'draft-iep',
      count: 2,
      basisText: '48 hours (2 days) before the meeting',
      completedBy: [{ type: 'draft-iep-provided' }],
      summary: {
        en: 'In Tennessee, when the district has a draft IEP, you must get a copy at least 48 hours before the meeting.',
        es: 'En Tennessee, cuando el distrito tiene un borrador del IEP, usted debe recibir una copia al menos 48 horas antes de la reunión.',
        vi: 'Ở Tennessee, khi học khu có bản dự thảo IEP, quý vị phải nhận được một bản sao ít nhất 48 giờ trước cuộc họp.',
        'zh-Hans': '在田纳西州，如果学区有IEP草案，您必须至少在会议前48小时收到一份副本。',
        ar: 'في تينيسي، إذا كانت لدى المنطقة التعليمية مسودة IEP، فيجب أن تحصل على نسخة منها قبل الاجتماع بـ48 ساعة على الأقل.',
      },
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.15(2)',
      sourceUrl: TN_RULES_PDF,
      status: 'confirmed',
    }),
    stateRule('TN', ideaManifestationDetermination, {
      kind: 'written-notice-of-decision',
      summary: {
        en: 'In Tennessee the district must give you written notice of what the IEP team proposed or refused within 10 school days. The rule’s text was read only in part: Binder counts the 10 school days from the IEP meeting where the team decided; the notice must in any case come before the district acts on its proposal.',
        es: 'En Tennessee el distrito debe darle un aviso por escrito de lo que el equipo del IEP propuso o rechazó dentro de 10 días escolares. El texto de la norma se leyó solo en parte: Binder cuenta los 10 días escolares desde la reunión del IEP en la que el equipo decidió; en todo caso el aviso debe llegar antes de que el distrito ponga en práctica su propuesta.',
        vi: 'Ở Tennessee, học khu phải gửi cho quý vị thông báo bằng văn bản về những gì nhóm IEP đã đề xuất hoặc từ chối trong vòng 10 ngày học. Văn bản quy định chỉ được đọc một phần: Binder tính 10 ngày học từ cuộc họp IEP mà nhóm đưa ra quyết định; dù sao thì thông báo cũng phải đến trước khi học khu thực hiện đề xuất của mình.',
        'zh-Hans':
          '在田纳西州，学区必须在10个上学日内向您发出书面通知，说明IEP小组提议或拒绝的事项。该规定原文只查阅了部分内容：Binder从小组作出决定的IEP会议起计算10个上学日；无论如何，通知都必须在学区执行其提议之前送达。',
        ar: 'في تينيسي يجب على المنطقة التعليمية أن ترسل إليك إشعارًا كتابيًا بما اقترحه فريق IEP أو رفضه خلال 10 أيام دراسية. لم يُقرأ نص القاعدة إلا جزئيًا: يحسب Binder الأيام الدراسية العشرة (10) من اجتماع IEP الذي اتخذ فيه الفريق قراره؛ وفي كل الأحوال يجب أن يصل الإشعار قبل أن تنفذ المنطقة التعليمية اقتراحها.',
      },
      trigger: { from: 'events', events: [{ type: 'iep-meeting-held' }] },
      completedBy: [{ type: 'prior-written-notice-given' }],
      measuredTo: {
        en: 'you have the district’s written notice of the team’s proposal or refusal',
        es: 'usted tiene el aviso por escrito del distrito sobre la propuesta o el rechazo del equipo',
        vi: 'quý vị đã có thông báo bằng văn bản của học khu về đề xuất hoặc việc từ chối của nhóm',
        'zh-Hans': '您已收到学区关于小组提议或拒绝的书面通知',
        ar: 'تسلّمتَ الإشعار الكتابي من المنطقة التعليمية باقتراح الفريق أو رفضه',
      },
      citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.15(4)',
      sourceUrl: TN_RULES_PDF,
      status: 'unconfirmed',
    }),
  ],
};
