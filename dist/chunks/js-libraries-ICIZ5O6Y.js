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
  UIStrings,
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

// node_modules/lighthouse/core/audits/dobetterweb/js-libraries.js
var UIStrings2 = {
  /** Title of a Lighthouse audit that provides detail on the Javascript libraries that are used on the page. */
  title: "Detected JavaScript libraries",
  /** Description of a Lighthouse audit that tells the user what this audit is detecting. This is displayed after a user expands the section to see more. No character length limits. */
  description: "All front-end JavaScript libraries detected on the page. [Learn more about this JavaScript library detection diagnostic audit](https://developer.chrome.com/docs/lighthouse/best-practices/js-libraries/).",
  /** Label for a column in a data table; entries will be the version numbers of the detected Javascript libraries.  */
  columnVersion: "Version"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var JsLibrariesAudit = class extends Audit {
  static {
    __name(this, "JsLibrariesAudit");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "js-libraries",
      title: str_(UIStrings2.title),
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      description: str_(UIStrings2.description),
      requiredArtifacts: ["Stacks"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @return {LH.Audit.Product}
   */
  static audit(artifacts) {
    const libDetails = artifacts.Stacks.filter((stack) => stack.detector === "js").filter((stack) => !stack.id.endsWith("-fast")).map((stack) => ({
      name: stack.name,
      version: stack.version,
      npm: stack.npm
    }));
    const headings = [
      { key: "name", valueType: "text", label: str_(UIStrings.columnName) },
      { key: "version", valueType: "text", label: str_(UIStrings2.columnVersion) }
    ];
    const details = Audit.makeTableDetails(headings, libDetails);
    const debugData = {
      type: (
        /** @type {const} */
        "debugdata"
      ),
      stacks: artifacts.Stacks.map((stack) => {
        return {
          id: stack.id,
          version: stack.version
        };
      })
    };
    if (!libDetails.length) {
      return { score: null, notApplicable: true };
    }
    return {
      score: 1,
      // Always pass for now.
      details: {
        ...details,
        debugData
      }
    };
  }
};
var js_libraries_default = JsLibrariesAudit;
export {
  UIStrings2 as UIStrings,
  js_libraries_default as default
};
