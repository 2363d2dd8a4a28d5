import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-HQY6G4FK.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/css-usage.js
var CSSUsage = class extends base_gatherer_default {
  static {
    __name(this, "CSSUsage");
  }
  /** @type {LH.Gatherer.GathererMeta} */
  meta = {
    supportedModes: ["snapshot", "navigation"]
  };
  /**
   * @param {LH.Gatherer.Context} context
   * @return {Promise<LH.Artifacts['CSSUsage']>}
   */
  async getArtifact(context) {
    const session = context.driver.defaultSession;
    const executionContext = context.driver.executionContext;
    await session.sendCommand("DOM.enable");
    await session.sendCommand("CSS.enable");
    await session.sendCommand("CSS.startRuleUsageTracking");
    await executionContext.evaluate(() => window.getComputedStyle(document.body), {
      args: []
    });
    const { ruleUsage } = await session.sendCommand("CSS.stopRuleUsageTracking");
    await session.sendCommand("CSS.disable");
    await session.sendCommand("DOM.disable");
    return ruleUsage;
  }
};
var css_usage_default = CSSUsage;
export {
  css_usage_default as default
};
