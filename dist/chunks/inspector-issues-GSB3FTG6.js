import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  devtools_log_default
} from "./chunk-BJVQ5QQN.js";
import {
  NetworkRecordsComputed
} from "./chunk-SYESP6GA.js";
import "./chunk-GFHU54RB.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
import {
  base_gatherer_default
} from "./chunk-OJI7KLWC.js";
import "./chunk-5BBHM7BZ.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import "./chunk-LKICZOEU.js";
import "./chunk-FQTCD4Y2.js";
import "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
import "./chunk-QX4LR4A3.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

// node_modules/lighthouse/core/gather/gatherers/inspector-issues.js
var InspectorIssues = class extends base_gatherer_default {
  static {
    __name(this, "InspectorIssues");
  }
  /** @type {LH.Gatherer.GathererMeta<'DevtoolsLog'>} */
  meta = {
    supportedModes: ["timespan", "navigation"],
    dependencies: { DevtoolsLog: devtools_log_default.symbol }
  };
  constructor() {
    super();
    this._issues = [];
    this._onIssueAdded = this.onIssueAdded.bind(this);
  }
  /**
   * @param {LH.Crdp.Audits.IssueAddedEvent} entry
   */
  onIssueAdded(entry) {
    this._issues.push(entry.issue);
  }
  /**
   * @param {LH.Gatherer.Context} context
   */
  async startInstrumentation(context) {
    const session = context.driver.defaultSession;
    session.on("Audits.issueAdded", this._onIssueAdded);
    await session.sendCommand("Audits.enable");
  }
  /**
   * @param {LH.Gatherer.Context} context
   */
  async stopInstrumentation(context) {
    const session = context.driver.defaultSession;
    session.off("Audits.issueAdded", this._onIssueAdded);
    await session.sendCommand("Audits.disable");
  }
  /**
   * @param {LH.Gatherer.Context<'DevtoolsLog'>} context
   * @return {Promise<LH.Artifacts.InspectorIssues>}
   */
  async getArtifact(context) {
    const devtoolsLog = context.dependencies.DevtoolsLog;
    const networkRecords = await NetworkRecordsComputed.request(devtoolsLog, context);
    const artifact = {};
    for (const issue of this._issues) {
      const detailsKey = (
        /** @type {keyof LH.Crdp.Audits.InspectorIssueDetails} */
        Object.keys(issue.details)[0]
      );
      const details = issue.details[detailsKey];
      if (!details) {
        continue;
      }
      const artifactKey = (
        /** @type {LH.Artifacts.InspectorIssuesKeyToArtifactKey<typeof detailsKey>} */
        detailsKey.replace("Details", "")
      );
      const requestId = "request" in details && details.request && details.request.requestId;
      if (requestId) {
        if (networkRecords.find((req) => req.requestId === requestId)) {
          if (!artifact[artifactKey]) {
            artifact[artifactKey] = [];
          }
          artifact[artifactKey].push(details);
        }
      } else {
        if (!artifact[artifactKey]) {
          artifact[artifactKey] = [];
        }
        artifact[artifactKey].push(details);
      }
    }
    return artifact;
  }
};
var inspector_issues_default = InspectorIssues;
export {
  inspector_issues_default as default
};
