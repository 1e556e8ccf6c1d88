/**
 * Password hashing with argon2id, memory-hard. Parameters follow OWASP's minimum for argon2id
 * (19 MiB memory, 2 iterations, 1 lane); the hash string records them, so they can be raised
 * later and old hashes still verify.
 */
import { hash, verify } from '@node-rs/argon2';

// algorithm 2 is Argon2id in @node-rs/argon2's (const) enum.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/** A real hash of a random string, verified against when the e-mail is unknown, so that a
 * wrong e-mail takes as long as a wrong password and timing does not tell them apart. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash(`decoy-${Math.random()}-${Date.now()}`, options);
  return decoy;
}
