import { stateRule } from '../define-rule';
import { EVALUATION_DONE, MEASURED_TO, PARENT_WRITTEN_REQUEST, REQUEST_MEETING_HELD } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * West Virginia: a parent's written request is reviewed by the Student Assistance Team within 10
 * school days (secondary). 80 days for the initial evaluation (Policy 2419). Most sources count from consent,
 * one state data-system guide from the referral; consent is encoded, `unconfirmed`, and the summary
 * names the other reading (which would give an earlier date).
 */
export const westVirginia: StateRules = {
  code: 'WV',
  deadlineRules: [
    stateRule('WV', ideaInitialEvaluation, {
      kind: 'evaluation-request-meeting',
      summary: {
        en: 'In West Virginia your written request for an evaluation goes to the Student Assistance Team, which must review it within 10 school days.',
        es: 'En Virginia Occidental su solicitud escrita de evaluación va al Equipo de Asistencia Estudiantil (SAT), que debe revisarla dentro de 10 días escolares.',
        vi: 'Ở Tây Virginia, yêu cầu đánh giá bằng văn bản của quý vị được gửi đến Nhóm Hỗ trợ Học sinh (Student Assistance Team), nhóm này phải xem xét yêu cầu trong vòng 10 ngày học.',
        'zh-Hans':
          '在西弗吉尼亚州，您的书面评估申请会交给学生协助小组（Student Assistance Team），该小组必须在10个上学日内审查。',
        ar: 'في فرجينيا الغربية يُحال طلبك الكتابي للتقييم إلى فريق مساعدة الطلاب (Student Assistance Team)، الذي يجب أن يراجعه خلال 10 أيام دراسية.',
      },
      count: 10,
      basis: 'school-days',
      basisText: '10 school days',
      trigger: { from: 'events', events: PARENT_WRITTEN_REQUEST },
      completedBy: REQUEST_MEETING_HELD,
      measuredTo: {
        en: 'the Student Assistance Team has reviewed your request (or the school has answered it in writing)',
        es: 'el Equipo de Asistencia Estudiantil ha revisado su solicitud (o la escuela la ha respondido por escrito)',
        vi: 'Nhóm Hỗ trợ Học sinh đã xem xét yêu cầu của quý vị (hoặc nhà trường đã trả lời bằng văn bản)',
        'zh-Hans': '学生协助小组已审查您的申请（或学校已书面答复）',
        ar: 'راجع فريق مساعدة الطلاب طلبك (أو ردّت المدرسة عليه كتابيًا)',
      },
      citation: 'W. Va. Code R. 126-16 (Policy 2419), ch. 3',
      sourceUrl:
        'https://specialedstartguide.com/blog/west-virginia-special-education-evaluation ; https://wvde.us/special-education/',
      status: 'confirmed-secondary',
    }),
    stateRule('WV', ideaInitialEvaluation, {
      summary: {
        en: 'In West Virginia the initial evaluation must be completed within 80 days; Binder counts calendar days from the school receiving your consent, but one state guide counts from the referral, which would make it due sooner.',
        es: 'En Virginia Occidental la evaluación inicial debe completarse dentro de 80 días; Binder cuenta días calendario desde que la escuela recibe su consentimiento, pero una guía estatal cuenta desde la remisión, lo que la haría vencer antes.',
        vi: 'Ở Tây Virginia, việc đánh giá ban đầu phải hoàn tất trong vòng 80 ngày; Binder tính theo ngày lịch kể từ khi nhà trường nhận được sự đồng ý của quý vị, nhưng một tài liệu hướng dẫn của tiểu bang tính từ khi có giới thiệu, khiến hạn chót đến sớm hơn.',
        'zh-Hans':
          '在西弗吉尼亚州，初次评估必须在80天内完成；Binder从学校收到您的同意之日起按日历日计算，但州的一份指南从转介之日起计算，这会使截止日期更早。',
        ar: 'في فرجينيا الغربية يجب إكمال التقييم الأولي خلال 80 يومًا؛ يحسبها Binder أيامًا تقويمية من استلام المدرسة موافقتك، لكن أحد أدلة الولاية يحسبها من الإحالة، مما يجعل الموعد أبكر.',
      },
      count: 80,
      basisText: '80 calendar days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: 'W. Va. Code R. 126-16 (Policy 2419), ch. 3',
      sourceUrl:
        'https://specialedstartguide.com/blog/west-virginia-special-education-evaluation ; https://tinyeye.com/blog/understanding-the-80-day-timeline-for-initial-evaluations-in-west-virginia.php',
      status: 'unconfirmed',
    }),
  ],
};
