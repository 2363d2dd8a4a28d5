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
import {
  trace_elements_default
} from "./chunk-LQQY62SJ.js";
import "./chunk-AO62IJRW.js";
import "./chunk-TVOQPTBC.js";
import "./chunk-FIAYD7XG.js";
import "./chunk-Q4OW4WES.js";
import "./chunk-YICVA74P.js";
import "./chunk-XJYUVFMM.js";
import {
  CumulativeLayoutShiftComputed
} from "./chunk-6LDEO2DW.js";
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
import "./chunk-ZQGRGFL6.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-BQGYKYRY.js";
import "./chunk-3KM644WB.js";
import {
  UIStrings2
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

// node_modules/lighthouse/core/audits/insights/cls-culprits-insight.js
var MAX_LAYOUT_SHIFTS_PER_CLUSTER = 5;
var insightStr_ = createIcuMessageFn("node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js", UIStrings2);
var UIStrings3 = {
  /** Label for a column in a data table; entries in this column will be a number representing how large the layout shift was. */
  columnScore: "Layout shift score"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings3);
var CLSCulpritsInsight = class extends Audit {
  static {
    __name(this, "CLSCulpritsInsight");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "cls-culprits-insight",
      title: insightStr_(UIStrings2.title),
      failureTitle: insightStr_(UIStrings2.title),
      description: insightStr_(UIStrings2.description),
      guidanceLevel: 3,
      requiredArtifacts: ["Trace", "TraceElements", "SourceMaps", "HostDPR"],
      replacesAudits: ["layout-shifts"]
    };
  }
  /**
   * @param {import('@paulirish/trace_engine/models/trace/insights/CLSCulprits.js').CLSCulpritsInsightModel} insight
   * @param {import('../../lib/trace-engine.js').SaneSyntheticLayoutShift} event
   * @param {LH.Artifacts.TraceElement[]} TraceElements
   * @return {LH.Audit.Details.TableSubItems|undefined}
   */
  static getCulpritSubItems(insight, event, TraceElements) {
    const culprits = insight.shifts.get(event);
    if (!culprits) {
      return;
    }
    const subItems = [];
    for (const unsizedImage of culprits.unsizedImages) {
      subItems.push({
        extra: makeNodeItemForNodeId(TraceElements, unsizedImage.backendNodeId),
        cause: insightStr_(UIStrings2.unsizedImage)
      });
    }
    for (const request of culprits.webFonts) {
      const url = request.args.data.url;
      subItems.push({
        extra: { type: "url", value: url },
        cause: insightStr_(UIStrings2.webFont)
      });
    }
    for (const iframe of culprits.iframes) {
      subItems.push({
        extra: iframe.url ? { type: "url", value: iframe.url } : void 0,
        cause: insightStr_(UIStrings2.injectedIframe)
      });
    }
    if (subItems.length) {
      return { type: "subitems", items: subItems };
    }
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    return adaptInsightToAuditProduct(artifacts, context, "CLSCulprits", (insight) => {
      const headings = [
        /* eslint-disable max-len */
        { key: "node", valueType: "node", subItemsHeading: { key: "extra" }, label: insightStr_(UIStrings.columnElement) },
        { key: "score", valueType: "numeric", subItemsHeading: { key: "cause", valueType: "text" }, granularity: 1e-3, label: str_(UIStrings3.columnScore) }
        /* eslint-enable max-len */
      ];
      const tables = insight.clusters.map((cluster) => {
        const events = (
          /** @type {import('../../lib/trace-engine.js').SaneSyntheticLayoutShift[]} */
          cluster.events.filter((e) => !!e.args.data).sort((a, b) => b.args.data.weighted_score_delta - a.args.data.weighted_score_delta).slice(0, MAX_LAYOUT_SHIFTS_PER_CLUSTER)
        );
        const impactByNodeId = CumulativeLayoutShiftComputed.getImpactByNodeId(events.map((e) => ({
          impactedNodes: e.args.data.impacted_nodes,
          ts: e.ts,
          isMainFrame: e.args.data.is_main_frame,
          weightedScore: e.args.data.weighted_score_delta,
          event: (
            /** @type {any} */
            e
          )
        })));
        const items = events.map((event) => {
          const biggestImpactNodeId = trace_elements_default.getBiggestImpactNodeForShiftEvent(
            event.args.data.impacted_nodes || [],
            impactByNodeId
          );
          return {
            node: makeNodeItemForNodeId(artifacts.TraceElements, biggestImpactNodeId),
            score: event.args.data?.weighted_score_delta,
            subItems: this.getCulpritSubItems(insight, event, artifacts.TraceElements)
          };
        });
        items.unshift({
          node: { type: "text", value: insightStr_(UIStrings.total) },
          score: cluster.clusterCumulativeScore
        });
        return Audit.makeTableDetails(headings, items);
      });
      return Audit.makeListDetails(tables);
    });
  }
};
var cls_culprits_insight_default = CLSCulpritsInsight;
export {
  UIStrings3 as UIStrings,
  cls_culprits_insight_default as default
};
