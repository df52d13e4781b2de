import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, EVALUATION_DONE, INITIAL_EVALUATION_DONE, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

const SOURCE = datasetSource('https://www.srca.nm.gov/parts/title06/06.031.0002.html');

/** New Mexico: 60 calendar days from consent to the written report; eligibility meeting within 15 school days of it. */
export const newMexico: StateRules = {
  code: 'NM',
  deadlineRules: [
    stateRule('NM', ideaInitialEvaluation, {
      summary: {
        en: 'In New Mexico the evaluation and its written report are due within 60 calendar days of your consent.',
        es: 'En Nuevo México la evaluación y su informe escrito vencen dentro de los 60 días calendario siguientes a su consentimiento.',
        vi: 'Ở New Mexico, việc đánh giá và báo cáo bằng văn bản đến hạn trong vòng 60 ngày lịch kể từ khi quý vị đồng ý.',
        'zh-Hans': '在新墨西哥州，评估及其书面报告应在您同意后60个日历日内完成。',
        ar: 'في نيومكسيكو يستحق التقييم وتقريره المكتوب خلال 60 يومًا تقويميًا من موافقتك.',
      },
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.report,
      citation: '6.31.2.10 NMAC',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
    stateRule('NM', ideaInitialEvaluation, {
      kind: 'eligibility-meeting',
      summary: {
        en: 'In New Mexico the eligibility meeting must be held within 15 school days after the evaluation report.',
        es: 'En Nuevo México la reunión de elegibilidad debe celebrarse dentro de los 15 días escolares siguientes al informe de evaluación.',
        vi: 'Ở New Mexico, cuộc họp xác định điều kiện hội đủ phải được tổ chức trong vòng 15 ngày học sau khi có báo cáo đánh giá.',
        'zh-Hans': '在新墨西哥州，资格认定会议必须在评估报告完成后15个上学日内召开。',
        ar: 'في نيومكسيكو يجب عقد اجتماع تقرير الأهلية خلال 15 يومًا دراسيًا من تقرير التقييم.',
      },
      count: 15,
      basis: 'school-days',
      basisText: '15 school days',
      trigger: { from: 'events', events: INITIAL_EVALUATION_DONE },
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: '6.31.2.10 NMAC',
      sourceUrl: SOURCE,
      status: 'dataset',
    }),
  ],
};
