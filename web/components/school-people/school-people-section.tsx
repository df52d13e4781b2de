import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHOOL_PERSON_ROLES, type SchoolPerson, type SchoolPersonInput } from '../../../core/schemas/school-people';
import { ApiError } from '../../api/client';
import { useRemoveSchoolPerson, useSaveSchoolPerson, useSchoolPeople } from '../../api/school-people';
import { useSession } from '../../api/session';
import { formIssues } from '../../case/api-issues';
import { NO_PROBLEMS } from '../../case/form-problems';
import { FormWithProblems } from '../forms/form-with-problems';
import { SelectField } from '../forms/select-field';
import { TextAreaField } from '../forms/text-area-field';
import { TextField } from '../forms/text-field';

/** The form's values as typed: the address is one text box, a line per line. */
interface PersonForm {
  readonly role: SchoolPersonInput['role'];
  readonly name: string;
  readonly title: string;
  readonly school: string;
  readonly email: string;
  readonly phone: string;
  readonly address: string;
}

const EMPTY: PersonForm = {
  role: 'case-manager',
  name: '',
  title: '',
  school: '',
  email: '',
  phone: '',
  address: '',
};

function formOf(person: SchoolPerson): PersonForm {
  return { ...person, address: person.addressLines.join('\n') };
}

