import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  resolveNodeIdToObjectId
} from "./chunk-AO62IJRW.js";
import {
  pageFunctions
} from "./chunk-TVOQPTBC.js";
import {
  base_gatherer_default
} from "./chunk-OJI7KLWC.js";
import "./chunk-5PV2OCCB.js";
import "./chunk-QX4LR4A3.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

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
