export const GENERATION_HEADER: "x-factlog-generation";
export const SHOWS_HEADER: "x-factlog-shows";
/** What an answer shows, or what a change changed: "claim:<id>" each; null: anything. */
export type Shows = string[] | null;
export function parseShows(text: unknown): Shows;
export function formatShows(shows: Shows | undefined): string;
export function formatChange(shows: Shows, added?: boolean): string;
export function parseChange(text: unknown): { shows: Shows; added: boolean };
export class ChangeLog {
  constructor(generation?: number);
  generation: number;
  start(generation: number): void;
  record(generation: number, shows: Shows, added?: boolean): void;
  isCurrent(made: number, shows: Shows | undefined): boolean;
  isServable(made: number, shows: Shows | undefined): boolean;
}
export function localChanges(): ChangeLog;
export function shownBy(items: { claimIds: string[] }): string[];
