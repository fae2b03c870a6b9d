import { deskRoute } from "@/lib/api/desk-handler";

// The desk's API: see lib/api/desk-operations.ts.
export const dynamic = "force-dynamic";

export const PATCH = deskRoute("changeEvidence");
