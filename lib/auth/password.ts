import bcrypt from "bcryptjs";
import { z } from "zod";
import { getEnv } from "../env";

export const passwordSchema = z
  .string()
  .min(10, { message: "Use at least 10 characters." })
  .max(200, { message: "Use at most 200 characters." })
  .refine((value) => new Set(value).size >= 4, { message: "Use a less repetitive password." });

export async function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, getEnv().BCRYPT_COST);
}

export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

// Compared against when the email is unknown, so a miss costs as long as a wrong password.
const DUMMY_HASH = "$2b$11$4q9zJX7Gm0m9m5b2rQmE7u6cYwq7o8JqkqgX6y0J9x2i7Q2q9r8yC";

export async function burnPasswordCheck(plain: string): Promise<void> {
  await bcrypt.compare(plain, DUMMY_HASH);
}
