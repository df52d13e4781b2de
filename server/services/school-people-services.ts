import { randomUUID } from 'node:crypto';
import { SCHOOL_PERSON_ROLES, type SchoolPerson, type SchoolPersonInput } from '../../core/schemas/school-people';
import { AppError } from '../app-error';
import type { Database } from '../db/database';
import {
  deleteSchoolPerson,
  findSchoolPerson,
  insertSchoolPerson,
  listSchoolPeopleOfStudent,
  updateSchoolPerson,
} from '../db/school-people-queries';
import { recordedWrite, type WriteContext } from './recorded-write';
import { found, requireStudent } from './require-record';

/** A child's school people in the order of the roles (case manager first), then by name. */
export async function listSchoolPeople(database: Database, studentId: string): Promise<SchoolPerson[]> {
  await requireStudent(database.db, studentId);
  const people = await listSchoolPeopleOfStudent(database.db, studentId);
  const rank = (person: SchoolPerson) => SCHOOL_PERSON_ROLES.indexOf(person.role);
  return people.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en'));
}

export async function addSchoolPerson(
  options: WriteContext & { readonly studentId: string; readonly input: SchoolPersonInput },
): Promise<SchoolPerson> {
  const { studentId, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const person: SchoolPerson = { ...input, id: randomUUID(), studentId, createdAt: at, updatedAt: at };
    await insertSchoolPerson(trx, person);
    await changed({ entity: 'school-person', entityId: person.id, studentId, action: 'create', data: person });
    return person;
  });
}

/** Whether `email` names the same mailbox as the entry's (case and spaces aside); an empty one never does. */
function isSameEmail(entry: string, email: string | null): boolean {
  const a = entry.trim().toLowerCase();
  return a !== '' && email !== null && a === email.trim().toLowerCase();
}

/**
 * Changes an entry. `ownEmail` set: a school person changing their own entry, which must carry their
 * account's e-mail (403 otherwise), and which stays theirs (the e-mail cannot be changed away from it).
 */
export async function reviseSchoolPerson(
  options: WriteContext & { readonly id: string; readonly input: SchoolPersonInput; readonly ownEmail?: string | null },
): Promise<SchoolPerson> {
  const { id, input } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    const current = found(await findSchoolPerson(trx, id), 'school person');
    if (options.ownEmail !== undefined) {
      if (!isSameEmail(current.email, options.ownEmail))
        throw new AppError('forbidden', 'a school person may change only the entry with their own e-mail');
      if (!isSameEmail(input.email, options.ownEmail))
        throw AppError.invalidInput([{ field: 'email', message: 'keep your own e-mail on your entry' }]);
    }
    const person: SchoolPerson = { ...current, ...input, updatedAt: at };
    await updateSchoolPerson(trx, person);
    await changed({
      entity: 'school-person',
      entityId: id,
      studentId: person.studentId,
      action: 'update',
      data: person,
    });
    return person;
  });
}

export async function removeSchoolPerson(options: WriteContext & { readonly id: string }): Promise<void> {
  const { id } = options;
  await recordedWrite(options, async ({ trx, changed }) => {
    const current = found(await findSchoolPerson(trx, id), 'school person');
    await deleteSchoolPerson(trx, id);
    await changed({
      entity: 'school-person',
      entityId: id,
      studentId: current.studentId,
      action: 'delete',
      data: current,
    });
  });
}
