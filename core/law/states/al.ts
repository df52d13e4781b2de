import { stateRule } from '../define-rule';
import { EVALUATION_DONE, ELIGIBILITY_DECIDED, INITIAL_EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaAgeOfMajorityNotice, ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import type { StateRules } from '../state-rules';

const CHAPTER =
  'https://casetext.com/regulation/alabama-administrative-code/title-290-alabama-state-board-of-education/chapter-290-8-9-special-education-services';

/**
 * Alabama: 60 calendar days from consent to the evaluation (secondary sources; the section of ch.
 * 290-8-9 was not verified), then eligibility within 30 calendar days of the completed evaluation
 * (r. 290-8-9-.04(1), read), so the worst case to the first IEP meeting is about 60 + 30 + 30 days.
 * Transition at 16 or on entering 9th grade; rights transfer at 19, so the notice is due at 18.
 */
export const alabama: StateRules = {
  code: 'AL',
  deadlineRules: [
    stateRule('AL', ideaInitialEvaluation, {
      summary: {
        en: 'In Alabama the initial evaluation must be completed within 60 calendar days of the school receiving your signed consent.',
        es: 'En Alabama la evaluación inicial debe completarse dentro de los 60 días calendario siguientes a que la escuela reciba su consentimiento firmado.',
        vi: 'Ở Alabama, việc đánh giá ban đầu phải hoàn tất trong vòng 60 ngày lịch kể từ khi nhà trường nhận được sự đồng ý có chữ ký của quý vị.',
        'zh-Hans': '在阿拉巴马州，初次评估必须在学校收到您签名的同意书后60个日历日内完成。',
        ar: 'في ألاباما يجب إكمال التقييم الأولي خلال 60 يومًا تقويميًا من استلام المدرسة موافقتك الموقَّعة.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'Ala. Admin. Code ch. 290-8-9 (evaluation section not verified)',
      sourceUrl: CHAPTER,
      status: 'confirmed-secondary',
    }),
    stateRule('AL', ideaInitialEvaluation, {
      kind: 'eligibility-meeting',
      summary: {
        en: 'In Alabama eligibility must be decided within 30 calendar days after the school completes the initial evaluation; the IEP meeting then follows within 30 days.',
        es: 'En Alabama la elegibilidad debe decidirse dentro de los 30 días calendario siguientes a que la escuela complete la evaluación inicial; después, la reunión del IEP se celebra dentro de 30 días.',
        vi: 'Ở Alabama, điều kiện hội đủ phải được quyết định trong vòng 30 ngày lịch sau khi nhà trường hoàn tất đánh giá ban đầu; sau đó cuộc họp IEP diễn ra trong vòng 30 ngày.',
        'zh-Hans': '在阿拉巴马州，必须在学校完成初次评估后30个日历日内决定资格；随后在30天内召开IEP会议。',
        ar: 'في ألاباما يجب تقرير الأهلية خلال 30 يومًا تقويميًا من إكمال المدرسة للتقييم الأولي؛ ثم يُعقد اجتماع IEP خلال 30 يومًا.',
      },
      count: 30,
      basisText: '30 calendar days',
      trigger: { from: 'events', events: INITIAL_EVALUATION_DONE },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Ala. Admin. Code r. 290-8-9-.04(1)',
      sourceUrl: `${CHAPTER}/section-290-8-9-04-eligibility-and-consent-for-services`,
      status: 'confirmed',
    }),
    stateRule('AL', ideaTransitionPlan, {
      summary: {
        en: 'In Alabama, as the state’s transition guide reports it, transition content starts with the IEP in effect when your child turns 16 or enters 9th grade, whichever comes first.',
        es: 'En Alabama, según la guía de transición del estado, el contenido de transición empieza con el IEP vigente cuando su hijo(a) cumple 16 años o entra en 9.º grado, lo que ocurra primero.',
        vi: 'Ở Alabama, theo hướng dẫn chuyển tiếp của tiểu bang, nội dung chuyển tiếp bắt đầu từ IEP có hiệu lực khi con quý vị tròn 16 tuổi hoặc vào lớp 9, tùy điều nào đến trước.',
        'zh-Hans': '根据阿拉巴马州过渡指南，过渡内容从您的孩子年满16岁或升入9年级时（以先到者为准）有效的IEP开始。',
        ar: 'في ألاباما، وفق دليل الانتقال الصادر عن الولاية، يبدأ محتوى الانتقال مع IEP الساري عند بلوغ طفلك 16 عامًا أو دخوله الصف 9، أيهما يأتي أولًا.',
      },
      basisText: 'age 16 or entering grade 9, whichever is first',
      orOnEnteringGrade: {
        grade: 9,
        label: { en: 'grade 9', es: '9.º grado', vi: 'lớp 9', 'zh-Hans': '9年级', ar: 'الصف 9' },
      },
      citation: 'Ala. Admin. Code ch. 290-8-9 (transition; section not verified)',
      sourceUrl: CHAPTER,
      status: 'confirmed-secondary',
    }),
    stateRule('AL', ideaAgeOfMajorityNotice, {
      summary: {
        en: 'In Alabama the age of majority is 19, so by your child’s 18th birthday the IEP must say your child was told which rights will transfer at 19.',
        es: 'En Alabama la mayoría de edad es a los 19 años, así que para el cumpleaños 18 de su hijo(a) el IEP debe indicar que se le informó qué derechos pasarán a él o ella a los 19.',
        vi: 'Ở Alabama, tuổi trưởng thành theo luật là 19, vì vậy trước sinh nhật 18 tuổi của con, IEP phải ghi rằng con quý vị đã được cho biết những quyền nào sẽ được chuyển sang con khi 19 tuổi.',
        'zh-Hans':
          '在阿拉巴马州，法定成年年龄为19岁，因此在您的孩子18岁生日之前，IEP必须写明已告知孩子哪些权利将在19岁时转移给他或她。',
        ar: 'في ألاباما سن الرشد 19 عامًا، لذا يجب أن يذكر IEP بحلول عيد ميلاد طفلك الـ18 أن طفلك أُبلغ بالحقوق التي ستنتقل إليه في سن 19.',
      },
      count: 19,
      basisText: '1 year before age 19',
      citation: 'Ala. Code 26-1-1',
      sourceUrl: 'https://law.justia.com/codes/alabama/title-26/chapter-1/section-26-1-1/',
      status: 'confirmed-secondary',
    }),
  ],
};
