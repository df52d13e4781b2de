import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AREA_OF_CONCERN_LABELS } from '../../../core/guide/area-of-concern-labels';
import {
  AREAS_OF_CONCERN,
  GRADES,
  LETTER_LANGUAGES,
  PARENT_RELATIONSHIPS,
  PWN_ACTIONS,
  SCHOOL_OFFERS,
} from '../../../core/schemas/letters';
import { localized } from '../../i18n/localized';
import {
  letterFieldId,
  withLanguage,
  type LetterField,
  type LetterFormValues,
} from '../../understand/letter-form-values';
import { CheckboxField } from '../forms/checkbox-field';
import { useFieldError } from '../forms/field-errors-context';
import { JurisdictionSelect } from '../forms/jurisdiction-select';
import { SelectField } from '../forms/select-field';
import { TextAreaField } from '../forms/text-area-field';
import { TextField } from '../forms/text-field';

/** Radio buttons in a fieldset; options may carry their own language (the names "English", "Español"). */
function RadioChoice(props: {
  field: LetterField;
  legend: string;
  value: string;
  options: readonly { value: string; label: string; lang?: string }[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = letterFieldId(props.field);
  const error = useFieldError(id, undefined);
  return (
    <fieldset
      id={id}
      className={`radio-group radio-group-inline${error === undefined ? '' : ' field-invalid'}`}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend>{props.legend}</legend>
      {error === undefined ? null : (
        <p id={`${id}-error`} className="field-error">
          {t('form.errorPrefix')} {error}
        </p>
      )}
      <div className="radio-options">
        {props.options.map((option) => (
          <div key={option.value} className="check-field">
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => {
                props.onChange(option.value);
              }}
            />
            <label htmlFor={`${id}-${option.value}`} lang={option.lang}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The details a letter is written from: the letter itself (language, date, state), the writer, the child,
 * who it goes to, and what this kind of letter needs. Labels come from `labelOf`, which the error summary
 * uses too.
 */
export function LetterDetailsFields({
  values,
  onChange,
  labelOf,
  recipientChoice,
  owedServices,
}: {
  values: LetterFormValues;
  onChange: (values: LetterFormValues) => void;
  labelOf: (field: LetterField) => string;
  /** A way to fill the recipient block from the child's school people, when there is a child. */
  recipientChoice?: ReactNode;
  /** The minutes owed from the child's services ledger (compensatory services), when there is a child. */
  owedServices?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const set = <K extends LetterField>(field: K, value: LetterFormValues[K]) => {
    onChange({ ...values, [field]: value });
  };
  const text = (
    field: Exclude<LetterField, 'owedServices'>,
    extra: {
      hint?: string;
      isRequired?: boolean;
      type?: 'text' | 'date' | 'email' | 'tel';
      autoComplete?: string;
      className?: string;
    } = {},
  ) => (
    <TextField
      id={letterFieldId(field)}
      label={labelOf(field)}
      value={String(values[field])}
      type={extra.type}
      hint={extra.hint}
      isRequired={extra.isRequired}
      autoComplete={extra.autoComplete ?? 'off'}
      className={extra.className}
      onChange={(value) => {
        onChange({ ...values, [field]: value });
      }}
    />
  );
  const longText = (field: Exclude<LetterField, 'owedServices'>, hint: string, isRequired = false) => (
    <TextAreaField
      id={letterFieldId(field)}
      label={labelOf(field)}
      hint={hint}
      isRequired={isRequired}
      value={String(values[field])}
      rows={3}
      onChange={(value) => {
        onChange({ ...values, [field]: value });
      }}
    />
  );
  const areasId = letterFieldId('areasOfConcern');
  const areasError = useFieldError(areasId, undefined);
  const kind = values.kind;
  return (
    <>
      <fieldset>
        <legend>{t('letters.groups.letter')}</legend>
        <RadioChoice
          field="language"
          legend={labelOf('language')}
          value={values.language}
          options={LETTER_LANGUAGES.map((code) => ({
            value: code,
            label: t(`letters.languageName.${code}`),
            lang: code,
          }))}
          onChange={(value) => {
            onChange(withLanguage(values, value === 'es' ? 'es' : 'en'));
          }}
        />
        <p className="hint">{t('letters.languageHint')}</p>
        <div className="field-row">
          {text('date', { type: 'date', isRequired: true, hint: t('letters.hints.date') })}
          <JurisdictionSelect
            id={letterFieldId('jurisdiction')}
            label={labelOf('jurisdiction')}
            hint={t('letters.hints.jurisdiction')}
            value={values.jurisdiction}
            onChange={(code) => {
              set('jurisdiction', code);
            }}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('letters.groups.you')}</legend>
        <div className="field-row">
          {text('parentName', { isRequired: true, autoComplete: 'name' })}
          <SelectField
            id={letterFieldId('relationship')}
            label={labelOf('relationship')}
            value={values.relationship}
            options={PARENT_RELATIONSHIPS.map((value) => ({ value, label: t(`letters.relationships.${value}`) }))}
            onChange={(value) => {
              const match = PARENT_RELATIONSHIPS.find((candidate) => candidate === value);
              if (match !== undefined) set('relationship', match);
            }}
          />
        </div>
        <TextAreaField
          id={letterFieldId('address')}
          label={labelOf('address')}
          hint={t('letters.hints.address')}
          value={values.address}
          rows={3}
          isRequired
          onChange={(value) => {
            set('address', value);
          }}
        />
        <div className="field-row">
          {text('email', { type: 'email', autoComplete: 'email', hint: t('letters.hints.optional') })}
          {text('phone', { type: 'tel', autoComplete: 'tel', hint: t('letters.hints.optional') })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('letters.groups.child')}</legend>
        <div className="field-row">
          {text('childName', { isRequired: true })}
          {text('givenName', { hint: t('letters.hints.givenName') })}
          {text('birthDate', { type: 'date', isRequired: true, className: 'field-narrow' })}
          <SelectField
            id={letterFieldId('grade')}
            label={labelOf('grade')}
            value={values.grade}
            isRequired
            options={[
              { value: '', label: t('letters.chooseGrade') },
              ...GRADES.map((grade) => ({ value: grade, label: t(`letters.grades.${grade}`) })),
            ]}
            onChange={(value) => {
              set('grade', GRADES.find((grade) => grade === value) ?? '');
            }}
          />
        </div>
        <div className="field-row">
          {text('school', { isRequired: true })}
          {text('district', { isRequired: true })}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('letters.groups.recipient')}</legend>
        {recipientChoice}
        <div className="field-row">
          {text('recipientTitle', { isRequired: true, hint: t('letters.hints.recipientTitle') })}
          {text('recipientName', { hint: t('letters.hints.recipientName') })}
        </div>
        {text('recipientSchool', { hint: t('letters.hints.recipientSchool') })}
        <TextAreaField
          id={letterFieldId('recipientAddress')}
          label={labelOf('recipientAddress')}
          hint={t('letters.hints.recipientAddress')}
          value={values.recipientAddress}
          rows={3}
          onChange={(value) => {
            set('recipientAddress', value);
          }}
        />
      </fieldset>

      {kind === '' ? null : (
        <fieldset>
          <legend>{t(`letters.groups.${kind}`)}</legend>
          {kind === 'evaluation-request' || kind === 'iep-evaluation-after-504' ? (
            <>
              {kind === 'iep-evaluation-after-504' ? (
                <div className="field-row">
                  <RadioChoice
                    field="offered"
                    legend={labelOf('offered')}
                    value={values.offered}
                    options={SCHOOL_OFFERS.map((value) => ({ value, label: t(`letters.offers.${value}`) }))}
                    onChange={(value) => {
                      set('offered', value === 'intervention' ? 'intervention' : '504-plan');
                    }}
                  />
                  {text('offeredOn', { type: 'date', isRequired: true, className: 'field-narrow' })}
                </div>
              ) : null}
              <fieldset
                id={areasId}
                className={`areas${areasError === undefined ? '' : ' field-invalid'}`}
                aria-describedby={`${areasId}-hint${areasError === undefined ? '' : ` ${areasId}-error`}`}
              >
                <legend>
                  {labelOf('areasOfConcern')} <span className="required-mark">{t('form.required')}</span>
                </legend>
                <p id={`${areasId}-hint`} className="hint">
                  {t('letters.hints.areas')}
                </p>
                {areasError === undefined ? null : (
                  <p id={`${areasId}-error`} className="field-error">
                    {t('form.errorPrefix')} {areasError}
                  </p>
                )}
                <div className="check-columns">
                  {AREAS_OF_CONCERN.map((area) => (
                    <CheckboxField
                      key={area}
                      id={`${areasId}-${area}`}
                      label={capitalized(localized(AREA_OF_CONCERN_LABELS[area], language))}
                      isChecked={values.areasOfConcern.includes(area)}
                      onChange={(isChecked) => {
                        set(
                          'areasOfConcern',
                          AREAS_OF_CONCERN.filter((candidate) =>
                            candidate === area ? isChecked : values.areasOfConcern.includes(candidate),
                          ),
                        );
                      }}
                    />
                  ))}
                </div>
              </fieldset>
              {longText('concernDetails', t('letters.hints.ownWords'))}
            </>
          ) : null}
          {kind === 'records-request' ? (
            <>
              {text('meetingDate', { type: 'date', hint: t('letters.hints.meetingDate'), className: 'field-narrow' })}
              {longText('recordsDetails', t('letters.hints.recordsDetails'))}
            </>
          ) : null}
          {kind === 'iee-request' ? (
            <>
              <div className="field-row">
                {text('evaluationName', { isRequired: true, hint: t('letters.hints.evaluationName') })}
                {text('evaluationDate', { type: 'date', isRequired: true, className: 'field-narrow' })}
              </div>
              {longText('disagreementDetails', t('letters.hints.ownWords'))}
            </>
          ) : null}
          {kind === 'compensatory-services' ? (
            <div id={letterFieldId('owedServices')} tabIndex={-1}>
              {owedServices ?? <p>{t('letterLedger.noChild')}</p>}
            </div>
          ) : null}
          {kind === 'meeting-summary' ? (
            <>
              <div className="field-row">
                {text('heldOn', { type: 'date', isRequired: true, className: 'field-narrow' })}
                <RadioChoice
                  field="meetingFramework"
                  legend={labelOf('meetingFramework')}
                  value={values.meetingFramework}
                  options={[
                    { value: 'iep', label: t('plan.framework.iep') },
                    { value: '504', label: t('plan.framework.504') },
                  ]}
                  onChange={(value) => {
                    set('meetingFramework', value === '504' ? '504' : 'iep');
                  }}
                />
              </div>
              {longText('decisions', t('letters.hints.decisions'), true)}
              {longText('actionItems', t('letters.hints.actionItems'))}
              {longText('refusals', t('letters.hints.refusals'))}
            </>
          ) : null}
          {kind === 'pwn-request' ? (
            <>
              <RadioChoice
                field="action"
                legend={labelOf('action')}
                value={values.action}
                options={PWN_ACTIONS.map((value) => ({ value, label: t(`letters.pwnActions.${value}`) }))}
                onChange={(value) => {
                  set('action', value === 'proposed' ? 'proposed' : 'refused');
                }}
              />
              <div className="field-row">
                {text('actionDescription', { isRequired: true, hint: t('letters.hints.actionDescription') })}
                {text('actionDate', { type: 'date', isRequired: true, className: 'field-narrow' })}
              </div>
            </>
          ) : null}
          {kind === 'iep-meeting-request' || kind === 'section504-meeting-request' ? (
            <>
              {longText('meetingTopics', t('letters.hints.ownWords'))}
              {kind === 'iep-meeting-request'
                ? text('lastMeetingDate', {
                    type: 'date',
                    hint: t('letters.hints.optional'),
                    className: 'field-narrow',
                  })
                : null}
            </>
          ) : null}
          {kind === 'disagreement-statement' ? (
            <>
              {text('recordDescription', { isRequired: true, hint: t('letters.hints.recordDescription') })}
              {longText('disagreementDetails', t('letters.hints.disagreementStatement'), true)}
              {text('decisionDate', { type: 'date', hint: t('letters.hints.optional'), className: 'field-narrow' })}
            </>
          ) : null}
          {kind === 'ocr-complaint' ? (
            <>
              {text('actDate', {
                type: 'date',
                isRequired: true,
                hint: t('letters.hints.actDate'),
                className: 'field-narrow',
              })}
              {longText('actDescription', t('letters.hints.disagreementStatement'), true)}
              {longText('remedySought', t('letters.hints.ownWords'))}
            </>
          ) : null}
          {kind === 'state-complaint' ? (
            <>
              {text('stateAgency', { isRequired: true, hint: t('letters.hints.stateAgency') })}
              {text('violationDate', {
                type: 'date',
                isRequired: true,
                hint: t('letters.hints.violationDate'),
                className: 'field-narrow',
              })}
              {longText('violationDescription', t('letters.hints.disagreementStatement'), true)}
              {longText('proposedResolution', t('letters.hints.ownWords'))}
            </>
          ) : null}
        </fieldset>
      )}
    </>
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
