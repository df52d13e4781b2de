import { sql, type Kysely } from 'kysely';
import type { Language } from '../../core/progress/format-words';
import type { SearchHit, SearchSource, SnippetPart } from '../../core/schemas/document';
import type { DialectName } from './dialect';
import type { DatabaseSchema } from './schema';

type Db = Kysely<DatabaseSchema>;

/** One searchable record of a child: where it is, what to call it, and its words. */
interface SearchRow {
  readonly source: SearchSource;
  readonly id: string;
  readonly date: string | null;
  readonly title: string;
  readonly body: string;
}

/** Marks the snippets' matched words: characters no stored text uses (NUL is refused at the door). */
const START = '\u0001';
const STOP = '\u0002';
const MAX_HITS = 50;

/** Every string inside a stored JSON value, in order: the words of a letter or a plan version. */
function stringsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) stringsOf(item, into);
  return into;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The child's documents, notes (comments), communication log, letters and plan versions as search rows. */
async function searchRows(db: Db, studentId: string): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'date', 'title', 'file_name', 'text'])
    .where('student_id', '=', studentId)
    .execute();
  for (const d of documents)
    rows.push({ source: 'document', id: d.id, date: d.date, title: d.title, body: `${d.file_name}\n${d.text ?? ''}` });
  const comments = await db
    .selectFrom('student_comments')
    .select(['id', 'created_at', 'author_name', 'body'])
    .where('student_id', '=', studentId)
    .execute();
  for (const c of comments)
    rows.push({ source: 'note', id: c.id, date: c.created_at.slice(0, 10), title: c.author_name, body: c.body });
  const communications = await db
    .selectFrom('communications')
    .select(['id', 'date', 'details'])
    .where('student_id', '=', studentId)
    .execute();
  for (const c of communications) {
    const details = parsed(c.details) as { subject?: unknown };
    const subject = typeof details.subject === 'string' ? details.subject : '';
    rows.push({ source: 'communication', id: c.id, date: c.date, title: subject, body: stringsOf(details).join('\n') });
  }
  const letters = await db
    .selectFrom('letters')
    .select(['id', 'date', 'content'])
    .where('student_id', '=', studentId)
    .execute();
  for (const l of letters) {
    const content = parsed(l.content) as { subject?: unknown };
    const subject = typeof content.subject === 'string' ? content.subject : '';
    rows.push({ source: 'letter', id: l.id, date: l.date, title: subject, body: stringsOf(content).join('\n') });
  }
  const versions = await db
    .selectFrom('plan_versions')
    .innerJoin('plans', 'plans.id', 'plan_versions.plan_id')
    .select([
      'plans.id as plan_id',
      'plans.framework',
      'plan_versions.number',
      'plan_versions.effective_from',
      'plan_versions.content',
    ])
    .where('plans.student_id', '=', studentId)
    .execute();
  for (const v of versions) {
    rows.push({
      source: 'plan',
      id: v.plan_id,
      date: v.effective_from,
      title: `${v.framework === 'iep' ? 'IEP' : '504 plan'} v${String(v.number)}`,
      body: stringsOf(parsed(v.content)).join('\n'),
    });
  }
  return rows;
}

