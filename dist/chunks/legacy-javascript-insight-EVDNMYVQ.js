import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  adaptInsightToAuditProduct
} from "./chunk-J4L6AU7X.js";
import "./chunk-XJYUVFMM.js";
import "./chunk-6LDEO2DW.js";
import "./chunk-ZDTZO4FP.js";
import "./chunk-6K4RRHRO.js";
import "./chunk-P6RRBHLG.js";
import "./chunk-C6Y33VRW.js";
import "./chunk-SYESP6GA.js";
import "./chunk-GFHU54RB.js";
import {
  JSBundlesComputed
} from "./chunk-NTXDMWWV.js";
import "./chunk-3KFQCHM4.js";
import "./chunk-YWRXZ2DQ.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-BQGYKYRY.js";
import "./chunk-3KM644WB.js";
import {
  UIStrings12 as UIStrings2
} from "./chunk-5BBHM7BZ.js";
import {
  Audit
} from "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import {
  UIStrings,
  createIcuMessageFn
} from "./chunk-LKICZOEU.js";
import "./chunk-FQTCD4Y2.js";
import "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
import "./chunk-QX4LR4A3.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

// node_modules/lighthouse/core/audits/insights/legacy-javascript-insight.js
var str_ = createIcuMessageFn("node_modules/@paulirish/trace_engine/models/trace/insights/LegacyJavaScript.js", UIStrings2);
var LegacyJavaScriptInsight = class extends Audit {
  static {
    __name(this, "LegacyJavaScriptInsight");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "legacy-javascript-insight",
      title: str_(UIStrings2.title),
      failureTitle: str_(UIStrings2.title),
      description: str_(UIStrings2.description),
      guidanceLevel: 2,
      requiredArtifacts: ["Trace", "Scripts", "SourceMaps", "HostDPR"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const bundles = await JSBundlesComputed.request(artifacts, context);
    return adaptInsightToAuditProduct(artifacts, context, "LegacyJavaScript", (insight) => {
      const headings = [
        /* eslint-disable max-len */
        { key: "url", valueType: "url", subItemsHeading: { key: "location", valueType: "source-location" }, label: str_(UIStrings.columnURL) },
        { key: null, valueType: "code", subItemsHeading: { key: "signal" }, label: "" },
        { key: "wastedBytes", valueType: "bytes", label: str_(UIStrings2.columnWastedBytes) }
        /* eslint-enable max-len */
      ];
      const items = [];
      for (const [script, result] of insight.legacyJavaScriptResults) {
        const bundle = bundles.find((bundle2) => bundle2.script.scriptId === script.scriptId);
        const item = {
          url: script.url ?? "",
          wastedBytes: result.estimatedByteSavings,
          subItems: {
            type: "subitems",
            items: []
          }
        };
        for (const match of result.matches) {
          const { name, line, column } = match;
          const subItem = {
            signal: name,
            location: Audit.makeSourceLocation(script.url ?? "", line, column, bundle)
          };
          item.subItems.items.push(subItem);
        }
        items.push(item);
      }
      return Audit.makeTableDetails(headings, items);
    });
  }
};
var legacy_javascript_insight_default = LegacyJavaScriptInsight;
export {
  legacy_javascript_insight_default as default
};
