import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  adaptInsightToAuditProduct,
  makeNodeItemForNodeId
} from "./chunk-J4L6AU7X.js";
import "./chunk-XJYUVFMM.js";
import "./chunk-6LDEO2DW.js";
import "./chunk-ZDTZO4FP.js";
import "./chunk-6K4RRHRO.js";
import "./chunk-P6RRBHLG.js";
import "./chunk-C6Y33VRW.js";
import "./chunk-SYESP6GA.js";
import "./chunk-GFHU54RB.js";
import "./chunk-3KFQCHM4.js";
import "./chunk-YWRXZ2DQ.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-BQGYKYRY.js";
import "./chunk-3KM644WB.js";
import {
  UIStrings10 as UIStrings2
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
