import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  context,
  debug,
  getInput,
  getOctokit,
  group,
  info,
  require_light,
  retry,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-MQUEVL4X.js";
import {
  INPUT_NAMES,
  Output,
  UserError,
  loadConfig,
  renderMarkdown,
  runCommand,
  runPerfGate,
  verdictSentence
} from "./chunks/chunk-B5ZE6LIX.js";
import "./chunks/chunk-ACIIJTZK.js";
import "./chunks/chunk-RMSGWGKU.js";
import {
  __name,
  __toESM
} from "./chunks/chunk-NPWTAH35.js";

// src/main.ts
import os from "node:os";
import path2 from "node:path";

// src/config/inputs.ts
function readActionInputs() {
  const overrides = {};
  for (const name of INPUT_NAMES) {
    const value = getInput(name);
    if (value !== "") overrides[name] = value;
  }
  return overrides;
}
__name(readActionInputs, "readActionInputs");

// src/publish/github.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/publish/comment.ts
function commentMarker(key) {
  return `<!-- perf-gate:${key} -->`;
}
__name(commentMarker, "commentMarker");
async function findStickyComment(octokit, target) {
  const marker = commentMarker(target.key);
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  for await (const page of pages) {
    const found = page.data.find((comment) => comment.body?.includes(marker));
    if (found) return found;
  }
  return void 0;
}
__name(findStickyComment, "findStickyComment");
async function upsertStickyComment(octokit, comment) {
  const body = `${commentMarker(comment.key)}
${comment.body}`;
  const existing = await findStickyComment(octokit, comment);
  if (existing) {
    const { data: data2 } = await octokit.rest.issues.updateComment({ owner: comment.owner, repo: comment.repo, comment_id: existing.id, body });
    return { url: data2.html_url, action: "updated" };
  }
  const { data } = await octokit.rest.issues.createComment({ owner: comment.owner, repo: comment.repo, issue_number: comment.issueNumber, body });
  return { url: data.html_url, action: "created" };
}
__name(upsertStickyComment, "upsertStickyComment");

// src/publish/github.ts
async function publishToGitHub(engineResult, config, deps) {
  const { log } = deps;
  const files = await writeReportFiles(engineResult, deps.reportDir);
  const result = await linkArtifacts(engineResult, config, deps, files);
  try {
    await deps.summary.addRaw(result.markdown, true).write();
  } catch (error) {
    log.warning(`The job summary could not be written (${error.message}); the report is in ${files.markdownPath}.`);
  }
  const commentUrl = await publishComment(result, config, deps, files);
  return commentUrl ? { ...files, commentUrl } : files;
}
__name(publishToGitHub, "publishToGitHub");
async function linkArtifacts(result, config, deps, files) {
  const pages = result.report.measurements.lighthouse?.pages ?? [];
  const htmlReports = pages.flatMap((page) => page.htmlReport ? [page.htmlReport] : []);
  let url;
  try {
    url = await deps.uploadArtifact(`perf-gate-${config.commentKey}`, [files.reportPath, files.markdownPath, ...htmlReports], deps.reportDir);
  } catch (error) {
    deps.log.warning(`The reports could not be uploaded as an artifact (${error.message}); they are in ${deps.reportDir}.`);
  }
  if (!url) return result;
  deps.log.info(`Reports uploaded: ${url}`);
  for (const page of pages) if (page.htmlReport) page.htmlReportUrl = url;
  return { report: result.report, markdown: renderMarkdown(result.report) };
}
__name(linkArtifacts, "linkArtifacts");
async function writeReportFiles(result, reportDir) {
  await mkdir(reportDir, { recursive: true });
  const reportPath = path.join(reportDir, "report.json");
  const markdownPath = path.join(reportDir, "report.md");
  await writeFile(reportPath, `${JSON.stringify(result.report, null, 2)}
`);
  await writeFile(markdownPath, result.markdown);
  return { reportPath, markdownPath };
}
__name(writeReportFiles, "writeReportFiles");
async function publishComment(result, config, deps, files) {
  const { log, context: context2 } = deps;
  if (config.comment === "false") return void 0;
  const issueNumber = context2.payload.pull_request?.number;
  if (issueNumber === void 0) {
    log.info(`No pull request in this ${context2.eventName} event: no comment; the report is in the job summary.`);
    return void 0;
  }
  if (!deps.octokit) {
    log.warning("github-token is empty: no comment was posted; the report is in the job summary.");
    return void 0;
  }
  const target = { ...context2.repo, issueNumber, key: config.commentKey };
  try {
    if (config.comment === "on-failure" && result.report.verdict.passed) {
      const existing = await findStickyComment(deps.octokit, target);
      if (!existing) return void 0;
    }
    const comment = await upsertStickyComment(deps.octokit, { ...target, body: result.markdown });
    log.info(`Comment ${comment.action}: ${comment.url}`);
    return comment.url;
  } catch (error) {
    const status = error.status;
    const reason = status === 403 || status === 404 ? `the token cannot write to this pull request (HTTP ${status}); a pull request from a fork gets a read-only token (see the README's fork recipe)` : error.message;
    log.warning(`The pull request comment could not be posted: ${reason}. The report is in the job summary and ${files.reportPath}.`);
    return void 0;
  }
}
__name(publishComment, "publishComment");

