/**
 * Free text at rest: AES-256-GCM with a random 96-bit nonce per value. The key ring holds the
 * active key and older ones; each ciphertext names the key that sealed it, so keys can be
 * rotated (new writes use the new key, old rows are re-sealed by `npm run keys:rotate`).
 * Optional associated data (for example "checkins.comment:<id>") binds a ciphertext to its row,
 * so one row's text cannot be pasted into another.
 *
 * Format: "v1.<keyId>.<nonce>.<tag>.<ciphertext>", each part base64url.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface KeyRing {
  activeId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export interface Sealer {
  seal(plaintext: string, associatedData?: string): string;
  open(ciphertext: string, associatedData?: string): string;
  /** The id of the key a ciphertext was sealed with (for rotation). */
  keyIdOf(ciphertext: string): string;
  activeKeyId: string;
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 8);
}

/**
 * Parse RAPPORT_ENCRYPTION_KEY: one or more base64 (or base64url) 32-byte keys separated by
 * commas, the first being the active one.
 */
export function parseKeyRing(value: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let activeId: string | undefined;
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const key = Buffer.from(
      part,
      part.includes('-') || part.includes('_') ? 'base64url' : 'base64',
    );
    if (key.length !== 32) {
      throw new Error(
        'RAPPORT_ENCRYPTION_KEY must hold base64-encoded 32-byte keys (openssl rand -base64 32).',
      );
    }
    const id = keyId(key);
    keys.set(id, key);
    activeId ??= id;
  }
  if (!activeId) throw new Error('RAPPORT_ENCRYPTION_KEY is empty.');
  return { activeId, keys };
}

export function generateKey(): string {
  return randomBytes(32).toString('base64');
}

export function createSealer(ring: KeyRing): Sealer {
  const active = ring.keys.get(ring.activeId);
  if (!active) throw new Error('The active encryption key is missing from the key ring.');
  return {
    activeKeyId: ring.activeId,
    seal(plaintext, associatedData) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', active, nonce);
      if (associatedData !== undefined) cipher.setAAD(Buffer.from(associatedData, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        'v1',
        ring.activeId,
        nonce.toString('base64url'),
        tag.toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    open(ciphertext, associatedData) {
      const [version, id, nonce, tag, body] = ciphertext.split('.');
      if (
        version !== 'v1' ||
        !id ||
        nonce === undefined ||
        tag === undefined ||
        body === undefined
      ) {
        throw new Error('Not a Rapport ciphertext.');
      }
      const key = ring.keys.get(id);
      if (!key) throw new Error(`No key ${id} in the key ring: was an old key removed too early?`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
      if (associatedData !== undefined) decipher.setAAD(Buffer.from(associatedData, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
    keyIdOf(ciphertext) {
      return ciphertext.split('.')[1] ?? '';
    },
  };
}
