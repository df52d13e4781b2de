import { useTranslation } from 'react-i18next';
import { JURISDICTION_NAMES } from '../../../core/law/jurisdiction-names';
import { emptyContact, type StudentFormValues } from '../../case/student-form-values';
import { localized } from '../../i18n/localized';
import { ContactFields } from './contact-fields';
import { FormWithProblems, type FormWithProblemsProps } from './form-with-problems';
import { GradeStartFields } from './grade-start-fields';
import { HomeLanguageFields } from './home-language-fields';
import { SelectField, type SelectOption } from './select-field';
import { TextField } from './text-field';

/** Every field of a child's details (core/schemas/student.ts); what was typed stays when saving fails. */
export function StudentForm(
  props: FormWithProblemsProps<StudentFormValues> & {
    submitLabel: string;
    /** Families a new child can join; absent when editing. */
    familyOptions?: readonly SelectOption[];
    familyId?: string;
    onFamilyChange?: (familyId: string) => void;
    onCancel?: () => void;
  },
) {
  const { t, i18n } = useTranslation();
  const { values, onChange } = props;
  const set = <K extends keyof StudentFormValues>(key: K, value: StudentFormValues[K]) => {
    onChange({ ...values, [key]: value });
  };
  const jurisdictions: SelectOption[] = [
    { value: '', label: t('student.chooseJurisdiction') },
    { value: 'US', label: localized(JURISDICTION_NAMES.US, i18n.language) },
    ...Object.entries(JURISDICTION_NAMES)
      .filter(([code]) => code !== 'US')
      .map(([code, name]) => ({ value: code, label: localized(name, i18n.language) }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
  ];
  return (
    <FormWithProblems
      {...props}
      otherActions={
        props.onCancel === undefined ? null : (
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('form.cancel')}
          </button>
        )
      }
    >
      <div className="field-row">
        <TextField
          id="student-givenName"
          label={t('student.fields.givenName')}
          value={values.givenName}
          autoComplete="off"
          isRequired
          onChange={(value) => {
            set('givenName', value);
          }}
        />
        <TextField
          id="student-familyName"
          label={t('student.fields.familyName')}
          value={values.familyName}
          autoComplete="off"
          isRequired
          onChange={(value) => {
            set('familyName', value);
          }}
        />
      </div>
      <div className="field-row">
        <TextField
          id="student-birthDate"
          type="date"
          label={t('student.fields.birthDate')}
          hint={t('student.birthDateHint')}
          value={values.birthDate}
          onChange={(value) => {
            set('birthDate', value);
          }}
        />
        <SelectField
          id="student-jurisdiction"
          label={t('student.fields.jurisdiction')}
          hint={t('student.jurisdictionHint')}
          value={values.jurisdiction}
          options={jurisdictions}
          isRequired
          onChange={(value) => {
            set('jurisdiction', value);
          }}
        />
      </div>
      <div className="field-row">
        <TextField
          id="student-school"
          label={t('student.fields.school')}
          value={values.school}
          onChange={(value) => {
            set('school', value);
          }}
        />
        <TextField
          id="student-district"
          label={t('student.fields.district')}
          value={values.district}
          onChange={(value) => {
            set('district', value);
          }}
        />
        <TextField
          id="student-grade"
          label={t('student.fields.grade')}
          value={values.grade}
          className="field-narrow"
          onChange={(value) => {
            set('grade', value);
          }}
        />
      </div>
      <GradeStartFields
        idPrefix="student"
        gradeStarts={values.gradeStarts}
        onChange={(gradeStarts) => {
          set('gradeStarts', gradeStarts);
        }}
      />
      {props.familyOptions !== undefined && props.familyOptions.length > 1 ? (
        <SelectField
          id="student-familyId"
          label={t('student.fields.family')}
          value={props.familyId ?? ''}
          options={props.familyOptions}
          onChange={(familyId) => props.onFamilyChange?.(familyId)}
        />
      ) : null}
      <HomeLanguageFields
        idPrefix="student"
        checked={values.homeLanguages}
        other={values.otherLanguages}
        onChange={(homeLanguages, otherLanguages) => {
          onChange({ ...values, homeLanguages, otherLanguages });
        }}
      />
      <fieldset className="group">
        <legend>{t('student.contacts')}</legend>
        <p className="hint">{t('student.contactsHint')}</p>
        {values.contacts.map((contact, index) => (
          <ContactFields
            key={contact.key}
            idPrefix="student"
            index={index}
            contact={contact}
            onChange={(next) => {
              set(
                'contacts',
                values.contacts.map((c) => (c.key === contact.key ? next : c)),
              );
            }}
            onRemove={() => {
              set(
                'contacts',
                values.contacts.filter((c) => c.key !== contact.key),
              );
            }}
          />
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            set('contacts', [...values.contacts, emptyContact()]);
          }}
        >
          {t('student.addContact')}
        </button>
      </fieldset>
    </FormWithProblems>
  );
}
