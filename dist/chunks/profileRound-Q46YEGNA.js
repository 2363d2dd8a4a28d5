import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  require_autocannon,
  runRound
} from "./chunk-KJZ6U55L.js";
import "./chunk-TDCP6VV7.js";
import "./chunk-IN4OIQDI.js";
import {
  LEAK_FLOOR_BYTES_PER_1000,
  heapSlope,
  hottestFunctions
} from "./chunk-QLV355FP.js";
import {
  endpointName
} from "./chunk-JPYO24CX.js";
import "./chunk-7YIHUWMR.js";
import "./chunk-X7M2LXZX.js";
import "./chunk-ZRFXBBCS.js";
import "./chunk-335XOPWL.js";
import "./chunk-JFHUFG3Z.js";
import {
  UserError,
  messages
} from "./chunk-MM7ZC2FD.js";
import "./chunk-CUMEVQG2.js";
import {
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// src/measure/profileRound.ts
var import_autocannon = __toESM(require_autocannon(), 1);
import { writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/measure/inspector.ts
import { createWriteStream } from "node:fs";
import { readFile, readdir, readlink } from "node:fs/promises";
import path from "node:path";
var SAMPLING_INTERVAL_US = 1e3;
var CALL_TIMEOUT_MS = 15e3;
var SLOW_CALL_TIMEOUT_MS = 12e4;
var LIST_TIMEOUT_MS = 2e3;
async function listeningSockets() {
  const sockets = /* @__PURE__ */ new Map();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text;
    try {
      text = await readFile(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || fields[3] !== "0A") continue;
      const [address, port] = fields[1].split(":");
      const inode = fields[9];
      if (inode === "0" || address === void 0 || port === void 0) continue;
      sockets.set(inode, { inode, address, port: Number.parseInt(port, 16) });
    }
  }
  return sockets;
}
__name(listeningSockets, "listeningSockets");
var LOOPBACK_V4 = "0100007F";
var ANY_V4 = "00000000";
var ANY_V6 = "00000000000000000000000000000000";
var LOOPBACK_V6 = "00000000000000000000000001000000";
async function readProc(pid) {
  try {
    const text = await readFile(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { pid: Number(pid), ppid: Number(fields[1]), pgrp: Number(fields[2]) };
  } catch {
    return void 0;
  }
}
__name(readProc, "readProc");
async function processTree(rootPid) {
  const names = (await readdir("/proc")).filter((name) => /^\d+$/.test(name));
  const entries = (await Promise.all(names.map(readProc))).filter((entry) => entry !== void 0);
  const members = new Set(entries.filter((entry) => entry.pgrp === rootPid || entry.pid === rootPid).map((entry) => entry.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const entry of entries) {
      if (!members.has(entry.pid) && members.has(entry.ppid)) {
        members.add(entry.pid);
        grew = true;
      }
    }
  }
  return [...members].sort((a, b) => a - b);
}
__name(processTree, "processTree");
async function socketInodes(pid) {
  let fds;
  try {
    fds = await readdir(`/proc/${pid}/fd`);
  } catch {
    return [];
  }
  const links = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => "")));
  return links.flatMap((link) => {
    const match = /^socket:\[(\d+)\]$/.exec(link);
    return match?.[1] ? [match[1]] : [];
  });
}
__name(socketInodes, "socketInodes");
async function describeProcess(pid) {
  const exe = await readlink(`/proc/${pid}/exe`).catch(() => "");
  const raw = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  return { exe, cmdline: raw.split("\0").filter(Boolean) };
}
__name(describeProcess, "describeProcess");
function looksLikeNode(process) {
  const names = [path.basename(process.exe.replace(/ \(deleted\)$/, "")), path.basename(process.cmdline[0] ?? "")];
  return names.some((name) => /^(node|nodejs)(\d+(\.\d+)*)?$/.test(name));
}
__name(looksLikeNode, "looksLikeNode");
async function inspectorTarget(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/json/list`, { signal: AbortSignal.timeout(LIST_TIMEOUT_MS) });
    if (!response.ok) return void 0;
    const targets = await response.json();
    return (Array.isArray(targets) ? targets : []).find((target) => target.type === "node" && target.webSocketDebuggerUrl)?.webSocketDebuggerUrl ?? targets[0]?.webSocketDebuggerUrl;
  } catch {
    return void 0;
  }
}
__name(inspectorTarget, "inspectorTarget");
var NEEDS_NODE = "CPU and heap profiles need a Node server";
async function attachToServer(server) {
  let sockets;
  let tree;
  try {
    ;
    [sockets, tree] = await Promise.all([listeningSockets(), processTree(server.pid)]);
  } catch {
    return { note: `profile: finding the server's process needs Linux's /proc; ${NEEDS_NODE} on a Linux runner` };
  }
  let listener;
  for (const pid of tree) {
    const own = (await socketInodes(pid)).flatMap((inode) => {
      const socket = sockets.get(inode);
      return socket ? [socket] : [];
    });
    if (own.some((socket) => socket.port === server.port)) {
      listener = { pid, own };
      break;
    }
  }
  if (!listener) {
    return { note: `profile: no process of the server's tree (group ${server.pid}) listens on port ${server.port}; ${NEEDS_NODE} started by the start command itself` };
  }
  const described = await describeProcess(listener.pid);
  if (!looksLikeNode(described)) {
    const what = [path.basename(described.exe) || "?", ...described.cmdline.slice(1, 4)].join(" ").slice(0, 80);
    return { note: `profile: the server on port ${server.port} is not a Node process (${what}); ${NEEDS_NODE}` };
  }
  const candidates = listener.own.filter((socket) => socket.port !== server.port && [LOOPBACK_V4, ANY_V4, LOOPBACK_V6, ANY_V6].includes(socket.address)).map((socket) => socket.port);
  let url;
  for (const port of [...new Set(candidates)]) {
    url = await inspectorTarget(port);
    if (url) break;
  }
  if (!url) {
    return {
      note: `profile: the Node server on port ${server.port} (pid ${listener.pid}) has no inspector open: NODE_OPTIONS=--inspect=127.0.0.1:0 did not reach it (the start command sets NODE_OPTIONS itself, or this Node has no inspector); let the start command keep the NODE_OPTIONS it is given`
    };
  }
  try {
    const client = await CdpClient.connect(url);
    return inspectorFor(listener.pid, url, client);
  } catch (error) {
    return { note: `profile: could not connect to the inspector of the Node server on port ${server.port} (${url}): ${error instanceof Error ? error.message : String(error)}` };
  }
}
__name(attachToServer, "attachToServer");
function inspectorFor(pid, url, client) {
  return {
    pid,
    url,
    async cpuProfile(during) {
      await client.call("Profiler.enable");
      await client.call("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_US });
      await client.call("Profiler.start");
      let result;
      try {
        result = await during();
      } catch (error) {
        await client.call("Profiler.stop", {}, SLOW_CALL_TIMEOUT_MS).catch(() => void 0);
        throw error;
      }
      const stopped = await client.call("Profiler.stop", {}, SLOW_CALL_TIMEOUT_MS);
      await client.call("Profiler.disable").catch(() => void 0);
      return { profile: stopped.profile, result };
    },
    async heapUsedAfterGc() {
      await client.call("HeapProfiler.collectGarbage", {}, SLOW_CALL_TIMEOUT_MS);
      const usage = await client.call("Runtime.getHeapUsage");
      return usage.usedSize;
    },
    async writeHeapSnapshot(file) {
      const out = createWriteStream(file);
      const failed = new Promise((_resolve, reject) => out.once("error", reject));
      failed.catch(() => void 0);
      const stopListening = client.on("HeapProfiler.addHeapSnapshotChunk", (params) => out.write(params.chunk));
      try {
        await Promise.race([client.call("HeapProfiler.takeHeapSnapshot", { reportProgress: false }, SLOW_CALL_TIMEOUT_MS), failed]);
      } finally {
        stopListening();
        await new Promise((resolve) => out.end(() => resolve()));
      }
    },
    close: /* @__PURE__ */ __name(() => client.close(), "close")
  };
}
__name(inspectorFor, "inspectorFor");
var CdpClient = class _CdpClient {
  constructor(socket) {
    this.socket = socket;
    socket.addEventListener("message", (event) => this.receive(String(event.data)));
    socket.addEventListener("close", () => this.failAll(new Error("the inspector closed the connection")));
  }
  socket;
  static {
    __name(this, "CdpClient");
  }
  nextId = 1;
  pending = /* @__PURE__ */ new Map();
  listeners = /* @__PURE__ */ new Map();
  static connect(url, timeoutMs = CALL_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const timer = setTimeout(() => {
        socket.close();
        reject(new Error(`no answer in ${timeoutMs / 1e3} s`));
      }, timeoutMs);
      socket.addEventListener("open", () => {
        clearTimeout(timer);
        resolve(new _CdpClient(socket));
      });
      socket.addEventListener("error", () => {
        clearTimeout(timer);
        reject(new Error("the WebSocket did not open"));
      });
    });
  }
  call(method, params = {}, timeoutMs = CALL_TIMEOUT_MS) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.socket.readyState !== WebSocket.OPEN) {
        reject(new Error(`${method}: the inspector connection is closed`));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer from the inspector in ${timeoutMs / 1e3} s`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }
  /** Calls `listener` with each event's params; returns the function that stops it. */
  on(method, listener) {
    const set = this.listeners.get(method) ?? /* @__PURE__ */ new Set();
    set.add(listener);
    this.listeners.set(method, set);
    return () => set.delete(listener);
  }
  async close() {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    const closed = new Promise((resolve) => this.socket.addEventListener("close", () => resolve()));
    this.socket.close();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1e3).unref())]);
    this.failAll(new Error("the inspector connection was closed"));
  }
  receive(text) {
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (message.id !== void 0) {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      clearTimeout(waiting.timer);
      if (message.error) waiting.reject(new Error(message.error.message ?? "inspector error"));
      else waiting.resolve(message.result);
    } else if (message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params);
    }
  }
  failAll(error) {
    for (const [id, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
      this.pending.delete(id);
    }
  }
};

// src/measure/profileRound.ts
var HEAP_REQUESTS = 4e3;
var HEAP_SAMPLE_EVERY = 500;
var MAX_HEAP_MS = 3e4;
var MIN_BURST_MS = 100;
var MAX_BURST_MS = 5e3;
var REQUEST_TIMEOUT_S = 10;
async function profileEndpoints(server, endpoints, settings, progress) {
  const kinds = [...settings.kinds];
  const attached = await attachToServer(server);
  if ("note" in attached) return { kinds, endpoints: [], note: attached.note };
  try {
    const results = [];
    for (const endpoint of endpoints) {
      const name = endpointName(endpoint);
      const round = /* @__PURE__ */ __name((connections, durationMs, label) => runRound(server, endpoint, connections, durationMs, `${label} on ${name}`), "round");
      const result = { endpoint: name };
      const file = /* @__PURE__ */ __name((extension) => path2.join(settings.outputDir, `${settings.side}-${slug(name)}.${extension}`), "file");
      if (kinds.includes("cpu")) {
        const { profile, result: profiled } = await attached.cpuProfile(() => round(settings.connections, settings.durationMs, "profiled load"));
        result.profiledRound = { requests: profiled.requests, p95: profiled.latency.p95, throughput: profiled.throughput };
        result.cpu = hottestFunctions(profile, { projectRoot: settings.projectRoot, top: settings.topFunctions ?? 10 });
        result.cpuProfileFile = file("cpuprofile");
        await writeFile(result.cpuProfileFile, JSON.stringify(profile));
        const hottest = result.cpu.top[0];
        progress(`${name}: CPU profile of ${result.cpu.samples} samples${hottest ? `; hottest ${hottest.functionName} (${hottest.file}:${hottest.line}) ${Math.round(hottest.share * 100)}%` : ""}`);
      }
      if (kinds.includes("heap")) {
        const samples = await sampleHeap(attached, (amount, maxMs) => loadRequests(server, endpoint, settings.connections, amount, maxMs), settings);
        result.heap = { samples };
        result.leak = heapSlope(samples, { floorBytesPer1000: settings.floorBytesPer1000 ?? LEAK_FLOOR_BYTES_PER_1000 });
        if (result.leak.possible) {
          result.heapSnapshotFile = file("heapsnapshot");
          await attached.writeHeapSnapshot(result.heapSnapshotFile);
        }
        progress(`${name}: heap ${Math.round(result.leak.slopeBytesPer1000 / 1e3)} kB per 1,000 requests over ${result.leak.requests} requests${result.leak.possible ? " \u2014 possible leak" : ""}`);
      }
      results.push(result);
    }
    return { kinds, endpoints: results };
  } finally {
    await attached.close();
  }
}
__name(profileEndpoints, "profileEndpoints");
async function sampleHeap(inspector, burst, options = {}) {
  const target = options.heapRequests ?? HEAP_REQUESTS;
  const every = options.heapSampleEvery ?? HEAP_SAMPLE_EVERY;
  const deadline = performance.now() + (options.maxHeapMs ?? MAX_HEAP_MS);
  const left = /* @__PURE__ */ __name(() => Math.max(MIN_BURST_MS, Math.min(MAX_BURST_MS, deadline - performance.now())), "left");
  await burst(every, left());
  const samples = [{ requests: 0, heapUsed: await inspector.heapUsedAfterGc() }];
  let requests = 0;
  while (requests < target && performance.now() < deadline) {
    requests += (await burst(Math.min(every, target - requests), left())).requests;
    samples.push({ requests, heapUsed: await inspector.heapUsedAfterGc() });
  }
  return samples;
}
__name(sampleHeap, "sampleHeap");
async function loadRequests(server, endpoint, connections, amount, maxMs) {
  const headers = { ...endpoint.headers };
  let body;
  if (endpoint.body !== void 0) {
    body = typeof endpoint.body === "string" ? endpoint.body : JSON.stringify(endpoint.body);
    if (typeof endpoint.body !== "string" && !Object.keys(headers).some((key) => key.toLowerCase() === "content-type")) headers["content-type"] = "application/json";
  }
  let instance;
  const run = new Promise((resolve, reject) => {
    instance = (0, import_autocannon.default)(
      {
        url: server.origin,
        connections: Math.max(1, Math.min(connections, amount)),
        amount,
        timeout: REQUEST_TIMEOUT_S,
        pipelining: 1,
        requests: [{ method: endpoint.method, path: endpoint.path, headers, ...body === void 0 ? {} : { body } }]
      },
      (error, result) => error ? reject(error) : resolve(result)
    );
  });
  const timer = setTimeout(() => instance?.stop(), maxMs);
  const crashed = server.exited.then((exit) => {
    instance?.stop();
    throw new UserError(messages.serverCrashed(server.command, exit.code, `heap-sampling load on ${endpointName(endpoint)}`, server.logTail()));
  });
  try {
    const result = await Promise.race([run, crashed]);
    return { requests: result.requests.total + result.errors };
  } finally {
    clearTimeout(timer);
    crashed.catch(() => void 0);
  }
}
__name(loadRequests, "loadRequests");
function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "endpoint";
}
__name(slug, "slug");
export {
  HEAP_REQUESTS,
  HEAP_SAMPLE_EVERY,
  loadRequests,
  profileEndpoints,
  sampleHeap
};
