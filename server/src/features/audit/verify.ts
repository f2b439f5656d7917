/**
 * `npm run audit:verify`: walks every hash chain (chain-walk.repo.ts), then checks every checkpoint line: its
 * signature, and that each head it sealed is still there with the same hash and the same number of rows up to it. A
 * sealed row that is gone means the chain lost its tail (or rows) after that checkpoint: "truncated". The report
 * carries chain names (entity and id, no personal data), ids, counts and line numbers only.
 */
import type { Db } from '../../db/client';
import { auditChainHeads, sealKey } from './chain-heads.repo';
import { verifyAuditChains, type ChainWalk } from './chain-walk.repo';
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
  chain: ChainWalk;
  checkpoints: { file: string; lines: number; valid: number; forged: number[]; seals: SealProblem[] };
  /** What the command prints, one finding per line. */
  lines: string[];
};

export async function verifyAudit(
  db: Db,
  options: { file: string; key: Buffer; source?: ChainHeadSource },
): Promise<AuditReport> {
  const source = options.source ?? auditChainHeads;
  const chain = await verifyAuditChains(db);
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
    lines: [
      ...describe(report),
      ...unanchored(await source.heads(db, { since: null, legacy: true }), sealed),
      `status: ${status}`,
    ],
  };
}

async function checkSeals(
  db: Db,
  source: ChainHeadSource,
  sealed: Array<{ line: number; head: ChainHead }>,
): Promise<SealProblem[]> {
  const problems: SealProblem[] = [];
  const now = await source.lookup(
    db,
    sealed.map((s) => s.head),
  );
  for (const { line, head } of sealed) {
    const row = now.get(sealKey(head.chain, head.id));
    const base = { line, chain: head.chain, id: head.id, count: head.count };
    if (!row) problems.push({ ...base, problem: 'missing' });
    else if (row.hash !== head.hash) problems.push({ ...base, problem: 'hash' });
    else if (row.count !== head.count) problems.push({ ...base, problem: 'count', now: row.count });
  }
  return problems.sort((a, b) => a.line - b.line);
}

function describe(report: Omit<AuditReport, 'lines'>): string[] {
  const { chain, checkpoints: cp } = report;
  const lines = [
    chain.brokenAt === null
      ? `audit chains intact: ${chain.chains} chains, ${chain.rows} rows`
      : `audit chains BROKEN: ${chain.breaks.length} of ${chain.chains} chains`,
    cp.lines === 0
      ? `no checkpoints in ${cp.file}: the end of the chain is not anchored`
      : `${cp.valid} of ${cp.lines} checkpoint lines in ${cp.file} carry a valid signature`,
  ];
  for (const b of chain.breaks)
    lines.push(`BROKEN: ${b.chain} at row ${b.id}${b.seq ? ` (seq ${b.seq})` : ''}: ${b.problem}`);
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

/** Rows written after the newest checkpoint of their chain: expected (up to one interval), but not yet protected. */
function unanchored(heads: ChainHead[], sealed: Array<{ head: ChainHead }>): string[] {
  const newest = new Map<string, ChainHead>();
  for (const { head } of sealed) {
    const known = newest.get(head.chain);
    if (!known || known.id < head.id) newest.set(head.chain, head);
  }
  let chains = 0;
  let rows = 0;
  for (const head of heads) {
    const last = newest.get(head.chain);
    if (last && last.id >= head.id) continue;
    chains++;
    rows += head.count - (last?.count ?? 0);
  }
  return chains === 0
    ? []
    : [`${rows} rows in ${chains} chains were written after their newest checkpoint: not anchored yet`];
}
