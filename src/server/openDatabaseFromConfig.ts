import { migrateDatabase, openDatabase, type Database } from '../db/client';
import { seedAll } from '../db/seed/seedAll';
import type { Config } from './config';

/**
 * Opens PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR (locked against a second process),
 * then applies migrations and loads the real org tree on first start.
 */
export async function openDatabaseFromConfig(config: Config, options: { seed?: boolean } = {}): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize })
    : await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    if (options.seed !== false) {
      await database.db.transaction(async (tx) => {
        await seedAll(tx);
      });
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
