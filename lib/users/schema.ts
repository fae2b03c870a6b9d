import { z } from "zod";
import { passwordSchema } from "../auth/password";

export const roleNameSchema = z.enum(["editor", "reviewer", "admin"], {
  message: "Role must be one of: editor, reviewer, admin.",
});

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "Enter a valid email address, like name@example.org." })),
  name: z.string().trim().min(1, { message: "Enter the person's name." }).max(120, { message: "Use at most 120 characters for the name." }),
  role: roleNameSchema,
  password: passwordSchema,
});

export type CreateUserInput = z.input<typeof createUserSchema>;