// src/publish/artifact.ts
var uploadWorkflowArtifact = /* @__PURE__ */ __name(async (name, files, rootDirectory) => {
  const env = process.env;
  if (!env["ACTIONS_RUNTIME_TOKEN"] || files.length === 0) return void 0;
  const { DefaultArtifactClient } = await import("./chunks/artifact-YSARCQEK.js");
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  if (id === void 0) return void 0;
  return `${env["GITHUB_SERVER_URL"] ?? "https://github.com"}/${env["GITHUB_REPOSITORY"]}/actions/runs/${env["GITHUB_RUN_ID"]}/artifacts/${id}`;
}, "uploadWorkflowArtifact");

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = /* @__PURE__ */ __name(() => Promise.resolve(), "noop");
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
__name(wrapRequest, "wrapRequest");
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
__name(doRequest, "doRequest");
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
__name(isAuthRequest, "isAuthRequest");
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path3) => path3.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
__name(routeMatcher, "routeMatcher");
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = /* @__PURE__ */ __name(function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
}, "createGroups");
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = /* @__PURE__ */ __name(() => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info2) {
      const [state2, request, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  }, "initializeBottleneck");
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
__name(throttling, "throttling");
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// src/publish/octokit.ts
var RATE_LIMIT_RETRIES = 2;
function createOctokit(token, baseUrl, log) {
  return getOctokit(
    token,
    {
      // GITHUB_API_URL may end with a slash; octokit joins paths with one of its own.
      baseUrl: baseUrl.replace(/\/+$/, ""),
      throttle: {
        onRateLimit: /* @__PURE__ */ __name((retryAfter, options, _octokit, retryCount) => {
          log.warning(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < RATE_LIMIT_RETRIES;
        }, "onRateLimit"),
        onSecondaryRateLimit: /* @__PURE__ */ __name((retryAfter, options, _octokit, retryCount) => {
          log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
          return retryCount < RATE_LIMIT_RETRIES;
        }, "onSecondaryRateLimit")
      }
    },
    retry,
    throttling
  );
}
__name(createOctokit, "createOctokit");

// src/main.ts
var actionsLogger = {
  info: /* @__PURE__ */ __name((message) => info(message), "info"),
  warning: /* @__PURE__ */ __name((message) => warning(message), "warning"),
  group: /* @__PURE__ */ __name((title, work) => group(title, work), "group"),
  commandOutput: process.stdout
};
async function run() {
  try {
    const workspace = process.env["GITHUB_WORKSPACE"] || process.cwd();
    const config = await loadConfig(readActionInputs(), { cwd: workspace, overrideName: /* @__PURE__ */ __name((input) => input, "overrideName"), warn: actionsLogger.warning });
    const reportDir = path2.join(process.env["RUNNER_TEMP"] || os.tmpdir(), "perf-gate", config.commentKey);
    const pullRequestBase = context.payload.pull_request?.["base"]?.sha;
    const result = await runPerfGate(config, {
      log: actionsLogger,
      runCommand,
      now: /* @__PURE__ */ __name(() => /* @__PURE__ */ new Date(), "now"),
      commit: commitOf(context),
      artifactDir: reportDir,
      ...pullRequestBase ? { pullRequestBase } : {}
    });
    const published = await publishToGitHub(result, config, {
      context,
      ...config.githubToken ? { octokit: createOctokit(config.githubToken, context.apiUrl, actionsLogger) } : {},
      summary,
      log: actionsLogger,
      reportDir,
      uploadArtifact: uploadWorkflowArtifact
    });
    const { verdict } = result.report;
    setOutput(Output.Passed, String(verdict.passed));
    setOutput(Output.Regressions, String(verdict.regressions));
    setOutput(Output.ReportPath, published.reportPath);
    setOutput(Output.MarkdownPath, published.markdownPath);
    setOutput(Output.CommentUrl, published.commentUrl ?? "");
    if (!verdict.passed) setFailed(verdictSentence(result.report));
  } catch (error) {
    setOutput(Output.Passed, "false");
    if (error instanceof UserError) {
      setFailed(error.message);
    } else {
      debug(error.stack ?? String(error));
      setFailed(`perf-gate stopped unexpectedly: ${error.message ?? String(error)}`);
    }
  }
}
__name(run, "run");
function commitOf(context2) {
  const head = context2.payload.pull_request?.["head"];
  const sha = head?.sha ?? context2.sha;
  const ref = head?.ref ?? context2.ref;
  return { ...sha ? { sha } : {}, ...ref ? { ref } : {} };
}
__name(commitOf, "commitOf");

// src/index.ts
await run();
process.exit();
