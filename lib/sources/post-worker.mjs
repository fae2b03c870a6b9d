// A parse worker's entry (lib/sources/post-workers.ts). Node.js does not carry the TypeScript
// loader into worker threads, so it is registered here before the worker's code is loaded.
import { register } from "tsx/esm/api";

register();
await import("./post-worker.ts");
