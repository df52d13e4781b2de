import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { LetterInputOf } from '../schemas/letters';
import { stateComplaintFilingLimit, ocrFilingLimit } from './filing-limit';
import { cited, ownWords, t } from './letter-draft';
import type { LetterDraft, Sentence } from './letter-draft';
import { introSentence, longDate } from './letter-phrases';

function reachSentence(input: LetterInputOf<'ocr-complaint' | 'state-complaint'>): Sentence {
  const { email, phone } = input.parent;
  const en = [
    ...(email === undefined ? [] : [`by email at ${email}`]),
    ...(phone === undefined ? [] : [`by phone at ${phone}`]),
  ];
  const es = [
    ...(email === undefined ? [] : [`por correo electrónico en ${email}`]),
    ...(phone === undefined ? [] : [`por teléfono al ${phone}`]),
  ];
  return {
    text:
      en.length === 0
        ? t('You can reach me at the address above.', 'Puede comunicarse conmigo en la dirección indicada arriba.')
        : t(`You can reach me ${en.join(' or ')}.`, `Puede comunicarse conmigo ${es.join(' o ')}.`),
  };
}

/**
 * A draft complaint to the Office for Civil Rights (Section 504 and ADA Title II) that the parent files:
 * where and how, and the 180 days computed from the act (34 CFR 100.7(b), applied by 104.61).
 */
