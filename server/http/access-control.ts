import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accessToRecord, type RecordKind } from '../access/student-of-record';
import { AppError } from '../app-error';
import type { AuditFacts } from '../audit/audit-entry';
import { AuditScope, type AuditSink } from '../audit/audit-recorder';
import { openAppAuditSink } from '../audit/audit-sink';
import { RefusalCollapser } from '../audit/refusal-collapser';
import type { Auth } from '../auth/auth';
import { ANONYMOUS, currentActor, type Actor, type RecordChild } from '../auth/current-actor';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { isAllowed } from '../../core/policies/access-policy';
import type { AccessRole } from '../../core/schemas/access-role';
import { checkCsrf } from './csrf';
import { RefusalLimiter } from './refusal-limiter';
import type { RouteAccess } from './route-access';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling (anonymous until the session cookie proves otherwise). */
    actor: Actor;
    /** The caller's role for the child this request touches, once the access check has run. */
    accessRole: AccessRole | null;
    /** This request's audit entry, for routes that touch a child's record or list children. */
    audit: AuditScope | null;
    /** The record's child and the caller's grant, when found with the session (null: not looked up yet). */
    recordChild: RecordChild | null;
  }
}

interface AccessContext {
  readonly auth: Auth;
  readonly authSecret: string;
  readonly config: Config;
  readonly database: Database;
  readonly clock: Clock;
  readonly auditSink: AuditSink;
  /** Refusals: repeated ones from one source become one entry with a count. */
  readonly refusals: RefusalCollapser;
  /** Refusals per client address (null: no limit). */
  readonly limiter: RefusalLimiter | null;
}

/**
 * Authentication, CSRF, authorization and the audit trail for every API route, in Fastify's lifecycle:
 * onRoute refuses a route without an access rule; onRequest finds the actor and checks CSRF; preValidation
 * (before the body is even looked at, so a denied caller learns nothing) applies the rule; onSend writes
 * the audit entry of requests that did not write theirs inside a transaction.
 */
export function registerAccessControl(
  app: FastifyInstance,
  base: Omit<AccessContext, 'auditSink' | 'refusals' | 'limiter'>,
): void {
  const auditSink = openAppAuditSink(base.database, (reason) => {
    app.log.warn({ reason }, 'audit entries are committed on the event loop');
  });
  const refusals = new RefusalCollapser(auditSink, base.config.refusalWindowSeconds * 1000, (error) => {
    app.log.error({ err: error instanceof Error ? error.message : 'unknown error' }, 'a refusal count was not written');
  });
  const limiter = base.config.refusalLimit === null ? null : new RefusalLimiter(base.config.refusalLimit);
  const context: AccessContext = { ...base, auditSink, refusals, limiter };
  // The counts of the open windows are written before the database closes (server/main.ts closes the app first).
  app.addHook('onClose', async () => {
    await refusals.flush();
    await auditSink.close();
  });
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('accessRole', null);
  app.decorateRequest('audit', null);
  app.decorateRequest('recordChild', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (route.config?.access === undefined) {
      throw new Error(`${String(route.method)} ${route.url} has no access rule (server/http/route-access.ts)`);
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    if (!request.url.startsWith('/api/')) return;
    // Real time, not the app clock: better-auth stamps sessions with real time when it creates them. On a
    // child's record the same statement finds the record's child and the caller's grant (decision 0027).
    const { actor, child } = await currentActor(
      context.database,
      context.authSecret,
      request,
      reply,
      new Date(),
      recordOf(request),
    );
    request.actor = actor;
    request.recordChild = child ?? null;
    try {
      if (request.routeOptions.config.fromMail !== true) {
        checkCsrf(request, context.config, context.authSecret, request.actor.sessionId);
      }
    } catch (error) {
      // A refused cross-site attempt on a child's record is part of the record of access: the family sees it.
      await recordRefusedBeforeCheck(request, context);
      throw error;
    }
  });

  app.addHook('preValidation', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return;
    await authorize(request, reply, access, context);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const scope = request.audit;
    if (scope === null || scope.recorded) return payload;
    const access = request.routeOptions.config.access;
    if (reply.statusCode < 400 && access !== undefined && writesInTransaction(access, request.method)) {
      // A programming error, caught by the audit completeness test: a write must audit inside its transaction.
      throw new Error(`${request.method} ${request.routeOptions.url ?? ''} changed a record without auditing it`);
    }
    await scope.recordOutcome(context.database.db, reply.statusCode < 400 ? 'allowed' : 'failed');
    return payload;
  });
}

