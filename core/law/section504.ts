import { citationRecord } from './define-rule';
import type { CitationRecord, DeadlineRule, ReminderRule } from './deadline-rule';

/**
 * Section 504 (34 CFR Part 104), the ADA Amendments Act and the Office for Civil Rights. Section 504
 * has no federal day counts for evaluations, meetings or hearings (docs/legal-sources.md, Section 504); the only
 * number is OCR's 180-day filing window.
 */

export const ocrComplaintWindow: DeadlineRule = {
  id: 'ocr.ocr-complaint-window',
  kind: 'ocr-complaint-window',
  jurisdiction: 'US',
  source: 'ocr',
  summary: {
    en: 'A complaint to the Office for Civil Rights must generally be filed within 180 days of the discrimination (of the last act, if it continues); OCR may grant a waiver.',
    es: 'Una queja ante la Oficina de Derechos Civiles debe presentarse en general dentro de los 180 días siguientes a la discriminación (al último acto, si continúa); la OCR puede conceder una excepción.',
  },
  count: 180,
  basis: 'calendar-days',
  basisText: '180 calendar days',
  trigger: { from: 'events', events: [{ type: 'discrimination-occurred' }] },
  completedBy: [{ type: 'ocr-complaint-filed' }],
  isCompletedOnlyByLaterEvent: false,
  isWhileIepInEffect: false,
  isWindow: true,
  obligedParty: 'family',
  // The contract's citation first, then the regulation: 100.7(b), which 104.61 applies to Section 504.
  citation: 'OCR complaint procedures (180 days): 34 CFR 100.7(b), applied by 104.61',
  sourceUrl:
    'https://www.law.cornell.edu/cfr/text/34/100.7 ; https://www2.ed.gov/about/offices/list/ocr/edlite-compres.html',
  status: 'confirmed',
};

export const SECTION504_DEADLINE_RULES: readonly DeadlineRule[] = [ocrComplaintWindow];

export const SECTION504_REMINDER_RULES: readonly ReminderRule[] = [
  {
    id: 'section504.plan-review',
    kind: 'plan-review',
    jurisdiction: 'US',
    source: 'section504',
    summary: {
      en: 'The 504 plan sets its own next review date. Section 504 requires periodic reevaluation but no interval, so this date is the plan’s promise, not a federal deadline.',
      es: 'El plan 504 fija su propia fecha de la próxima revisión. La Sección 504 exige una reevaluación periódica pero sin intervalo, así que esta fecha es el compromiso del plan, no un plazo federal.',
    },
    timing: {
      en: 'by the review date written in the plan',
      es: 'a más tardar en la fecha de revisión escrita en el plan',
    },
    trigger: [{ type: 'plan-review-scheduled', where: { framework: ['504'] } }],
    // A later review decision, a newer version's review date, or the end of the plan answers it.
    resolvedBy: [
      { type: 'eligibility-determined', where: { framework: ['504'] } },
      { type: 'plan-review-scheduled', where: { framework: ['504'] } },
      { type: 'plan-ended', where: { framework: ['504'] } },
    ],
    isResolvedOnlyByLaterEvent: true,
    dueField: 'reviewDate',
    citation: '34 CFR 104.35(d)',
    sourceUrl: 'https://www.law.cornell.edu/cfr/text/34/104.35',
    status: 'confirmed',
  },
  {
    id: 'section504.periodic-reevaluation',
    kind: 'periodic-reevaluation',
    jurisdiction: 'US',
    source: 'section504',
    summary: {
      en: 'A 504 plan must be reevaluated periodically and before any significant change of placement. Federal law sets no interval; many districts review yearly and reevaluate every 3 years by policy.',
      es: 'Un plan 504 debe reevaluarse periódicamente y antes de cualquier cambio importante de ubicación. La ley federal no fija un intervalo; muchos distritos lo revisan cada año y reevalúan cada 3 años por política propia.',
    },
    timing: { en: 'periodically (no federal interval)', es: 'periódicamente (sin intervalo federal)' },
    trigger: [{ type: 'plan-started', where: { framework: ['504'] } }],
    resolvedBy: [],
    citation: '34 CFR 104.35(d)',
    sourceUrl: 'https://www.law.cornell.edu/cfr/text/34/104.35',
    status: 'confirmed',
  },
];

const cite = (
  id: string,
  source: 'section504' | 'ocr',
  citation: string,
  en: string,
  es: string,
  status: CitationRecord['status'],
  url: string,
) => citationRecord('US', source, id, citation, { en, es }, status, url);

