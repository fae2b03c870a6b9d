import { UserFacingError } from "../errors";

export class UsageError extends UserFacingError {}

/** Runs a command: expected failures print one sentence and exit 1; anything else keeps its stack. */
export function runCli(main: () => Promise<void | number>): void {
  main().then(
    (code) => process.exit(typeof code === "number" ? code : 0),
    (error: unknown) => {
      console.error(error instanceof UserFacingError ? `factlog: ${error.message}` : error);
      process.exit(1);
    },
  );
}
