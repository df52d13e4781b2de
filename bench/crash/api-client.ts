/** An answer from the server: its status and its JSON body (null when there was none). */
export interface ApiAnswer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * A signed-in person talking to a real server over HTTP, as the web app does: the session cookie, our Origin
 * and the session's CSRF token on every request. A request whose answer never fully arrives (the server was
 * killed) rejects: it was not acknowledged.
 */
export class ApiClient {
  private cookie = '';
  private csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  /**
   * Creates an account through the real sign-up endpoint, then signs in (sign-up answers alike for a new and a
   * known address and opens no session: docs/decisions/0017) and keeps the session.
   */
  async signUp(person: { name: string; email: string; password: string }): Promise<void> {
    const signedUp = await this.postJson('/api/auth/sign-up/email', person);
    if (signedUp.status !== 200) {
      throw new Error(`sign-up of ${person.email} failed: ${String(signedUp.status)} ${await signedUp.text()}`);
    }
    const response = await this.postJson('/api/auth/sign-in/email', { email: person.email, password: person.password });
    const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('__Host-binder.session='));
    if (response.status !== 200 || session === undefined) {
      throw new Error(`sign-in of ${person.email} failed: ${String(response.status)} ${await response.text()}`);
    }
    this.cookie = session.split(';')[0] ?? '';
    const info = await this.send('GET', '/api/v1/session');
    const token = (info.body as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token !== 'string') throw new Error('the new session has no CSRF token');
    this.csrfToken = token;
  }

  private postJson(path: string, body: unknown): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { origin: this.baseUrl, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  }

  async send(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<ApiAnswer> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.baseUrl,
        cookie: this.cookie,
        'x-csrf-token': this.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    // The whole body must arrive: headers alone do not tell the client what was stored.
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
  }
}
