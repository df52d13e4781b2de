import { stateRule } from '../define-rule';
import { EVALUATION_DONE, IEP_DEVELOPED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation, ideaTransitionPlan } from '../idea';
import { datasetSource } from '../state-rules';
import type { StateRules } from '../state-rules';

const SOURCES = `http://www.concordspedpac.org/TimeFactors.html ; https://sankeylaw.com/special-education-tip-receiving-timely-evaluations ; ${datasetSource('https://www.law.cornell.edu/regulations/massachusetts/603-CMR-28-04')}`;

/**
 * Massachusetts: two clocks from consent in school working days — 30 to finish the assessments and
 * 45 for the Team to meet and propose an IEP (kind `initial-evaluation-team-meeting`); transition at 14.
 */
export const massachusetts: StateRules = {
  code: 'MA',
  deadlineRules: [
    stateRule('MA', ideaInitialEvaluation, {
      summary: {
        en: 'In Massachusetts the assessments must be done within 30 school working days of your consent.',
        es: 'En Massachusetts las evaluaciones deben terminarse dentro de los 30 días laborables escolares siguientes a su consentimiento.',
        vi: 'Ở Massachusetts, các bài đánh giá phải hoàn tất trong vòng 30 ngày làm việc của trường kể từ khi quý vị đồng ý.',
        'zh-Hans': '在马萨诸塞州，各项评估必须在您同意后30个学校工作日内完成。',
        ar: 'في ماساتشوستس يجب إكمال التقييمات خلال 30 يوم عمل مدرسي من موافقتك.',
      },
      count: 30,
      basis: 'school-working-days',
      basisText: '30 school working days',
      completedBy: EVALUATION_DONE,
      measuredTo: MEASURED_TO.evaluation,
      citation: '603 CMR 28.04(2)',
      sourceUrl: SOURCES,
      status: 'confirmed',
    }),
    stateRule('MA', ideaInitialEvaluation, {
      kind: 'initial-evaluation-team-meeting',
      summary: {
        en: 'In Massachusetts, within 45 school working days of your consent the Team must meet and send a proposed IEP or a finding of no eligibility.',
        es: 'En Massachusetts, dentro de los 45 días laborables escolares siguientes a su consentimiento el equipo debe reunirse y enviar un IEP propuesto o una decisión de no elegibilidad.',
        vi: 'Ở Massachusetts, trong vòng 45 ngày làm việc của trường kể từ khi quý vị đồng ý, Nhóm (Team) phải họp và gửi một IEP đề xuất hoặc kết luận không hội đủ điều kiện.',
        'zh-Hans': '在马萨诸塞州，小组（Team）必须在您同意后45个学校工作日内开会，并寄出拟议的IEP或不符合资格的结论。',
        ar: 'في ماساتشوستس، خلال 45 يوم عمل مدرسي من موافقتك، يجب أن يجتمع الفريق (Team) ويرسل IEP مقترحًا أو قرارًا بعدم الأهلية.',
      },
      count: 45,
      basis: 'school-working-days',
      basisText: '45 school working days',
      completedBy: IEP_DEVELOPED,
      measuredTo: MEASURED_TO.iepDeveloped,
      citation: '603 CMR 28.05(1)',
      sourceUrl: SOURCES,
      status: 'confirmed',
    }),
    stateRule('MA', ideaTransitionPlan, {
      summary: {
        en: 'In Massachusetts transition services and postsecondary goals start at 14, with a transition planning form every year.',
        es: 'En Massachusetts los servicios de transición y las metas para después de la secundaria empiezan a los 14 años, con un formulario de planificación cada año.',
        vi: 'Ở Massachusetts, dịch vụ chuyển tiếp và mục tiêu sau trung học bắt đầu từ 14 tuổi, với một mẫu lập kế hoạch chuyển tiếp mỗi năm.',
        'zh-Hans': '在马萨诸塞州，过渡服务和中学后目标从14岁开始，并且每年都要填写一份过渡规划表。',
        ar: 'في ماساتشوستس تبدأ خدمات الانتقال وأهداف ما بعد المرحلة الثانوية في سن 14، مع نموذج للتخطيط للانتقال كل عام.',
      },
      count: 14,
      basisText: 'age 14',
      citation: 'M.G.L. c.71B s.2; 603 CMR 28.05(4)(c)',
      sourceUrl: 'https://www.doe.mass.edu/sped/advisories/09_1ta.html',
      status: 'confirmed',
    }),
  ],
};
