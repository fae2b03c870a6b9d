import { parentPort } from "node:worker_threads";
import type { Language } from "../text/language";
import type { Post } from "./formats";
import { cleanedPost, entriesOf, type Dated } from "./parse-parts";

// A parse worker's thread: the halves of a post's parse that need no other post
// (lib/sources/parse-channel.ts), asked for by lib/sources/post-workers.ts.
export type PostTask = { id: number } & ({ kind: "clean"; posts: Post[] } | { kind: "entries"; segments: Dated[]; language: Language | undefined });
export type PostReply = { id: number; result: unknown } | { id: number; error: string };

parentPort?.on("message", (task: PostTask) => {
  let reply: PostReply;
  try {
    reply = { id: task.id, result: task.kind === "clean" ? task.posts.map(cleanedPost) : entriesOf(task.segments, task.language) };
  } catch (error) {
    reply = { id: task.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
