import { hash, verify } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet, first argon2id option: 19 MiB of memory, 2 iterations, 1 lane.
// Algorithm is a const enum in the typings; 2 is Argon2id.
const ARGON2ID_OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

let hashCount = 0;

/** How many passwords this process has hashed: a sign-up for a known e-mail must cost one, like a new one. */
export function passwordHashes(): number {
  return hashCount;
}

/** Hashes a password with argon2id (the PHC string carries its own salt and parameters). */
export function hashPassword(password: string): Promise<string> {
  hashCount += 1;
  return hash(password, ARGON2ID_OPTIONS);
}

let verificationCount = 0;

/**
 * How many passwords this process has checked against a stored hash since it started: what the sign-in
 * throttle exists to limit, and what its tests count (a burst of simultaneous sign-ins must check at most three).
 */
export function passwordVerifications(): number {
  return verificationCount;
}

/** Checks a password against a stored argon2id hash; a malformed hash is a mismatch, not an error. */
export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  verificationCount += 1;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
