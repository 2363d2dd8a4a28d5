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
import "./chunk-5URQEILV.js";
import "./chunk-JJ7AI7FF.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-RPGCNC5P.js";
import "./chunk-OGF3ODRV.js";
import {
  UIStrings17 as UIStrings,
  summarizeByURL
} from "./chunk-M6BVBSCB.js";
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import {
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
