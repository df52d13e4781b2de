import Sqlite from 'better-sqlite3';
import { createServer, type Server } from 'node:http';
import pg from 'pg';
import { auditHash, type AuditFacts } from '../server/audit/audit-entry';
import { verifiedSessionToken } from '../server/auth/current-actor';
import { planInEffect, type PlanSpan } from '../core/case/plan-in-effect';

/**
 * The second floor of bench/http-overview.ts: Binder's required work for `GET /api/v1/students/:id`, written by
 * hand on bare node:http and the bare driver — the session cookie's signature, one statement for the session,
 * the student's grant and the student, one for the student with its plans' spans, and the chained audit entry,
 * committed in groups (the entries of the requests that arrive while a commit runs go in the next one) before
 * each answer. No framework, no validation, no query builder. Its entries are real ones on the chain, as the
 * case manager, so `binder audit verify` still passes after a run.
 */
export interface SameWorkFloor {
  readonly server: Server;
  close(): Promise<void>;
}

/** The driver under the floor: one statement run with parameters, and a transaction around a few of them. */
interface FloorDriver {
  query(name: string, text: string, parameters: unknown[]): Promise<Record<string, unknown>[]>;
  transaction(work: (run: FloorDriver['query']) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

function sqliteDriver(file: string): FloorDriver {
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  const statements = new Map<string, Sqlite.Statement>();
  const query = (_name: string, text: string, parameters: unknown[]): Promise<Record<string, unknown>[]> => {
    let statement = statements.get(text);
    if (statement === undefined) {
      statement = database.prepare(text);
      statements.set(text, statement);
    }
    if (!statement.reader) {
      statement.run(...parameters);
      return Promise.resolve([]);
    }
    return Promise.resolve(statement.all(...parameters) as Record<string, unknown>[]);
  };
  return {
    query,
    // Synchronous driver: nothing else runs on the connection between begin and commit.
    transaction: async (work) => {
      database.exec('begin immediate');
      try {
        await work(query);
        database.exec('commit');
      } catch (error) {
        database.exec('rollback');
        throw error;
      }
    },
    close: () => {
      database.close();
      return Promise.resolve();
    },
  };
}

function postgresDriver(url: string, schema: string): FloorDriver {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
  const numbered = (text: string) => {
    let index = 0;
    return text.replace(/\?/g, () => `$${String((index += 1))}`);
  };
  const texts = new Map<string, string>();
  const textOf = (text: string) => {
    let converted = texts.get(text);
    if (converted === undefined) {
      converted = numbered(text);
      texts.set(text, converted);
    }
    return converted;
  };
  return {
    query: async (name, text, values) =>
      (await pool.query<Record<string, unknown>>({ name: `floor_${name}`, text: textOf(text), values })).rows,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await work(
          async (name, text, values) =>
            (await client.query<Record<string, unknown>>({ name: `floor_${name}`, text: textOf(text), values })).rows,
        );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const SESSION_AND_GRANT = `select s.id as session_id, s.expires_at, u.id as user_id, u.email, r.id as student_id, g.role
  from sessions s join users u on u.id = s.user_id
  left join students r on r.id = ?
  left join student_access g on g.student_id = r.id and g.user_id = u.id
  where s.token = ?`;
const STUDENT = `select s.*, p.framework as plan_framework, p.effective_from as plan_effective_from,
  p.effective_to as plan_effective_to from students s left join plans p on p.student_id = s.id where s.id = ?`;
const ADVANCE = 'update audit_head set last_seq = last_seq + ? where id = 1 returning last_seq, last_hash';
const SET_HASH = 'update audit_head set last_hash = ? where id = 1';
const COLUMNS = `seq, at, actor_user_id, actor_email, actor_role, student_id, entity, entity_id, action, route,
  outcome, count, prev_hash, hash`;
const ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

export async function startSameWorkFloor(options: {
  readonly sqliteFile: string | null;
  readonly postgresUrl: string | null;
  readonly schema: string;
  readonly secret: string;
  readonly today: string;
}): Promise<SameWorkFloor> {
  const driver =
    options.sqliteFile === null
      ? postgresDriver(options.postgresUrl ?? '', options.schema)
      : sqliteDriver(options.sqliteFile);

  // Group commit, as Binder does it: each request waits until the batch holding its entry is committed.
  let queue: { facts: AuditFacts; done: (error?: unknown) => void }[] = [];
  let flushing = false;
  const flush = async () => {
    flushing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, 50);
      queue = queue.slice(batch.length);
      try {
        await driver.transaction(async (run) => {
          const [head] = await run('advance', ADVANCE, [batch.length]);
          const lastSeq = Number(head?.last_seq);
          let prevHash = String(head?.last_hash);
          const values: unknown[] = [];
          batch.forEach(({ facts }, index) => {
            const seq = lastSeq - batch.length + 1 + index;
            const hash = auditHash(prevHash, seq, facts);
            values.push(seq, facts.at, facts.actorUserId, facts.actorEmail, facts.actorRole, facts.studentId);
            values.push(facts.entity, facts.entityId, facts.action, facts.route, facts.outcome, 1, prevHash, hash);
            prevHash = hash;
          });
          const rows = Array.from({ length: batch.length }, () => ROW).join(', ');
          await run(`insert_${String(batch.length)}`, `insert into audit_entries (${COLUMNS}) values ${rows}`, values);
          await run('set_hash', SET_HASH, [prevHash]);
        });
        for (const pending of batch) pending.done();
      } catch (error) {
        for (const pending of batch) pending.done(error);
      }
    }
    flushing = false;
  };
  const audit = (facts: AuditFacts) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: unknown) => {
        if (error === undefined) resolve();
        else reject(error instanceof Error ? error : new Error('the audit batch failed'));
      };
      queue.push({ facts, done });
      if (!flushing) setImmediate(() => void flush());
      flushing = true;
    });

  const answer = async (cookie: string | undefined, id: string): Promise<{ status: number; body?: string }> => {
    const token = verifiedSessionToken(cookie, options.secret);
    if (token === null) return { status: 401 };
    const [session] = await driver.query('session', SESSION_AND_GRANT, [id, token]);
    if (session === undefined || new Date(session.expires_at as string).getTime() <= Date.now()) return { status: 401 };
    const role = session.role as string | null;
    const facts: AuditFacts = {
      at: new Date().toISOString(),
      actorUserId: session.user_id as string,
      actorEmail: session.email as string,
      actorRole: role ?? 'none',
      studentId: session.student_id as string | null,
      entity: 'student',
      entityId: null,
      action: 'read',
      route: 'GET /api/v1/students/:id',
      outcome: role === null ? 'denied' : 'allowed',
    };
    if (role === null) {
      await audit(facts);
      return { status: 404 };
    }
    const rows = await driver.query('student', STUDENT, [id]);
    const first = rows[0];
    if (first === undefined) return { status: 404 };
    const plans: PlanSpan[] = [];
    for (const row of rows) {
      if (row.plan_framework !== null) {
        plans.push({
          framework: row.plan_framework as PlanSpan['framework'],
          effectiveFrom: row.plan_effective_from as string | null,
          effectiveTo: row.plan_effective_to as string | null,
        });
      }
    }
    const body = JSON.stringify({
      id: first.id,
      familyId: first.family_id,
      givenName: first.given_name,
      familyName: first.family_name,
      birthDate: first.birth_date,
      jurisdiction: first.jurisdiction,
      school: first.school,
      district: first.district,
      grade: first.grade,
      homeLanguages: JSON.parse(String(first.home_languages)) as unknown,
      contacts: JSON.parse(String(first.contacts)) as unknown,
      gradeStarts: JSON.parse(String(first.grade_starts)) as unknown,
      createdAt: first.created_at,
      updatedAt: first.updated_at,
      planInEffect: planInEffect(plans, options.today),
      accessRole: role,
    });
    await audit(facts);
    return { status: 200, body };
  };

  const server = createServer((request, response) => {
    const id = (request.url ?? '').split('/').pop() ?? '';
    answer(request.headers.cookie, id).then(
      ({ status, body }) => {
        if (body === undefined) response.writeHead(status).end();
        else response.writeHead(status, { 'content-type': 'application/json' }).end(body);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    close: async () => {
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      await driver.close();
    },
  };
}
