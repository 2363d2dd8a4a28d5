import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  url_utils_default
} from "./chunk-GFHU54RB.js";
import "./chunk-234O27YG.js";
import {
  Audit
} from "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import {
  createIcuMessageFn
} from "./chunk-LKICZOEU.js";
import "./chunk-FQTCD4Y2.js";
import "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
import "./chunk-QX4LR4A3.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

// node_modules/lighthouse/core/audits/redirects-http.js
var UIStrings = {
  /** Title of a Lighthouse audit that provides detail on HTTP to HTTPS redirects. This descriptive title is shown to users when HTTP traffic is redirected to HTTPS. */
  title: "Redirects HTTP traffic to HTTPS",
  /** Title of a Lighthouse audit that provides detail on HTTP to HTTPS redirects. This descriptive title is shown to users when HTTP traffic is not redirected to HTTPS. */
  failureTitle: "Does not redirect HTTP traffic to HTTPS",
  /** Description of a Lighthouse audit that tells the user why they should direct HTTP traffic to HTTPS. This is displayed after a user expands the section to see more. No character length limits. 'Learn More' becomes link text to additional documentation. */
  description: "Make sure that you redirect all HTTP traffic to HTTPS in order to enable secure web features for all your users. [Learn more](https://developer.chrome.com/docs/lighthouse/pwa/redirects-http/)."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
var RedirectsHTTP = class extends Audit {
  static {
    __name(this, "RedirectsHTTP");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "redirects-http",
      title: str_(UIStrings.title),
      failureTitle: str_(UIStrings.failureTitle),
      description: str_(UIStrings.description),
      requiredArtifacts: ["URL"],
      supportedModes: ["navigation"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @return {LH.Audit.Product}
   */
  static audit(artifacts) {
    if (!artifacts.URL.requestedUrl) {
      throw new Error("Missing requestedUrl");
    }
    const requestedUrl = new URL(artifacts.URL.requestedUrl);
    const finalDisplayedUrl = new URL(artifacts.URL.finalDisplayedUrl);
    const startedInsecure = requestedUrl.protocol === "http:";
    const isLocalhost = url_utils_default.isLikeLocalhost(finalDisplayedUrl.hostname);
    if (!startedInsecure || isLocalhost) {
      return {
        score: null,
        notApplicable: true
      };
    }
    const endedSecure = finalDisplayedUrl.protocol === "https:";
    return {
      score: Number(endedSecure)
    };
  }
};
var redirects_http_default = RedirectsHTTP;
export {
  UIStrings,
  redirects_http_default as default
};
