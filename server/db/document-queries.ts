import type { Kysely, Selectable } from 'kysely';
import { documentLinkSchema, type Document, type DocumentTextStatus } from '../../core/schemas/document';
import type { DatabaseSchema, DocumentTable } from './schema';

type Db = Kysely<DatabaseSchema>;

const linksSchema = documentLinkSchema.array();

function toDocument(row: Selectable<DocumentTable>): Document {
  return {
    id: row.id,
    studentId: row.student_id,
    kind: row.kind as Document['kind'],
    date: row.date,
    title: row.title,
    links: linksSchema.parse(JSON.parse(row.links)),
    fileName: row.file_name,
    mediaType: row.media_type as Document['mediaType'],
    size: row.size,
    sha256: row.sha256,
    textStatus: row.text_status,
    textNote: row.text_note as Document['textNote'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Every column but the extracted words, which only the search and the export read. */
const COLUMNS = [
  'id',
  'student_id',
  'kind',
  'date',
  'title',
  'links',
  'file_name',
  'media_type',
  'size',
  'sha256',
  'text_status',
  'text_note',
  'created_at',
  'updated_at',
] as const;

export async function listDocumentsOfStudent(db: Db, studentId: string): Promise<Document[]> {
  const rows = await db
    .selectFrom('documents')
    .select(COLUMNS)
    .where('student_id', '=', studentId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => toDocument({ ...row, text: null }));
}

export async function findDocument(db: Db, id: string): Promise<Document | null> {
  const row = await db.selectFrom('documents').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toDocument({ ...row, text: null });
}

export async function insertDocument(db: Db, document: Document): Promise<void> {
  await db
    .insertInto('documents')
    .values({
      id: document.id,
      student_id: document.studentId,
      kind: document.kind,
      date: document.date,
      title: document.title,
      links: JSON.stringify(document.links),
      file_name: document.fileName,
      media_type: document.mediaType,
      size: document.size,
      sha256: document.sha256,
      text_status: document.textStatus,
      text_note: document.textNote,
      text: null,
      created_at: document.createdAt,
      updated_at: document.updatedAt,
    })
    .execute();
}

/** The family's corrections: kind, date, title and links. */
export async function updateDocumentDetails(db: Db, document: Document): Promise<void> {
  await db
    .updateTable('documents')
    .set({
      kind: document.kind,
      date: document.date,
      title: document.title,
      links: JSON.stringify(document.links),
      updated_at: document.updatedAt,
    })
    .where('id', '=', document.id)
    .execute();
}

/** Stores what the background extraction found; only a row still pending is changed (it may have been deleted). */
export async function setDocumentText(
  db: Db,
  id: string,
  result: { status: Exclude<DocumentTextStatus, 'pending'>; text: string | null; note: string | null },
): Promise<void> {
  await db
    .updateTable('documents')
    .set({ text_status: result.status, text: result.text, text_note: result.note })
    .where('id', '=', id)
    .where('text_status', '=', 'pending')
    .execute();
}

/** Documents whose words are still to be extracted (after a restart, say), oldest first. */
export async function pendingDocuments(
  db: Db,
  limit: number,
): Promise<{ id: string; sha256: string; mediaType: string }[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'sha256', 'media_type'])
    .where('text_status', '=', 'pending')
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, sha256: row.sha256, mediaType: row.media_type }));
}

export async function deleteDocumentRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('documents').where('id', '=', id).execute();
}

/** How many rows (any child's) keep bytes with this hash: the bytes may go only when none do. */
export async function documentsWithHash(db: Db, sha256: string): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select(({ fn }) => fn.countAll<number | string>().as('n'))
    .where('sha256', '=', sha256)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The hashes a child's documents use. */
export async function documentHashesOfStudent(db: Db, studentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('documents')
    .select('sha256')
    .distinct()
    .where('student_id', '=', studentId)
    .execute();
  return rows.map((row) => row.sha256);
}

/** Of these hashes, the ones no row uses any more. */
export async function unusedHashes(db: Db, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const used = await db.selectFrom('documents').select('sha256').distinct().where('sha256', 'in', hashes).execute();
  const kept = new Set(used.map((row) => row.sha256));
  return hashes.filter((hash) => !kept.has(hash));
}

/** Bytes used by every document of every child in a family (counted per row, as the family sees them). */
export async function familyDocumentBytes(db: Db, familyId: string): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .innerJoin('students', 'students.id', 'documents.student_id')
    .select(({ fn }) => fn.sum<number | string | null>('documents.size').as('bytes'))
    .where('students.family_id', '=', familyId)
    .executeTakeFirstOrThrow();
  return Number(row.bytes ?? 0);
}

/** Which of these records of each kind belong to the child (a link may only point within the record). */
export async function linkTargetsOfStudent(
  db: Db,
  studentId: string,
  links: readonly { kind: 'event' | 'meeting' | 'letter' | 'communication'; id: string }[],
): Promise<Set<string>> {
  const tables = {
    event: 'case_events',
    meeting: 'meetings',
    letter: 'letters',
    communication: 'communications',
  } as const;
  const found = new Set<string>();
  for (const kind of Object.keys(tables) as (keyof typeof tables)[]) {
    const ids = links.filter((link) => link.kind === kind).map((link) => link.id);
    if (ids.length === 0) continue;
    const rows = await db
      .selectFrom(tables[kind] as 'meetings')
      .select('id')
      .where('student_id', '=', studentId)
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) found.add(`${kind}:${row.id}`);
  }
  return found;
}
