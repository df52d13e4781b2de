import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import { capitalized, type LocalizedText } from '../law/rule-status';
import type { Grade, LetterInput, ParentRelationship } from '../schemas/letters';
import { evaluationClock, isFederalStandIn } from '../guide/jurisdiction-phrases';
import { AREA_OF_CONCERN_LABELS } from '../guide/area-of-concern-labels';
import type { AreaOfConcern } from '../schemas/letters';
import { formatLongDate } from '../calendar/format-long-date';
import { joinList } from './join-list';
import { cited, t } from './letter-draft';
import type { Sentence } from './letter-draft';

// Sentences shared by several letters. Spanish is written for a parent addressing a school official
// (usted), avoiding gendered forms for the child wherever a name can stand in.

const RELATIONSHIP: Readonly<Record<ParentRelationship, LocalizedText>> = {
  parent: t('parent', 'madre/padre'),
  mother: t('mother', 'madre'),
  father: t('father', 'padre'),
  guardian: t('guardian', 'tutor legal'),
};

function englishOrdinal(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${String(n)}${suffix}`;
}

function spanishOrdinal(n: number): string {
  // 1.er and 3.er before a masculine noun ("1.er grado"), 2.º etc. otherwise.
  return n === 1 || n === 3 ? `${String(n)}.er` : `${String(n)}.º`;
}

const NAMED_GRADES: Partial<Readonly<Record<Grade, LocalizedText>>> = {
  'pre-k': t('who is in pre-kindergarten', 'que cursa prekínder'),
  k: t('who is in kindergarten', 'que cursa kínder'),
  transition: t('who is in a transition program', 'que asiste a un programa de transición'),
};

/** "who is in 4th grade" / "que cursa 4.º grado". */
function gradeClause(grade: Grade): LocalizedText {
  const named = NAMED_GRADES[grade];
  if (named !== undefined) return named;
  const n = Number(grade);
  return t(`who is in ${englishOrdinal(n)} grade`, `que cursa ${spanishOrdinal(n)} grado`);
}

/** The opening sentence: who writes, about whom, where. */
export function introSentence(input: LetterInput): Sentence {
  const relationship = RELATIONSHIP[input.parent.relationship];
  const grade = gradeClause(input.student.grade);
  const { name, school } = input.student;
  return {
    text: t(
      `I am the ${relationship.en} of ${name} (date of birth: ${formatLongDate(input.student.birthDate, 'en')}), ${grade.en} at ${school} in ${input.district}.`,
      `Le escribo como ${relationship.es} de ${name} (fecha de nacimiento: ${formatLongDate(input.student.birthDate, 'es')}), ${grade.es} en ${school}, del distrito ${input.district}.`,
    ),
  };
}

/** "reading, writing and math" in both languages. */
export function areasText(areas: readonly AreaOfConcern[]): LocalizedText {
  const labels = areas.map((area) => AREA_OF_CONCERN_LABELS[area]);
  return t(
    joinList(
      labels.map((label) => label.en),
      'en',
    ),
    joinList(
      labels.map((label) => label.es),
      'es',
    ),
  );
}

/** Both languages of a date. */
export function longDate(iso: string): LocalizedText {
  return t(formatLongDate(iso, 'en'), formatLongDate(iso, 'es'));
}

/**
 * The state's initial-evaluation clock, from the parent's side, with its citation. "To complete the
 * evaluation" holds in every state: each state's end point (report, eligibility, IEP) comes at or after it.
 */
export function evaluationTimelineSentence(facts: JurisdictionFacts): Sentence {
  const clock = evaluationClock(facts, 'me');
  const lead = isFederalStandIn(facts)
    ? t('Under federal regulations', 'Según las normas federales')
    : t(`Under ${facts.name.en} law`, `Según la ley de ${facts.name.es}`);
  return cited(
    t(
      `${lead.en}, the district has ${clock.en} to complete the evaluation.`,
      `${lead.es}, el distrito tiene ${clock.es} para completar la evaluación.`,
    ),
    facts.initialEvaluation.citation,
  );
}

/** The request to evaluate in all areas of suspected disability. */
export function allAreasSentence(student: string): Sentence {
  return cited(
    t(
      `Please evaluate ${student} in all areas related to the suspected disability, including the areas above.`,
      `Le pido que la evaluación de ${student} abarque todas las áreas relacionadas con la posible discapacidad, incluidas las que menciono arriba.`,
    ),
    '34 CFR 300.304(c)(4)',
  );
}

/** The request for the consent form (with the safeguards notice). */
export function consentFormSentence(): Sentence {
  return cited(
    t(
      'Please send me the consent form for this evaluation, with a copy of the procedural safeguards notice, so that I can give my written consent.',
      'Le ruego que me envíe el formulario de consentimiento para esta evaluación, junto con una copia del aviso de garantías procesales, para que yo pueda dar mi consentimiento por escrito.',
    ),
    '34 CFR 300.300(a)',
    '34 CFR 300.504(a)',
  );
}

/** The request for prior written notice should the district refuse to evaluate. */
export function refusalNoticeSentence(student: string): Sentence {
  return cited(
    t(
      `If the district decides not to evaluate ${student}, please give me prior written notice of that refusal, explaining the reasons and describing each evaluation, record or report the district relied on.`,
      `Si el distrito decide no evaluar a ${student}, le pido que me entregue una notificación previa por escrito de esa negativa, con sus motivos y la descripción de cada evaluación, expediente o informe en que se basó.`,
    ),
    '34 CFR 300.503(a), (b)',
  );
}

/** The closing paragraph: confirm receipt (the clocks run from it) and how to reach the writer. */
export function contactSentences(input: LetterInput, first?: LocalizedText): Sentence[] {
  const { email, phone } = input.parent;
  const en: string[] = [];
  const es: string[] = [];
  if (email !== undefined) {
    en.push(`by email at ${email}`);
    es.push(`por correo electrónico en ${email}`);
  }
  if (phone !== undefined) {
    en.push(`by phone at ${phone}`);
    es.push(`por teléfono al ${phone}`);
  }
  const reach =
    en.length === 0
      ? t('You can reach me at the address above.', 'Puede comunicarse conmigo en la dirección indicada arriba.')
      : t(`You can reach me ${en.join(' or ')}.`, `Puede comunicarse conmigo ${es.join(' o ')}.`);
  return [
    ...(first === undefined ? [] : [{ text: first }]),
    {
      text: t(
        'Please confirm in writing the date the district received this letter.',
        'Le agradeceré que me confirme por escrito la fecha en que el distrito recibió esta carta.',
      ),
    },
    { text: reach },
  ];
}

/** The writer's relationship as a signature line: "Parent of Maya" / "Madre/padre de Maya". */
export function signatureRole(input: LetterInput, givenName: string): LocalizedText {
  const relationship = RELATIONSHIP[input.parent.relationship];
  const role = capitalized(relationship);
  return t(`${role.en} of ${givenName}`, `${role.es} de ${givenName}`);
}
