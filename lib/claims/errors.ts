import { FieldError } from "../errors";

export type FieldClash = { field: string; yours: unknown; theirs: unknown };

/** Two editors changed the same field differently: the later save is refused and told both values. */
export class ClaimConflictError extends FieldError {
  constructor(
    readonly clashes: FieldClash[],
    readonly currentVersion: number,
    readonly current: unknown,
  ) {
    super(`Someone else changed ${clashes.map((clash) => clash.field).join(", ")} while you were editing. Choose which version to keep, then save again.`, "version");
  }
}
