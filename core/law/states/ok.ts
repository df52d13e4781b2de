import { stateRule } from '../define-rule';
import { ELIGIBILITY_DECIDED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Oklahoma: 45 school days from consent to the eligibility decision. The number and basis are on
 * the state agency's page, but the statute was not identified, so the rule is `unconfirmed`.
 */
export const oklahoma: StateRules = {
  code: 'OK',
  deadlineRules: [
    stateRule('OK', ideaInitialEvaluation, {
      summary: {
        en: 'In Oklahoma the initial eligibility process must be completed within 45 school days of your consent (the state law behind it is not yet identified).',
        es: 'En Oklahoma el proceso inicial de elegibilidad debe completarse dentro de los 45 días escolares siguientes a su consentimiento (aún no se ha identificado la ley estatal en que se basa).',
        vi: 'Ở Oklahoma, quá trình xác định điều kiện hội đủ ban đầu phải hoàn tất trong vòng 45 ngày học kể từ khi quý vị đồng ý (chưa xác định được luật tiểu bang làm cơ sở).',
        'zh-Hans': '在俄克拉何马州，初次资格认定程序必须在您同意后45个上学日内完成（尚未确定其所依据的州法律）。',
        ar: 'في أوكلاهوما يجب إكمال إجراءات تقرير الأهلية الأولية خلال 45 يومًا دراسيًا من موافقتك (لم يُحدَّد بعد قانون الولاية الذي تستند إليه).',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      completedBy: ELIGIBILITY_DECIDED,
      measuredTo: MEASURED_TO.eligibility,
      citation: 'Oklahoma state law (statute not identified); OSDE Indicator 11',
      sourceUrl: 'https://legacy.sde.ok.gov/node/11033',
      status: 'unconfirmed',
    }),
  ],
};
