import { stateRule } from '../define-rule';
import { CONSENT_RECEIVED, IEP_IMPLEMENTED, MEASURED_TO } from '../event-matches';
import { ideaInitialEvaluation } from '../idea';
import type { StateRules } from '../state-rules';

/**
 * Connecticut: 45 school days from the referral to the IEP in effect, not counting the time spent
 * obtaining consent (state rules define "days" as school days).
 */
export const connecticut: StateRules = {
  code: 'CT',
  deadlineRules: [
    stateRule('CT', ideaInitialEvaluation, {
      summary: {
        en: 'In Connecticut the IEP must be in effect within 45 school days of the referral, not counting the time spent getting your consent.',
        es: 'En Connecticut el IEP debe estar en vigor dentro de los 45 días escolares siguientes a la remisión, sin contar el tiempo dedicado a obtener su consentimiento.',
        vi: 'Ở Connecticut, IEP phải có hiệu lực trong vòng 45 ngày học kể từ khi có giới thiệu, không tính thời gian chờ sự đồng ý của quý vị.',
        'zh-Hans': '在康涅狄格州，IEP必须在转介后45个上学日内生效，不计等待您同意的时间。',
        ar: 'في كونيتيكت يجب أن يصبح IEP ساريًا خلال 45 يومًا دراسيًا من الإحالة، دون احتساب الوقت المستغرق في الحصول على موافقتك.',
      },
      count: 45,
      basis: 'school-days',
      basisText: '45 school days',
      trigger: { from: 'referral' },
      pause: {
        from: [{ type: 'evaluation-consent-requested' }],
        until: CONSENT_RECEIVED,
        label: {
          en: 'not counting the school days spent waiting for your consent',
          es: 'sin contar los días escolares de espera de su consentimiento',
          vi: 'không tính những ngày học chờ sự đồng ý của quý vị',
          'zh-Hans': '不计等待您同意期间的上学日',
          ar: 'دون احتساب الأيام الدراسية التي مضت في انتظار موافقتك',
        },
      },
      completedBy: IEP_IMPLEMENTED,
      measuredTo: MEASURED_TO.iepImplemented,
      citation: 'RCSA 10-76d-13',
      sourceUrl:
        'https://spednet.org/hb26/ ; https://spednet.org/hb27/ ; http://ctrules.elaws.us/rule/10-76a-1_10-76l-1',
      status: 'confirmed-secondary',
    }),
  ],
};
