import type { Actor } from '../auth/current-actor';

/** The name a signed-in person's comments and log entries are shown with: their name, else their e-mail. */
export function actorName(actor: Actor): string {
  const name = actor.name?.trim() ?? '';
  return name !== '' ? name : (actor.email ?? 'someone');
}
