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
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/seo/robots-txt.js
var RobotsTxt = class _RobotsTxt extends base_gatherer_default {
  static {
    __name(this, "RobotsTxt");
  }
  static symbol = /* @__PURE__ */ Symbol("RobotsTxt");
  /** @type {LH.Gatherer.GathererMeta} */
  meta = {
    symbol: _RobotsTxt.symbol,
    supportedModes: ["snapshot", "navigation"]
  };
  /**
   * @param {LH.Gatherer.Context} passContext
   * @return {Promise<LH.Artifacts['RobotsTxt']>}
   */
  async getArtifact(passContext) {
    const { finalDisplayedUrl } = passContext.baseArtifacts.URL;
    const robotsUrl = new URL("/robots.txt", finalDisplayedUrl).href;
    return passContext.driver.fetcher.fetchResource(robotsUrl).catch((err) => {
      lighthouse_logger_default.error("RobotsTxt", err);
      return { status: null, content: null, errorMessage: err.message };
    });
  }
};
var robots_txt_default = RobotsTxt;

export {
  robots_txt_default
};
