// `npm test`: type check, lint, unit, integration (real PostgreSQL: DATABASE_URL when set,
// else an embedded one) and browser tests (Chromium), in that order; stops at the first failure.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const artifacts = path.join(root, "tests/.artifacts");
mkdirSync(artifacts, { recursive: true });
const bin = (name) => path.join(root, "node_modules/.bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function step(title, command, args) {
  console.log(`\n── ${title} ──`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

step("Type check", bin("tsc"), ["--noEmit"]);
step("Lint", bin("eslint"), ["--max-warnings=0", "."]);
let passed = 0;
let failed = 0;
for (const project of ["unit", "integration", "e2e"]) {
  const report = path.join(artifacts, `vitest-${project}.json`);
  const result = spawnSync(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  try {
    const summary = JSON.parse(readFileSync(report, "utf8"));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests + (summary.numTotalTests === 0 ? 1 : 0);
  } catch {
    failed += 1;
  }
  if (result.status !== 0) {
    console.error(`\n${project} tests failed.`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
