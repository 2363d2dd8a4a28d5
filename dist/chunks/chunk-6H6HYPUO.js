import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  NetworkRecordsComputed
} from "./chunk-TLUPT47U.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import {
  core_exports
} from "./chunk-M6BVBSCB.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/computed/main-resource.js
var MainResource = class {
  static {
    __name(this, "MainResource");
  }
  /**
   * @param {{URL: LH.Artifacts['URL'], devtoolsLog: LH.DevtoolsLog}} data
   * @param {LH.Artifacts.ComputedContext} context
   * @return {Promise<LH.Artifacts.NetworkRequest>}
   */
  static async compute_(data, context) {
    const { mainDocumentUrl } = data.URL;
    if (!mainDocumentUrl) throw new Error("mainDocumentUrl must exist to get the main resource");
    const records = await NetworkRecordsComputed.request(data.devtoolsLog, context);
    const mainResource = core_exports.NetworkAnalyzer.findLastDocumentForUrl(
      records,
      mainDocumentUrl
    );
    if (!mainResource) {
      throw new Error("Unable to identify the main resource");
    }
    return mainResource;
  }
};
var MainResourceComputed = makeComputedArtifact(MainResource, ["URL", "devtoolsLog"]);

export {
  MainResourceComputed
};
