import type { Db } from "../db/client";

export async function listUsers(options: { db: Db }) {
  return options.db.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, createdAt: true },
  });
}
