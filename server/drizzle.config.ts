import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './server/src/db/schema-partners.ts',
    './server/src/db/schema.ts',
    './server/src/db/schema-content.ts',
    './server/src/db/schema-applications.ts',
    './server/src/db/schema-orders.ts',
    './server/src/db/schema-outreach.ts',
    './server/src/db/schema-discovery.ts',
    './server/src/db/schema-events.ts',
    './server/src/db/schema-households.ts',
    './server/src/db/schema-conferences.ts',
  ],
  out: './server/src/db/migrations',
  casing: 'snake_case',
});
