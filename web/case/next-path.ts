/**
 * Where to go after signing in: the `next` address the sign-in page was given, when it is a page of this app
 * (a path on our own origin, never `//elsewhere` or `https://…`, so a link cannot send the person away).
 */
export function safeNextPath(next: string | null, fallback = '/children'): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next.startsWith('/create-account')) return fallback;
  return next;
}

/** The sign-in (or create-account) address that comes back to `path` afterwards. */
export function signInPath(path: string, page: 'sign-in' | 'create-account' = 'sign-in'): string {
  return `/${page}?${new URLSearchParams({ next: path }).toString()}`;
}
