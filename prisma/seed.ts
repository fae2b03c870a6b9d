import { closeDb, createDb } from "../lib/db/client";
import { connectMigratedDatabase } from "../lib/db/connect";
import { runCli } from "../lib/cli/run";
import { DEMO_USERS, seedDemo } from "./demo/seed-demo";

runCli(async () => {
  const database = await connectMigratedDatabase();
  const db = createDb(database.url);
  try {
    await seedDemo({ db, log: console.log });
    console.log("Demo sign-ins:");
    for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(8)} ${user.email} / ${user.password}`);
  } finally {
    await db.$disconnect();
    await closeDb();
    await database.close();
  }
});
