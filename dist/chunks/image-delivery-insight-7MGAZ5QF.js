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
  TraceEngineResultComputed
} from "./chunk-XJYUVFMM.js";
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
  UIStrings8 as UIStrings2,
  getOptimizationMessage
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

// node_modules/lighthouse/core/audits/insights/image-delivery-insight.js
var str_ = createIcuMessageFn("node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js", UIStrings2);
var getOptimizationMessage2 = TraceEngineResultComputed.localizeFunction(str_, getOptimizationMessage);
var ImageDeliveryInsight = class extends Audit {
  static {
    __name(this, "ImageDeliveryInsight");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "image-delivery-insight",
      title: str_(UIStrings2.title),
      failureTitle: str_(UIStrings2.title),
      description: str_(UIStrings2.description),
      guidanceLevel: 3,
      requiredArtifacts: ["Trace", "TraceElements", "SourceMaps", "HostDPR"],
      replacesAudits: [
        "modern-image-formats",
        "uses-optimized-images",
        "efficient-animated-content",
        "uses-responsive-images"
      ]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    return adaptInsightToAuditProduct(artifacts, context, "ImageDelivery", (insight) => {
      const headings = [
        /* eslint-disable max-len */
        { key: "node", valueType: "node", label: "" },
        { key: "url", valueType: "url", label: str_(UIStrings.columnURL), subItemsHeading: { key: "reason", valueType: "text" } },
        { key: "totalBytes", valueType: "bytes", label: str_(UIStrings.columnResourceSize) },
        { key: "wastedBytes", valueType: "bytes", label: str_(UIStrings.columnWastedBytes), subItemsHeading: { key: "wastedBytes", valueType: "bytes" } }
        /* eslint-enable max-len */
      ];
      const items = insight.optimizableImages.map((image) => ({
        node: makeNodeItemForNodeId(artifacts.TraceElements, image.largestImagePaint.args.data.nodeId),
        url: image.request.args.data.url,
        totalBytes: image.request.args.data.decodedBodyLength,
        wastedBytes: image.byteSavings,
        subItems: {
          type: (
            /** @type {const} */
            "subitems"
          ),
          items: image.optimizations.map((optimization) => ({
            reason: getOptimizationMessage2(optimization),
            wastedBytes: optimization.byteSavings
          }))
        }
      }));
      return Audit.makeTableDetails(headings, items);
    });
  }
};
var image_delivery_insight_default = ImageDeliveryInsight;
export {
  image_delivery_insight_default as default
};
