import "next-auth";

declare module "next-auth" {
  interface Session {
    user?: { id?: string; name?: string | null; email?: string | null; image?: string | null };
    /** When this session began (ms since the epoch): the guards refuse sessions older than the user's last role or status change. */
    signedInAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: string;
    signedInAt?: number;
  }
}
