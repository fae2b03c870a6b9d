import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createDb, type Db } from "../db/client";
import { connectMigratedDatabase } from "../db/connect";
import { listUsers } from "../users/queries";
import { createUser, setUserActive, setUserRole } from "../users/mutations";
import { roleNameSchema } from "../users/schema";
import { runCli, UsageError } from "./run";
import { BACKUP_HELP, backupCommand, restoreCommand } from "./backup-commands";
import { EXPORT_HELP, exportCommand } from "./export-command";
import { importCommand, parseCommand, workerCommand } from "./source-commands";

const HELP = `Usage: npm run factlog -- <command>

  parse <file> [--kind auto|live-blog|article|telegram] [--lang ky|ru|en|kk] [--json]
      Reads a source and prints its entries, figures and what was dropped; touches no database.
  import <files or folder> [--outlet NAME] [--kind K] [--lang L] [--date YYYY-MM-DD]
      Imports sources into the configured database, each whole or not at all.

${EXPORT_HELP}
${BACKUP_HELP}

  worker
      Runs the import worker on its own (npm start runs one already).
  user create --email EMAIL --name NAME --role editor|reviewer|admin [--password PASSWORD]
      Creates a user; asks for the password when --password is not given.
  user list
      Lists every user with their role and whether they are active.
  user deactivate --email EMAIL
      Deactivates a user; their sessions end at once.
  user activate --email EMAIL
  user role --email EMAIL --role editor|reviewer|admin
      Changes a user's role; their sessions end, and the new role starts at their next sign-in.`;

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new UsageError("No terminal to ask for the password: pass --password, or run the command in a terminal.");
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WriteStream };
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      rl.question(question, (answer) => {
        process.stdout.write("\n");
        resolve(answer);
      });
      muted._writeToOutput = (text: string) => {
        if (text.startsWith(question)) muted.output.write(question);
      };
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat the password: ");
  rl.close();
  if (first !== second) throw new UsageError("The two passwords differ; nothing was created.");
  return first;
}

async function userCommand(db: Db, args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
    strict: true,
  });
  const need = (name: keyof typeof values) => {
    const value = values[name];
    if (!value) throw new UsageError(`user ${action} needs --${name}.\n\n${HELP}`);
    return value;
  };
  switch (action) {
    case "create": {
      const role = roleNameSchema.safeParse(need("role"));
      if (!role.success) throw new UsageError(role.error.issues[0].message);
      const email = need("email");
      const name = need("name");
      const password = values.password ?? (await askPassword());
      const user = await createUser({ db, actorId: null, input: { email, name, role: role.data, password } });
      console.log(`Created ${user.role.toLowerCase()} ${user.email} (${user.name}).`);
      return;
    }
    case "list": {
      const users = await listUsers({ db });
      if (users.length === 0) console.log("No users yet. Create one with: npm run factlog -- user create --email ... --name ... --role admin");
      for (const user of users) {
        console.log(`${user.email.padEnd(36)} ${user.role.toLowerCase().padEnd(9)} ${user.active ? "active     " : "deactivated"} ${user.name}`);
      }
      return;
    }
    case "deactivate":
    case "activate": {
      const user = await setUserActive({ db, actorId: null, email: need("email"), active: action === "activate" });
      console.log(`${user.email} is now ${user.active ? "active" : "deactivated"}.`);
      return;
    }
    case "role": {
      const role = roleNameSchema.safeParse(need("role"));
      if (!role.success) throw new UsageError(role.error.issues[0].message);
      const user = await setUserRole({ db, actorId: null, email: need("email"), role: role.data });
      console.log(`${user.email} is now ${user.role.toLowerCase()}; their sessions have ended.`);
      return;
    }
    default:
      throw new UsageError(`Unknown user command "${action ?? ""}".\n\n${HELP}`);
  }
}

runCli(async () => {
  const [command, ...args] = process.argv.slice(2);
  if (!command || command === "help" || command === "--help") {
    console.log(HELP);
    return;
  }
  if (command === "parse") return parseCommand(args);
  if (command === "import") return importCommand(args);
  if (command === "worker") return workerCommand();
  if (command === "export") return exportCommand(args);
  if (command === "backup") return backupCommand(args);
  if (command === "restore") return restoreCommand(args);
  if (command !== "user") throw new UsageError(`Unknown command "${command}".\n\n${HELP}`);
  if (args.length === 0) {
    console.log(HELP);
    return;
  }
  const database = await connectMigratedDatabase();
  const db = createDb(database.url, { maxConnections: 2 });
  try {
    await userCommand(db, args);
  } catch (error) {
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError(`${error.message}\n\n${HELP}`);
    }
    throw error;
  } finally {
    await db.$disconnect();
    await database.close();
  }
});
