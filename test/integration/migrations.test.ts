import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import {
  loadMigrationFiles,
  migrate,
  MigrationHistoryError,
  type MigrationFile,
} from '../../src/storage/migrate';
import { createTestDatabase } from '../helpers/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let files: MigrationFile[];

beforeAll(async () => {
  database = await createTestDatabase();
  files = await loadMigrationFiles();
});
afterAll(async () => {
  await database.drop();
});

const extra = (version: number, body: string): MigrationFile => ({
  version,
  name: `${String(version).padStart(4, '0')}_extra_${version}.sql`,
  sql: body,
});

async function tableExists(name: string): Promise<boolean> {
  const result = await sql<{
    n: number;
  }>`select count(*)::int as n from information_schema.tables where table_name = ${name}`.execute(
    database.handle.db,
  );
  return (result.rows[0]?.n ?? 0) > 0;
}

describe('migrations', () => {
  it('are numbered from 0001 without gaps', () => {
    expect(files.map((file) => file.version)).toEqual(files.map((_, index) => index + 1));
  });

  it('apply once: a second run does nothing', async () => {
    expect(await migrate(database.handle, files)).toEqual({ applied: [] });
  });

  it('roll back a failing migration whole, recording nothing', async () => {
    const failing = extra(90, 'CREATE TABLE half_written (x int); SELECT 1/0;');
    await expect(migrate(database.handle, [...files, failing])).rejects.toThrow(
      /0090_extra_90\.sql failed/,
    );
    expect(await tableExists('half_written')).toBe(false);
    const recorded = await database.handle.db
      .selectFrom('schema_migrations')
      .select('version')
      .where('version', '=', 90)
      .execute();
    expect(recorded).toEqual([]);
  });

  it('refuse a history that is out of order or has lost a file', async () => {
    const later = extra(95, 'CREATE TABLE extra_95 (x int);');
    expect(await migrate(database.handle, [...files, later])).toEqual({
      applied: ['0095_extra_95.sql'],
    });
    expect(await tableExists('extra_95')).toBe(true);
    // A new file numbered below one already applied would never run on other installations.
    await expect(
      migrate(database.handle, [...files, extra(93, 'SELECT 1;'), later]),
    ).rejects.toThrow(MigrationHistoryError);
    // An applied migration whose file disappeared.
    await expect(migrate(database.handle, files)).rejects.toThrow(/no matching file/);
  });
});
