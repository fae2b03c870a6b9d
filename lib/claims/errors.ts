import { refusal } from "../i18n/refusals";
import { FieldError } from "../errors";

export type FieldClash = { field: string; yours: unknown; theirs: unknown };

/** Two editors changed the same field differently: the later save is refused and told both values. */
export class ClaimConflictError extends FieldError {
  constructor(
    readonly clashes: FieldClash[],
    readonly currentVersion: number,
    readonly current: unknown,
  ) {
    super(refusal("claims.conflict", { fields: clashes.map((clash) => clash.field).join(", ") }), "version");
  }
}
