import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSealer, generateKey, parseKeyRing } from '../../src/storage/crypto';
import { addKeyToKeyFile, findSealedColumns, resealAll } from '../../src/storage/key-rotation.repo';
import { createTestApp, testEncryptionKey, type TestApp } from '../helpers/app';
import { seedSealedData, type SealedSample } from '../helpers/sealed-data';

let t: TestApp;
const samples: SealedSample[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 3; i++) samples.push(await seedSealedData(t.app, t.clock, i));
});
afterAll(async () => {
  await t.close();
});

/** Every sealed value in the database, with the associated data its row should carry. */
async function allSealed(): Promise<{ name: string; aad: string; value: string }[]> {
  const expected: Record<string, [string, string]> = {
    'checkins.comment_ciphertext': ['id', 'checkins.comment'],
    'checkins.screening_ciphertext': ['id', 'checkins.screening'],
    'goals.title_ciphertext': ['id', 'goals.title'],
    'signals.quote_ciphertext': ['id', 'signals.quote'],
    'repair_notes.note_ciphertext': ['id', 'repair_notes.note'],
    'reflection_notes.text_ciphertext': ['id', 'reflection_notes.text'],
    'outbox_messages.to_address_ciphertext': ['id', 'outbox_messages.to'],
    'outbox_messages.body_ciphertext': ['id', 'outbox_messages.body'],
    'user_totp.secret_ciphertext': ['user_id', 'user_totp.secret'],
  };
  const out: { name: string; aad: string; value: string }[] = [];
  for (const [name, [pk, aad]] of Object.entries(expected)) {
    const [table, column] = name.split('.') as [string, string];
    const rows = await sql<{ id: string; value: string | null }>`
      SELECT ${sql.ref(pk)}::text AS id, ${sql.ref(column)} AS value FROM ${sql.table(table)}`.execute(
      t.handle.db,
    );
    for (const row of rows.rows)
      if (row.value !== null) out.push({ name, aad: `${aad}:${row.id}`, value: row.value });
  }
  return out;
}

describe('key rotation', () => {
  it('finds every sealed column with the associated data its service uses', async () => {
    const columns = await findSealedColumns(t.handle.db);
    const names = columns.map((c) => `${c.table}.${c.column}`);
    for (const name of [
      'checkins.comment_ciphertext',
      'goals.title_ciphertext',
      'outbox_messages.to_address_ciphertext',
      'user_totp.secret_ciphertext',
    ])
      expect(names).toContain(name);
    expect(
      columns.find((c) => c.table === 'outbox_messages' && c.column.startsWith('to'))?.aad,
    ).toBe('outbox_messages.to');
  });

  it('re-seals every value with the new key, in resumable batches, and all still open', async () => {
    const before = await allSealed();
    const kinds = new Set(before.map((row) => row.name));
    // The sample has something in every kind of sealed column.
    expect(kinds.size).toBe(9);
    const oldId = t.deps.sealer.activeKeyId;
    expect(before.every((row) => t.deps.sealer.keyIdOf(row.value) === oldId)).toBe(true);
    const plain = new Map(before.map((row) => [row.aad, t.deps.sealer.open(row.value, row.aad)]));
    expect([...plain.values()]).toEqual(expect.arrayContaining([samples[0]?.comment]));

    const newKey = generateKey();
    const sealer = createSealer(parseKeyRing(`${newKey},${testEncryptionKey}`));
    expect(sealer.activeKeyId).not.toBe(oldId);

    // Interrupted after two small batches: part done, the rest still readable with the old key.
    const partial = await resealAll(t.handle.db, sealer, { batchSize: 2, maxBatches: 2 });
    expect(partial.resealed).toBeGreaterThan(0);
    expect(partial.resealed).toBeLessThanOrEqual(4);
    expect(partial.remaining).toBe(before.length - partial.resealed);
    const middle = await allSealed();
    expect(middle.filter((row) => sealer.keyIdOf(row.value) === sealer.activeKeyId)).toHaveLength(
      partial.resealed,
    );
    for (const row of middle) expect(sealer.open(row.value, row.aad)).toBe(plain.get(row.aad));

    const rest = await resealAll(t.handle.db, sealer, { batchSize: 3 });
    expect(rest.resealed).toBe(before.length - partial.resealed);
    expect(rest.remaining).toBe(0);

    const after = await allSealed();
    expect(after).toHaveLength(before.length);
    for (const row of after) {
      expect(sealer.keyIdOf(row.value)).toBe(sealer.activeKeyId);
      expect(sealer.open(row.value, row.aad)).toBe(plain.get(row.aad));
      // Still bound to its own row.
      expect(() => sealer.open(row.value, `${row.aad}x`)).toThrow();
    }
    // The old key alone can no longer read them: the rotation really changed the key.
    const oldOnly = createSealer(parseKeyRing(testEncryptionKey));
    expect(() => oldOnly.open(after[0]?.value ?? '', after[0]?.aad)).toThrow(/No key/);

    // Nothing left to do: a second run changes nothing.
    const again = await resealAll(t.handle.db, sealer);
    expect(again.resealed).toBe(0);
  });

  it('adds a new key first in an embedded key file, keeping the old ones and mode 0600', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-keys-'));
    const old = generateKey();
    await writeFile(join(dir, 'encryption.key'), `${old}\n`, { mode: 0o600 });
    const ring = await addKeyToKeyFile(dir);
    const parts = ring.split(',');
    expect(parts).toHaveLength(2);
    expect(parts[1]).toBe(old);
    expect((await readFile(join(dir, 'encryption.key'), 'utf8')).trim()).toBe(ring);
    expect((await stat(join(dir, 'encryption.key'))).mode & 0o777).toBe(0o600);
    expect(parseKeyRing(ring).keys.size).toBe(2);
  });
});
