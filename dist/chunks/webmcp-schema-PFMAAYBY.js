import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  resolveNodeIdToObjectId
} from "./chunk-BIBRBDXI.js";
import {
  pageFunctions
} from "./chunk-WVYO5LHX.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-WHNLLLG3.js";
import "./chunk-HQY6G4FK.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/webmcp-schema.js
var WebMcpSchemaIssues = class extends base_gatherer_default {
  static {
    __name(this, "WebMcpSchemaIssues");
  }
  /** @type {LH.Gatherer.GathererMeta} */
  meta = {
    supportedModes: ["navigation"]
  };
  constructor() {
    super();
    this._issues = [];
    this._onIssueAdded = this.onIssueAdded.bind(this);
  }
  /**
   * @param {Record<string, any>} event
   */
  onIssueAdded(event) {
    const issue = event.issue;
    if (!issue || issue.code !== "GenericIssue") return;
    const details = issue.details?.genericIssueDetails;
    if (!details) return;
    const errorType = details.errorType;
    if (errorType && (errorType === "FormModelContextMissingToolName" || errorType === "FormModelContextMissingToolDescription" || errorType === "FormModelContextRequiredParameterMissingName" || errorType === "FormModelContextParameterMissingTitleAndDescription" || errorType === "FormModelContextParameterMissingName")) {
      this._issues.push(details);
    }
  }
  /**
   * @param {LH.Gatherer.Context} passContext
   */
  async startInstrumentation(passContext) {
    const session = passContext.driver.defaultSession;
    session.on("Audits.issueAdded", this._onIssueAdded);
    await session.sendCommand("Audits.enable");
  }
  /**
   * @param {LH.Gatherer.Context} passContext
   */
  async stopInstrumentation(passContext) {
    const session = passContext.driver.defaultSession;
    session.off("Audits.issueAdded", this._onIssueAdded);
  }
  /**
   * @param {LH.Gatherer.Context} context
   * @return {Promise<LH.Artifacts.WebMcpSchemaIssue[]>}
   */
  async getArtifact(context) {
    const session = context.driver.defaultSession;
    const promises = this._issues.map(async (issue) => {
      const processedIssue = { ...issue };
      if (issue.violatingNodeId) {
        try {
          const objectId = await resolveNodeIdToObjectId(session, issue.violatingNodeId);
          if (objectId) {
            const nodeDetails = await context.driver.executionContext.evaluateOnObject(
              pageFunctions.getNodeDetails,
              {
                objectId,
                args: []
              }
            );
            if (nodeDetails) {
              processedIssue.nodeDetails = nodeDetails;
            }
          }
        } catch (err) {
        }
      }
      return processedIssue;
    });
    return Promise.all(promises);
  }
};
var webmcp_schema_default = WebMcpSchemaIssues;
export {
  webmcp_schema_default as default
};
