import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { JURISDICTION_NAMES, isJurisdictionCode } from '../../../core/law/jurisdiction-names';
import type { Student } from '../../../core/schemas/student';
import { formatDate } from '../../i18n/format-date';
import { languageName } from '../../i18n/language-name';
import { localized } from '../../i18n/localized';

/** A child's details as a description list, with "not given" for what is missing. */
export function StudentDetails({ student }: { student: Student }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const notGiven = <span className="muted">{t('student.notGiven')}</span>;
  const rows: [string, ReactNode][] = [
    [t('student.fields.givenName'), student.givenName],
    [t('student.fields.familyName'), student.familyName],
    [t('student.fields.birthDate'), student.birthDate === null ? notGiven : formatDate(student.birthDate, language)],
    [
      t('student.fields.jurisdiction'),
      isJurisdictionCode(student.jurisdiction)
        ? localized(JURISDICTION_NAMES[student.jurisdiction], language)
        : student.jurisdiction,
    ],
    [t('student.fields.school'), student.school ?? notGiven],
    [t('student.fields.district'), student.district ?? notGiven],
    [t('student.fields.grade'), student.grade ?? notGiven],
    [
      t('student.gradeStartsShort'),
      student.gradeStarts.length === 0
        ? notGiven
        : [...student.gradeStarts]
            .sort((a, b) => a.grade - b.grade)
            .map(
              (start) =>
                `${start.grade === 0 ? t('student.kindergarten') : t('student.gradeN', { n: start.grade })}: ${formatDate(start.date, language)}`,
            )
            .join('; '),
    ],
    [
      t('student.fields.homeLanguages'),
      student.homeLanguages.length === 0
        ? notGiven
        : student.homeLanguages.map((tag) => languageName(tag, language)).join(', '),
    ],
  ];
  return (
    <>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('student.contacts')}</h3>
      {student.contacts.length === 0 ? <p>{t('student.noContacts')}</p> : null}
      <ul className="compact-list">
        {student.contacts.map((contact, index) => (
          <li key={`${contact.name}-${String(index)}`}>
            <strong>{contact.name}</strong>
            {contact.relationship === '' ? '' : ` (${contact.relationship})`}
            {contact.email === '' ? null : (
              <>
                {' · '}
                <bdi dir="ltr">{contact.email}</bdi>
              </>
            )}
            {contact.phone === '' ? null : (
              <>
                {' · '}
                <bdi dir="ltr">{contact.phone}</bdi>
              </>
            )}
            {` · ${t('student.writesIn', { language: languageName(contact.preferredLanguage, language) })}`}
          </li>
        ))}
      </ul>
    </>
  );
}
