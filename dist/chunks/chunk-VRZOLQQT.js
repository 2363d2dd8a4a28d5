import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import {
  createIcuMessageFn
} from "./chunk-ZXPRQ4W4.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/accessibility/axe-audit.js
var UIStrings = {
  /** Label of a table column that identifies HTML elements that have failed an audit. */
  failingElementsHeader: "Failing Elements"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
var AxeAudit = class extends Audit {
  static {
    __name(this, "AxeAudit");
  }
  /**
   * Base class for audit rules which reflect assessment performed by the aXe accessibility library
   * See https://github.com/dequelabs/axe-core/blob/6b444546cff492a62a70a74a8fc3c62bd4729400/doc/API.md#results-object for result type and format details
   *
   * @param {LH.Artifacts} artifacts Accessibility gatherer artifacts. Note that AxeAudit
   * expects the meta name for the class to match the rule id from aXe.
   * @return {LH.Audit.Product}
   */
  static audit(artifacts) {
    const notApplicables = artifacts.Accessibility.notApplicable || [];
    const isNotApplicable = notApplicables.find((result) => result.id === this.meta.id);
    if (isNotApplicable) {
      return {
        score: null,
        notApplicable: true
      };
    }
    const incomplete = artifacts.Accessibility.incomplete || [];
    const incompleteResult = incomplete.find((result) => result.id === this.meta.id);
    if (incompleteResult?.error) {
      return {
        score: null,
        errorMessage: `axe-core Error: ${incompleteResult.error.message || "Unknown error"}`
      };
    }
    const isInformative = this.meta.scoreDisplayMode === Audit.SCORING_MODES.INFORMATIVE;
    const violations = artifacts.Accessibility.violations || [];
    const failureCases = isInformative ? violations.concat(incomplete) : violations;
    const rule = failureCases.find((result) => result.id === this.meta.id);
    const impact = rule?.impact;
    const tags = rule?.tags;
    if (isInformative && !rule) {
      return {
        score: null,
        notApplicable: true
      };
    }
    let items = [];
    if (rule?.nodes) {
      items = rule.nodes.map((axeNode) => ({
        node: {
          ...Audit.makeNodeItem(axeNode.node),
          explanation: axeNode.failureSummary
        },
        subItems: axeNode.relatedNodes.length ? {
          type: "subitems",
          items: axeNode.relatedNodes.map((node) => ({ relatedNode: Audit.makeNodeItem(node) }))
        } : void 0
      }));
    }
    const headings = [
      /* eslint-disable max-len */
      { key: "node", valueType: "node", subItemsHeading: { key: "relatedNode", valueType: "node" }, label: str_(UIStrings.failingElementsHeader) }
      /* eslint-enable max-len */
    ];
    let debugData;
    if (impact || tags) {
      debugData = {
        type: "debugdata",
        impact,
        tags
      };
    }
    return {
      score: Number(rule === void 0),
      details: { ...Audit.makeTableDetails(headings, items), debugData }
    };
  }
};
var axe_audit_default = AxeAudit;

export {
  UIStrings,
  axe_audit_default
};
