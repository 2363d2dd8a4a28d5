import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/processes.ts
import { spawn } from "node:child_process";
import os from "node:os";
var liveGroups = /* @__PURE__ */ new Set();
var cleanupInstalled = false;
var CANCEL_GRACE_MS = 4e3;
var cancellation;
var cancelling = false;
function killLiveGroups() {
  for (const pid of liveGroups) signalGroup(pid, "SIGKILL");
}
__name(killLiveGroups, "killLiveGroups");
function stopProcessesOnSignal() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.once("exit", killLiveGroups);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      killLiveGroups();
      const exitCode = 128 + os.constants.signals[signal];
      if (!cancellation || cancelling) process.exit(exitCode);
      cancelling = true;
      setTimeout(() => process.exit(exitCode), CANCEL_GRACE_MS).unref();
      cancellation.resolve({ signal, exitCode });
    });
  }
}
__name(stopProcessesOnSignal, "stopProcessesOnSignal");
function whenCancelled() {
  stopProcessesOnSignal();
  if (!cancellation) {
    let resolve = /* @__PURE__ */ __name(() => void 0, "resolve");
    const promise = new Promise((settle) => resolve = settle);
    cancellation = { promise, resolve };
  }
  return cancellation.promise;
}
__name(whenCancelled, "whenCancelled");
function spawnGroup(command, options) {
  stopProcessesOnSignal();
  const child = spawn(command, { cwd: options.cwd, env: options.env, shell: true, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid;
  if (pid !== void 0) {
    liveGroups.add(pid);
    child.once("exit", () => {
      if (!groupAlive(pid)) liveGroups.delete(pid);
    });
  }
  return child;
}
__name(spawnGroup, "spawnGroup");
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
__name(signalGroup, "signalGroup");
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
__name(groupAlive, "groupAlive");
async function stopGroup(pid, graceMs = 5e3) {
  signalGroup(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
  while (groupAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 20));
  liveGroups.delete(pid);
}
__name(stopGroup, "stopGroup");
var OutputTail = class {
  constructor(keep = 50) {
    this.keep = keep;
  }
  keep;
  static {
    __name(this, "OutputTail");
  }
  lines = [];
  partial = "";
  push(chunk) {
    const parts = (this.partial + chunk.toString()).split(/\r?\n/);
    this.partial = parts.pop() ?? "";
    this.lines.push(...parts);
    if (this.lines.length > this.keep) this.lines.splice(0, this.lines.length - this.keep);
  }
  text() {
    return [...this.lines, this.partial].filter((line) => line.trim()).join("\n");
  }
  lastLine() {
    return this.text().split("\n").at(-1) ?? "";
  }
};

export {
  stopProcessesOnSignal,
  whenCancelled,
  spawnGroup,
  stopGroup,
  OutputTail
};
