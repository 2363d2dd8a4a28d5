import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  url_utils_default
} from "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
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
