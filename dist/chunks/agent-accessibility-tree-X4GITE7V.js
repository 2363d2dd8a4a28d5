import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
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

// node_modules/lighthouse/core/audits/agentic/agent-accessibility-tree.js
var UIStrings2 = {
  /** Title shown when all agent accessibility checks pass. */
  title: "Accessibility tree is well-formed",
  /** Title shown when one or more agent accessibility checks fail. */
  failureTitle: "Accessibility tree is not well-formed",
  /** Description of a Lighthouse audit that tells the user *why* they need a well-formed accessibility tree. */
  description: "A well-formed [accessibility tree](https://developer.chrome.com/docs/lighthouse/agentic-browsing/accessibility-for-agents) helps AI agents to navigate and interact with the page.",
  /** Label of a table column that identifies the accessibility rule that failed. */
  columnRule: "Failing Rule",
  /** Label of a table column that identifies the HTML element that failed the rule. */
  columnElement: "Failing Element",
  /** Title of the section containing failed accessibility checks. */
  failedSectionTitle: "Failed Audits",
  /** Message shown when all accessibility checks pass. */
  displayValuePassed: "All audits passed"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var TARGET_RULES = /* @__PURE__ */ new Set([
  "button-name",
  "input-button-name",
  "input-image-alt",
  "label",
  "link-name",
  "select-name",
  "document-title",
  "aria-allowed-attr",
  "aria-allowed-role",
  "aria-command-name",
  "aria-conditional-attr",
  "aria-dialog-name",
  "aria-hidden-body",
  "aria-hidden-focus",
  "aria-input-field-name",
  "aria-prohibited-attr",
  "aria-required-attr",
  "aria-required-children",
  "aria-required-parent",
  "aria-roles",
  "aria-text",
  "aria-toggle-field-name",
  "aria-tooltip-name",
  "aria-treeitem-name",
  "aria-valid-attr",
  "aria-valid-attr-value",
  "duplicate-id-aria",
  "definition-list",
  "table-duplicate-name",
  "tabindex",
  "autocomplete-valid",
  "presentation-role-conflict",
  "svg-img-alt"
]);
var AgentAccessibilityTree = class extends Audit {
  static {
    __name(this, "AgentAccessibilityTree");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "agent-accessibility-tree",
      title: str_(UIStrings2.title),
      failureTitle: str_(UIStrings2.failureTitle),
      description: str_(UIStrings2.description),
      requiredArtifacts: ["Accessibility"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @return {LH.Audit.Product}
   */
  static audit(artifacts) {
    const violations = artifacts.Accessibility && artifacts.Accessibility.violations || [];
    const failedRules = violations.filter((v) => TARGET_RULES.has(v.id));
    const headings = [
      { key: "description", valueType: "text", label: str_(UIStrings.columnDescription) },
      { key: "node", valueType: "node", label: str_(UIStrings2.columnElement) }
    ];
    const items = failedRules.map((rule) => ({
      description: rule.help || rule.description,
      node: rule.nodes?.[0] ? Audit.makeNodeItem(rule.nodes[0].node) : void 0
    }));
    const listItems = [];
    if (items.length > 0) {
      const table = Audit.makeTableDetails(headings, items);
      listItems.push(Audit.makeListDetailSectionItem(table, str_(UIStrings2.failedSectionTitle)));
    }
    return {
      score: Number(items.length === 0),
      details: listItems.length > 0 ? Audit.makeListDetails(listItems) : void 0,
      displayValue: items.length === 0 ? str_(UIStrings2.displayValuePassed) : void 0
    };
  }
};
var agent_accessibility_tree_default = AgentAccessibilityTree;
export {
  UIStrings2 as UIStrings,
  agent_accessibility_tree_default as default
};
