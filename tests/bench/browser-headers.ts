/** What a browser sends when it asks for a page: the front door treats such a request as a reader's page (read whole, kept, given an ETag). */
export const BROWSER_PAGE_HEADERS = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };

/** The benchmarks' readers ask for pages as browsers do, and for the API's answers as its clients do. */
export function headersFor(address: string): Record<string, string> {
  return address.startsWith("/api/") ? { accept: "application/json" } : BROWSER_PAGE_HEADERS;
}
