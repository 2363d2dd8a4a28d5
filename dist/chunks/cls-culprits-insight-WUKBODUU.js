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
import {
  trace_elements_default
} from "./chunk-UTYMK77P.js";
import "./chunk-BIBRBDXI.js";
import "./chunk-WVYO5LHX.js";
import "./chunk-QFBQQCZZ.js";
import "./chunk-XWZYFM54.js";
import "./chunk-FGI5HY46.js";
import "./chunk-EXEOABRE.js";
import {
  CumulativeLayoutShiftComputed
} from "./chunk-XR4JOZX6.js";
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
import "./chunk-KNPVPF4J.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-RPGCNC5P.js";
import "./chunk-OGF3ODRV.js";
import {
  UIStrings2
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