function inputOf(form: PersonForm): SchoolPersonInput {
  const { address, ...rest } = form;
  return {
    ...rest,
    addressLines: address
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}

function isSameEmail(a: string, b: string | undefined): boolean {
  return a.trim() !== '' && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

interface Editing {
  readonly id: string | null;
  readonly own: boolean;
  readonly values: PersonForm;
  readonly issues: readonly { field: string; message: string }[];
  readonly attempt: number;
}

/**
 * The child's directory of the school's people (case manager, teacher, principal, …): everyone with a grant
 * sees it; the family adds, changes and removes people; a school person corrects the entry with their own
 * e-mail. What was typed stays in the form when the server refuses it, with each problem by its field.
 */
export function SchoolPeopleSection({
  studentId,
  canEdit,
  canEditOwn,
}: {
  studentId: string;
  canEdit: boolean;
  canEditOwn: boolean;
}) {
  const { t } = useTranslation();
  const people = useSchoolPeople(studentId);
  const save = useSaveSchoolPerson(studentId);
  const remove = useRemoveSchoolPerson(studentId);
  const session = useSession();
  const myEmail = session.data?.user?.email;
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fields = {
    role: t('schoolPeople.fields.role'),
    name: t('schoolPeople.fields.name'),
    title: t('schoolPeople.fields.title'),
    school: t('schoolPeople.fields.school'),
    email: t('schoolPeople.fields.email'),
    phone: t('schoolPeople.fields.phone'),
    addressLines: t('schoolPeople.fields.address'),
  };
  const problems = editing === null ? NO_PROBLEMS : formIssues(editing.issues, 'school-person', fields, 'name', t);
  const start = (next: Omit<Editing, 'issues' | 'attempt'>) => {
    setMessage(null);
    setEditing({ ...next, issues: [], attempt: 0 });
  };
  const submit = () => {
    if (editing === null) return;
    save.mutate(
      { id: editing.id, own: editing.own, input: inputOf(editing.values) },
      {
        onSuccess: (person) => {
          setEditing(null);
          setMessage(t('schoolPeople.saved', { name: person.name }));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.issues.length > 0)
            setEditing({ ...editing, issues: error.issues, attempt: editing.attempt + 1 });
          else setMessage(t('schoolPeople.saveFailed', { message: error.message }));
        },
      },
    );
  };
  const text = (
    field: Exclude<keyof PersonForm, 'role' | 'address'>,
    extra: { type?: 'email' | 'tel'; hint?: string; isRequired?: boolean } = {},
  ) =>
    editing === null ? null : (
      <TextField
        id={`school-person-${field}`}
        label={fields[field]}
        value={editing.values[field]}
        type={extra.type}
        hint={extra.hint}
        isRequired={extra.isRequired}
        onChange={(value) => {
          setEditing({ ...editing, values: { ...editing.values, [field]: value } });
        }}
      />
    );
  return (
    <section className="card" aria-labelledby="school-people-title">
      <h3 id="school-people-title">{t('schoolPeople.title')}</h3>
      <p>{t('schoolPeople.intro')}</p>
      <div role="status" aria-live="polite">
        {message === null ? null : <p className="notice">{message}</p>}
        {people.isPending ? <p>{t('schoolPeople.loading')}</p> : null}
      </div>
      {people.isError ? <p className="error">{t('schoolPeople.failed', { message: people.error.message })}</p> : null}
      {people.data === undefined ? null : people.data.length === 0 ? (
        <p>{t('schoolPeople.empty')}</p>
      ) : (
        <ul className="compact-list" aria-label={t('schoolPeople.title')}>
          {people.data.map((person) => {
            const isMine = canEditOwn && isSameEmail(person.email, myEmail);
            return (
              <li key={person.id}>
                <p>
                  <strong>{person.name}</strong> — {t(`schoolPeople.roles.${person.role}`)}
                  {person.title === '' ? null : `, ${person.title}`}
                  {person.school === '' ? null : `, ${person.school}`}
                </p>
                {person.email === '' && person.phone === '' ? null : (
                  <p>
                    {person.email === '' ? null : (
                      <a href={`mailto:${person.email}`} dir="ltr">
                        {person.email}
                      </a>
                    )}
                    {person.email !== '' && person.phone !== '' ? ' · ' : null}
                    {person.phone === '' ? null : (
                      <a href={`tel:${person.phone}`} dir="ltr">
                        {person.phone}
                      </a>
                    )}
                  </p>
                )}
                {canEdit || isMine ? (
                  <p className="actions">
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`${isMine && !canEdit ? t('schoolPeople.editOwn') : t('schoolPeople.edit')}: ${person.name}`}
                      onClick={() => {
                        start({ id: person.id, own: !canEdit, values: formOf(person) });
                      }}
                    >
                      {isMine && !canEdit ? t('schoolPeople.editOwn') : t('schoolPeople.edit')}
                    </button>
                    {canEdit ? (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => {
                          setMessage(null);
                          remove.mutate(person.id, {
                            onSuccess: () => {
                              setMessage(t('schoolPeople.removed', { name: person.name }));
                            },
                            onError: (error) => {
                              setMessage(t('schoolPeople.saveFailed', { message: error.message }));
                            },
                          });
                        }}
                      >
                        {t('schoolPeople.remove', { name: person.name })}
                      </button>
                    ) : null}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {editing === null ? (
        canEdit ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              start({ id: null, own: false, values: EMPTY });
            }}
          >
            {t('schoolPeople.add')}
          </button>
        ) : null
      ) : (
        <section aria-labelledby="school-person-form-title">
          <h4 id="school-person-form-title">
            {editing.id === null
              ? t('schoolPeople.formTitle')
              : t('schoolPeople.editTitle', { name: editing.values.name })}
          </h4>
          <FormWithProblems
            onSubmit={submit}
            isSubmitting={save.isPending}
            problems={problems}
            problemKey={editing.attempt}
            submitLabel={t('schoolPeople.save')}
            otherActions={
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setEditing(null);
                }}
              >
                {t('schoolPeople.cancel')}
              </button>
            }
          >
            <div className="field-row">
              <SelectField
                id="school-person-role"
                label={fields.role}
                value={editing.values.role}
                isRequired
                options={SCHOOL_PERSON_ROLES.map((role) => ({ value: role, label: t(`schoolPeople.roles.${role}`) }))}
                onChange={(value) => {
                  const role = SCHOOL_PERSON_ROLES.find((candidate) => candidate === value) ?? editing.values.role;
                  setEditing({ ...editing, values: { ...editing.values, role } });
                }}
              />
              {text('name', { isRequired: true })}
            </div>
            <div className="field-row">
              {text('title', { hint: t('schoolPeople.hints.title') })}
              {text('school')}
            </div>
            <div className="field-row">
              {text('email', { type: 'email' })}
              {text('phone', { type: 'tel' })}
            </div>
            <TextAreaField
              id="school-person-addressLines"
              label={fields.addressLines}
              hint={t('schoolPeople.hints.address')}
              value={editing.values.address}
              rows={3}
              onChange={(value) => {
                setEditing({ ...editing, values: { ...editing.values, address: value } });
              }}
            />
          </FormWithProblems>
        </section>
      )}
    </section>
  );
}
