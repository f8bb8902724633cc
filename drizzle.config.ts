import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate` turns schema changes into a new numbered SQL file in migrations/. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './worker/db/schema/*.ts',
  out: './migrations',
  casing: 'snake_case',
});
