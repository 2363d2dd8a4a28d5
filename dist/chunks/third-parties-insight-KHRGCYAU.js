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
import "./chunk-3KFQCHM4.js";
import "./chunk-YWRXZ2DQ.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-BQGYKYRY.js";
import "./chunk-3KM644WB.js";
import {
  UIStrings17 as UIStrings,
  summarizeByURL
} from "./chunk-5BBHM7BZ.js";
import {
  Audit
} from "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import {
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

// node_modules/lighthouse/core/audits/insights/third-parties-insight.js
var str_ = createIcuMessageFn("node_modules/@paulirish/trace_engine/models/trace/insights/ThirdParties.js", UIStrings);
var ThirdPartiesInsight = class _ThirdPartiesInsight extends Audit {
  static {
    __name(this, "ThirdPartiesInsight");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "third-parties-insight",
      title: str_(UIStrings.title),
      failureTitle: str_(UIStrings.title),
      description: str_(UIStrings.description),
      guidanceLevel: 3,
      requiredArtifacts: ["Trace", "TraceElements", "SourceMaps", "HostDPR"],
      replacesAudits: ["third-party-summary"]
    };
  }
  /**
   * @param {LH.Artifacts.Entity} entity
   * @param {import('@paulirish/trace_engine/models/trace/extras/ThirdParties.js').URLSummary[]} urlSummaries
   * @return {URLSummary[]}
   */
  static makeSubItems(entity, urlSummaries) {
    urlSummaries = urlSummaries.filter((s) => s.entity === entity);
    return urlSummaries.filter((s) => s.entity === entity).map((s) => ({
      url: s.url,
      mainThreadTime: s.mainThreadTime,
      transferSize: s.transferSize
    })).sort((a, b) => b.mainThreadTime - a.mainThreadTime || b.transferSize - a.transferSize);
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    return adaptInsightToAuditProduct(artifacts, context, "ThirdParties", (insight, extras) => {
      const urlSummaries = summarizeByURL(extras.data, extras.insights.bounds);
      const thirdPartySummaries = insight.entitySummaries.filter((summary) => summary.entity !== insight.firstPartyEntity || null).sort((a, b) => b.mainThreadTime - a.mainThreadTime);
      const headings = [
        /* eslint-disable max-len */
        { key: "entity", valueType: "text", label: str_(UIStrings.columnThirdParty), subItemsHeading: { key: "url", valueType: "url" } },
        { key: "transferSize", granularity: 1, valueType: "bytes", label: str_(UIStrings.columnTransferSize), subItemsHeading: { key: "transferSize" } },
        { key: "mainThreadTime", granularity: 1, valueType: "ms", label: str_(UIStrings.columnMainThreadTime), subItemsHeading: { key: "mainThreadTime" } }
        /* eslint-enable max-len */
      ];
      const items = thirdPartySummaries.map((summary) => {
        return {
          entity: summary.entity.name,
          mainThreadTime: summary.mainThreadTime,
          transferSize: summary.transferSize,
          subItems: {
            type: (
              /** @type {const} */
              "subitems"
            ),
            items: _ThirdPartiesInsight.makeSubItems(summary.entity, urlSummaries)
          }
        };
      });
      return Audit.makeTableDetails(headings, items, { isEntityGrouped: true });
    });
  }
};
var third_parties_insight_default = ThirdPartiesInsight;
export {
  third_parties_insight_default as default
};
