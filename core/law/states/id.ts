import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Idaho: 60 calendar days from consent to the eligibility decision. The Manual formerly paused the
 * clock for breaks of 5 or more school days and is reported to be dropping that for 2025-26; the
 * current text was not read, so no pause is applied and the rule is `unconfirmed`.
 */
export const idaho: StateRules = {
  code: 'ID',
  deadlineRules: [
    stateRule('ID', ideaInitialEvaluation, {
      summary: {
        en: 'In Idaho the evaluation and the eligibility decision are due within 60 calendar days of your consent. Idaho used to stop the clock during school breaks of 5 or more school days, and sources disagree on whether it still does: Binder counts every day, which gives the earlier date.',
        es: 'En Idaho la evaluación y la decisión de elegibilidad vencen dentro de los 60 días calendario siguientes a su consentimiento. Idaho antes detenía la cuenta durante las vacaciones escolares de 5 o más días escolares y las fuentes no coinciden sobre si aún lo hace: Binder cuenta todos los días, lo que da la fecha más temprana.',
        vi: 'Ở Idaho, việc đánh giá và quyết định điều kiện hội đủ đến hạn trong vòng 60 ngày lịch kể từ khi quý vị đồng ý. Idaho từng ngưng tính thời hạn trong các kỳ nghỉ từ 5 ngày học trở lên, và các nguồn không thống nhất về việc hiện nay còn như vậy hay không: Binder tính mọi ngày, nên cho ra ngày sớm hơn.',
        'zh-Hans':
          '在爱达荷州，评估和资格决定应在您同意后60个日历日内完成。爱达荷州过去在5个或更多上学日的学校假期期间暂停计算，各来源对现在是否仍然如此说法不一：Binder计算每一天，因此得出的日期较早。',
        ar: 'في أيداهو يستحق التقييم وقرار الأهلية خلال 60 يومًا تقويميًا من موافقتك. كانت أيداهو توقف العدّ خلال العطل المدرسية التي تبلغ 5 أيام دراسية أو أكثر، وتختلف المصادر حول ما إذا كانت لا تزال تفعل ذلك: يحتسب Binder كل الأيام، مما يعطي التاريخ الأبكر.',
      },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'IDAPA 08.02.03.109; Idaho Special Education Manual ch. 4',
      sourceUrl:
        'https://tinyeye.com/blog/why-idahos-60-day-special-education-timeline-could-be-your-schools-best-friend.php ; https://sites.google.com/sageintl.org/network-special-educ-handbook/evaluation-and-eligibility',
      status: 'unconfirmed',
    }),
  ],
};
