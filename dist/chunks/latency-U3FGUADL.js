import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  measureLatency
} from "./chunk-JKWBLYY5.js";
import "./chunk-TDCP6VV7.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-ENRFYYL4.js";
import "./chunk-YACRMILR.js";
import "./chunk-OMWRFWOT.js";

// src/measure/rooms/latency.ts
var latencyRoom = {
  async measure(config, { head, base }, { log }) {
    if (!head.server) return {};
    const latency = await measureLatency(
      config.endpoints,
      head.server,
      {
        connections: config.connections,
        loadDurationMs: config.loadDuration,
        p95Budget: config.p95Budget,
        errorRateBudget: config.errorRateBudget,
        stressSteps: config.stressSteps,
        stressP99Ms: config.stressP99,
        pairedRounds: config.latencyRounds
      },
      log.info,
      base?.server
    );
    return { head: latency };
  }
};
export {
  latencyRoom
};
