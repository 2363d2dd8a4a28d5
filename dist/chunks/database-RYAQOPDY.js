import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/measure/database.ts
var PROBE_TAG = "/* perf-gate */";
var CONNECT_TIMEOUT_MS = 1e4;
var STATEMENT_TIMEOUT_MS = 3e4;
var EXPLAIN_TIMEOUT_MS = 1e4;
var PRELOAD_NOTE = `Database: pg_stat_statements is not loaded, so the queries were not measured. PostgreSQL loads it only at start-up: set shared_preload_libraries = 'pg_stat_statements', restart the server, then run CREATE EXTENSION pg_stat_statements in the database. A GitHub service container cannot pass server options (its options: are docker create flags), so after the service starts add a step: psql "$DATABASE_URL" -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" && docker restart \${{ job.services.postgres.id }} && until docker exec \${{ job.services.postgres.id }} pg_isready; do sleep 1; done (the data survives a restart); or start PostgreSQL in a step instead of a service: docker run -d -p 5432:5432 -e POSTGRES_PASSWORD=postgres postgres:16 -c shared_preload_libraries=pg_stat_statements; or, with the runner's preinstalled PostgreSQL: echo "shared_preload_libraries = 'pg_stat_statements'" | sudo tee -a /etc/postgresql/*/main/postgresql.conf && sudo systemctl start postgresql.`;
function extensionNote(reason) {
  return `Database: pg_stat_statements is loaded but not created in this database, and perf-gate could not create it (${reason}). Run CREATE EXTENSION pg_stat_statements in the database as its owner or a superuser, before perf-gate runs.`;
}
__name(extensionNote, "extensionNote");
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    if (parsed.searchParams.has("password")) parsed.searchParams.set("password", "***");
    return parsed.toString();
  } catch {
    return url.replace(/password\s*=\s*('[^']*'|\S+)/gi, "password=***").replace(/:[^:@/]*@/, ":***@");
  }
}
__name(redactUrl, "redactUrl");
function redact(text, url) {
  const secrets = /* @__PURE__ */ new Set();
  try {
    const parsed = new URL(url);
    const passwords = [parsed.password, parsed.searchParams.get("password") ?? ""];
    for (const password of passwords) {
      if (!password) continue;
      secrets.add(password);
      try {
        secrets.add(decodeURIComponent(password));
      } catch {
      }
      secrets.add(encodeURIComponent(password));
    }
  } catch {
    const match = /password\s*=\s*('([^']*)'|\S+)/i.exec(url);
    if (match) secrets.add(match[2] ?? match[1] ?? "");
  }
  let out = text.split(url).join(redactUrl(url));
  for (const secret of [...secrets].filter(Boolean).sort((a, b) => b.length - a.length)) out = out.split(secret).join("***");
  return out;
}
__name(redact, "redact");
function messageOf(error) {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
__name(messageOf, "messageOf");
async function openDatabaseProbe(url) {
  const shown = redactUrl(url);
  const fail = /* @__PURE__ */ __name((what, error) => ({ note: redact(`Database: ${what} ${shown}: ${messageOf(error)}`, url) }), "fail");
  let pg;
  try {
    pg = (await import("./esm-4IXLKCMG.js")).default;
  } catch (error) {
    return { note: `Database: the pg package could not be loaded: ${messageOf(error)}` };
  }
  let client;
  try {
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, statement_timeout: STATEMENT_TIMEOUT_MS, application_name: "perf-gate" });
  } catch (error) {
    return fail("the connection string is not valid:", error);
  }
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => void 0);
    return fail("could not connect to", error);
  }
  const close = /* @__PURE__ */ __name(() => client.end().catch(() => void 0), "close");
  const run = /* @__PURE__ */ __name(async (sql, values) => (await client.query(`${sql} ${PROBE_TAG}`, values)).rows, "run");
  try {
    const serverVersion = Number((await run("SHOW server_version_num"))[0]?.server_version_num ?? 0);
    const preload = await run("SHOW shared_preload_libraries").then(
      (rows) => rows[0]?.shared_preload_libraries ?? "",
      () => void 0
    );
    if (preload !== void 0 && !preloadList(preload).includes("pg_stat_statements")) {
      await close();
      return { note: PRELOAD_NOTE };
    }
    const created = (await run("SELECT 1 FROM pg_extension WHERE extname = $1", ["pg_stat_statements"])).length > 0;
    if (!created) {
      try {
        await run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      } catch (error) {
        await close();
        return { note: redact(extensionNote(messageOf(error)), url) };
      }
    }
    try {
      await run("SELECT 1 FROM pg_stat_statements LIMIT 1");
    } catch (error) {
      await close();
      if (error.code === "55000") return { note: PRELOAD_NOTE };
      return fail("could not read pg_stat_statements in", error);
    }
    const columns = serverVersion >= 13e4 ? { total: "total_exec_time", mean: "mean_exec_time" } : { total: "total_time", mean: "mean_time" };
    let prepared = 0;
    return {
      serverVersion,
      reset: /* @__PURE__ */ __name(async () => {
        try {
          await run("SELECT pg_stat_statements_reset()");
        } catch (error) {
          throw new Error(redact(`Database: could not reset pg_stat_statements in ${shown}: ${messageOf(error)}`, url));
        }
      }, "reset"),
      snapshot: /* @__PURE__ */ __name(async () => {
        try {
          const rows = await run(
            `SELECT queryid::text AS queryid, query, calls, ${columns.total} AS total, ${columns.mean} AS mean, rows
               FROM pg_stat_statements
              WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND calls > 0 AND queryid IS NOT NULL AND strpos(query, $1) = 0`,
            [PROBE_TAG]
          );
          return rows.map((row) => ({ queryid: row.queryid, query: row.query, calls: Number(row.calls), totalMs: Number(row.total), meanMs: Number(row.mean), rows: Number(row.rows) }));
        } catch (error) {
          throw new Error(redact(`Database: could not read pg_stat_statements in ${shown}: ${messageOf(error)}`, url));
        }
      }, "snapshot"),
      explain: /* @__PURE__ */ __name(async (query) => {
        try {
          return await explainGeneric(client, query, serverVersion, () => `perf_gate_${++prepared}`);
        } catch (error) {
          return { error: redact(messageOf(error), url) };
        }
      }, "explain"),
      close
    };
  } catch (error) {
    await close();
    return fail("could not query", error);
  }
}
__name(openDatabaseProbe, "openDatabaseProbe");
function preloadList(setting) {
  return setting.split(",").map((name) => name.trim().replace(/^"|"$/g, "")).filter(Boolean);
}
__name(preloadList, "preloadList");
var EXPLAINABLE = /^(select|insert|update|delete|with|values|table)\b/i;
function structure(text) {
  return text.replace(/--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"|\$(\w*)\$[\s\S]*?\$\1\$/g, (match) => " ".repeat(match.length));
}
__name(structure, "structure");
function parameterCount(query) {
  let highest = 0;
  for (const match of structure(query).matchAll(/\$(\d+)/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}
__name(parameterCount, "parameterCount");
function notExplainable(query) {
  const shape = structure(query).trim().replace(/;\s*$/, "");
  const start = shape.replace(/^[\s(]+/, "");
  if (!EXPLAINABLE.test(start)) return "not a SELECT, INSERT, UPDATE, DELETE or WITH statement";
  if (shape.includes(";")) return "more than one statement";
  return void 0;
}
__name(notExplainable, "notExplainable");
async function explainGeneric(client, query, serverVersion, nextName) {
  const refused = notExplainable(query);
  if (refused) return { error: refused };
  const statement = query.trim().replace(/;\s*$/, "");
  const tagged = /* @__PURE__ */ __name((sql) => client.query(`${sql} ${PROBE_TAG}`), "tagged");
  let name;
  await tagged("BEGIN TRANSACTION READ ONLY");
  try {
    await tagged(`SET LOCAL statement_timeout = ${EXPLAIN_TIMEOUT_MS}`);
    let top;
    let method;
    if (serverVersion >= 16e4) {
      method = "generic-plan";
      top = planOf((await tagged(`EXPLAIN (GENERIC_PLAN, VERBOSE, FORMAT JSON) ${statement}`)).rows);
    } else {
      method = "force-generic-plan";
      name = nextName();
      await tagged("SET LOCAL plan_cache_mode = force_generic_plan");
      await tagged(`PREPARE ${name} AS ${statement}`);
      const count = parameterCount(statement);
      const args = count > 0 ? `(${Array.from({ length: count }, () => "NULL").join(", ")})` : "";
      top = planOf((await tagged(`EXPLAIN (VERBOSE, FORMAT JSON) EXECUTE ${name}${args}`)).rows);
    }
    if (!top) return { error: "EXPLAIN returned no plan" };
    const nodes = flatten(top);
    const sequentialScans = [];
    for (const node of nodes) {
      if (node["Node Type"] !== "Seq Scan" || !node["Relation Name"]) continue;
      const scan = { relation: node["Relation Name"], planRows: node["Plan Rows"] ?? 0 };
      if (node.Schema) scan.schema = node.Schema;
      if (node.Alias && node.Alias !== node["Relation Name"]) scan.alias = node.Alias;
      if (node.Filter) scan.filter = node.Filter;
      Object.assign(scan, await tableRows(client, scan));
      sequentialScans.push(scan);
    }
    return {
      method,
      nodeTypes: nodes.map((node) => node["Node Type"]),
      topNode: top["Node Type"],
      planRows: top["Plan Rows"] ?? 0,
      totalCost: top["Total Cost"] ?? 0,
      sequentialScans
    };
  } finally {
    await tagged("ROLLBACK").catch(() => void 0);
    if (name) await tagged(`DEALLOCATE ${name}`).catch(() => void 0);
  }
}
__name(explainGeneric, "explainGeneric");
function planOf(rows) {
  const value = rows[0]?.["QUERY PLAN"];
  const parsed = typeof value === "string" ? JSON.parse(value) : value;
  return parsed?.[0]?.Plan;
}
__name(planOf, "planOf");
function flatten(node) {
  return [node, ...(node.Plans ?? []).flatMap(flatten)];
}
__name(flatten, "flatten");
async function tableRows(client, scan) {
  const qualified = `${scan.schema ? `${client.escapeIdentifier(scan.schema)}.` : ""}${client.escapeIdentifier(scan.relation)}`;
  try {
    const rows = (await client.query(`SELECT reltuples::float8 AS reltuples, relpages FROM pg_class WHERE oid = to_regclass($1) ${PROBE_TAG}`, [qualified])).rows;
    const found = rows[0];
    if (found && found.reltuples > 0) return { tableRows: Math.round(found.reltuples), tableRowsFrom: "reltuples" };
    const bare = planOf((await client.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM ${qualified} ${PROBE_TAG}`)).rows);
    return bare ? { tableRows: bare["Plan Rows"] ?? 0, tableRowsFrom: "planner" } : {};
  } catch {
    return {};
  }
}
__name(tableRows, "tableRows");
export {
  PRELOAD_NOTE,
  PROBE_TAG,
  extensionNote,
  notExplainable,
  openDatabaseProbe,
  parameterCount,
  redact,
  redactUrl
};
