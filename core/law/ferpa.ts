import { citationRecord } from './define-rule';
import type { CitationRecord, ReminderRule } from './deadline-rule';

/**
 * FERPA (34 CFR Part 99). Its 45-day access limit is folded into IDEA's stricter records rule
 * (`idea.records-access`, docs/legal-sources.md, FERPA); the rest are citations and one reminder.
 */

export const FERPA_REMINDER_RULES: readonly ReminderRule[] = [
  {
    id: 'ferpa.amendment-decision',
    kind: 'amendment-decision',
    jurisdiction: 'US',
    source: 'ferpa',
    summary: {
      en: 'After you ask the school to correct a record, it must decide, and if it refuses, tell you of your right to a hearing.',
      es: 'Después de que usted pida a la escuela corregir un expediente, debe decidir y, si se niega, informarle de su derecho a una audiencia.',
    },
    timing: { en: 'within a reasonable time (no day count)', es: 'en un plazo razonable (sin número de días)' },
    trigger: [{ type: 'records-amendment-requested' }],
    resolvedBy: [],
    citation: '34 CFR 99.20',
    sourceUrl:
      'https://webarchive.library.unt.edu/eot2008/20090508113207/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99c.html',
    status: 'confirmed',
  },
];

const cite = (id: string, citation: string, en: string, es: string, status: CitationRecord['status'], url: string) =>
  citationRecord('US', 'ferpa', id, citation, { en, es }, status, url);

export const FERPA_CITATIONS: readonly CitationRecord[] = [
  cite(
    'ferpa.definitions',
    '34 CFR 99.3',
    'An “eligible student” is 18 or attends a postsecondary school (20 U.S.C. 1232g(d); the regulation itself not read).',
    'Un “estudiante elegible” tiene 18 años o asiste a una institución postsecundaria (definición no leída en la fuente).',
    'confirmed-secondary',
    'https://books.google.com.my/books?id=A7YrAAAAMAAJ',
  ),
  cite(
    'ferpa.rights-transfer',
    '34 CFR 99.5',
    'When a student becomes an eligible student, the parent’s FERPA rights pass to the student.',
    'Cuando un estudiante se vuelve estudiante elegible, los derechos FERPA de los padres pasan al estudiante.',
    'confirmed',
    'https://books.google.com.my/books?id=A7YrAAAAMAAJ',
  ),
  cite(
    'ferpa.annual-notice',
    '34 CFR 99.7',
    'Schools notify parents every year of their FERPA rights.',
    'Las escuelas informan cada año a los padres de sus derechos FERPA.',
    'confirmed',
    'https://books.google.com.my/books?id=A7YrAAAAMAAJ',
  ),
  cite(
    'ferpa.access',
    '34 CFR 99.10',
    'Parents may inspect education records within a reasonable time and no more than 45 days after asking; copies when they could not otherwise inspect.',
    'Los padres pueden revisar los expedientes en un plazo razonable y no más de 45 días después de pedirlo; copias cuando de otro modo no podrían revisarlos.',
    'confirmed',
    'https://webarchive.library.unt.edu/eot2008/20090508194415/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99b.html',
  ),
  cite(
    'ferpa.amendment',
    '34 CFR 99.20',
    'Parents may ask to amend records they believe inaccurate or misleading; the school decides within a reasonable time.',
    'Los padres pueden pedir corregir expedientes que crean inexactos o engañosos; la escuela decide en un plazo razonable.',
    'confirmed',
    'https://webarchive.library.unt.edu/eot2008/20090508113207/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99c.html',
  ),
  cite(
    'ferpa.hearing',
    '34 CFR 99.21',
    'On request, a hearing to challenge a record; if it stands, the parent may add a statement kept with it.',
    'A petición, una audiencia para impugnar un expediente; si se mantiene, los padres pueden añadir una declaración que se conserva con él.',
    'confirmed',
    'https://webarchive.library.unt.edu/eot2008/20090508113207/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99c.html',
  ),
  cite(
    'ferpa.hearing-procedure',
    '34 CFR 99.22',
    'The hearing is held within a reasonable time before an official without a direct interest, with a written decision.',
    'La audiencia se celebra en un plazo razonable ante un funcionario sin interés directo, con decisión por escrito.',
    'confirmed-secondary',
    'https://fw.escapps.net/node/3883',
  ),
  cite(
    'ferpa.consent',
    '34 CFR 99.30',
    'Disclosing personally identifiable information needs the parent’s signed, dated written consent naming records, purpose and recipients.',
    'Divulgar información de identificación personal requiere el consentimiento escrito, firmado y fechado de los padres que indique expedientes, fin y destinatarios.',
    'confirmed',
    'https://webarchive.library.unt.edu/eot2008/20090508113147/http:/www.ed.gov/policy/fund/reg/edgarReg/edlite-part99d.html',
  ),
  cite(
    'ferpa.consent-exceptions',
    '34 CFR 99.31',
    'No consent is needed for school officials with a legitimate educational interest, a school the student will attend, and other listed cases.',
    'No se necesita consentimiento para funcionarios escolares con interés educativo legítimo, una escuela a la que asistirá el estudiante y otros casos enumerados.',
    'confirmed',
    'http://www.law.cornell.edu/cfr/text/34/99.31?qt-cfr_tabs=1',
  ),
  cite(
    'ferpa.record-of-disclosures',
    '34 CFR 99.32',
    'The school keeps a record of each request for and disclosure of the student’s information.',
    'La escuela registra cada solicitud y divulgación de la información del estudiante.',
    'confirmed',
    'https://studentprivacy.ed.gov/faq/are-schools-required-record-disclosure-personally-identifiable-information-pii-students',
  ),
  cite(
    'ferpa.complaint-timeliness',
    '34 CFR 99.64(c)',
    'A FERPA complaint is timely within 180 days of the violation or of when you knew or should have known (older text).',
    'Una queja FERPA es oportuna dentro de los 180 días siguientes a la infracción o a cuando usted supo o debió saber (texto antiguo).',
    'confirmed',
    'http://laws9.com/cfr/text/34/99/64',
  ),
];
