/**
 * `npm run audit:verify`: walks the hash chain, then checks every checkpoint line: its signature, and that the row it
 * sealed is still there with the same hash and the same number of rows up to it. A sealed row that is gone means
 * the table lost its tail (or rows) after that checkpoint: "truncated". The report carries ids, counts and line
 * numbers only.
 */
import type { Db } from '../../db/client';
import { verifyAuditChain } from './audit.repo';
import { auditChainHeads } from './chain-heads.repo';
import { hasValidSignature, readCheckpoints, type ChainHead, type ChainHeadSource } from './checkpoint';

/** Worst first: a broken chain, rows gone after a checkpoint, a sealed row changed, a checkpoint line not signed by our key. */
export type AuditStatus = 'broken' | 'truncated' | 'altered' | 'forged' | 'intact';
export type SealProblem = {
  line: number;
  chain: string;
  id: number;
  count: number;
  problem: 'missing' | 'hash' | 'count';
  now?: number;
};

export type AuditReport = {
  status: AuditStatus;
  chain: { rows: number; brokenAt: number | null };
  checkpoints: { file: string; lines: number; valid: number; forged: number[]; seals: SealProblem[] };
  /** What the command prints, one finding per line. */
  lines: string[];
};

export async function verifyAudit(
  db: Db,
  options: { file: string; key: Buffer; source?: ChainHeadSource },
): Promise<AuditReport> {
  const source = options.source ?? auditChainHeads;
  const chain = await verifyAuditChain(db);
  const entries = await readCheckpoints(options.file);
  const forged: number[] = [];
  const sealed: Array<{ line: number; head: ChainHead }> = [];
  for (const { line, checkpoint } of entries) {
    if (!checkpoint || !hasValidSignature(options.key, checkpoint)) forged.push(line);
    else for (const head of checkpoint.heads) sealed.push({ line, head });
  }
  const seals = await checkSeals(db, source, sealed);
  const status: AuditStatus =
    chain.brokenAt !== null
      ? 'broken'
      : seals.some((s) => s.problem === 'missing')
        ? 'truncated'
        : seals.length > 0
          ? 'altered'
          : forged.length > 0
            ? 'forged'
            : 'intact';
  const report = {
    status,
    chain,
    checkpoints: { file: options.file, lines: entries.length, valid: entries.length - forged.length, forged, seals },
  };
  return {
    ...report,
    lines: [...describe(report), ...unanchored(await source.heads(db), sealed), `status: ${status}`],
  };
}

async function checkSeals(
  db: Db,
  source: ChainHeadSource,
  sealed: Array<{ line: number; head: ChainHead }>,
): Promise<SealProblem[]> {
  const problems: SealProblem[] = [];
  for (const chain of new Set(sealed.map((s) => s.head.chain))) {
    const mine = sealed.filter((s) => s.head.chain === chain);
    const now = await source.lookup(
      db,
      chain,
      mine.map((s) => s.head.id),
    );
    for (const { line, head } of mine) {
      const row = now.get(head.id);
      const base = { line, chain, id: head.id, count: head.count };
      if (!row) problems.push({ ...base, problem: 'missing' });
      else if (row.hash !== head.hash) problems.push({ ...base, problem: 'hash' });
      else if (row.count !== head.count) problems.push({ ...base, problem: 'count', now: row.count });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

function describe(report: Omit<AuditReport, 'lines'>): string[] {
  const { chain, checkpoints: cp } = report;
  const lines = [
    chain.brokenAt === null
      ? `audit chain intact: ${chain.rows} rows`
      : `audit chain BROKEN at id ${chain.brokenAt} after ${chain.rows} good rows`,
    cp.lines === 0
      ? `no checkpoints in ${cp.file}: the end of the chain is not anchored`
      : `${cp.valid} of ${cp.lines} checkpoint lines in ${cp.file} carry a valid signature`,
  ];
  for (const line of cp.forged)
    lines.push(`checkpoint line ${line}: signature INVALID (forged, damaged or signed with another key)`);
  for (const s of report.checkpoints.seals) {
    const what = `checkpoint line ${s.line} sealed ${s.chain} row ${s.id} as row ${s.count} of the chain`;
    if (s.problem === 'missing') lines.push(`TRUNCATED: ${what}; that row is gone`);
    else if (s.problem === 'hash') lines.push(`ALTERED: ${what}; its hash differs`);
    else lines.push(`ALTERED: ${what}; now ${s.now} rows lead up to it`);
  }
  return lines;
}

/** Rows written after the newest checkpoint of each chain: expected (up to one interval), but not yet protected. */
function unanchored(heads: ChainHead[], sealed: Array<{ head: ChainHead }>): string[] {
  return heads.flatMap((head) => {
    const newest = sealed
      .filter((s) => s.head.chain === head.chain)
      .reduce<ChainHead | null>((a, s) => (a && a.id >= s.head.id ? a : s.head), null);
    if (!newest || newest.id >= head.id) return [];
    return [
      `${head.chain}: ${head.count - newest.count} rows after the newest checkpoint (row ${newest.id}) are not anchored yet`,
    ];
  });
}
