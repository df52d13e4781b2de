import type { RecordKind } from '../access/student-of-record';
import type { EntityPolicy, StudentAction } from '../../core/policies/access-policy';

/**
 * Every API route says who may call it (checked when routes are registered: a route without one stops the
 * server from starting, so nothing is open by accident).
 * - `public`: anyone (health, OpenAPI, the session probe).
 * - `auth`: better-auth's own endpoints, which check their own credentials.
 * - `signed-in`: any signed-in person; `search` names what is audited when the route lists children.
 * - `admin`: an administrator.
 * - `student`: part of one child's record, found from the route's `:id` (`resource` says what it names); the
 *   entity's policy decides by the caller's role for that child. Writes record their audit entry inside
 *   their transaction (`writes`, default: any method but GET and HEAD).
 * - `new-student`: adding a child, audited with the new child's id inside the transaction.
 * - `invitation`: a signed-in person presenting an invitation link; the service names the child in the
 *   audit entry (it learns which child from the token) and records it inside its transaction when it writes.
 * - `calendar-feed`: anyone presenting a calendar feed link (calendar apps have no session): the token is the
 *   key, and the service names its maker and each child shown in the audit entries (docs/decisions/0039).
 */
export type RouteAccess =
  | { readonly kind: 'public' }
  | { readonly kind: 'auth' }
  | { readonly kind: 'signed-in'; readonly search?: string }
  | { readonly kind: 'admin' }
  | {
      readonly kind: 'student';
      readonly policy: EntityPolicy;
      readonly action: StudentAction;
      readonly resource: RecordKind;
      readonly writes?: boolean;
    }
  | { readonly kind: 'new-student' }
  | { readonly kind: 'invitation'; readonly action: 'read' | 'accept' }
  | { readonly kind: 'calendar-feed' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * A link in a message Binder sent (one-click unsubscribe, RFC 8058): the token in the address is the
     * credential, and the mail provider posting it sends no Origin, so the CSRF check does not apply.
     */
    fromMail?: boolean;
  }
}

/** Shorthand for the common case: part of a child's record named by a route whose `:id` is the child. */
export function studentAccess(
  policy: EntityPolicy,
  action: StudentAction,
  resource: RecordKind = 'student',
  writes?: boolean,
): { access: RouteAccess } {
  return { access: { kind: 'student', policy, action, resource, ...(writes === undefined ? {} : { writes }) } };
}

export const PUBLIC: { access: RouteAccess } = { access: { kind: 'public' } };
export const SIGNED_IN: { access: RouteAccess } = { access: { kind: 'signed-in' } };
export const ADMIN: { access: RouteAccess } = { access: { kind: 'admin' } };

/** A signed-in route that lists children: audited as one search of `entity`. */
export function searchAccess(entity: string): { access: RouteAccess } {
  return { access: { kind: 'signed-in', search: entity } };
}

/** Adding a child: any signed-in person, who becomes the child's owner. */
export const NEW_STUDENT: { access: RouteAccess } = { access: { kind: 'new-student' } };

/** A calendar feed link: anyone holding its token; audited in its maker's name. */
export const CALENDAR_FEED: { access: RouteAccess } = { access: { kind: 'calendar-feed' } };
