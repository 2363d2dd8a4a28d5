import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  base_gatherer_default
} from "./chunk-OJI7KLWC.js";
import {
  lighthouse_logger_default
} from "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
import "./chunk-QX4LR4A3.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

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
