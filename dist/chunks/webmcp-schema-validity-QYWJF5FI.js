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

// node_modules/lighthouse/core/audits/webmcp-schema-validity.js
var UIStrings = {
  /** Title of a Lighthouse audit that evaluates WebMCP schema validity. This descriptive title is shown to users when there are no schema validity issues. "WebMCP" stands for "Web Model Context Protocol" and should not be translated. */
  title: "WebMCP schemas are valid",
  /** Title of a Lighthouse audit that provides detail on WebMCP schema validity. This descriptive title is shown to users when there are schema validity issues. "WebMCP" stands for "Web Model Context Protocol" and should not be translated. */
  failureTitle: "WebMCP schemas are invalid",
  /** Description of a Lighthouse audit that tells the user why they should ensure WebMCP schemas are valid. This is displayed after a user expands the section to see more. No character length limits. "WebMCP" stands for "Web Model Context Protocol" and should not be translated. */
  description: "Valid [WebMCP schemas](https://developer.chrome.com/docs/ai/webmcp) are required for AI agents to understand and interact with tools correctly. Please fix any errors or warnings reported by the browser.",
  /** Header of the table column which displays the element. */
  columnElement: "Element",
  /** Header of the table column which displays the issue. */
  columnIssue: "Issue",
  /** Descriptive reason for why a form fails WebMCP validation due to missing `toolname` attribute. */
  missingToolName: "Form level `toolname` attribute is missing. Add it to define the tool name.",
  /** Descriptive reason for why a form fails WebMCP validation due to missing `tooldescription` attribute. */
  missingToolDescription: "Form level `tooldescription` attribute is missing. Add it to describe the tool for AI agents.",
  /** Descriptive reason for why a form field fails WebMCP validation due to missing `name` attribute for a required field. */
  missingRequiredParamName: "Missing `name` attribute for a required field. Add it to define the parameter name.",
  /** Descriptive reason for why a form field fails WebMCP validation due to missing `name` attribute for an optional field. */
  missingOptionalParamName: "Missing `name` attribute for an optional field. Add it to define the parameter name.",
  /** Descriptive reason for why a form field fails WebMCP validation due to missing description. */
  missingParamDescription: "Add a description to make this form more accessible for AI agents."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
var WebMcpSchemaValidity = class extends Audit {
  static {
    __name(this, "WebMcpSchemaValidity");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "webmcp-schema-validity",
      title: str_(UIStrings.title),
      failureTitle: str_(UIStrings.failureTitle),
      description: str_(UIStrings.description),
      requiredArtifacts: ["WebMCP", "WebMcpSchemaIssues"],
      supportedModes: ["navigation"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts) {
    if (!artifacts.WebMCP.isSupported) {
      return {
        notApplicable: true,
        score: 1
      };
    }
    const Severity = {
      ERROR: 1,
      WARNING: 2
    };
    const issueConfigs = {
      "FormModelContextMissingToolName": {
        severity: Severity.ERROR,
        description: str_(UIStrings.missingToolName)
      },
      "FormModelContextMissingToolDescription": {
        severity: Severity.ERROR,
        description: str_(UIStrings.missingToolDescription)
      },
      "FormModelContextRequiredParameterMissingName": {
        severity: Severity.ERROR,
        description: str_(UIStrings.missingRequiredParamName)
      },
      "FormModelContextParameterMissingTitleAndDescription": {
        severity: Severity.WARNING,
        description: str_(UIStrings.missingParamDescription)
      },
      "FormModelContextParameterMissingName": {
        severity: Severity.WARNING,
        description: str_(UIStrings.missingOptionalParamName)
      }
    };
    const rawIssues = artifacts.WebMcpSchemaIssues;
    const uniqueIssues = [
      ...new Map(
        rawIssues.map((issue) => [`${issue.violatingNodeId}_${issue.errorType}`, issue])
      ).values()
    ];
    const sortedUniqueIssues = uniqueIssues.sort((a, b) => {
      return (issueConfigs[a.errorType]?.severity || Severity.ERROR) - (issueConfigs[b.errorType]?.severity || Severity.ERROR);
    });
    const items = sortedUniqueIssues.map((issue) => {
      return {
        element: issue.nodeDetails ? Audit.makeNodeItem(issue.nodeDetails) : void 0,
        issue: issueConfigs[issue.errorType]?.description || ""
      };
    });
    const headings = [
      { key: "element", valueType: "node", label: str_(UIStrings.columnElement) },
      { key: "issue", valueType: "text", label: str_(UIStrings.columnIssue) }
    ];
    const details = Audit.makeTableDetails(headings, items);
    const hasErrors = sortedUniqueIssues.some((issue) => issueConfigs[issue.errorType]?.severity === Severity.ERROR);
    if ((artifacts.WebMCP.tools?.length || 0) === 0 && rawIssues.length === 0) {
      return {
        notApplicable: true,
        score: 1
      };
    }
    return {
      score: hasErrors ? 0 : items.length > 0 ? 0.5 : 1,
      details: items.length > 0 ? details : void 0
    };
  }
};
var webmcp_schema_validity_default = WebMcpSchemaValidity;
export {
  UIStrings,
  webmcp_schema_validity_default as default
};
