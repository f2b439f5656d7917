/**
 * axe-core in the page (WCAG 2.1 A/AA rule set): every screenshot of the e2e suites is also an accessibility check.
 * Serious and critical violations fail the page; minor and moderate ones are printed with the counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './server';

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AxeViolation = { id: string; impact: string; help: string; targets: string[] };
export type AxeReport = { page: string; violations: AxeViolation[]; passes: number };

/** Every page checked in this run, for the summary printed at the end of a suite. */
export const axeReports: AxeReport[] = [];

declare global {
  interface Window {
    axe?: {
      run: (
        context: Document,
        options: Record<string, unknown>,
      ) => Promise<{
        violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
        passes: unknown[];
      }>;
    };
  }
}

/** Runs axe on the visible page (Taro keeps earlier pages mounted but hidden; axe skips hidden content). */
export async function runAxe(page: Page, name: string): Promise<AxeReport> {
  // Evaluated through the DevTools protocol, so the server's Content-Security-Policy does not block it.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe!.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return {
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')).slice(0, 5),
      })),
    };
  }, AXE_TAGS);
  const report = { page: name, ...result };
  axeReports.push(report);
  return report;
}

export const isBlocking = (v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical';

/** One line per page: the violations by impact (printed at the end of a suite). */
export function axeSummary(reports: AxeReport[] = axeReports): string {
  const lines = reports.map((r) => {
    const by = (impact: string) => r.violations.filter((v) => v.impact === impact).length;
    const minor = r.violations.filter((v) => !isBlocking(v)).map((v) => v.id);
    return `${r.page}: critical ${by('critical')}, serious ${by('serious')}, moderate ${by('moderate')}, minor ${by('minor')}${minor.length ? ` (${minor.join(', ')})` : ''}`;
  });
  const blocking = reports.reduce((n, r) => n + r.violations.filter(isBlocking).length, 0);
  return `axe-core (${AXE_TAGS.join(', ')}) on ${reports.length} pages, serious/critical: ${blocking}\n${lines.join('\n')}`;
}
