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

// node_modules/lighthouse/core/audits/webmcp-form-coverage.js
var UIStrings = {
  /** Title of a Lighthouse audit that lists forms found in the page for WebMCP coverage. "WebMCP" stands for "Web Model Context Protocol" and should not be translated. */
  title: "WebMCP form coverage",
  /** Description of a Lighthouse audit that lists forms found in the page and indicates whether they have WebMCP declarative tool annotations. This is displayed after a user expands the section to see more. No character length limits. "WebMCP" stands for "Web Model Context Protocol" and should not be translated. */
  description: "Consider adding [WebMCP](https://developer.chrome.com/docs/ai/webmcp) annotations to the forms listed below. This helps AI agents identify and interact with these forms more reliably.",
  /** [ICU Syntax] Label for the audit identifying the number of forms missing annotations. "WebMCP" stands for "Web Model Context Protocol" and should not be translated. */
  displayValue: `{itemCount, plural,
    =1 {1 form missing annotations}
    other {# forms missing annotations}
    }`,
  /** Label for a column in a data table; entries will be the form element found on the page. */
  columnForm: "Form"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
var WebMcpFormCoverage = class extends Audit {
  static {
    __name(this, "WebMcpFormCoverage");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "webmcp-form-coverage",
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      title: str_(UIStrings.title),
      description: str_(UIStrings.description),
      requiredArtifacts: ["Inputs", "WebMCP"],
      supportedModes: ["navigation"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @return {LH.Audit.Product}
   */
  static audit(artifacts) {
    const forms = artifacts.Inputs.forms;
    if (forms.length === 0 || !artifacts.WebMCP.isSupported) {
      return {
        notApplicable: true,
        score: 1
      };
    }
    const withoutTools = [];
    for (const form of forms) {
      const hasToolName = !!form.webMcpToolname;
      const hasToolDescription = !!form.webMcpTooldescription;
      if (!hasToolName && !hasToolDescription) {
        withoutTools.push({
          node: Audit.makeNodeItem(form.node)
        });
      }
    }
    if (withoutTools.length === 0) {
      return {
        score: 1,
        scoreDisplayMode: Audit.SCORING_MODES.BINARY
      };
    }
    const headings = [
      { key: "node", valueType: "node", label: str_(UIStrings.columnForm) }
    ];
    const details = Audit.makeTableDetails(headings, withoutTools);
    return {
      score: 1,
      displayValue: str_(UIStrings.displayValue, { itemCount: withoutTools.length }),
      details
    };
  }
};
var webmcp_form_coverage_default = WebMcpFormCoverage;
export {
  UIStrings,
  webmcp_form_coverage_default as default
};
