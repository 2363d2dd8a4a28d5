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
  MainResourceComputed
} from "./chunk-MNPB7OV4.js";
import {
  NetworkRequest
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

// node_modules/lighthouse/core/gather/driver/network.js
async function fetchResponseBodyFromCache(session, requestId, timeout = 1e3) {
  requestId = NetworkRequest.getRequestIdForBackend(requestId);
  session.setNextProtocolTimeout(timeout);
  const result = await session.sendCommand("Network.getResponseBody", { requestId });
  return result.body;
}
__name(fetchResponseBodyFromCache, "fetchResponseBodyFromCache");

// node_modules/lighthouse/core/gather/gatherers/main-document-content.js
var MainDocumentContent = class extends base_gatherer_default {
  static {
    __name(this, "MainDocumentContent");
  }
  /** @type {LH.Gatherer.GathererMeta<'DevtoolsLog'>} */
  meta = {
    supportedModes: ["navigation"],
    dependencies: { DevtoolsLog: devtools_log_default.symbol }
  };
  /**
   * @param {LH.Gatherer.Context<'DevtoolsLog'>} context
   * @return {Promise<LH.Artifacts['MainDocumentContent']>}
   */
  async getArtifact(context) {
    const devtoolsLog = context.dependencies.DevtoolsLog;
    const mainResource = await MainResourceComputed.request({ devtoolsLog, URL: context.baseArtifacts.URL }, context);
    const session = context.driver.defaultSession;
    return fetchResponseBodyFromCache(session, mainResource.requestId);
  }
};
var main_document_content_default = MainDocumentContent;
export {
  main_document_content_default as default
};