/** The record a route on a child's record names by its `:id`; null on every other route. */
function recordOf(request: FastifyRequest): { kind: RecordKind; id: string } | null {
  const access = request.routeOptions.config.access;
  if (access?.kind !== 'student') return null;
  const id = (request.params as { id?: unknown }).id;
  return typeof id === 'string' ? { kind: access.resource, id } : null;
}

function writesInTransaction(access: RouteAccess, method: string): boolean {
  if (access.kind === 'new-student') return true;
  if (access.kind === 'invitation') return access.action === 'accept';
  if (access.kind !== 'student') return false;
  return access.writes ?? (method !== 'GET' && method !== 'HEAD');
}

function routeName(request: FastifyRequest): string {
  return `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0] ?? ''}`;
}

function newScope(request: FastifyRequest, context: AccessContext, entity: string, action: string): AuditScope {
  return new AuditScope(
    {
      actorUserId: request.actor.userId,
      actorEmail: request.actor.email,
      actorRole: request.actor.userId === null ? 'anonymous' : 'none',
      studentId: null,
      entity,
      entityId: null,
      action,
      route: routeName(request),
    },
    context.clock,
    context.auditSink,
  );
}

function notSignedIn(): AppError {
  return new AppError('not-signed-in', 'sign in to continue');
}

/** Where a refusal comes from, for collapsing repeats: the address, the account, the child, the route, the action. */
function sourceOf(request: FastifyRequest, facts: AuditFacts): string {
  return JSON.stringify([request.ip, facts.actorUserId, facts.studentId, facts.route, facts.action]);
}

/**
 * Takes a refusal's token from the caller's address; over the limit, the refusal is only counted (no database
 * work) and the answer is 429 with Retry-After.
 */
function throttle(
  request: FastifyRequest,
  reply: FastifyReply,
  context: AccessContext,
  refusal: () => AuditFacts | null,
): void {
  const wait = context.limiter?.take(request.ip) ?? 0;
  if (wait === 0) return;
  const facts = refusal();
  if (facts !== null) context.refusals.count(sourceOf(request, facts), facts);
  void reply.header('retry-after', String(wait));
  throw new AppError('too-many-requests', `too many refused requests: wait ${String(wait)} seconds and try again`);
}

async function authorize(
  request: FastifyRequest,
  reply: FastifyReply,
  access: RouteAccess,
  context: AccessContext,
): Promise<void> {
  const { actor } = request;
  if (access.kind === 'public' || access.kind === 'auth') return;
  if (access.kind === 'calendar-feed') {
    // No session needed: the link's token is checked by the service, which names its maker in the entry.
    request.audit = draftScope(request, access, context);
    return;
  }
  if (actor.userId === null) {
    // Every other rule refuses a caller who is not signed in: the refusal is certain before any lookup.
    throttle(request, reply, context, () => {
      request.audit = draftScope(request, access, context);
      return request.audit?.conclude('denied') ?? null;
    });
  }
  if (access.kind === 'admin') {
    if (actor.userId === null) throw notSignedIn();
    if (!actor.isAdmin) throw new AppError('forbidden', 'only an administrator can do this');
    return;
  }
  const { scope, role } = await openAuditScope(request, access, context);
  const refuse = async (error: AppError): Promise<never> => {
    if (scope === null) throw error;
    const facts = scope.conclude('denied');
    // An account with no grant on the child is limited like an anonymous caller (whose token is already taken).
    if (actor.userId !== null && role === null) throttle(request, reply, context, () => facts);
    await context.refusals.refuse(sourceOf(request, facts), facts);
    throw error;
  };
  if (access.kind === 'student') {
    // Exactly like a record that does not exist: the caller learns nothing about it.
    if (!isAllowed(access.policy, access.action, role)) {
      await refuse(actor.userId === null ? notSignedIn() : AppError.notFound(access.resource));
    }
    request.accessRole = role;
    return;
  }
  if (actor.userId === null) await refuse(notSignedIn());
  if (access.kind === 'new-student') scope?.refine({ actorRole: 'owner' });
}

