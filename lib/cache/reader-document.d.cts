export function documentOnly(html: string): string;
export function isReaderPage(html: string): boolean;
