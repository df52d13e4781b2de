import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderSettings } from '../../core/schemas/reminders';
import { useReminderSettings, useSaveReminderSettings } from '../api/account-mail';
import { CheckboxField } from '../components/forms/checkbox-field';
import { SelectField } from '../components/forms/select-field';
import { isLanguage, LANGUAGES, OWN_NAMES } from '../i18n/languages';

/** The reminder form, once the stored settings are known. */
function ReminderForm(props: { email: string; initial: ReminderSettings }) {
  const { t } = useTranslation();
  const save = useSaveReminderSettings();
  const [settings, setSettings] = useState<ReminderSettings>(props.initial);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save.mutate(settings);
  };
  return (
    <form className="stack" noValidate onSubmit={submit}>
      <p>{t('mail.reminders.intro', { email: props.email })}</p>
      <CheckboxField
        id="reminders-deadlines"
        label={t('mail.reminders.deadlineReminders')}
        isChecked={settings.deadlineReminders}
        onChange={(deadlineReminders) => {
          setSettings((s) => ({ ...s, deadlineReminders }));
        }}
      />
      <CheckboxField
        id="reminders-digest"
        label={t('mail.reminders.weeklyDigest')}
        isChecked={settings.weeklyDigest}
        onChange={(weeklyDigest) => {
          setSettings((s) => ({ ...s, weeklyDigest }));
        }}
      />
      <SelectField
        id="reminders-language"
        label={t('mail.reminders.language')}
        value={settings.language}
        options={LANGUAGES.map((code) => ({ value: code, label: OWN_NAMES[code] }))}
        onChange={(language) => {
          if (isLanguage(language)) setSettings((s) => ({ ...s, language }));
        }}
      />
      <div role="status" aria-live="polite">
        {save.isPending ? <p>{t('mail.reminders.saving')}</p> : null}
        {save.isSuccess ? <p className="notice">{t('mail.reminders.saved')}</p> : null}
        {save.error === null ? null : (
          <p className="error">{t('mail.reminders.failed', { message: save.error.message })}</p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('mail.reminders.save')}
        </button>
      </div>
    </form>
  );
}

/** Reminders by e-mail, on the account page: opt-in, per person, in the language they choose. */
export function ReminderSettingsSection(props: { email: string }) {
  const { t } = useTranslation();
  const settings = useReminderSettings();
  return (
    <section className="card narrow-card" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('mail.reminders.title')}</h2>
      {settings.data !== undefined ? (
        <ReminderForm email={props.email} initial={settings.data} />
      ) : settings.error !== null ? (
        <p className="error">{t('mail.reminders.loadFailed', { message: settings.error.message })}</p>
      ) : (
        <p role="status">{t('mail.reminders.loading')}</p>
      )}
    </section>
  );
}
