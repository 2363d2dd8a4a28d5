import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  JSBundlesComputed
} from "./chunk-QQQ2VJQQ.js";
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/violation-audit.js
var ViolationAudit = class extends Audit {
  static {
    __name(this, "ViolationAudit");
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @param {RegExp} pattern
   * @return {Promise<Array<{source: LH.Audit.Details.SourceLocationValue}>>}
   */
  static async getViolationResults(artifacts, context, pattern) {
    const bundles = await JSBundlesComputed.request(artifacts, context);
    function filterUndefined(value) {
      return value !== void 0;
    }
    __name(filterUndefined, "filterUndefined");
    const seen = /* @__PURE__ */ new Set();
    return artifacts.ConsoleMessages.filter((entry) => entry.url && entry.source === "violation" && pattern.test(entry.text)).map((entry) => {
      const bundle = bundles.find((bundle2) => bundle2.script.scriptId === entry.scriptId);
      return Audit.makeSourceLocationFromConsoleMessage(entry, bundle);
    }).filter(filterUndefined).filter((source) => {
      const key = `${source.url}!${source.line}!${source.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }).map((source) => ({ source }));
  }
};
var violation_audit_default = ViolationAudit;

export {
  violation_audit_default
};
