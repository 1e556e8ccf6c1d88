/**
 * The encryption key of an embedded installation: when RAPPORT_ENCRYPTION_KEY is unset, a key is
 * generated once into <dataDir>/encryption.key, readable by the owner only (mode 0600). Losing
 * this file means losing every comment and note, so it is never overwritten.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKey } from './crypto';

export const keyFileName = 'encryption.key';

/** The key ring text (base64 keys, comma-separated) from the key file, creating it if absent. */
export async function loadOrCreateKeyFile(dataDir: string): Promise<string> {
  const path = join(dataDir, keyFileName);
  const existing = await readKey(path);
  if (existing !== undefined) return existing;
  await mkdir(dataDir, { recursive: true });
  try {
    // 'wx': fail rather than overwrite if another process created it meanwhile.
    await writeFile(path, `${generateKey()}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const created = await readKey(path);
  if (created === undefined) throw new Error(`Could not create the encryption key file ${path}.`);
  return created;
}

async function readKey(path: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const key = text.trim();
  if (!key) throw new Error(`The encryption key file ${path} is empty; restore it from a backup.`);
  return key;
}
