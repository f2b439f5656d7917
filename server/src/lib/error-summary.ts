/**
 * What a log line may say about an error: its class, codes (SQLSTATE, errno), the constraint and table a
 * database error names, the statement's verb and table, and the stack frames. Never a message: Drizzle's
 * "Failed query … params: …", PostgreSQL's "Key (…)=(…)" details, JSON.parse and Node argument errors all
 * quote the values that caused them, and those values are residents' names, addresses and descriptions.
 */
export type ErrorSummary = {
  /** Class names along the cause chain, outermost first, e.g. ["DrizzleQueryError", "DatabaseError"]. */
  classes: string[];
  /** The shared error code of an AppError (e.g. "INTERNAL"). */
  appCode?: string;
  sqlstate?: string;
  /** Non-SQLSTATE codes: ECONNRESET, ETIMEDOUT, ERR_… */
  code?: string;
  constraint?: string;
  table?: string;
  /** "insert applications", "select audit_log", … (verb and first table of the failed statement, no values). */
  statement?: string;
  /** Paths and codes of a ZodError's first issues (e.g. an output that does not match its schema). */
  issues?: string[];
  /** Stack frames of the outermost error, without its first line (which repeats the message). */
  stack?: string;
};

/** Five characters, at least one a digit ("EPIPE" is an errno, "55P03" a SQLSTATE). */
const SQLSTATE = /^(?=[A-Z]*[0-9])[0-9A-Z]{5}$/;
const IDENT = /^[a-z_][a-z0-9_$]*$/i;
const MAX_DEPTH = 6;

/** A log-safe summary of anything thrown. */
export function describeError(err: unknown): ErrorSummary {
  const summary: ErrorSummary = { classes: [] };
  for (let e: unknown = err, depth = 0; e !== undefined && e !== null && depth < MAX_DEPTH; e = causeOf(e), depth++) {
    summary.classes.push(classOf(e));
    if (typeof e !== 'object') break;
    const fields = e as Record<string, unknown>;
    const code = typeof fields.code === 'string' ? fields.code : undefined;
    if (code && fields.name === 'AppError') summary.appCode ??= code;
    else if (code && SQLSTATE.test(code)) summary.sqlstate ??= code;
    else if (code && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) summary.code ??= code;
    if (typeof fields.constraint === 'string' && IDENT.test(fields.constraint))
      summary.constraint ??= fields.constraint;
    if (typeof fields.table === 'string' && IDENT.test(fields.table)) summary.table ??= fields.table;
    if (typeof fields.query === 'string') summary.statement ??= statementName(fields.query);
    if (Array.isArray(fields.issues) && classOf(e) === 'ZodError') summary.issues ??= zodIssues(fields.issues);
  }
  const stack = framesOf(err);
  if (stack) summary.stack = stack;
  return summary;
}

/** "insert into \"applications\" (…) values ($1, …)" → "insert applications". Identifiers only, never literals. */
export function statementName(query: string): string | undefined {
  const q = query.replace(/\s+/g, ' ').trim();
  const verb =
    /^(select|insert|update|delete|with|begin|commit|rollback|savepoint|release|set|lock|create|alter|drop|truncate|do|call)\b/i
      .exec(q)?.[1]
      ?.toLowerCase();
  if (!verb) return undefined;
  // a data-modifying CTE is named by its first statement: "with app as (insert into applications …" → "with insert applications",
  // or, when that one only reads, by its first data-modifying one ("with lock as (select …), hits as (insert into …")
  const cte =
    verb === 'with' ? /^with (?:recursive )?[\w$"]+ as (?:(?:not )?materialized )?\((.*)$/i.exec(q)?.[1] : undefined;
  const inner = cte && statementName(cte);
  if (inner && /^(insert|update|delete) /.test(inner)) return `with ${inner}`;
  const writer =
    cte && /\),\s*[\w$"]+ as (?:(?:not )?materialized )?\(\s*((?:insert|update|delete)\b.*)$/i.exec(cte)?.[1];
  const written = writer && statementName(writer);
  if (written && /^(insert|update|delete) /.test(written)) return `with ${written}`;
  const target =
    verb === 'insert'
      ? /^insert into ("?)([\w$]+)\1/i.exec(q)
      : verb === 'update'
        ? /^update (?:only )?("?)([\w$]+)\1/i.exec(q)
        : verb === 'delete'
          ? /^delete from (?:only )?("?)([\w$]+)\1/i.exec(q)
          : verb === 'select'
            ? /\bfrom ("?)([\w$]+)\1/i.exec(q)
            : null;
  const table = target?.[2];
  return table && IDENT.test(table) ? `${verb} ${table}` : verb;
}

function causeOf(e: unknown): unknown {
  return typeof e === 'object' && e !== null ? (e as { cause?: unknown }).cause : undefined;
}

function classOf(e: unknown): string {
  if (typeof e !== 'object' || e === null) return typeof e;
  // a PostgreSQL error response: pg names its class DatabaseError, PGlite's bundle a minified letter
  const { code, severity } = e as { code?: unknown; severity?: unknown };
  if (typeof severity === 'string' && typeof code === 'string' && SQLSTATE.test(code)) return 'DatabaseError';
  const ctor = (e as { constructor?: { name?: unknown } }).constructor?.name;
  const name = (e as { name?: unknown }).name;
  // the more specific of the two: DrizzleQueryError keeps name "Error", pg's DatabaseError has name "error",
  // while a DOMException or a plain Error may carry a meaningful name ("TimeoutError")
  const generic = new Set(['Error', 'Object', 'DOMException']);
  const pick =
    typeof ctor === 'string' && !generic.has(ctor)
      ? ctor
      : typeof name === 'string'
        ? name
        : typeof ctor === 'string'
          ? ctor
          : 'Object';
  return /^[\w$.-]{1,60}$/.test(pick) ? pick : 'Error';
}

function zodIssues(issues: unknown[]): string[] {
  return issues.slice(0, 5).map((issue) => {
    const i = issue as { path?: unknown[]; code?: unknown };
    const path = (i.path ?? [])
      .map((p) => (typeof p === 'number' ? String(p) : typeof p === 'string' && IDENT.test(p) ? p : '?'))
      .join('.');
    return `${path || '(root)'}: ${typeof i.code === 'string' ? i.code : 'invalid'}`;
  });
}

function framesOf(err: unknown): string | undefined {
  const { stack, message } =
    typeof err === 'object' && err !== null ? (err as { stack?: unknown; message?: unknown }) : {};
  if (typeof stack !== 'string') return undefined;
  // skip past the message first: a value inside it may itself contain "\n    at …"
  const at = typeof message === 'string' && message ? stack.indexOf(message) : -1;
  const frames = (at >= 0 ? stack.slice(at + (message as string).length) : stack)
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 10)
    .map((line) => line.trim());
  return frames.length ? frames.join('\n') : undefined;
}
