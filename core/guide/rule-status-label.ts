import type { LocalizedText, RuleStatus } from '../law/rule-status';

/** How each confirmation status reads to a family, in every language. */
export const RULE_STATUS_LABELS: Readonly<Record<RuleStatus, LocalizedText>> = {
  confirmed: { en: 'Confirmed in the official text', es: 'Confirmado en el texto oficial' },
  'confirmed-secondary': {
    en: 'Confirmed through a secondary source; check the official text',
    es: 'Confirmado mediante una fuente secundaria; conviene revisar el texto oficial',
  },
  dataset: {
    en: 'From a dataset that quotes the official text; check the official text',
    es: 'Tomado de una base de datos que cita el texto oficial; conviene revisar el texto oficial',
  },
  unconfirmed: {
    en: 'Not yet confirmed; check before relying on it',
    es: 'Aún sin confirmar; verifíquelo antes de basarse en esto',
  },
};

/** The label of a confirmation status. */
export function ruleStatusLabel(status: RuleStatus): LocalizedText {
  return RULE_STATUS_LABELS[status];
}
