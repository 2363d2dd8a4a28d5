import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/agentic/llms-txt.js
var LlmsTxt = class extends base_gatherer_default {
  static {
    __name(this, "LlmsTxt");
  }
  /** @type {LH.Gatherer.GathererMeta} */
  meta = {
    supportedModes: ["snapshot", "navigation"]
  };
  /**
   * @param {LH.Gatherer.Context} passContext
   * @return {Promise<LH.Artifacts['LlmsTxt']>}
   */
  async getArtifact(passContext) {
    const { finalDisplayedUrl } = passContext.baseArtifacts.URL;
    const llmUrl = new URL("/llms.txt", finalDisplayedUrl).href;
    return passContext.driver.fetcher.fetchResource(llmUrl).catch((err) => {
      lighthouse_logger_default.error("LlmsTxt", err);
      return { status: null, content: null, errorMessage: err.message };
    });
  }
};
var llms_txt_default = LlmsTxt;
export {
  llms_txt_default as default
};
