/**
 * Reading an uploaded table into rows of text cells, keeping the spreadsheet's row numbers (row 1 is the header)
 * so every error can say "第 5 行". CSV (RFC 4180 quoting; comma or, for text pasted from Excel, tab separated)
 * and XLSX (first worksheet, via exceljs).
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../errors';

/** What exceljs's `load` is typed to take (its typings predate Node's generic Buffer). */
type ExcelBuffer = Parameters<ExcelJS.Xlsx['load']>[0];

/** Rows with their 1-based spreadsheet row number; row 1 is the header. */
export type Table = { header: string[]; rows: { row: number; cells: string[] }[] };

export const MAX_IMPORT_ROWS = 2000;

const unreadable = (message: string) =>
  new AppError('VALIDATION_FAILED', { message, details: [{ field: 'content', message }] });

function splitCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function toTable(grid: { row: number; cells: string[] }[]): Table {
  const nonEmpty = grid.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rest] = nonEmpty;
  if (!head) throw unreadable('表格是空的，请检查文件');
  if (rest.length > MAX_IMPORT_ROWS) throw unreadable(`一次最多导入 ${MAX_IMPORT_ROWS} 行，请分几次导入`);
  return {
    header: head.cells.map((c) => c.trim()),
    rows: rest.map((r) => ({ row: r.row, cells: r.cells.map((c) => c.trim()) })),
  };
}

export function readCsvTable(text: string): Table {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  return toTable(splitCsv(clean, delimiter).map((cells, i) => ({ row: i + 1, cells })));
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  return cell.text ?? '';
}

/** @throws AppError VALIDATION_FAILED naming `content` when the file is not a readable XLSX workbook. */
export async function readXlsxTable(base64: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs reads the bytes through JSZip, which takes an ArrayBuffer as well as a Buffer
    const bytes = Uint8Array.from(Buffer.from(base64, 'base64')).buffer;
    await workbook.xlsx.load(bytes as ExcelBuffer);
  } catch {
    throw unreadable('读不出这个 Excel 文件，请另存为 .xlsx 后再试');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable('Excel 文件里没有工作表');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 50) throw unreadable(`一次最多导入 ${MAX_IMPORT_ROWS} 行，请分几次导入`);
  const grid: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    grid.push({ row: rowNumber, cells });
  });
  return toTable(grid);
}
