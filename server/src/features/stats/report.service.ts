/** The monthly report file (联席会议月报): XLSX with a sheet per section (exceljs) or CSV with a BOM for Excel. */
import ExcelJS from 'exceljs';
import type { TReportFile } from '../../../../shared/schemas/stats';
import type { Deps } from '../../deps';
import type { Principal } from '../auth/principal';
import { dashboardFor } from './dashboard.service';
import { reportSections, type Cell, type ReportSection } from './report.sections';
import { checkArea, demandListFor, viewerOf } from './stats.service';

export type ReportInput = { month: string; format: 'xlsx' | 'csv'; streetCode?: string };

export async function monthlyReport(deps: Deps, principal: Principal, input: ReportInput): Promise<TReportFile> {
  const viewer = viewerOf(deps, principal);
  await checkArea(deps, principal, viewer.scope, input);
  const filter = { month: input.month, streetCode: input.streetCode };
  const [dash, targetGroup, needTier, category] = await Promise.all([
    dashboardFor(deps, principal, viewer, { month: input.month, months: 12, streetCode: input.streetCode }),
    demandListFor(deps, viewer, { ...filter, groupBy: 'targetGroup' }),
    demandListFor(deps, viewer, { ...filter, groupBy: 'needTier' }),
    demandListFor(deps, viewer, { ...filter, groupBy: 'category' }),
  ]);
  const sections = reportSections(dash, { targetGroup, needTier, category });
  const name = `联席会议月报-${dash.scopeLabel}-${input.month}`;
  if (input.format === 'csv') {
    return {
      fileName: `${name}.csv`,
      mime: 'text/csv; charset=utf-8',
      base64: Buffer.from(`\uFEFF${toCsv(sections)}`, 'utf8').toString('base64'),
    };
  }
  return {
    fileName: `${name}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(await toXlsx(sections)).toString('base64'),
  };
}

async function toXlsx(sections: ReportSection[]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '助联';
  for (const s of sections) {
    const sheet = book.addWorksheet(s.sheet);
    sheet.columns = s.headers.map((h, i) => ({ header: h, width: i === 0 ? 24 : 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of s.rows) sheet.addRow(row);
    if (s.total) sheet.addRow(s.total).font = { bold: true };
  }
  return book.xlsx.writeBuffer();
}

const csvCell = (c: Cell) => {
  const text = String(c);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Every section as a titled block, blocks separated by an empty line. */
export function toCsv(sections: ReportSection[]): string {
  const lines: string[] = [];
  for (const s of sections) {
    if (lines.length) lines.push('');
    lines.push(csvCell(s.sheet), s.headers.map(csvCell).join(','));
    for (const row of [...s.rows, ...(s.total ? [s.total] : [])]) lines.push(row.map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
