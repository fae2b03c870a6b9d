import type { NextAuthOptions } from "next-auth";
import { inEnglish } from "../errors";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { getEnv } from "../env";
import { clientAddress } from "./client-address";
import { sessionClaims, SESSION_HOURS } from "./session-cookie";
import { authenticate, type SignedInUser } from "./sign-in";


export const authOptions: NextAuthOptions = {
  // Read lazily by next-auth at request time; lib/env validates it at start-up.
  get secret() {
    return getEnv().NEXTAUTH_SECRET;
  },
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate({
          db: getDb(),
          email: credentials?.email ?? "",
          password: credentials?.password ?? "",
          ip: clientAddress(req?.headers as Record<string, unknown> | undefined),
        });
        // next-auth passes the message of a thrown error back to the sign-in form.
        if (!result.ok) throw new Error(inEnglish(result.message));
        return result.user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) Object.assign(token, sessionClaims(user as SignedInUser));
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        session.user.id = token.uid;
        session.signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      }
      return session;
    },
  },
};
