import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  cumulative_layout_shift_default
} from "./chunk-GHUVN76B.js";
import {
  trace_elements_default
} from "./chunk-LQQY62SJ.js";
import "./chunk-AO62IJRW.js";
import "./chunk-TVOQPTBC.js";
import "./chunk-FIAYD7XG.js";
import "./chunk-Q4OW4WES.js";
import "./chunk-YICVA74P.js";
import {
  TraceEngineResultComputed
} from "./chunk-XJYUVFMM.js";
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
import "./chunk-5BBHM7BZ.js";
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

// node_modules/lighthouse/core/audits/layout-shifts.js
var MAX_LAYOUT_SHIFTS = 15;
var UIStrings2 = {
  /** Descriptive title of a diagnostic audit that provides the top elements affected by layout shifts. */
  title: "Avoid large layout shifts",
  /** Description of a diagnostic audit that provides the top elements affected by layout shifts. "windowing" means the metric value is calculated using the subset of events in a small window of time during the run. "normalization" is a good substitute for "windowing". The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "These are the largest layout shifts observed on the page. Each table item represents a single layout shift, and shows the element that shifted the most. Below each item are possible root causes that led to the layout shift. Some of these layout shifts may not be included in the CLS metric value due to [windowing](https://web.dev/articles/cls#what_is_cls). [Learn how to improve CLS](https://web.dev/articles/optimize-cls)",
  /** Label for a column in a data table; entries in this column will be a number representing how large the layout shift was. */
  columnScore: "Layout shift score",
  /** A possible reason why that the layout shift occured. */
  rootCauseUnsizedMedia: "Media element lacking an explicit size",
  /** A possible reason why that the layout shift occured. */
  rootCauseFontChanges: "Web font loaded",
  /** A possible reason why that the layout shift occured. */
  rootCauseInjectedIframe: "Injected iframe",
  /** Label shown per-audit to show how many layout shifts are present. The `{# shifts found}` placeholder will be replaced with the number of layout shifts. */
  displayValueShiftsFound: `{shiftCount, plural, =1 {1 layout shift found} other {# layout shifts found}}`
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var LayoutShifts = class extends Audit {
  static {
    __name(this, "LayoutShifts");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "layout-shifts",
      title: str_(UIStrings2.title),
      description: str_(UIStrings2.description),
      scoreDisplayMode: Audit.SCORING_MODES.METRIC_SAVINGS,
      guidanceLevel: 2,
      requiredArtifacts: ["Trace", "TraceElements", "SourceMaps", "HostDPR"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const settings = context.settings;
    const trace = artifacts.Trace;
    const { SourceMaps, HostDPR } = artifacts;
    const traceEngineResult = await TraceEngineResultComputed.request({ trace, settings, SourceMaps, HostDPR }, context);
    const clusters = traceEngineResult.data.LayoutShifts.clusters ?? [];
    const { cumulativeLayoutShift: clsSavings, impactByNodeId } = await CumulativeLayoutShiftComputed.request(trace, context);
    const traceElements = artifacts.TraceElements.filter((element) => element.traceEventType === "layout-shift");
    const allRootCauses = {
      layoutShifts: /* @__PURE__ */ new Map()
    };
    for (const insightSet of traceEngineResult.insights.values()) {
      for (const [shift, reasons] of insightSet.model.CLSCulprits?.shifts ?? []) {
        allRootCauses.layoutShifts.set(shift, reasons);
      }
    }
    const items = [];
    const layoutShiftEvents = (
      /** @type {import('../lib/trace-engine.js').SaneSyntheticLayoutShift[]} */
      clusters.flatMap((c) => c.events).filter((e) => !!e.args.data)
    );
    const topLayoutShiftEvents = layoutShiftEvents.sort((a, b) => b.args.data.weighted_score_delta - a.args.data.weighted_score_delta).slice(0, MAX_LAYOUT_SHIFTS);
    for (const event of topLayoutShiftEvents) {
      const biggestImpactNodeId = trace_elements_default.getBiggestImpactNodeForShiftEvent(
        event.args.data.impacted_nodes || [],
        impactByNodeId
      );
      const biggestImpactElement = traceElements.find((t) => t.nodeId === biggestImpactNodeId);
      const rootCauses = allRootCauses.layoutShifts.get(event);
      const subItems = [];
      if (rootCauses) {
        for (const unsizedImage of rootCauses.unsizedImages) {
          const element = artifacts.TraceElements.find(
            (t) => t.traceEventType === "trace-engine" && t.nodeId === unsizedImage.backendNodeId
          );
          subItems.push({
            extra: element ? Audit.makeNodeItem(element.node) : void 0,
            cause: str_(UIStrings2.rootCauseUnsizedMedia)
          });
        }
        for (const request of rootCauses.webFonts) {
          const url = request.args.data.url;
          subItems.push({
            extra: { type: "url", value: url },
            cause: str_(UIStrings2.rootCauseFontChanges)
          });
        }
        for (const iframe of rootCauses.iframes) {
          subItems.push({
            extra: iframe.url ? { type: "url", value: iframe.url } : void 0,
            cause: str_(UIStrings2.rootCauseInjectedIframe)
          });
        }
      }
      items.push({
        node: biggestImpactElement ? Audit.makeNodeItem(biggestImpactElement.node) : void 0,
        score: event.args.data.weighted_score_delta,
        subItems: subItems.length ? { type: "subitems", items: subItems } : void 0
      });
    }
    const headings = [
      /* eslint-disable max-len */
      { key: "node", valueType: "node", subItemsHeading: { key: "extra" }, label: str_(UIStrings.columnElement) },
      { key: "score", valueType: "numeric", subItemsHeading: { key: "cause", valueType: "text" }, granularity: 1e-3, label: str_(UIStrings2.columnScore) }
      /* eslint-enable max-len */
    ];
    const details = Audit.makeTableDetails(headings, items);
    let displayValue;
    if (items.length > 0) {
      displayValue = str_(
        UIStrings2.displayValueShiftsFound,
        { shiftCount: items.length }
      );
    }
    const passed = clsSavings <= cumulative_layout_shift_default.defaultOptions.p10;
    return {
      score: passed ? 1 : 0,
      scoreDisplayMode: passed ? Audit.SCORING_MODES.INFORMATIVE : void 0,
      metricSavings: {
        CLS: clsSavings
      },
      notApplicable: details.items.length === 0,
      displayValue,
      details
    };
  }
};
var layout_shifts_default = LayoutShifts;
export {
  UIStrings2 as UIStrings,
  layout_shifts_default as default
};
