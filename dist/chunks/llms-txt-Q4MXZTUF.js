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

// node_modules/lighthouse/core/audits/agentic/llms-txt.js
var HTTP_CLIENT_ERROR_CODE_LOW = 400;
var HTTP_SERVER_ERROR_CODE_LOW = 500;
var UIStrings = {
  /** Title of a Lighthouse audit that provides detail on the site's llms.txt file. Note: "llms.txt" is a canonical filename and should not be translated. This descriptive title is shown when the llms.txt file follows community recommendations. */
  title: "llms.txt follows recommendations",
  /** Title of a Lighthouse audit that provides detail on the site's llms.txt file. Note: "llms.txt" is a canonical filename and should not be translated. This descriptive title is shown when the llms.txt file does not follow community recommendations. */
  failureTitle: "llms.txt does not follow recommendations",
  /** Description of a Lighthouse audit that tells the user *why* they should have an llms.txt file. Note: "llms.txt" is a canonical filename and should not be translated. This is displayed after a user expands the section to see more. No character length limits. */
  description: "If your llms.txt file does not follow recommendations, large language models may not be able to understand how you want your website to be crawled or used for training. The [llms.txt](https://llmstxt.org/) file should be a Markdown file containing at least one H1 header. [Learn more about the llms.txt audit](https://developer.chrome.com/docs/lighthouse/agentic-browsing/llms-txt).",
  /**
   * @description Label for the audit identifying that the request failed with a specific HTTP status code.
   * @example {500} statusCode
   * */
  displayValueHttpBadCode: "Failed with HTTP status {statusCode}",
  /**
   * @description Explanatory message stating that there was a failure in an audit caused by Lighthouse not being able to download the llms.txt file for the site.  Note: "llms.txt" is a canonical filename and should not be translated.
   * @example {Timed out fetching resource} error
   * */
  explanationWithError: "Fetch of llms.txt failed: {error}",
  /** Explanatory message stating that there was a failure in an audit caused by Lighthouse not being able to download the llms.txt file for the site.  Note: "llms.txt" is a canonical filename and should not be translated. */
  explanation: "Fetch of llms.txt failed",
  /** Message indicating that the file is missing a required H1 header. */
  missingH1: 'File is missing a required H1 header (e.g., "# Title").',
  /** Message indicating that the file is suspiciously short. */
  tooShort: "File is suspiciously short.",
  /** Message indicating that the file is missing links. */
  missingLinks: "File does not appear to contain any links."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
var LlmsTxt = class extends Audit {
  static {
    __name(this, "LlmsTxt");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "llms-txt",
      title: str_(UIStrings.title),
      failureTitle: str_(UIStrings.failureTitle),
      description: str_(UIStrings.description),
      requiredArtifacts: ["LlmsTxt"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @return {LH.Audit.Product}
   */
  static audit(artifacts) {
    const {
      status,
      content,
      errorMessage
    } = artifacts.LlmsTxt;
    if (errorMessage) {
      return {
        score: 0,
        explanation: str_(UIStrings.explanationWithError, { error: errorMessage })
      };
    }
    if (!status) {
      return {
        score: 0,
        explanation: str_(UIStrings.explanation)
      };
    }
    if (status >= HTTP_SERVER_ERROR_CODE_LOW) {
      return {
        score: 0,
        displayValue: str_(UIStrings.displayValueHttpBadCode, { statusCode: status })
      };
    } else if (status >= HTTP_CLIENT_ERROR_CODE_LOW) {
      return {
        score: 1,
        notApplicable: true
      };
    }
    if (content === null) {
      throw new Error(`Status ${status} was valid, but content was null`);
    }
    const hasH1 = /^\s*#\s+.+/m.test(content);
    const hasLink = /\[.+\]\(.+\)/.test(content);
    const isTooShort = content.length < 50;
    const errors = [];
    if (!hasH1) errors.push(str_(UIStrings.missingH1));
    if (!hasLink) errors.push(str_(UIStrings.missingLinks));
    if (isTooShort) errors.push(str_(UIStrings.tooShort));
    const headings = [
      { key: "message", valueType: "text", label: "Error" }
    ];
    const details = Audit.makeTableDetails(headings, errors.map((m) => ({ message: m })));
    return {
      score: Number(errors.length === 0),
      details: errors.length ? details : void 0
    };
  }
};
var llms_txt_default = LlmsTxt;
export {
  UIStrings,
  llms_txt_default as default
};