export function ocrComplaint(input: LetterInputOf<'ocr-complaint'>, facts: JurisdictionFacts): LetterDraft {
  const student = input.student.name;
  const act = longDate(input.actDate);
  const limit = ocrFilingLimit(input.actDate, input.date);
  const last = longDate(limit.lastDay);
  const timeliness: Sentence = limit.isLate
    ? cited(
        t(
          `The act took place on ${act.en}; the 180 days ended on ${last.en}. I ask OCR to waive the time limit; I explain the reasons for the delay in this complaint.`,
          `El acto ocurrió el ${act.es}; los 180 días terminaron el ${last.es}. Pido a la OCR que no aplique el plazo; explico en esta queja las razones del retraso.`,
        ),
        'OCR Case Processing Manual (timeliness waiver)',
      )
    : cited(
        t(
          `The act took place on ${act.en}, so this complaint is filed within 180 days of it; the 180 days end on ${last.en}.`,
          `El acto ocurrió el ${act.es}, así que esta queja se presenta dentro de los 180 días siguientes; los 180 días terminan el ${last.es}.`,
        ),
        '34 CFR 100.7(b)',
        '34 CFR 104.61',
      );
  return {
    subject: t(
      `Complaint of disability discrimination (Section 504 and ADA Title II) — ${student}, ${input.district}`,
      `Queja por discriminación por discapacidad (Sección 504 y Título II de la ADA) — ${student}, ${input.district}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `I am filing this complaint against ${input.district} for discriminating against ${student} on the basis of disability, under Section 504 of the Rehabilitation Act and Title II of the Americans with Disabilities Act.`,
            `Presento esta queja contra ${input.district} por discriminar a ${student} por motivo de discapacidad, según la Sección 504 de la Ley de Rehabilitación y el Título II de la Ley para Estadounidenses con Discapacidades (ADA).`,
          ),
          '34 CFR 100.7(b)',
          '34 CFR 104.61',
        ),
      ],
      [{ text: t('What happened:', 'Lo que ocurrió:') }, ...ownWords(input.actDescription)],
      [
        cited(
          t(
            'A district must evaluate a student who needs or is believed to need special education or related services because of a disability, and must have procedural safeguards for the parents.',
            'Un distrito debe evaluar a un estudiante que necesita, o se cree que necesita, educación especial o servicios relacionados por una discapacidad, y debe contar con garantías procesales para los padres.',
          ),
          '34 CFR 104.35',
          '34 CFR 104.36',
        ),
      ],
      [timeliness],
      ownWords(input.remedySought).length === 0
        ? []
        : [
            { text: t('I ask OCR to obtain the following:', 'Pido a la OCR que obtenga lo siguiente:') },
            ...ownWords(input.remedySought),
          ],
      [
        cited(
          t(
            `I am filing this complaint with the U.S. Department of Education’s Office for Civil Rights through its online complaint form (ocrcas.ed.gov), or by email to OCR@ed.gov, or by mail or fax to the OCR regional office that serves ${facts.name.en}.`,
            `Presento esta queja ante la Oficina de Derechos Civiles (OCR) del Departamento de Educación de los EE. UU. mediante su formulario de quejas en línea (ocrcas.ed.gov), por correo electrónico a OCR@ed.gov, o por correo postal o fax a la oficina regional de la OCR que atiende a ${facts.name.es}.`,
          ),
          '34 CFR 100.7(b)',
        ),
        reachSentence(input),
      ],
    ],
  };
}

/**
 * A draft state complaint (34 CFR 300.151–300.153) that the parent files with the state educational
 * agency, with a copy to the district: where and how, and the one year computed from the violation.
 */
export function stateComplaint(input: LetterInputOf<'state-complaint'>): LetterDraft {
  const student = input.student.name;
  const violation = longDate(input.violationDate);
  const limit = stateComplaintFilingLimit(input.violationDate, input.date);
  const last = longDate(limit.lastDay);
  const address = input.parent.addressLines.join(', ');
  return {
    subject: t(
      `State complaint under IDEA (34 CFR 300.153) — ${student}, ${input.district}`,
      `Queja estatal según IDEA (34 CFR 300.153) — ${student}, ${input.district}`,
    ),
    paragraphs: [
      [
        introSentence(input),
        cited(
          t(
            `I am filing this signed written complaint with the ${input.stateAgency}: ${input.district} has violated Part B of the Individuals with Disabilities Education Act. ${student} lives at ${address} and attends ${input.student.school}.`,
            `Presento esta queja escrita y firmada ante ${input.stateAgency}: ${input.district} ha infringido la Parte B de la Ley de Educación para Personas con Discapacidades (IDEA). ${student} vive en ${address} y asiste a ${input.student.school}.`,
          ),
          '34 CFR 300.153(a)',
          '34 CFR 300.153(b)',
        ),
      ],
      [
        { text: t('The violation and the facts:', 'La infracción y los hechos:') },
        ...ownWords(input.violationDescription),
      ],
      [
        limit.isLate
          ? cited(
              t(
                `The violation took place on ${violation.en}. A state complaint must be about a violation no more than one year before the state receives it, which ended on ${last.en}; I ask that any part of it that continues be investigated.`,
                `La infracción ocurrió el ${violation.es}. Una queja estatal debe tratar de una infracción ocurrida como máximo un año antes de que el estado la reciba, plazo que terminó el ${last.es}; pido que se investigue cualquier parte que continúe.`,
              ),
              '34 CFR 300.153(c)',
            )
          : cited(
              t(
                `The violation took place on ${violation.en}, not more than one year before this complaint; the year ends on ${last.en}.`,
                `La infracción ocurrió el ${violation.es}, como máximo un año antes de esta queja; el año termina el ${last.es}.`,
              ),
              '34 CFR 300.153(c)',
            ),
      ],
      input.proposedResolution === undefined
        ? []
        : [
            cited(
              t(
                `I propose the following resolution: ${input.proposedResolution.replace(/[.!?…]$/, '')}.`,
                `Propongo la siguiente solución: ${input.proposedResolution.replace(/[.!?…]$/, '')}.`,
              ),
              '34 CFR 300.153(b)',
            ),
          ],
      [
        cited(
          t(
            'The state must investigate, give me the opportunity to submit more information, and issue a written decision within 60 days; where it finds that services were not provided, it must order corrective action, including compensatory services.',
            'El estado debe investigar, darme la oportunidad de presentar más información y emitir una decisión por escrito en 60 días; si concluye que no se prestaron servicios, debe ordenar medidas correctivas, incluidos servicios compensatorios.',
          ),
          '34 CFR 300.152(a)',
          '34 CFR 300.151',
        ),
      ],
      [
        cited(
          t(
            `I am filing this complaint by sending it, signed, to the ${input.stateAgency} by mail, email or its complaint form, and I am sending a copy to ${input.district} at the same time.`,
            `Presento esta queja enviándola, firmada, a ${input.stateAgency} por correo postal, correo electrónico o su formulario de quejas, y envío al mismo tiempo una copia a ${input.district}.`,
          ),
          '34 CFR 300.153(d)',
        ),
        reachSentence(input),
      ],
    ],
  };
}
