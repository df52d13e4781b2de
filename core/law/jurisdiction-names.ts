import type { LocalizedText } from './rule-status';

/**
 * Every jurisdiction a case file may name: `US` (federal rules only), the 50 states, the District
 * of Columbia and the territories that take IDEA Part B funds, with English and Spanish names.
 */
export const JURISDICTION_NAMES = {
  US: { en: 'United States (federal rules)', es: 'Estados Unidos (normas federales)' },
  AL: { en: 'Alabama', es: 'Alabama' },
  AK: { en: 'Alaska', es: 'Alaska' },
  AZ: { en: 'Arizona', es: 'Arizona' },
  AR: { en: 'Arkansas', es: 'Arkansas' },
  CA: { en: 'California', es: 'California' },
  CO: { en: 'Colorado', es: 'Colorado' },
  CT: { en: 'Connecticut', es: 'Connecticut' },
  DE: { en: 'Delaware', es: 'Delaware' },
  DC: { en: 'District of Columbia', es: 'Distrito de Columbia' },
  FL: { en: 'Florida', es: 'Florida' },
  GA: { en: 'Georgia', es: 'Georgia' },
  HI: { en: 'Hawaii', es: 'Hawái' },
  ID: { en: 'Idaho', es: 'Idaho' },
  IL: { en: 'Illinois', es: 'Illinois' },
  IN: { en: 'Indiana', es: 'Indiana' },
  IA: { en: 'Iowa', es: 'Iowa' },
  KS: { en: 'Kansas', es: 'Kansas' },
  KY: { en: 'Kentucky', es: 'Kentucky' },
  LA: { en: 'Louisiana', es: 'Luisiana' },
  ME: { en: 'Maine', es: 'Maine' },
  MD: { en: 'Maryland', es: 'Maryland' },
  MA: { en: 'Massachusetts', es: 'Massachusetts' },
  MI: { en: 'Michigan', es: 'Míchigan' },
  MN: { en: 'Minnesota', es: 'Minnesota' },
  MS: { en: 'Mississippi', es: 'Misisipi' },
  MO: { en: 'Missouri', es: 'Misuri' },
  MT: { en: 'Montana', es: 'Montana' },
  NE: { en: 'Nebraska', es: 'Nebraska' },
  NV: { en: 'Nevada', es: 'Nevada' },
  NH: { en: 'New Hampshire', es: 'Nuevo Hampshire' },
  NJ: { en: 'New Jersey', es: 'Nueva Jersey' },
  NM: { en: 'New Mexico', es: 'Nuevo México' },
  NY: { en: 'New York', es: 'Nueva York' },
  NC: { en: 'North Carolina', es: 'Carolina del Norte' },
  ND: { en: 'North Dakota', es: 'Dakota del Norte' },
  OH: { en: 'Ohio', es: 'Ohio' },
  OK: { en: 'Oklahoma', es: 'Oklahoma' },
  OR: { en: 'Oregon', es: 'Oregón' },
  PA: { en: 'Pennsylvania', es: 'Pensilvania' },
  RI: { en: 'Rhode Island', es: 'Rhode Island' },
  SC: { en: 'South Carolina', es: 'Carolina del Sur' },
  SD: { en: 'South Dakota', es: 'Dakota del Sur' },
  TN: { en: 'Tennessee', es: 'Tennessee' },
  TX: { en: 'Texas', es: 'Texas' },
  UT: { en: 'Utah', es: 'Utah' },
  VT: { en: 'Vermont', es: 'Vermont' },
  VA: { en: 'Virginia', es: 'Virginia' },
  WA: { en: 'Washington', es: 'Washington' },
  WV: { en: 'West Virginia', es: 'Virginia Occidental' },
  WI: { en: 'Wisconsin', es: 'Wisconsin' },
  WY: { en: 'Wyoming', es: 'Wyoming' },
  AS: { en: 'American Samoa', es: 'Samoa Americana' },
  GU: { en: 'Guam', es: 'Guam' },
  MP: { en: 'Northern Mariana Islands', es: 'Islas Marianas del Norte' },
  PR: { en: 'Puerto Rico', es: 'Puerto Rico' },
  VI: { en: 'U.S. Virgin Islands', es: 'Islas Vírgenes de los Estados Unidos' },
} as const satisfies Record<string, LocalizedText>;

export type JurisdictionCode = keyof typeof JURISDICTION_NAMES;

/** True for `US` and every state, district and territory code Binder knows (upper case). */
export function isJurisdictionCode(code: string): code is JurisdictionCode {
  return Object.hasOwn(JURISDICTION_NAMES, code);
}

/** The territories that take IDEA Part B funds; Binder has no rules of theirs, so federal rules stand in. */
const TERRITORY_CODES: readonly JurisdictionCode[] = ['AS', 'GU', 'MP', 'PR', 'VI'];

/** The 50 states and the District of Columbia, in the order of {@link JURISDICTION_NAMES}: every one has rules. */
export const STATE_AND_DC_CODES: readonly JurisdictionCode[] = (
  Object.keys(JURISDICTION_NAMES) as JurisdictionCode[]
).filter((code) => code !== 'US' && !TERRITORY_CODES.includes(code));
