import { useTranslation } from 'react-i18next';
import type { SchoolPerson } from '../../../core/schemas/school-people';
import { useSchoolPeople } from '../../api/school-people';
import type { LetterFormValues } from '../../understand/letter-form-values';
import { SelectField } from '../forms/select-field';

/**
 * The letter's recipient block filled from the child's directory of the school's people: name, title (the
 * role, in the letter's language, when no title was entered), school and address. The fields stay editable.
 */
export function RecipientFromDirectory({
  studentId,
  values,
  onChange,
}: {
  studentId: string;
  values: LetterFormValues;
  onChange: (values: LetterFormValues) => void;
}) {
  const { t } = useTranslation();
  const people = useSchoolPeople(studentId);
  const list = people.data ?? [];
  if (list.length === 0) return null;
  const fill = (person: SchoolPerson): LetterFormValues => ({
    ...values,
    recipientName: person.name,
    recipientTitle:
      person.title === '' ? t(`schoolPeople.roles.${person.role}`, { lng: values.language }) : person.title,
    recipientSchool: person.school,
    recipientAddress: person.addressLines.join('\n'),
  });
  const chosen = list.find(
    (person) => person.name === values.recipientName && person.school === values.recipientSchool,
  );
  return (
    <SelectField
      id="letter-recipientFromDirectory"
      label={t('schoolPeople.letterPick')}
      hint={t('schoolPeople.letterPickHint')}
      value={chosen?.id ?? ''}
      options={[
        { value: '', label: t('schoolPeople.letterPickNone') },
        ...list.map((person) => ({
          value: person.id,
          label: `${person.name} — ${t(`schoolPeople.roles.${person.role}`)}`,
        })),
      ]}
      onChange={(id) => {
        const person = list.find((candidate) => candidate.id === id);
        if (person !== undefined) onChange(fill(person));
      }}
    />
  );
}