/**
 * Opens the request's audit entry for the routes that audit — what each kind of rule is recorded as — and, on a
 * child's record, finds the child and the caller's role for that child. Null scope for routes that do not audit.
 */
async function openAuditScope(
  request: FastifyRequest,
  access: RouteAccess,
  context: AccessContext,
): Promise<{ scope: AuditScope | null; role: AccessRole | null }> {
  if (access.kind === 'student') return studentScope(request, access, context);
  request.audit = draftScope(request, access, context);
  return { scope: request.audit, role: null };
}

/** What a request's entry says before anything is looked up (no child, no role); null for routes that do not audit. */
function draftScope(request: FastifyRequest, access: RouteAccess, context: AccessContext): AuditScope | null {
  switch (access.kind) {
    case 'student':
      return newScope(request, context, access.policy.entity, access.action);
    case 'new-student':
      return newScope(request, context, 'student', 'write');
    case 'invitation':
      return newScope(request, context, 'sharing', access.action);
    case 'calendar-feed':
      return newScope(request, context, 'case-event', 'read');
    case 'signed-in':
      return access.search === undefined ? null : newScope(request, context, access.search, 'search');
    case 'public':
    case 'auth':
    case 'admin':
      return null;
  }
}

/** The audit entry of a request on a child's record, with the child and the caller's role for that child. */
async function studentScope(
  request: FastifyRequest,
  access: Extract<RouteAccess, { kind: 'student' }>,
  context: AccessContext,
): Promise<{ scope: AuditScope; role: AccessRole | null }> {
  const scope = newScope(request, context, access.policy.entity, access.action);
  request.audit = scope;
  const id = (request.params as { id?: unknown }).id;
  const { studentId, role } =
    request.recordChild ??
    (typeof id === 'string'
      ? await accessToRecord(context.database.db, access.resource, id, request.actor.userId)
      : { studentId: null, role: null });
  scope.refine({
    studentId,
    entityId: access.resource === 'student' || typeof id !== 'string' ? null : id,
    ...(role === null ? {} : { actorRole: role }),
  });
  return { scope, role };
}

/**
 * Records a request refused before its access check (the CSRF check), for the routes that audit: as `denied`,
 * with the child it aimed at. The response is the refusal itself; nothing else runs.
 */
async function recordRefusedBeforeCheck(request: FastifyRequest, context: AccessContext): Promise<void> {
  const access = request.routeOptions.config.access;
  if (access === undefined) return;
  const { scope } = await openAuditScope(request, access, context);
  // Each one is written, not collapsed: a cross-site attempt rides on a family member's own session, and each
  // is a sign of an attack on them (docs/decisions/0013).
  await scope?.recordOutcome(context.database.db, 'denied');
}

/** The request's audit entry, for a route whose access rule makes one (student, new-student, invitation). */
export function auditOf(request: FastifyRequest): AuditScope {
  if (request.audit === null)
    throw new Error(`${request.method} ${request.url}: this route's access rule makes no audit entry`);
  return request.audit;
}

/** The caller's user id on a route whose rule requires sign-in (the access check already refused anonymous). */
export function signedInUserId(request: FastifyRequest): string {
  if (request.actor.userId === null) throw new AppError('not-signed-in', 'sign in to continue');
  return request.actor.userId;
}
