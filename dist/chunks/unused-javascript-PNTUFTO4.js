import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  ByteEfficiencyAudit
} from "./chunk-MDHST7JT.js";
import {
  UnusedJavascriptSummaryComputed
} from "./chunk-JG3K667K.js";
import {
  estimateCompressionRatioForContent
} from "./chunk-CIUOIH5Y.js";
import "./chunk-V4R3YH25.js";
import "./chunk-OFMTRQAO.js";
import "./chunk-UREHS7U6.js";
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
import "./chunk-M6BVBSCB.js";
import "./chunk-EE5QGFNO.js";
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

// node_modules/lighthouse/core/audits/byte-efficiency/unused-javascript.js
var UIStrings2 = {
  /** Imperative title of a Lighthouse audit that tells the user to reduce JavaScript that is never evaluated during page load. This is displayed in a list of audit titles that Lighthouse generates. */
  title: "Reduce unused JavaScript",
  /** Description of a Lighthouse audit that tells the user *why* they should reduce JavaScript that is never needed/evaluated by the browser. This is displayed after a user expands the section to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "Reduce unused JavaScript and defer loading scripts until they are required to decrease bytes consumed by network activity. [Learn how to reduce unused JavaScript](https://developer.chrome.com/docs/lighthouse/performance/unused-javascript/)."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var UNUSED_BYTES_IGNORE_THRESHOLD = 20 * 1024;
var UNUSED_BYTES_IGNORE_BUNDLE_SOURCE_THRESHOLD = 512;
function commonPrefix(strings) {
  if (!strings.length) {
    return "";
  }
  const maxWord = strings.reduce((a, b) => a > b ? a : b);
  let prefix = strings.reduce((a, b) => a > b ? b : a);
  while (!maxWord.startsWith(prefix)) {
    prefix = prefix.slice(0, -1);
  }
  return prefix;
}
__name(commonPrefix, "commonPrefix");
function trimCommonPrefix(string, commonPrefix2) {
  if (!commonPrefix2) return string;
  return string.startsWith(commonPrefix2) ? "\u2026" + string.slice(commonPrefix2.length) : string;
}
__name(trimCommonPrefix, "trimCommonPrefix");
var UnusedJavaScript = class extends ByteEfficiencyAudit {
  static {
    __name(this, "UnusedJavaScript");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "unused-javascript",
      title: str_(UIStrings2.title),
      description: str_(UIStrings2.description),
      scoreDisplayMode: ByteEfficiencyAudit.SCORING_MODES.METRIC_SAVINGS,
      guidanceLevel: 1,
      requiredArtifacts: [
        "JsUsage",
        "Scripts",
        "SourceMaps",
        "GatherContext",
        "DevtoolsLog",
        "Trace",
        "URL",
        "HostDPR"
      ]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {Array<LH.Artifacts.NetworkRequest>} networkRecords
   * @param {LH.Audit.Context} context
   * @return {Promise<import('./byte-efficiency-audit.js').ByteEfficiencyProduct>}
   */
  static async audit_(artifacts, networkRecords, context) {
    const bundles = await JSBundlesComputed.request(artifacts, context);
    const {
      unusedThreshold = UNUSED_BYTES_IGNORE_THRESHOLD,
      bundleSourceUnusedThreshold = UNUSED_BYTES_IGNORE_BUNDLE_SOURCE_THRESHOLD
    } = context.options || {};
    const compressionRatioByUrl = /* @__PURE__ */ new Map();
    const items = [];
    for (const [scriptId, scriptCoverage] of Object.entries(artifacts.JsUsage)) {
      const script = artifacts.Scripts.find((s) => s.scriptId === scriptId);
      if (!script) continue;
      const bundle = bundles.find((b) => b.script.scriptId === scriptId) ?? null;
      const unusedJsSummary = await UnusedJavascriptSummaryComputed.request({ scriptId, scriptCoverage, bundle }, context);
      if (unusedJsSummary.wastedBytes === 0 || unusedJsSummary.totalBytes === 0) continue;
      const compressionRatio = estimateCompressionRatioForContent(
        compressionRatioByUrl,
        script.url,
        artifacts,
        networkRecords
      );
      const item = {
        url: script.url,
        totalBytes: Math.round(compressionRatio * unusedJsSummary.totalBytes),
        wastedBytes: Math.round(compressionRatio * unusedJsSummary.wastedBytes),
        wastedPercent: unusedJsSummary.wastedPercent
      };
      if (item.wastedBytes <= unusedThreshold) continue;
      items.push(item);
      if (!bundle || "errorMessage" in bundle.sizes) continue;
      const sizes = bundle.sizes;
      if (unusedJsSummary.sourcesWastedBytes) {
        const topUnusedSourceSizes = Object.entries(unusedJsSummary.sourcesWastedBytes).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([source, unused]) => {
          const total = source === "(unmapped)" ? sizes.unmappedBytes : sizes.files[source];
          return {
            source,
            unused: Math.round(unused * compressionRatio),
            total: Math.round(total * compressionRatio)
          };
        }).filter((d) => d.unused >= bundleSourceUnusedThreshold);
        const commonSourcePrefix = commonPrefix(bundle.map.sourceURLs());
        item.subItems = {
          type: "subitems",
          items: topUnusedSourceSizes.map(({ source, unused, total }) => {
            return {
              source: trimCommonPrefix(source, commonSourcePrefix),
              sourceBytes: total,
              sourceWastedBytes: unused
            };
          })
        };
      }
    }
    return {
      items,
      headings: [
        /* eslint-disable max-len */
        { key: "url", valueType: "url", subItemsHeading: { key: "source", valueType: "code" }, label: str_(UIStrings.columnURL) },
        { key: "totalBytes", valueType: "bytes", subItemsHeading: { key: "sourceBytes" }, label: str_(UIStrings.columnTransferSize) },
        { key: "wastedBytes", valueType: "bytes", subItemsHeading: { key: "sourceWastedBytes" }, label: str_(UIStrings.columnWastedBytes) }
        /* eslint-enable max-len */
      ]
    };
  }
};
var unused_javascript_default = UnusedJavaScript;
export {
  UIStrings2 as UIStrings,
  unused_javascript_default as default
};
