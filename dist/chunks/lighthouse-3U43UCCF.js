import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  pageUndecided
} from "./chunk-S5LBGUGR.js";
import {
  medianOf
} from "./chunk-7YIHUWMR.js";
import {
  isRelativeUrl,
  urlOnServer
} from "./chunk-X7M2LXZX.js";
import {
  METRIC_NAMES,
  METRIC_TABLE,
  SAVINGS_METRICS,
  categoryOf
} from "./chunk-JFHUFG3Z.js";
import {
  UserError,
  messages
} from "./chunk-MM7ZC2FD.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/measure/lighthouse.ts
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// src/analyze/lighthouseRuns.ts
function metricsOf(lhr) {
  const metrics = {};
  for (const name of METRIC_NAMES) {
    const category = categoryOf(name);
    const value = category === void 0 ? lhr.audits[METRIC_TABLE[name].audit]?.numericValue : lhr.categories[category]?.score;
    if (typeof value === "number") metrics[name] = value;
  }
  return metrics;
}
__name(metricsOf, "metricsOf");
function summarizeRuns(name, url, runs, results) {
  const good = runs.flatMap((run, index) => run.metrics ? [{ index, metrics: run.metrics }] : []);
  if (good.length === 0) {
    return { page: { name, url, runs, opportunities: [], error: runs.at(-1)?.error ?? "every run failed" } };
  }
  const median = {};
  const spread = {};
  for (const name2 of METRIC_NAMES) {
    const values = good.flatMap((run) => run.metrics[name2] === void 0 ? [] : [run.metrics[name2]]);
    if (values.length === 0) continue;
    median[name2] = medianOf(values);
    spread[name2] = { min: Math.min(...values), max: Math.max(...values) };
  }
  const representative = representativeRun(good, median, spread);
  const lhr = results[representative];
  const benchmarks = good.flatMap(({ index }) => runs[index]?.benchmarkIndex === void 0 ? [] : [runs[index]?.benchmarkIndex]);
  const page = {
    name,
    url,
    runs,
    median,
    spread,
    representative,
    opportunities: lhr ? opportunitiesOf(lhr) : [],
    ...benchmarks.length > 0 ? { benchmarkIndex: medianOf(benchmarks) } : {}
  };
  return { page, ...lhr ? { representativeResult: lhr } : {} };
}
__name(summarizeRuns, "summarizeRuns");
function representativeRun(runs, median, spread) {
  let best = runs[0]?.index ?? 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const run of runs) {
    let distance = 0;
    for (const name of METRIC_NAMES) {
      const value = run.metrics[name];
      const middle = median[name];
      const range = spread[name];
      if (value === void 0 || middle === void 0 || !range) continue;
      const width = range.max - range.min;
      if (width > 0) distance += ((value - middle) / width) ** 2;
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = run.index;
    }
  }
  return best;
}
__name(representativeRun, "representativeRun");
var LIGHTHOUSE_PASS_THRESHOLD = 0.9;
function shownAsPassed(audit) {
  switch (audit.scoreDisplayMode) {
    case "manual":
    case "notApplicable":
      return true;
    case "error":
    case "informative":
      return false;
    default:
      return Number(audit.score) >= LIGHTHOUSE_PASS_THRESHOLD;
  }
}
__name(shownAsPassed, "shownAsPassed");
var TIME_SAVINGS = ["FCP", "LCP", "TBT"];
function opportunitiesOf(lhr) {
  const found = [];
  for (const audit of Object.values(lhr.audits)) {
    if (shownAsPassed(audit)) continue;
    const details = audit.details;
    const metricSavings = audit.metricSavings ?? {};
    const moves = SAVINGS_METRICS.filter((metric) => (metricSavings[metric] ?? 0) > 0);
    if (audit.id === "third-parties-insight" && audit.scoreDisplayMode === "informative" && !moves.includes("TBT")) moves.push("TBT");
    const savingsMs = Math.max(details?.overallSavingsMs ?? 0, ...TIME_SAVINGS.map((metric) => metricSavings[metric] ?? 0));
    const savingsBytes = details?.overallSavingsBytes ?? 0;
    if (moves.length === 0 && savingsMs <= 0 && savingsBytes <= 0) continue;
    found.push({ id: audit.id, title: audit.title, savingsMs, savingsBytes, ...audit.metricSavings ? { metricSavings } : {}, moves });
  }
  return claimEachSavingOnce(found).sort((a, b) => b.savingsMs - a.savingsMs || b.savingsBytes - a.savingsBytes);
}
__name(opportunitiesOf, "opportunitiesOf");
var SAME_SAVING = 0.01;
var SPECIFIC_AUDITS = [
  // Main thread: which script, which third party, which embed to put behind a facade.
  "bootup-time",
  "third-parties-insight",
  "third-party-summary",
  "third-party-facades",
  "forced-reflow-insight",
  "dom-size-insight",
  "dom-size",
  // Paint: what blocks it, how the LCP resource is found, what is loaded for nothing.
  "render-blocking-insight",
  "render-blocking-resources",
  "lcp-discovery-insight",
  "prioritize-lcp-image",
  "unused-javascript",
  "unused-css-rules",
  "legacy-javascript-insight",
  "legacy-javascript",
  "duplicated-javascript-insight",
  "duplicated-javascript",
  "unminified-javascript",
  "unminified-css",
  "uses-text-compression",
  "image-delivery-insight",
  "modern-image-formats",
  "uses-optimized-images",
  "uses-responsive-images",
  "offscreen-images",
  "efficient-animated-content",
  "font-display-insight",
  "font-display",
  "server-response-time",
  "document-latency-insight",
  "redirects",
  "uses-rel-preconnect",
  "modern-http-insight",
  "uses-http2",
  "cache-insight",
  "uses-long-cache-ttl",
  // Layout shifts: the element without dimensions, the animation, the culprits, then the list of shifts.
  "unsized-images",
  "non-composited-animations",
  "cls-culprits-insight",
  "layout-shifts"
];
var SUMMARY_AUDITS = ["mainthread-work-breakdown", "long-tasks", "network-dependency-tree-insight", "critical-request-chains", "lcp-breakdown-insight", "largest-contentful-paint-element"];
function ownerRank(id) {
  const specific = SPECIFIC_AUDITS.indexOf(id);
  if (specific >= 0) return specific;
  const summary = SUMMARY_AUDITS.indexOf(id);
  return summary >= 0 ? SPECIFIC_AUDITS.length + 1 + summary : SPECIFIC_AUDITS.length;
}
__name(ownerRank, "ownerRank");
function claimEachSavingOnce(findings) {
  const lost = /* @__PURE__ */ new Map();
  for (const metric of SAVINGS_METRICS) {
    const saving = /* @__PURE__ */ __name((finding) => finding.metricSavings?.[metric] ?? 0, "saving");
    const claims = findings.filter((finding) => saving(finding) > 0).sort((a, b) => saving(b) - saving(a));
    for (let start = 0; start < claims.length; ) {
      const largest = saving(claims[start]);
      let end = start + 1;
      while (end < claims.length && largest - saving(claims[end]) <= SAME_SAVING * largest) end++;
      const [, ...others] = claims.slice(start, end).sort((a, b) => ownerRank(a.id) - ownerRank(b.id) || a.id.localeCompare(b.id));
      for (const other of others) lost.set(other, /* @__PURE__ */ new Set([...lost.get(other) ?? [], metric]));
      start = end;
    }
  }
  return findings.flatMap((finding) => {
    const gone = lost.get(finding);
    if (!gone) return [finding];
    const metricSavings = Object.fromEntries(Object.entries(finding.metricSavings ?? {}).filter(([metric]) => !gone.has(metric)));
    const moves = (finding.moves ?? []).filter((metric) => !gone.has(metric));
    const lostTime = TIME_SAVINGS.some((metric) => gone.has(metric));
    const savingsMs = lostTime ? Math.max(0, ...TIME_SAVINGS.map((metric) => metricSavings[metric] ?? 0)) : finding.savingsMs;
    if (moves.length === 0 && savingsMs <= 0 && finding.savingsBytes <= 0) return [];
    return [{ ...finding, savingsMs, metricSavings, ...finding.moves ? { moves } : {} }];
  });
}
__name(claimEachSavingOnce, "claimEachSavingOnce");

