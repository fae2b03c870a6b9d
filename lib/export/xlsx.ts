import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Cell } from "./csv";
import { CLAIM_COLUMNS, claimCells, EVIDENCE_COLUMNS, evidenceCells, type Batches } from "./formats";
import type { ExportClaim } from "./claims";

// The spreadsheet: sheets Claims, Evidence and Figures, each with a styled header row that
// stays frozen, filters on every column and widths that fit. Written with exceljs's streaming
// writer, one sheet after the other (one pass over the claims per sheet), so memory stays flat.
// Cells are written as text or numbers, never as formulas.

const FIGURE_COLUMNS = ["claim_slug", "statement", "speaker", "said_at", "figure_value", "figure_low", "figure_high", "figure_hedge", "figure_unit", "quantity", "quantity_label", "figure_as_of", "verdict"] as const;

function figureCells(claim: ExportClaim): Cell[] | null {
  if (!claim.figure) return null;
  const figure = claim.figure;
  return [claim.slug, claim.statement, claim.speaker?.name, claim.saidAt, figure.value, figure.low, figure.high, figure.hedge, figure.unit, figure.quantity, figure.quantityLabel, figure.asOf, claim.verdict?.label];
}

const WIDE = new Set(["statement", "quote", "summary", "passage", "claim_statement", "note", "attribution", "attribution_chain", "source", "translation_en", "translation_ru", "translation_ky", "statement_ru", "summary_ru", "statement_ky", "summary_ky"]);

function value(cell: Cell): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  if (cell instanceof Date) return cell.toISOString();
  return cell;
}

export async function writeXlsx(options: { stream: Writable; batches: () => Batches }): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: options.stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Factlog";
  const sheets: { name: string; columns: readonly string[]; rows: (claim: ExportClaim) => Cell[][] }[] = [
    { name: "Claims", columns: CLAIM_COLUMNS, rows: (claim) => [claimCells(claim)] },
    { name: "Evidence", columns: EVIDENCE_COLUMNS, rows: (claim) => claim.evidence.map((link) => evidenceCells(claim, link)) },
    { name: "Figures", columns: FIGURE_COLUMNS, rows: (claim) => { const cells = figureCells(claim); return cells ? [cells] : []; } },
  ];
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((key) => ({ header: key, key, width: WIDE.has(key) ? 60 : Math.max(12, key.length + 4) }));
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    const header = worksheet.getRow(1);
    header.font = { bold: true, color: { argb: "FFFFFFFF" } };
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF0A58CA" } };
    header.commit();
    for await (const batch of options.batches()) {
      for (const claim of batch) for (const row of sheet.rows(claim)) worksheet.addRow(row.map(value)).commit();
    }
    worksheet.commit();
  }
  await workbook.commit();
}
