import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  adaptInsightToAuditProduct,
  makeNodeItemForNodeId
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
import "./chunk-5URQEILV.js";
import "./chunk-JJ7AI7FF.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-RPGCNC5P.js";
import "./chunk-OGF3ODRV.js";
import {
  UIStrings10 as UIStrings2
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

// node_modules/lighthouse/core/audits/insights/lcp-breakdown-insight.js
var str_ = createIcuMessageFn("node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js", UIStrings2);
var LCPBreakdownInsight = class _LCPBreakdownInsight extends Audit {
  static {
    __name(this, "LCPBreakdownInsight");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "lcp-breakdown-insight",
      title: str_(UIStrings2.title),
      failureTitle: str_(UIStrings2.title),
      description: str_(UIStrings2.description),
      guidanceLevel: 3,
      requiredArtifacts: ["Trace", "TraceElements", "SourceMaps", "HostDPR"],
      replacesAudits: ["largest-contentful-paint-element"]
    };
  }
  /**
   * @param {Required<import('@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js').LCPBreakdownInsightModel>['subparts']} subparts
   * @return {LH.Audit.Details.Table}
   */
  static makeSubpartsTable(subparts) {
    const { ttfb, loadDelay, loadDuration, renderDelay } = subparts;
    const headings = [
      { key: "label", valueType: "text", label: str_(UIStrings2.subpart) },
      { key: "duration", valueType: "ms", label: str_(UIStrings.columnDuration) }
    ];
    let items = [
      /* eslint-disable max-len */
      { subpart: "timeToFirstByte", label: str_(UIStrings2.timeToFirstByte), duration: ttfb.range / 1e3 },
      { subpart: "resourceLoadDelay", label: str_(UIStrings2.resourceLoadDelay), duration: (loadDelay?.range ?? 0) / 1e3 },
      { subpart: "resourceLoadDuration", label: str_(UIStrings2.resourceLoadDuration), duration: (loadDuration?.range ?? 0) / 1e3 },
      { subpart: "elementRenderDelay", label: str_(UIStrings2.elementRenderDelay), duration: renderDelay.range / 1e3 }
      /* eslint-enable max-len */
    ];
    if (loadDelay === void 0) {
      items = items.filter((item) => item.subpart !== "resourceLoadDelay");
    }
    if (loadDuration === void 0) {
      items = items.filter((item) => item.subpart !== "resourceLoadDuration");
    }
    return Audit.makeTableDetails(headings, items);
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    return adaptInsightToAuditProduct(artifacts, context, "LCPBreakdown", (insight) => {
      if (!insight.subparts) {
        return;
      }
      return Audit.makeListDetails([
        _LCPBreakdownInsight.makeSubpartsTable(insight.subparts),
        makeNodeItemForNodeId(artifacts.TraceElements, insight.lcpEvent?.args.data?.nodeId)
      ].filter((table) => table !== void 0));
    });
  }
};
var lcp_breakdown_insight_default = LCPBreakdownInsight;
export {
  lcp_breakdown_insight_default as default
};