// src/measure/lighthouse.ts
var SLOW_BENCHMARK_INDEX = 1e3;
var ATTEMPTS_PER_RUN = 3;
var CHROME_EXIT_WAIT_MS = 5e3;
var CHROME_READY_TIMEOUT_MS = 25e3;
var CHROME_POLL_MS = 50;
var CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--enable-features=DevToolsWebMCPSupport"
];
async function startsOrSays(chromePath, env) {
  const { execFile } = await import("node:child_process");
  const reason = await new Promise(
    (resolve) => execFile(chromePath, ["--version"], { timeout: 15e3 }, (error, stdout, stderr) => {
      if (error?.killed) resolve("no answer to --version within 15 s");
      else if (error) resolve(typeof error.code === "number" ? `--version exited with code ${error.code}` : String(stderr || error.message).trim());
      else resolve(/chrom|edge|brave/i.test(stdout) ? void 0 : `--version printed ${JSON.stringify(stdout.trim().split("\n")[0]?.slice(0, 80))}, which is no Chrome`);
    })
  );
  if (reason !== void 0) throw new UserError(messages.chromeDoesNotStart(chromePath, Boolean(env["CHROME_PATH"]), reason));
}
__name(startsOrSays, "startsOrSays");
function findChrome(env, search) {
  const fromEnv = env["CHROME_PATH"];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new UserError(messages.chromePathMissing(fromEnv));
    return fromEnv;
  }
  const found = search()[0];
  if (!found) throw new UserError(messages.chromeNotFound());
  return found;
}
__name(findChrome, "findChrome");
async function measureLighthouse(options) {
  const chromeLauncher = await import("./dist-ZTFDQMDZ.js");
  const chromePath = findChrome(options.env ?? process.env, options.searchChrome ?? (() => chromeLauncher.Launcher.getInstallations()));
  let chrome;
  const launch = /* @__PURE__ */ __name(() => chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
    // perf-gate's own handler stops everything and completes the check run as cancelled; chrome-launcher's
    // would exit at once, before that. Chrome is killed by the exit hook below either way.
    handleSIGINT: false,
    connectionPollInterval: CHROME_POLL_MS,
    maxConnectionRetries: Math.ceil(CHROME_READY_TIMEOUT_MS / CHROME_POLL_MS)
  }), "launch");
  const killNow = /* @__PURE__ */ __name(() => {
    chromeLauncher.killAll();
  }, "killNow");
  let exiting = Promise.resolve();
  const stop = /* @__PURE__ */ __name(() => {
    const running = chrome;
    chrome = void 0;
    if (!running) return exiting;
    const gone = running.process.exitCode !== null || running.process.signalCode !== null ? Promise.resolve() : once(running.process, "exit");
    try {
      running.kill();
    } catch {
    }
    exiting = Promise.race([gone, sleep(CHROME_EXIT_WAIT_MS, void 0, { ref: false })]);
    return exiting;
  }, "stop");
  process.once("exit", killNow);
  try {
    const [{ default: lighthouse }, config] = await Promise.all([
      import("./core-SSXJZLF2.js"),
      performanceConfig(),
      startsOrSays(chromePath, options.env ?? process.env).then(async () => chrome = await launch())
    ]);
    const attemptRun = /* @__PURE__ */ __name(async (url) => {
      let outcome = { attempts: 0 };
      for (let attempt = 1; attempt <= ATTEMPTS_PER_RUN; attempt++) {
        outcome = { attempts: attempt };
        try {
          chrome ??= await launch();
          await exiting;
          const result = await lighthouse(
            url,
            {
              port: chrome.port,
              logLevel: "error",
              onlyCategories: ["performance"],
              maxWaitForFcp: options.fcpTimeoutMs,
              // Both are gathered after the trace, in a Chrome that no later run uses, so neither
              // moves a metric; together they cost more than a second a run. Everything else is
              // the CLI's default, the about:blank visit before the page included.
              disableFullPageScreenshot: true,
              skipAudits: ["bf-cache"]
            },
            config
          );
          const lhr = result?.lhr;
          if (!lhr) throw new Error("Lighthouse returned no result");
          if (lhr.runtimeError) {
            outcome.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
            continue;
          }
          return { outcome: { attempts: attempt, metrics: metricsOf(lhr), benchmarkIndex: lhr.environment.benchmarkIndex }, lhr };
        } catch (error) {
          outcome.error = error.message.split("\n")[0] ?? String(error);
        } finally {
          void stop();
        }
      }
      return { outcome };
    }, "attemptRun");
    const pages = [];
    const basePages = [];
    const most = Math.max(options.runs, options.maxRuns ?? options.runs);
    for (const { name, url, baseUrl } of options.pages) {
      const runs = [];
      const results = [];
      const baseRuns = [];
      const baseResults = [];
      for (let run = 0; run < most; run++) {
        const extra = run >= options.runs;
        if (extra && (!options.undecided?.(runs, baseUrl ? baseRuns : void 0) || (options.sampling?.leftMs ?? 0) <= 0)) break;
        const started = performance.now();
        const of = extra ? `${run + 1} (to decide)` : `${run + 1}/${options.runs}`;
        const headFirst = run % 2 === 0;
        const measureHead = /* @__PURE__ */ __name(async () => {
          const { outcome: outcome2, lhr } = await attemptRun(url);
          if (lhr) results[runs.length] = lhr;
          runs.push(outcome2);
          options.progress(`${name}: run ${of} ${outcome2.metrics ? `LCP ${Math.round(outcome2.metrics.lcp ?? 0)} ms` : `failed after ${outcome2.attempts} attempts (${outcome2.error})`}`);
          return outcome2;
        }, "measureHead");
        const measureBase = /* @__PURE__ */ __name(async () => {
          if (!baseUrl) return;
          const { outcome: outcome2, lhr } = await attemptRun(baseUrl);
          if (lhr) baseResults[baseRuns.length] = lhr;
          baseRuns.push(outcome2);
          options.progress(`${name} (base): run ${of} ${outcome2.metrics ? `LCP ${Math.round(outcome2.metrics.lcp ?? 0)} ms` : `failed (${outcome2.error})`}`);
        }, "measureBase");
        if (!headFirst) await measureBase();
        const outcome = await measureHead();
        if (headFirst) await measureBase();
        if (extra && options.sampling) options.sampling.leftMs -= performance.now() - started;
        if (!outcome.metrics) break;
      }
      const page = await summarizePage(name, url, runs, results, options.reportDir);
      if (baseUrl) {
        page.baseRuns = baseRuns;
        basePages.push(summarizeRuns(name, baseUrl, baseRuns, baseResults).page);
      }
      pages.push(page);
    }
    const maxRuns = Math.max(0, ...pages.map((page) => page.runs.length));
    const head = { chromePath, runsPerPage: maxRuns, pages };
    return { head, ...basePages.length > 0 ? { base: { chromePath, runsPerPage: maxRuns, pages: basePages } } : {} };
  } finally {
    await stop();
    process.removeListener("exit", killNow);
  }
}
__name(measureLighthouse, "measureLighthouse");
async function performanceConfig() {
  const { default: defaults } = await import("./default-config-Y6R6QLUE.js");
  const performance2 = defaults.categories?.["performance"];
  if (!performance2) return defaults;
  const ids = new Set(performance2.auditRefs.map((ref) => ref.id));
  const audits = (defaults.audits ?? []).filter((audit) => ids.has((typeof audit === "string" ? audit : "path" in audit ? audit.path : "").split("/").pop() ?? ""));
  return { ...defaults, audits, categories: { performance: performance2 } };
}
__name(performanceConfig, "performanceConfig");
async function summarizePage(name, url, runs, results, reportDir) {
  const { page, representativeResult } = summarizeRuns(name, url, runs, results);
  if (representativeResult) {
    const { ReportGenerator } = await import("./report-generator-RSWEOLYT.js");
    await mkdir(reportDir, { recursive: true });
    const file = path.join(reportDir, `lighthouse-${slug(name)}.html`);
    await writeFile(file, ReportGenerator.generateReport(representativeResult, "html"));
    page.htmlReport = file;
  }
  return page;
}
__name(summarizePage, "summarizePage");
function slug(name) {
  return name.replace(/^https?:\/\//, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "home";
}
__name(slug, "slug");

// src/measure/rooms/lighthouse.ts
var lighthouseRoom = {
  async measure(config, { head, base }, { log, note, artifactDir, sampling }) {
    const { head: lighthouse, base: baseLighthouse } = await measureLighthouse({
      pages: config.urls.map((url) => {
        const relative = isRelativeUrl(url);
        return {
          name: url,
          url: head.server && relative ? urlOnServer(head.server, url) : url,
          ...base?.server && relative ? { baseUrl: urlOnServer(base.server, url) } : {}
        };
      }),
      runs: config.lighthouseRuns,
      maxRuns: config.lighthouseMaxRuns,
      undecided: /* @__PURE__ */ __name((runs, baseRuns) => pageUndecided(runs, baseRuns, config.lighthouseBudgets, config.regressionThreshold, config.failOn.regression), "undecided"),
      ...sampling ? { sampling } : {},
      fcpTimeoutMs: config.lighthouseFcpTimeout,
      reportDir: artifactDir,
      progress: log.info
    });
    for (const page of lighthouse.pages) {
      if (page.error) note(`${page.name}: Lighthouse could not measure the page (${page.error}).`);
      else if (page.benchmarkIndex !== void 0 && page.benchmarkIndex < SLOW_BENCHMARK_INDEX) {
        note(
          `${page.name}: this machine's CPU benchmark index is ${Math.round(page.benchmarkIndex)} (Lighthouse expects ${SLOW_BENCHMARK_INDEX} or more): render metrics may read slower than on a developer machine.`
        );
      }
    }
    return { head: lighthouse, ...baseLighthouse ? { base: baseLighthouse } : {} };
  }
};
export {
  lighthouseRoom
};
