import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/analyze/database.ts
var TOP_QUERIES = 10;
var EXPLAINED_QUERIES = 3;
var N_PLUS_ONE_CALLS = 5;
var LARGE_TABLE_ROWS = 1e4;
var INDEX_SELECTIVITY = 0.5;
var ESTIMATE_FACTOR = 10;
var MORE_CALLS_RATIO = 1.5;
var MORE_CALLS_MIN = 1;
var SLOWER_RATIO = 1.5;
var SLOWER_FLOOR_MS = 1;
var NEW_MIN_CALLS_PER_REQUEST = 0.1;
var PLANNABLE = /^[\s(]*(select|insert|update|delete|with|values|table)\b/i;
var READS = /^[\s(]*(select|with|values|table)\b/i;
function isPlannable(query) {
  return PLANNABLE.test(withoutComments(query));
}
__name(isPlannable, "isPlannable");
function withoutComments(text) {
  return text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
}
__name(withoutComments, "withoutComments");
function summarizeQueries(stats, round2, top = TOP_QUERIES) {
  const requests = Math.max(1, round2.requests);
  const waited = requests * round2.responseTimeMs;
  const share = /* @__PURE__ */ __name((ms) => waited > 0 ? Math.min(1, ms / waited) : 0, "share");
  const summaries = stats.filter((stat) => stat.calls > 0).map((stat) => ({
    queryid: stat.queryid,
    query: stat.query,
    calls: stat.calls,
    callsPerRequest: stat.calls / requests,
    totalMs: stat.totalMs,
    meanMs: stat.meanMs,
    msPerRequest: stat.totalMs / requests,
    rowsPerCall: stat.rows / stat.calls,
    share: share(stat.totalMs)
  })).sort((a, b) => b.totalMs - a.totalMs || b.calls - a.calls);
  const totalMs = summaries.reduce((sum, query) => sum + query.totalMs, 0);
  const calls = summaries.reduce((sum, query) => sum + query.calls, 0);
  return {
    requests: round2.requests,
    responseTimeMs: round2.responseTimeMs,
    statements: summaries.length,
    callsPerRequest: calls / requests,
    msPerRequest: totalMs / requests,
    share: share(totalMs),
    top: summaries.slice(0, top)
  };
}
__name(summarizeQueries, "summarizeQueries");
function textKey(query) {
  return query.replace(/\s+/g, " ").trim().toLowerCase();
}
__name(textKey, "textKey");
function perRequest(side) {
  const requests = Math.max(1, side.requests);
  return side.queries.filter((stat) => stat.calls > 0).map((stat) => ({ stat, callsPerRequest: stat.calls / requests }));
}
__name(perRequest, "perRequest");
function compareQueries(base, head) {
  const baseRows = perRequest(base).filter((row) => row.callsPerRequest >= NEW_MIN_CALLS_PER_REQUEST);
  const byId = new Map(baseRows.map((row) => [row.stat.queryid, row]));
  const byText = new Map(baseRows.map((row) => [textKey(row.stat.query), row]));
  const matched = /* @__PURE__ */ new Set();
  const changes = [];
  const numbers = /* @__PURE__ */ __name((row) => ({ callsPerRequest: row.callsPerRequest, meanMs: row.stat.meanMs }), "numbers");
  for (const row of perRequest(head)) {
    const before = byId.get(row.stat.queryid) ?? byText.get(textKey(row.stat.query));
    const weight = row.stat.totalMs / Math.max(1, head.requests);
    const change = { queryid: row.stat.queryid, query: row.stat.query, head: numbers(row), weight };
    if (!before || matched.has(before)) {
      if (row.callsPerRequest >= NEW_MIN_CALLS_PER_REQUEST) changes.push({ kind: "new", ...change });
      continue;
    }
    matched.add(before);
    const was = numbers(before);
    if (row.callsPerRequest >= was.callsPerRequest * MORE_CALLS_RATIO && row.callsPerRequest - was.callsPerRequest >= MORE_CALLS_MIN) {
      changes.push({ kind: "more-calls", ...change, base: was });
    } else if (row.stat.meanMs >= was.meanMs * SLOWER_RATIO && row.stat.meanMs - was.meanMs >= SLOWER_FLOOR_MS) {
      changes.push({ kind: "slower", ...change, base: was });
    }
  }
  for (const row of baseRows) {
    if (matched.has(row)) continue;
    changes.push({ kind: "gone", queryid: row.stat.queryid, query: row.stat.query, base: numbers(row), weight: row.stat.totalMs / Math.max(1, base.requests) });
  }
  const order = { new: 0, "more-calls": 1, slower: 2, gone: 3 };
  return changes.sort((a, b) => order[a.kind] - order[b.kind] || b.weight - a.weight).map(({ weight: _weight, ...change }) => change);
}
__name(compareQueries, "compareQueries");
function queriesToExplain(endpoints, perEndpoint = EXPLAINED_QUERIES) {
  const chosen = /* @__PURE__ */ new Map();
  for (const endpoint of endpoints) {
    const top = summarizeQueries(endpoint.queries, endpoint, Infinity).top.filter((query) => isPlannable(query.query)).slice(0, perEndpoint);
    for (const query of top) if (!chosen.has(query.queryid)) chosen.set(query.queryid, query.query);
  }
  return [...chosen].map(([queryid, query]) => ({ queryid, query }));
}
__name(queriesToExplain, "queriesToExplain");
var NOT_COLUMNS = new Set(
  [
    "and",
    "or",
    "not",
    "is",
    "null",
    "true",
    "false",
    "unknown",
    "any",
    "all",
    "some",
    "like",
    "ilike",
    "similar",
    "to",
    "in",
    "between",
    "symmetric",
    "distinct",
    "from",
    "array",
    "row",
    "case",
    "when",
    "then",
    "else",
    "end",
    "escape",
    "collate",
    "at",
    "time",
    "zone",
    "interval",
    "subplan",
    "initplan",
    "hashed",
    "returns",
    "current_date",
    "current_time",
    "current_timestamp",
    "localtime",
    "localtimestamp",
    "current_user",
    "session_user"
  ].map((word) => word.toLowerCase())
);
var IDENTIFIER = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
function unquote(identifier) {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replace(/""/g, '"') : identifier.toLowerCase();
}
__name(unquote, "unquote");
function filterColumns(filter, scan = { relation: "" }) {
  const text = filter.replace(/'(?:[^']|'')*'/g, " ").replace(/::\s*(?:"[^"]+"|[a-z_][\w$]*)(?:\s+(?:varying|precision|without\s+time\s+zone|with\s+time\s+zone))?(?:\s*\([\d,\s]+\))?(?:\[\])*/gi, " ").replace(/\$\d+/g, " ");
  const own = new Set([scan.relation, scan.alias].filter((name) => Boolean(name)));
  const found = [];
  const pattern = new RegExp(`(?<![\\w$."])(${IDENTIFIER}(?:\\.${IDENTIFIER})*)(?![\\w$"])`, "g");
  for (const match of text.matchAll(pattern)) {
    const name = match[1] ?? "";
    const after = text.slice((match.index ?? 0) + name.length);
    if (/^\s*\(/.test(after)) continue;
    const parts = name.match(new RegExp(IDENTIFIER, "g")) ?? [];
    if (parts.length === 1 && !name.startsWith('"') && NOT_COLUMNS.has(name.toLowerCase())) continue;
    if (parts.length > 1) {
      const qualifier = unquote(parts[parts.length - 2] ?? "");
      if (own.size > 0 && !own.has(qualifier)) continue;
    }
    const column = unquote(parts[parts.length - 1] ?? "");
    const before = text.slice(0, match.index ?? 0);
    const equality = /^\s*=(?!=)/.test(after) || /(?<![<>!=])=\s*$/.test(before);
    found.push({ column, equality, index: found.length });
  }
  const columns = [];
  for (const entry of found.sort((a, b) => Number(b.equality) - Number(a.equality) || a.index - b.index)) if (!columns.includes(entry.column)) columns.push(entry.column);
  return columns.slice(0, 3);
}
__name(filterColumns, "filterColumns");
function sqlIdentifier(name) {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !NOT_COLUMNS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
__name(sqlIdentifier, "sqlIdentifier");
function tableName(scan) {
  return scan.schema && scan.schema !== "public" ? `${sqlIdentifier(scan.schema)}.${sqlIdentifier(scan.relation)}` : sqlIdentifier(scan.relation);
}
__name(tableName, "tableName");
function lookupKey(query) {
  const match = new RegExp(`(${IDENTIFIER}(?:\\.${IDENTIFIER})?)\\s*=\\s*\\$1(?!\\d)`).exec(withoutComments(query));
  return match?.[1];
}
__name(lookupKey, "lookupKey");
function round(value) {
  return value >= 10 ? String(Math.round(value)) : String(Number(value.toFixed(1)));
}
__name(round, "round");
function databaseFindings(endpoint, summary, plans) {
  const findings = [];
  for (const query of summary.top) {
    if (!isPlannable(query.query)) continue;
    const base = { endpoint, queryid: query.queryid, query: query.query, callsPerRequest: query.callsPerRequest, msPerRequest: query.msPerRequest };
    if (query.callsPerRequest >= N_PLUS_ONE_CALLS) {
      const key = lookupKey(query.query);
      const batch = key ? `one query for all the keys (WHERE ${key} = ANY($1) with an array of them)` : "one query for all the keys (= ANY($1) with an array of them)";
      findings.push({
        kind: "n-plus-one",
        ...base,
        fix: `N+1: this statement runs ${round(query.callsPerRequest)} times per request. Load the rows at once with a join in the first query, or with ${batch}, and match them up in code.`
      });
    }
    const plan = plans[query.queryid];
    if (!plan || "error" in plan) continue;
    for (const scan of plan.sequentialScans) {
      if (!scan.filter || scan.tableRows === void 0 || scan.tableRows < LARGE_TABLE_ROWS) continue;
      if (scan.planRows >= scan.tableRows * INDEX_SELECTIVITY) continue;
      const columns = filterColumns(scan.filter, scan);
      const table = tableName(scan);
      const rows = Math.round(scan.tableRows).toLocaleString("en-US");
      const either = /\bor\b/i.test(scan.filter) && columns.length > 1;
      const fixSql = columns.length === 0 ? void 0 : either ? columns.map((column) => `CREATE INDEX ON ${table} (${sqlIdentifier(column)})`).join("; ") : `CREATE INDEX ON ${table} (${columns.map(sqlIdentifier).join(", ")})`;
      const fix = fixSql ? `Sequential scan of ${table} (${rows} rows) with the filter ${scan.filter}: add an index for it: ${fixSql}${/\w\s*\(/.test(scan.filter.replace(/\b(any|all|array)\s*\(/gi, "")) ? " (the filter applies a function: index that expression)" : ""}.` : `Sequential scan of ${table} (${rows} rows) with the filter ${scan.filter}: add an index that serves the filter.`;
      findings.push({ kind: "sequential-scan", ...base, table, tableRows: scan.tableRows, filter: scan.filter, columns, fix, ...fixSql ? { fixSql } : {} });
    }
    if (READS.test(withoutComments(query.query)) && plan.topNode !== "ModifyTable") {
      const planned = plan.planRows;
      const actual = query.rowsPerCall;
      const ratio = Math.max(planned, 1) / Math.max(actual, 1);
      if (ratio >= ESTIMATE_FACTOR || 1 / ratio >= ESTIMATE_FACTOR) {
        const tables = [...new Set(plan.sequentialScans.map(tableName))];
        findings.push({
          kind: "estimate-off",
          ...base,
          planRows: planned,
          actualRows: actual,
          fix: `Row estimate off: the generic plan expects ${round(planned)} rows, a call returned ${round(actual)} on average. Run ANALYZE${tables.length > 0 ? ` ${tables.join(", ")}` : " on its tables"} (and check that autovacuum does); if it stays off, raise the statistics target of the filtered columns or add extended statistics (CREATE STATISTICS) for columns that depend on each other.`
        });
      }
    }
  }
  return findings;
}
__name(databaseFindings, "databaseFindings");
function analyzeEndpointDatabase(head, base, plans) {
  const headSummary = summarizeQueries(head.queries, head);
  const shown = new Set(headSummary.top.map((query) => query.queryid));
  return {
    endpoint: head.endpoint,
    head: headSummary,
    ...base ? { base: summarizeQueries(base.queries, base) } : {},
    changes: base ? compareQueries(base, head) : [],
    findings: databaseFindings(head.endpoint, headSummary, plans),
    plans: Object.fromEntries(Object.entries(plans).filter(([queryid]) => shown.has(queryid)))
  };
}
__name(analyzeEndpointDatabase, "analyzeEndpointDatabase");
function analyzeDatabase(head, base, plans, note) {
  return {
    endpoints: head.map(
      (endpoint) => analyzeEndpointDatabase(
        endpoint,
        base.find((other) => other.endpoint === endpoint.endpoint),
        plans
      )
    ),
    ...note ? { note } : {}
  };
}
__name(analyzeDatabase, "analyzeDatabase");
var FINDING_ORDER = { "sequential-scan": 0, "n-plus-one": 1, "estimate-off": 2 };
function databaseBottlenecks(analysis) {
  const items = /* @__PURE__ */ new Map();
  for (const endpoint of analysis?.endpoints ?? []) {
    for (const finding of [...endpoint.findings].sort((a, b) => FINDING_ORDER[a.kind] - FINDING_ORDER[b.kind])) {
      const key = `${endpoint.endpoint}\0${finding.queryid}`;
      const item = items.get(key) ?? {
        kind: "database-query",
        subject: endpoint.endpoint,
        queryid: finding.queryid,
        query: finding.query,
        findings: [],
        callsPerRequest: finding.callsPerRequest,
        msPerRequest: finding.msPerRequest,
        fixes: []
      };
      if (!item.findings.includes(finding.kind)) item.findings.push(finding.kind);
      item.fixes.push(finding.fix);
      if (finding.fixSql && !item.fixSql) item.fixSql = finding.fixSql;
      items.set(key, item);
    }
  }
  return [...items.values()].sort((a, b) => b.msPerRequest - a.msPerRequest);
}
__name(databaseBottlenecks, "databaseBottlenecks");
var EFFORT = { "sequential-scan": "low", "n-plus-one": "medium", "estimate-off": "low" };
function databasePlanItem(item, fixesFailure) {
  const first = item.findings[0] ?? "estimate-off";
  const short = item.query.replace(/\s+/g, " ").trim();
  const quoted = short.length > 80 ? `${short.slice(0, 79)}\u2026` : short;
  const actions = [];
  for (const finding of item.findings) {
    if (finding === "sequential-scan") actions.push(item.fixSql ? `Index the filter: ${item.fixSql}` : "Index the filter of its sequential scan");
    else if (finding === "n-plus-one") actions.push(`Batch the N+1 (${round(item.callsPerRequest)} calls per request) into one query with a join or = ANY($1)`);
    else actions.push("Refresh its tables\u2019 statistics (ANALYZE): the row estimate is far off");
  }
  const gain = item.findings.some((finding) => finding !== "estimate-off") && item.msPerRequest > 0 ? { expectedMs: item.msPerRequest, expectedIs: "upper-bound" } : {};
  return { kind: "database-time", subject: item.subject, action: `${actions.join("; ")}, for ${quoted}`, ...gain, effort: EFFORT[first], fixesFailure };
}
__name(databasePlanItem, "databasePlanItem");

export {
  TOP_QUERIES,
  EXPLAINED_QUERIES,
  N_PLUS_ONE_CALLS,
  LARGE_TABLE_ROWS,
  ESTIMATE_FACTOR,
  MORE_CALLS_RATIO,
  MORE_CALLS_MIN,
  SLOWER_RATIO,
  SLOWER_FLOOR_MS,
  NEW_MIN_CALLS_PER_REQUEST,
  isPlannable,
  summarizeQueries,
  compareQueries,
  queriesToExplain,
  filterColumns,
  sqlIdentifier,
  databaseFindings,
  analyzeEndpointDatabase,
  analyzeDatabase,
  databaseBottlenecks,
  databasePlanItem
};
