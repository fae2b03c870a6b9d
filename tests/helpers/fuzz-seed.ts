import fc from "fast-check";

/**
 * One seed for every fast-check property of a test file, printed by fast-check when a case
 * fails: fixed by default, so a red run can be replayed exactly; FUZZ_SEED=<n> explores other
 * cases, FUZZ_SEED=random picks one. (A test-runner setting, not the app's configuration.)
 */
export function seedFuzzing(): number {
  const setting = process.env.FUZZ_SEED;
  const seed = setting === "random" ? Date.now() : Number(setting ?? 20261124);
  fc.configureGlobal({ seed });
  return seed;
}
