import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  adaptInsightToAuditProduct
} from "./chunk-GBZOMZSG.js";
import "./chunk-EXEOABRE.js";
import "./chunk-XR4JOZX6.js";
import "./chunk-46JEON4P.js";
import "./chunk-LTKMILJT.js";
import "./chunk-UZUBZ4TX.js";
import "./chunk-ZUY3BTUL.js";
import "./chunk-OKU7VGNV.js";
import "./chunk-TLUPT47U.js";
import "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
import {
  JSBundlesComputed
} from "./chunk-QQQ2VJQQ.js";
import "./chunk-5URQEILV.js";
import "./chunk-JJ7AI7FF.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-RPGCNC5P.js";
import "./chunk-OGF3ODRV.js";
import {
  UIStrings12 as UIStrings2
} from "./chunk-M6BVBSCB.js";
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import {
  UIStrings,
  createIcuMessageFn
} from "./chunk-ZXPRQ4W4.js";
import "./chunk-PVRN2YPO.js";
import "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

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
