import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  devtools_log_default
} from "./chunk-RZT26TP4.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-HQY6G4FK.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/network-user-agent.js
var NetworkUserAgent = class _NetworkUserAgent extends base_gatherer_default {
  static {
    __name(this, "NetworkUserAgent");
  }
  /** @type {LH.Gatherer.GathererMeta<'DevtoolsLog'>} */
  meta = {
    supportedModes: ["timespan", "navigation"],
    dependencies: { DevtoolsLog: devtools_log_default.symbol }
  };
  /**
   * @param {LH.Artifacts['DevtoolsLog']} devtoolsLog
   * @return {string}
   */
  static getNetworkUserAgent(devtoolsLog) {
    for (const entry of devtoolsLog) {
      if (entry.method !== "Network.requestWillBeSent") continue;
      const userAgent = entry.params.request.headers["User-Agent"];
      if (userAgent) return userAgent;
    }
    return "";
  }
  /**
   * @param {LH.Gatherer.Context<'DevtoolsLog'>} context
   * @return {Promise<LH.Artifacts['NetworkUserAgent']>}
   */
  async getArtifact(context) {
    return _NetworkUserAgent.getNetworkUserAgent(context.dependencies.DevtoolsLog);
  }
};
var network_user_agent_default = NetworkUserAgent;
export {
  network_user_agent_default as default
};