/** A snippet with its markers, as parts: the matched words flagged, no HTML anywhere. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of marked.split(START).entries()) {
    if (index === 0) {
      if (piece !== '') parts.push({ text: piece, match: false });
      continue;
    }
    const stop = piece.indexOf(STOP);
    const match = stop < 0 ? piece : piece.slice(0, stop);
    const rest = stop < 0 ? '' : piece.slice(stop + 1);
    if (match !== '') parts.push({ text: match, match: true });
    if (rest !== '') parts.push({ text: rest.replaceAll(STOP, ''), match: false });
  }
  return parts;
}

/** The words of a query as an FTS5 expression: each a quoted term (so nothing is read as syntax), all required. */
function ftsQuery(query: string): string | null {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

interface HitRow {
  source: SearchSource;
  id: string;
  date: string | null;
  title: string;
  snippet: string;
}

/**
 * SQLite: FTS5 over a temporary table filled with the child's rows inside one transaction (which holds the
 * only connection, so no other request sees it), ranked by bm25, snippets by FTS5's snippet(). Nothing of the
 * index outlives the search (docs/decisions/0043).
 */
async function searchSqlite(db: Db, studentId: string, query: string): Promise<HitRow[]> {
  const match = ftsQuery(query);
  if (match === null) return [];
  return db.transaction().execute(async (trx) => {
    await sql`create virtual table if not exists temp.search_scratch using fts5(
      source unindexed, id unindexed, date unindexed, title, body,
      tokenize = 'unicode61 remove_diacritics 2')`.execute(trx);
    await sql`delete from temp.search_scratch`.execute(trx);
    for (const row of await searchRows(trx, studentId)) {
      await sql`insert into temp.search_scratch (source, id, date, title, body)
        values (${row.source}, ${row.id}, ${row.date}, ${row.title}, ${row.body})`.execute(trx);
    }
    const { rows } = await sql<HitRow>`select source, id, date, title,
        snippet(search_scratch, 4, ${START}, ${STOP}, '…', 24) as snippet
      from temp.search_scratch where search_scratch match ${match}
      order by bm25(search_scratch, 0, 0, 0, 4, 1) limit ${MAX_HITS}`.execute(trx);
    await sql`delete from temp.search_scratch`.execute(trx);
    return rows;
  });
}

/**
 * The PostgreSQL text-search configuration for a reader's language. The record's text is written in English or
 * Spanish (the writing languages), so those stem; a reader of Vietnamese, Chinese or Arabic searches word for word
 * ('simple': lower-cased, no stemming, no stop words), which finds English and Spanish words too (decision 0045).
 */
const SEARCH_CONFIG: Readonly<Record<Language, 'english' | 'spanish' | 'simple'>> = {
  en: 'english',
  es: 'spanish',
  vi: 'simple',
  'zh-Hans': 'simple',
  ar: 'simple',
};

/**
 * PostgreSQL: the child's rows sent as arrays, matched with to_tsvector/websearch_to_tsquery in the English or
 * Spanish configuration, ranked by ts_rank, snippets by ts_headline. A child's record is small, so nothing is
 * indexed ahead of time.
 */
async function searchPostgres(db: Db, studentId: string, query: string, language: Language): Promise<HitRow[]> {
  const rows = await searchRows(db, studentId);
  if (rows.length === 0) return [];
  const config = SEARCH_CONFIG[language];
  const options = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "`;
  const column = (pick: (row: SearchRow) => string | null) => rows.map(pick);
  const { rows: hits } = await sql<HitRow>`with r as (
      select * from unnest(${column((r) => r.source)}::text[], ${column((r) => r.id)}::text[],
        ${column((r) => r.date)}::text[], ${column((r) => r.title)}::text[], ${column((r) => r.body)}::text[])
        as t(source, id, date, title, body)
    ), q as (select websearch_to_tsquery(${config}::regconfig, ${query}) as query)
    select r.source, r.id, r.date, r.title,
      ts_headline(${config}::regconfig, r.body, q.query, ${options}) as snippet
    from r, q
    where to_tsvector(${config}::regconfig, r.title || ' ' || r.body) @@ q.query
    order by ts_rank(to_tsvector(${config}::regconfig, r.title || ' ' || r.body), q.query) desc, r.id
    limit ${MAX_HITS}`.execute(db);
  return hits;
}

/** A child's record searched for words, best first, each hit with a highlighted snippet. */
export async function searchStudentRecord(
  db: Db,
  dialect: DialectName,
  studentId: string,
  query: string,
  language: Language,
): Promise<SearchHit[]> {
  const hits =
    dialect === 'sqlite'
      ? await searchSqlite(db, studentId, query)
      : await searchPostgres(db, studentId, query, language);
  return hits.map((hit) => ({
    source: hit.source,
    id: hit.id,
    title: hit.title,
    date: hit.date,
    snippet: snippetParts(hit.snippet),
  }));
}
