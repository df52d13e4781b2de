import { useTranslation } from 'react-i18next';
import { guideQuestions, type GuideQuestion } from '../../../core/guide/guide-questions';
import { localized } from '../../i18n/localized';
import { chosenOptions, toggleOption, type GuideFormAnswers } from '../../understand/guide-form-answers';

/** The id of a question's fieldset (also where the error summary sends focus). */
export function guideQuestionId(id: string): string {
  return `guide-${id}`;
}

function Question({
  question,
  number,
  answers,
  error,
  onChange,
}: {
  question: GuideQuestion;
  number: number;
  answers: GuideFormAnswers;
  error: string | undefined;
  onChange: (answers: GuideFormAnswers) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = guideQuestionId(question.id);
  const described = [question.help === null ? null : `${id}-hint`, error === undefined ? null : `${id}-error`]
    .filter((value): value is string => value !== null)
    .join(' ');
  const isMulti = question.kind === 'multi';
  const chosen = chosenOptions(answers, question.id);
  const single = answers[question.id];
  return (
    <fieldset
      id={id}
      className={`guide-question${question.kind === 'yes-no-unsure' ? ' radio-group-inline' : ''}${error === undefined ? '' : ' field-invalid'}`}
      aria-describedby={described === '' ? undefined : described}
    >
      <legend>
        <span className="question-number">{t('guide.questionNumber', { number })}</span>{' '}
        {localized(question.text, language)}
      </legend>
      {question.help === null ? null : (
        <p id={`${id}-hint`} className="hint">
          {localized(question.help, language)}
        </p>
      )}
      {error === undefined ? null : (
        <p id={`${id}-error`} className="field-error">
          {t('form.errorPrefix')} {error}
        </p>
      )}
      <div className={isMulti ? 'check-columns' : 'radio-options'}>
        {question.options.map((option) => {
          const value: string = option.id;
          const optionId = `${id}-${value}`;
          return (
            <div key={value} className="check-field">
              <input
                id={optionId}
                type={isMulti ? 'checkbox' : 'radio'}
                name={id}
                value={value}
                checked={isMulti ? chosen.includes(value) : single === value}
                onChange={(event) => {
                  onChange(
                    isMulti
                      ? toggleOption(answers, question.id, value, event.target.checked)
                      : { ...answers, [question.id]: value },
                  );
                }}
              />
              <label htmlFor={optionId}>{localized(option.text, language)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * Every question of the decision guide, in order: yes/no/not-sure and single choices as radio buttons,
 * "choose all that apply" as checkboxes, each in a fieldset whose legend is the question.
 */
export function GuideQuestionList({
  answers,
  errors,
  onChange,
}: {
  answers: GuideFormAnswers;
  errors: Readonly<Record<string, string>>;
  onChange: (answers: GuideFormAnswers) => void;
}) {
  return (
    <>
      {guideQuestions.map((question, index) => (
        <Question
          key={question.id}
          question={question}
          number={index + 1}
          answers={answers}
          error={errors[guideQuestionId(question.id)]}
          onChange={onChange}
        />
      ))}
    </>
  );
}
