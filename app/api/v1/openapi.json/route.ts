import { jsonOk } from "@/lib/api/responses";
import { fullOpenApiDocument } from "@/lib/api/desk-openapi";

export function GET() {
  return jsonOk(fullOpenApiDocument());
}
