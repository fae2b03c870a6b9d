import { connectDatabase } from "../db/connect";
import { applyMigrations } from "../db/migrate";
import { describeDatabaseUrl } from "../db/url";
import { runCli } from "./run";

runCli(async () => {
  const database = await connectDatabase();
  try {
    const result = await applyMigrations({ url: database.url, log: (line) => console.log(line) });
    for (const warning of result.warnings) console.warn(`warning: ${warning}`);
    const where = database.embedded ? "the embedded database" : describeDatabaseUrl(database.url);
    console.log(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s) to ${where}.`
        : `${where[0].toUpperCase()}${where.slice(1)} is up to date (${result.alreadyApplied.length} migration(s) applied).`,
    );
  } finally {
    await database.close();
  }
});
