import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  OutputTail,
  spawnGroup,
  stopGroup
} from "./chunk-2TMHQEFV.js";
import {
  UserError,
  messages
} from "./chunk-MM7ZC2FD.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/measure/server.ts
import http from "node:http";
import https from "node:https";
import net from "node:net";
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve, reject) => server.listen(0, "127.0.0.1", resolve).once("error", reject));
  const { port } = server.address();
  await new Promise((resolve) => server.close(() => resolve()));
  return port;
}
__name(freePort, "freePort");
async function startServer(options) {
  const port = await freePort();
  const started = performance.now();
  const child = spawnGroup(options.command, { cwd: options.cwd, env: { ...options.env ?? process.env, PORT: String(port) } });
  const pid = child.pid;
  const tail = new OutputTail();
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      tail.push(chunk);
      options.output.write(chunk);
    });
  }
  let exit;
  const exited = new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
    child.once("error", () => {
      exit = { code: null, signal: null };
      resolve(exit);
    });
  });
  const stop = /* @__PURE__ */ __name(async () => {
    if (pid !== void 0) await stopGroup(pid);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 1e3))]);
  }, "stop");
  const origins = [`http://127.0.0.1:${port}`, `http://[::1]:${port}`];
  const deadline = performance.now() + options.readyTimeoutMs;
  let origin;
  try {
    if (pid === void 0) throw new UserError(messages.serverExitedEarly(options.command, null, options.readyPath, tail.text()));
    for (; ; ) {
      if (exit) throw new UserError(messages.serverExitedEarly(options.command, exit.code, options.readyPath, tail.text()));
      origin = await firstAnswering(origins, options.readyPath);
      if (origin) break;
      if (performance.now() > deadline) {
        throw new UserError(messages.serverNeverReady(options.command, new URL(options.readyPath, origins[0]).href, options.readyTimeoutMs, tail.text()));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    kind: "started",
    command: options.command,
    origin,
    port,
    pid,
    startupMs: performance.now() - started,
    exited,
    hasExited: /* @__PURE__ */ __name(() => exit !== void 0, "hasExited"),
    logTail: /* @__PURE__ */ __name(() => tail.text(), "logTail"),
    stop
  };
}
__name(startServer, "startServer");
async function reachTarget(origin, readyPath, readyTimeoutMs) {
  const url = `${origin}${readyPath}`;
  const deadline = performance.now() + readyTimeoutMs;
  while (!await answers(url)) {
    if (performance.now() > deadline) throw new UserError(messages.targetNotAnswering(url, readyTimeoutMs));
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { kind: "target", origin };
}
__name(reachTarget, "reachTarget");
async function firstAnswering(origins, readyPath) {
  for (const origin of origins) if (await answers(new URL(readyPath, origin).href)) return origin;
  return void 0;
}
__name(firstAnswering, "firstAnswering");
function answers(url) {
  return new Promise((resolve) => {
    const request = (url.startsWith("https:") ? https : http).get(url, { timeout: 2e3, agent: false }, (response) => {
      response.resume();
      resolve((response.statusCode ?? 500) < 500);
    });
    request.once("timeout", () => request.destroy());
    request.once("error", () => resolve(false));
  });
}
__name(answers, "answers");
export {
  freePort,
  reachTarget,
  startServer
};
