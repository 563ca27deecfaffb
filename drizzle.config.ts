import { defineConfig } from 'drizzle-kit';

// Generates the one migration set applied on both PGlite and PostgreSQL. Never edit a committed migration.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
});
