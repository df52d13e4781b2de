import type { JurisdictionFacts } from '../law/jurisdiction-facts';

/**
 * Test builders: `JurisdictionFacts` written by hand, so the guide, comparison and letters can be
 * tested without `core/law`. The numbers and citations are the ones in docs/law-coverage.md;
 * they are fixtures, not the rules data (which lives in `core/law`).
 */
export function buildFacts(overrides: Partial<JurisdictionFacts> = {}): JurisdictionFacts {
  return { ...FEDERAL_FACTS, ...overrides };
}

/** Federal rules only (`US`). */
export const FEDERAL_FACTS: JurisdictionFacts = {
  jurisdiction: 'US',
  name: { en: 'United States', es: 'Estados Unidos' },
  hasEncodedRules: true,
  initialEvaluation: {
    count: 60,
    basis: 'calendar-days',
    clockStart: 'consent',
    measuredTo: { en: 'Evaluation conducted', es: 'Evaluación realizada' },
    summary: {
      en: 'The initial evaluation must be done within 60 days of receiving parental consent.',
      es: 'La evaluación inicial debe hacerse dentro de los 60 días siguientes a la recepción del consentimiento de los padres.',
    },
    citation: '34 CFR 300.301(c)(1)',
    status: 'confirmed',
  },
  transitionAge: { age: 16, citation: '34 CFR 300.320(b)', status: 'confirmed' },
  ageOfMajority: { age: 18, citation: '34 CFR 300.320(c); 300.520', status: 'confirmed' },
  dueProcessLimitation: { years: 2, citation: '34 CFR 300.507(a)(2)', status: 'confirmed' },
  onePlanPosition: null,
};

/** Texas: 45 school days from consent (Tex. Educ. Code 29.004), transition at 14 (Tex. Educ. Code 29.0111). */
export const TEXAS_FACTS: JurisdictionFacts = buildFacts({
  jurisdiction: 'TX',
  name: { en: 'Texas', es: 'Texas' },
  initialEvaluation: {
    count: 45,
    basis: 'school-days',
    clockStart: 'consent',
    measuredTo: { en: 'Written evaluation report completed', es: 'Informe escrito de la evaluación terminado' },
    summary: {
      en: 'The written evaluation report is due 45 school days after the district receives signed consent.',
      es: 'El informe escrito de la evaluación vence 45 días escolares después de que el distrito recibe el consentimiento firmado.',
    },
    citation: 'Tex. Educ. Code 29.004',
    status: 'confirmed',
  },
  transitionAge: { age: 14, citation: 'Tex. Educ. Code 29.0111', status: 'confirmed' },
});

/** New Hampshire: 60 days (dataset, conflict noted) and the one-plan position of the state's guidance. */
export const NEW_HAMPSHIRE_FACTS: JurisdictionFacts = buildFacts({
  jurisdiction: 'NH',
  name: { en: 'New Hampshire', es: 'Nuevo Hampshire' },
  initialEvaluation: {
    ...FEDERAL_FACTS.initialEvaluation,
    measuredTo: { en: 'Evaluation process completed', es: 'Proceso de evaluación terminado' },
    citation: 'N.H. Code Admin. R. Ed 1107.01(c)',
    status: 'dataset',
  },
  onePlanPosition: {
    summary: {
      en: 'State guidance says a student who qualifies under IDEA gets an IEP instead of a 504 plan; the district may not choose a 504 plan for an IDEA-eligible child, and accommodations go in the IEP.',
      es: 'La guía del estado dice que un estudiante que reúne los requisitos de IDEA recibe un IEP en lugar de un plan 504; el distrito no puede elegir un plan 504 para un niño elegible bajo IDEA, y las adaptaciones van en el IEP.',
    },
    citation: 'NH DOE guidance (Bureau of Special Education, citing Yankton Sch. Dist. v. Schramm, 8th Cir. 1996)',
    status: 'confirmed',
  },
});

/** Virginia: the clock starts at the referral, 65 business days (8VAC20-81-60(B)(1)(g)). */
export const VIRGINIA_FACTS: JurisdictionFacts = buildFacts({
  jurisdiction: 'VA',
  name: { en: 'Virginia', es: 'Virginia' },
  initialEvaluation: {
    count: 65,
    basis: 'business-days',
    clockStart: 'referral',
    measuredTo: { en: 'Evaluations done and eligibility decided', es: 'Evaluaciones hechas y elegibilidad decidida' },
    summary: {
      en: "65 business days from the special education administrator's receipt of the referral.",
      es: '65 días hábiles desde que el administrador de educación especial recibe la remisión.',
    },
    citation: '8VAC20-81-60(B)(1)(g)',
    status: 'confirmed',
  },
});

/** A state with no encoded rules: federal numbers stand in. */
export const ALASKA_FACTS: JurisdictionFacts = buildFacts({
  jurisdiction: 'AK',
  name: { en: 'Alaska', es: 'Alaska' },
  hasEncodedRules: false,
});
