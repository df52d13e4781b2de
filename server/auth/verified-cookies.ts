/**
 * Cookie headers whose session cookie has already passed its signature check, with the token it carries
 * (docs/decisions/0065). Why: every request on a child's record checks the cookie's HMAC-SHA256 before its one
 * statement, and a browser sends the same Cookie header with each of its requests; under load the check (parsing
 * the header, hashing, comparing) was about a twentieth of the event loop's busy time.
 *
 * Only a header that passed the check with `secret` is remembered, keyed by the whole header, so a header that was
 * never verified (a forged or changed signature, another secret) always takes the full check. Remembering a check
 * keeps nothing else: the session itself is still looked up on every request, so signing out or an expired session
 * ends access at once, as before. At most `capacity` headers of at most {@link VerifiedCookies.LONGEST_REMEMBERED} characters are kept
 * (the oldest checked is dropped first; a longer header is checked every time), so the memory stays bounded, and
 * small, whatever a signed-in person's requests send.
 */
export class VerifiedCookies {
  /** A browser's Cookie header for Binder is a few hundred characters. */
  static readonly LONGEST_REMEMBERED = 1_024;

  private readonly tokens = new Map<string, string>();
  private secret: string | undefined;

  constructor(private readonly capacity = 10_000) {}

  /** The token of a header verified with `secret`, or undefined when it has not been (or no longer is) remembered. */
  tokenOf(header: string, secret: string): string | undefined {
    return secret === this.secret ? this.tokens.get(header) : undefined;
  }

  /** Remembers that `header` carries the session token `token`, signed with `secret`. */
  remember(header: string, secret: string, token: string): void {
    if (header.length > VerifiedCookies.LONGEST_REMEMBERED) return;
    if (secret !== this.secret) {
      // A process serves one secret; a second one (tests building apps with their own) starts the memory afresh.
      this.tokens.clear();
      this.secret = secret;
    }
    if (this.tokens.size >= this.capacity) {
      const oldest = this.tokens.keys().next().value;
      if (oldest !== undefined) this.tokens.delete(oldest);
    }
    this.tokens.set(header, token);
  }
}
