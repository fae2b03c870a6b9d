import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only for `prisma generate`; migrations are applied by
// `npm run db:migrate` (lib/db/migrate.ts), which needs no native engine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
