import type { Cell } from "./csv";
import { CLAIM_COLUMNS, claimCells, EVIDENCE_COLUMNS, evidenceCells } from "./formats";
import type { ExportClaim } from "./claims";
import type { Part } from "./one-pass";

// The spreadsheet: sheets Claims, Evidence and Figures, each with a styled header row that
// stays frozen, filters on every column and widths that fit. Cells are text or numbers, never
// formulas. The sheets are SpreadsheetML written as text (ECMA-376 part 1, §18), zipped by the
// export's ZIP writer, all three in one pass over the claims (lib/export/one-pass.ts).
//
// Written by hand rather than by exceljs, measured: exceljs's streaming writer made about
// 320,000 cells a second, and the spreadsheet of 100,000 claims holds 8.7 million, so exceljs
// alone took longer than issue 18's 30 s for the whole export; it also read the claims once
// per sheet. The tests read the files back with exceljs.

const FIGURE_COLUMNS = ["claim_slug", "statement", "speaker", "said_at", "figure_value", "figure_low", "figure_high", "figure_hedge", "figure_unit", "quantity", "quantity_label", "figure_as_of", "verdict"] as const;

function figureCells(claim: ExportClaim): Cell[] | null {
  if (!claim.figure) return null;
  const figure = claim.figure;
  return [claim.slug, claim.statement, claim.speaker?.name, claim.saidAt, figure.value, figure.low, figure.high, figure.hedge, figure.unit, figure.quantity, figure.quantityLabel, figure.asOf, claim.verdict?.label];
}

const WIDE = new Set(["statement", "quote", "summary", "passage", "claim_statement", "note", "attribution", "attribution_chain", "source", "translation_en", "translation_ru", "translation_ky", "statement_ru", "summary_ru", "statement_ky", "summary_ky"]);

export const SHEETS: { name: string; columns: readonly string[]; rows: (claim: ExportClaim) => Cell[][] }[] = [
  { name: "Claims", columns: CLAIM_COLUMNS, rows: (claim) => [claimCells(claim)] },
  { name: "Evidence", columns: EVIDENCE_COLUMNS, rows: (claim) => claim.evidence.map((link) => evidenceCells(claim, link)) },
  { name: "Figures", columns: FIGURE_COLUMNS, rows: (claim) => { const cells = figureCells(claim); return cells ? [cells] : []; } },
];

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

// Characters XML 1.0 cannot carry at all (controls other than tab and line ends, lone surrogate
// halves, U+FFFE and U+FFFF) are left out; the rest is escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_SPECIAL = /[&<>]/g;
const ESCAPED: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

export function xmlText(text: string): string {
  return text.replace(NOT_XML, "").replace(XML_SPECIAL, (character) => ESCAPED[character]);
}

const attribute = (text: string) => xmlText(text).replace(/"/g, "&quot;");

function cellXml(reference: string, cell: Cell, style: string): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? `<c r="${reference}"${style}><v>${cell}</v></c>` : "";
  if (typeof cell === "boolean") return `<c r="${reference}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
  const text = cell instanceof Date ? cell.toISOString() : cell;
  if (text === "") return "";
  // Leading or trailing spaces and line breaks kept as written.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${reference}"${style} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/** One sheet as a part of the export's pass: its header row, each batch's rows, its close. */
export function sheetPart(sheet: (typeof SHEETS)[number]): Part<ExportClaim[]> {
  const letters = sheet.columns.map((_, index) => columnName(index));
  const last = letters[letters.length - 1];
  let row = 1;
  const rowXml = (cells: Cell[], style = "") => {
    const number = row++;
    const rowStyle = style ? `${style} customFormat="1"` : "";
    return `<row r="${number}"${rowStyle}>${cells.map((cell, index) => cellXml(`${letters[index]}${number}`, cell, style)).join("")}</row>`;
  };
  const widths = sheet.columns.map((key, index) => `<col min="${index + 1}" max="${index + 1}" width="${WIDE.has(key) ? 60 : Math.max(12, key.length + 4)}" customWidth="1"/>`).join("");
  return {
    head:
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${widths}</cols><sheetData>${rowXml([...sheet.columns], ' s="1"')}`,
    rows: (batch) => batch.map((claim) => sheet.rows(claim).map((cells) => rowXml(cells)).join("")).join(""),
    tail: `</sheetData><autoFilter ref="A1:${last}1"/></worksheet>`,
  };
}

/** The files around the sheets: what the package holds, the workbook, its one header style. */
export function workbookFiles(now: Date): { name: string; text: string }[] {
  const sheets = SHEETS.map((sheet, index) => ({ ...sheet, id: index + 1 }));
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  return [
    {
      name: "[Content_Types].xml",
      text:
        `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets.map((sheet) => `<Override PartName="/xl/worksheets/sheet${sheet.id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      text: `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    },
    {
      name: "docProps/core.xml",
      text:
        `${xml}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<dc:creator>Factlog</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now.toISOString().replace(/\.\d+Z$/, "Z")}</dcterms:created></cp:coreProperties>`,
    },
    {
      name: "xl/workbook.xml",
      text:
        `${xml}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>` +
        sheets.map((sheet) => `<sheet name="${attribute(sheet.name)}" sheetId="${sheet.id}" r:id="rId${sheet.id}"/>`).join("") +
        `</sheets><definedNames>` +
        sheets.map((sheet) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${sheet.id - 1}" hidden="1">'${sheet.name}'!$A$1:$${columnName(sheet.columns.length - 1)}$1</definedName>`).join("") +
        `</definedNames></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      text:
        `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((sheet) => `<Relationship Id="rId${sheet.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${sheet.id}.xml"/>`).join("") +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    },
    {
      // Style 0: the default; style 1: the header, bold white on blue.
      name: "xl/styles.xml",
      text:
        `${xml}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
        `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/><family val="2"/></font></fonts>` +
        `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF0A58CA"/><bgColor indexed="64"/></patternFill></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    },
  ];
}
