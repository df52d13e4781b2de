import { useTranslation } from 'react-i18next';
import { COMMON_HOME_LANGUAGES, languageName } from '../../i18n/language-name';
import { CheckboxField } from './checkbox-field';
import { TextField } from './text-field';

/** Languages spoken at home: the common ones as checkboxes, others as language codes. */
export function HomeLanguageFields(props: {
  idPrefix: string;
  checked: readonly string[];
  other: string;
  onChange: (checked: readonly string[], other: string) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="group">
      <legend>{t('student.fields.homeLanguages')}</legend>
      <p className="hint">{t('student.homeLanguagesHint')}</p>
      <div className="check-columns">
        {COMMON_HOME_LANGUAGES.map((tag) => (
          <CheckboxField
            key={tag}
            id={`${props.idPrefix}-homeLanguages-${tag}`}
            label={<span lang={tag}>{languageName(tag, i18n.language)}</span>}
            isChecked={props.checked.includes(tag)}
            onChange={(isChecked) => {
              props.onChange(
                isChecked ? [...props.checked, tag] : props.checked.filter((other) => other !== tag),
                props.other,
              );
            }}
          />
        ))}
      </div>
      <TextField
        id={`${props.idPrefix}-otherLanguages`}
        label={t('student.fields.otherLanguages')}
        hint={t('student.otherLanguagesHint')}
        value={props.other}
        onChange={(other) => {
          props.onChange(props.checked, other);
        }}
      />
    </fieldset>
  );
}
