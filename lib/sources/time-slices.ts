/**
 * A clock for work done in steps that yield to the event loop: `due()` is true once the current
 * slice has run `ms` milliseconds (and starts the next). Pausing by time rather than by count
 * keeps every pause short however large the items are (a line of a live blog may hold 100 KB).
 */
export function timeSlices(ms = 25): () => boolean {
  let start = performance.now();
  return () => {
    const now = performance.now();
    if (now - start < ms) return false;
    start = now;
    return true;
  };
}

/** A generator of steps run to its end in one go (where no event loop needs to run between them); its result. */
export function toEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
