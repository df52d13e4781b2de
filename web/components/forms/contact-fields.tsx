import { useTranslation } from 'react-i18next';
import type { ContactValues } from '../../case/student-form-values';
import { COMMON_HOME_LANGUAGES, languageName } from '../../i18n/language-name';
import { SelectField } from './select-field';
import { TextField } from './text-field';

/** One contact (parent, guardian or other adult) as a fieldset, with a button to remove it. */
export function ContactFields(props: {
  idPrefix: string;
  index: number;
  contact: ContactValues;
  onChange: (contact: ContactValues) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { contact, index } = props;
  const id = (field: string) => `${props.idPrefix}-contacts-${String(index)}-${field}`;
  const languages = COMMON_HOME_LANGUAGES.includes(contact.preferredLanguage as (typeof COMMON_HOME_LANGUAGES)[number])
    ? COMMON_HOME_LANGUAGES
    : [...COMMON_HOME_LANGUAGES, contact.preferredLanguage];
  return (
    <fieldset className="group contact">
      <legend>{t('student.contactN', { n: index + 1 })}</legend>
      <div className="field-row">
        <TextField
          id={id('name')}
          label={t('student.fields.contact.name')}
          value={contact.name}
          autoComplete="off"
          isRequired
          onChange={(name) => {
            props.onChange({ ...contact, name });
          }}
        />
        <TextField
          id={id('relationship')}
          label={t('student.fields.contact.relationship')}
          hint={t('student.relationshipHint')}
          value={contact.relationship}
          onChange={(relationship) => {
            props.onChange({ ...contact, relationship });
          }}
        />
      </div>
      <div className="field-row">
        <TextField
          id={id('email')}
          type="email"
          label={t('student.fields.contact.email')}
          value={contact.email}
          autoComplete="off"
          onChange={(email) => {
            props.onChange({ ...contact, email });
          }}
        />
        <TextField
          id={id('phone')}
          type="tel"
          label={t('student.fields.contact.phone')}
          value={contact.phone}
          autoComplete="off"
          onChange={(phone) => {
            props.onChange({ ...contact, phone });
          }}
        />
      </div>
      <SelectField
        id={id('preferredLanguage')}
        label={t('student.fields.contact.preferredLanguage')}
        hint={t('student.preferredLanguageHint')}
        value={contact.preferredLanguage}
        options={languages.map((tag) => ({ value: tag, label: languageName(tag, i18n.language) }))}
        onChange={(preferredLanguage) => {
          props.onChange({ ...contact, preferredLanguage });
        }}
      />
      <button type="button" className="secondary" onClick={props.onRemove}>
        {t('student.removeContact', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
