import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  ProcessedTraceComputed
} from "./chunk-OKU7VGNV.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-JJ7AI7FF.js";
import "./chunk-UYWBNZ7J.js";
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

// node_modules/lighthouse/core/audits/dobetterweb/doctype.js
var UIStrings = {
  /** Title of a Lighthouse audit that provides detail on the doctype of a page. This descriptive title is shown to users when the pages's doctype is set to HTML. */
  title: "Page has the HTML doctype",
  /** Title of a Lighthouse audit that provides detail on the doctype of a page. This descriptive title is shown to users when the page's doctype is not set to HTML. */
  failureTitle: "Page lacks the HTML doctype, thus triggering quirks-mode",
  /** Description of a Lighthouse audit that tells the user why they should define an HTML doctype. This is displayed after a user expands the section to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "Specifying a doctype prevents the browser from switching to quirks-mode. [Learn more about the doctype declaration](https://developer.chrome.com/docs/lighthouse/best-practices/doctype/).",
  /** Explanatory message stating that the document has no doctype. */
  explanationNoDoctype: "Document must contain a doctype",
  /** Explanatory message stating that the document has wrong doctype that triggers `quirks-mode` */
  explanationWrongDoctype: "Document contains a `doctype` that triggers `quirks-mode`",
  /** Explanatory message stating that the document has wrong doctype that triggers `limited-quirks-mode` */
  explanationLimitedQuirks: "Document contains a `doctype` that triggers `limited-quirks-mode`",
  /** Explanatory message stating that the publicId field is not empty. */
  explanationPublicId: "Expected publicId to be an empty string",
  /** Explanatory message stating that the systemId field is not empty. */
  explanationSystemId: "Expected systemId to be an empty string",
  /** Explanatory message stating that the doctype is set, but is not "html" and is therefore invalid. */
  explanationBadDoctype: "Doctype name must be the string `html`"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
var Doctype = class extends Audit {
  static {
    __name(this, "Doctype");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "doctype",
      title: str_(UIStrings.title),
      failureTitle: str_(UIStrings.failureTitle),
      description: str_(UIStrings.description),
      requiredArtifacts: ["Doctype"],
      __internalOptionalArtifacts: ["InspectorIssues", "Trace"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    if (!artifacts.Doctype) {
      return {
        score: 0,
        explanation: str_(UIStrings.explanationNoDoctype)
      };
    }
    const doctypeName = artifacts.Doctype.name;
    const doctypePublicId = artifacts.Doctype.publicId;
    const doctypeSystemId = artifacts.Doctype.systemId;
    const compatMode = artifacts.Doctype.documentCompatMode;
    const trace = artifacts.Trace;
    let quirksModeIssues = [];
    if (trace && artifacts.InspectorIssues?.quirksModeIssue) {
      const processedTrace = await ProcessedTraceComputed.request(trace, context);
      const mainFrameId = processedTrace.mainFrameInfo.frameId;
      quirksModeIssues = artifacts.InspectorIssues.quirksModeIssue.filter((issue) => issue.frameId === mainFrameId);
    }
    const isLimitedQuirksMode = quirksModeIssues.some((issue) => issue.isLimitedQuirksMode);
    if (compatMode === "CSS1Compat" && !isLimitedQuirksMode) {
      return {
        score: 1
      };
    }
    if (isLimitedQuirksMode) {
      return {
        score: 0,
        explanation: str_(UIStrings.explanationLimitedQuirks)
      };
    }
    if (doctypePublicId !== "") {
      return {
        score: 0,
        explanation: str_(UIStrings.explanationPublicId)
      };
    }
    if (doctypeSystemId !== "") {
      return {
        score: 0,
        explanation: str_(UIStrings.explanationSystemId)
      };
    }
    if (doctypeName !== "html") {
      return {
        score: 0,
        explanation: str_(UIStrings.explanationBadDoctype)
      };
    }
    return {
      score: 0,
      explanation: str_(UIStrings.explanationWrongDoctype)
    };
  }
};
var doctype_default = Doctype;
export {
  UIStrings,
  doctype_default as default
};
