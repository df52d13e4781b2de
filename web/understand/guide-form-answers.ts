import { guideQuestions, type GuideQuestion } from '../../core/guide/guide-questions';
import { parseGuideAnswers } from '../../core/guide/parse-guide-answers';
import type { GuideAnswers, GuideQuestionId } from '../../core/schemas/guide';

/** The guide's answers as the form holds them: an option id, a list of option ids, or nothing yet. */
export type GuideFormAnswers = Partial<Record<GuideQuestionId, string | readonly string[]>>;

/** The "none of these" option of a multi-choice question, which cannot be combined with the others. */
export const EXCLUSIVE_OPTION: Partial<Record<GuideQuestionId, string>> = {
  supportsTried: 'none',
  schoolSaid: 'nothing-yet',
};

/** The form's answers from answers saved in the case (every question is filled there). */
export function formAnswersFrom(saved: GuideAnswers): GuideFormAnswers {
  return { ...saved };
}

/** The options chosen for a multi-choice question. */
export function chosenOptions(answers: GuideFormAnswers, id: GuideQuestionId): readonly string[] {
  const value = answers[id];
  return Array.isArray(value) ? (value as readonly string[]) : [];
}

/**
 * Ticks or unticks one option of a multi-choice question. Ticking "none of these" clears the others and
 * ticking another option clears "none of these", so the answers never contradict each other.
 */
export function toggleOption(
  answers: GuideFormAnswers,
  id: GuideQuestionId,
  option: string,
  isChecked: boolean,
): GuideFormAnswers {
  const exclusive = EXCLUSIVE_OPTION[id];
  const current = chosenOptions(answers, id);
  let next: string[];
  if (!isChecked) next = current.filter((value) => value !== option);
  else if (option === exclusive) next = [option];
  else next = [...current.filter((value) => value !== exclusive && value !== option), option];
  const question: GuideQuestion | undefined = guideQuestions.find((candidate) => candidate.id === id);
  // Keep the order of the question's options, so the saved answers read the way the question does.
  const order = question?.options.map((candidate): string => candidate.id) ?? [];
  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { ...answers, [id]: next };
}

/**
 * The answers ready to send, checked with the same schema as the server's: questions left unanswered take
 * the guide's defaults ("not sure", nothing chosen).
 */
export function answersToSend(answers: GuideFormAnswers) {
  const given = Object.fromEntries(
    Object.entries(answers).filter(
      ([, value]: [string, string | readonly string[] | undefined]) => value !== undefined && value !== '',
    ),
  );
  return parseGuideAnswers(given);
}