export const SECTION504_CITATIONS: readonly CitationRecord[] = [
  cite(
    'section504.disability',
    'section504',
    '34 CFR 104.3(j)',
    'A person with a disability has, has a record of, or is regarded as having an impairment that substantially limits a major life activity.',
    'Una persona con discapacidad tiene, tuvo o se considera que tiene una condición que limita sustancialmente una actividad importante de la vida.',
    'confirmed',
    'https://alternative.mpls.k12.mn.us/25May2005.html',
  ),
  cite(
    'section504.qualified-student',
    'section504',
    '34 CFR 104.3(l)',
    'For school services, “qualified” follows the ages at which the state serves children (34 CFR 104.3(l)(2)).',
    'Para los servicios escolares, “calificado” sigue las edades en que el estado atiende a los niños (34 CFR 104.3(l)(2)).',
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.3',
  ),
  cite(
    'section504.coordinator-grievance',
    'section504',
    '34 CFR 104.7',
    'A district with 15 or more employees names a 504 coordinator and has a grievance procedure for prompt, fair resolution.',
    'Un distrito con 15 o más empleados designa un coordinador 504 y tiene un procedimiento de quejas para una solución rápida y justa.',
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.7',
  ),
  cite(
    'section504.child-find',
    'section504',
    '34 CFR 104.32',
    'Each year the district tries to find every student with a disability who is not receiving a public education.',
    'Cada año el distrito intenta localizar a todos los estudiantes con discapacidad que no reciben educación pública.',
    'confirmed',
    'http://policies.wauwatosa.k12.wi.us/home/administrative_guidelines/2000_program/2260a-admguide_federal-regulations-for-section-504',
  ),
  cite(
    'section504.fape',
    'section504',
    '34 CFR 104.33',
    'A free appropriate public education for each qualified student; carrying out an IEP is one way to provide it.',
    'Una educación pública gratuita y apropiada para cada estudiante calificado; aplicar un IEP es una forma de proporcionarla.',
    'confirmed',
    'http://southwestada.org/html/topical/k12/fape.html',
  ),
  cite(
    'section504.educational-setting',
    'section504',
    '34 CFR 104.34',
    'Students are educated with non-disabled peers to the maximum extent appropriate.',
    'Los estudiantes se educan con compañeros sin discapacidad en la mayor medida apropiada.',
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/45/84.34',
  ),
  cite(
    'section504.evaluation',
    'section504',
    '34 CFR 104.35(a)',
    'A student who needs or is believed to need special education or related services is evaluated before initial placement and before a significant change in placement.',
    'Un estudiante que necesita o se cree que necesita educación especial o servicios relacionados se evalúa antes de la primera ubicación y antes de un cambio importante de ubicación.',
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.35',
  ),
  cite(
    'section504.evaluation-procedures',
    'section504',
    '34 CFR 104.35(b)',
    'Tests are validated, given by trained staff, tailored to specific needs, and not a single IQ score.',
    'Las pruebas están validadas, las aplica personal capacitado, se adaptan a necesidades específicas y no se limitan a un cociente intelectual.',
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.35',
  ),
  cite(
    'section504.placement-decisions',
    'section504',
    '34 CFR 104.35(c)',
    'Placement decisions draw on varied, documented sources and are made by a knowledgeable group.',
    'Las decisiones de ubicación se basan en fuentes variadas y documentadas y las toma un grupo con conocimiento.',
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/104.35',
  ),
  cite(
    'section504.periodic-reevaluation',
    'section504',
    '34 CFR 104.35(d)',
    'Periodic reevaluation; an IDEA-consistent schedule is one way to comply.',
    'Reevaluación periódica; un calendario como el de IDEA es una forma de cumplir.',
    'confirmed-secondary',
    'http://sss.usf.edu/resources/topic/section504/504course/Module3/Reevaluation.html',
  ),
  cite(
    'section504.procedural-safeguards',
    'section504',
    '34 CFR 104.36',
    'Notice, a chance to see records, an impartial hearing with counsel, and a review procedure.',
    'Aviso, oportunidad de ver los expedientes, una audiencia imparcial con abogado y un procedimiento de revisión.',
    'confirmed',
    'http://cfr.laws-info.com/text/34/104/36',
  ),
  cite(
    'section504.ada-definition',
    'section504',
    '42 U.S.C. 12102',
    'The ADA Amendments Act: broad coverage, mitigating measures disregarded, episodic conditions included.',
    'La Ley de Enmiendas de la ADA: cobertura amplia, sin tener en cuenta medidas atenuantes, incluye condiciones episódicas.',
    'confirmed',
    'https://www.corada.com/documents/q-and-a-ada-amendments-act-for-students-with-disabilities/q4-how-does-the-amendments-act-alter-coverage-under-section-504-and-title-ii',
  ),
  cite(
    'ocr.complaint-regulation',
    'ocr',
    '34 CFR 100.7(b)',
    'The regulation behind the 180-day OCR rule, applied to Section 504 by 34 CFR 104.61.',
    'El reglamento en que se basa la regla de 180 días de la OCR, aplicado a la Sección 504 por 34 CFR 104.61.',
    'confirmed',
    'https://www.law.cornell.edu/cfr/text/34/100.7',
  ),
  cite(
    'ocr.waiver',
    'ocr',
    'OCR Case Processing Manual (timeliness waiver)',
    'A late complainant may ask OCR for a waiver and must explain the delay.',
    'Quien presenta una queja tarde puede pedir a la OCR una excepción y debe explicar el retraso.',
    'confirmed',
    'https://www2.ed.gov/about/offices/list/ocr/edlite-compres.html',
  ),
  cite(
    'ocr.after-grievance',
    'ocr',
    'OCR Case Processing Manual (60 days after a grievance)',
    'If you used the school’s grievance process, file with OCR within 60 days after it ends.',
    'Si usó el procedimiento de quejas de la escuela, presente la queja ante la OCR dentro de los 60 días siguientes a su final.',
    'confirmed-secondary',
    'https://aclu-ia.org/en/how-file-complaint-us-department-education-office-civil-rights',
  ),
  cite(
    'ocr.missing-information',
    'ocr',
    'OCR complaint procedures (20 days to respond)',
    'If OCR asks for more information, you have 20 calendar days to answer unless you ask for more time.',
    'Si la OCR pide más información, tiene 20 días calendario para responder salvo que pida más tiempo.',
    'confirmed',
    'https://www2.ed.gov/about/offices/list/ocr/edlite-compres.html',
  ),
];
