import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  axe_audit_default
} from "./chunk-WW6ITN2Y.js";
import "./chunk-FSWK4TCA.js";
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

// node_modules/lighthouse/core/audits/accessibility/bypass.js
var UIStrings = {
  /** Title of an accessibility audit that evaluates if the page has elements that let screen reader users skip over repetitive content. `heading`, `skip link`, and `landmark region` are technical terms for the elements that enable quick page navigation. This title is descriptive of the successful state and is shown to users when no user action is required. */
  title: "The page contains a heading, skip link, or landmark region",
  /** Title of an accessibility audit that evaluates if the page has elements that let screen reader users skip over repetitive content. `heading`, `skip link`, and `landmark region` are technical terms for the elements that enable quick page navigation. This title is descriptive of the failing state and is shown to users when there is a failure that needs to be addressed. */
  failureTitle: "The page does not contain a heading, skip link, or landmark region",
  /** Description of a Lighthouse audit that tells the user *why* they should try to pass. This is displayed after a user expands the section to see more. No character length limits. The last sentence starting with 'Learn' becomes link text to additional documentation. */
  description: "Adding ways to bypass repetitive content lets keyboard users navigate the page more efficiently. [Learn more about bypass blocks](https://dequeuniversity.com/rules/axe/4.13/bypass)."
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
var Bypass = class extends axe_audit_default {
  static {
    __name(this, "Bypass");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "bypass",
      title: str_(UIStrings.title),
      failureTitle: str_(UIStrings.failureTitle),
      description: str_(UIStrings.description),
      scoreDisplayMode: axe_audit_default.SCORING_MODES.INFORMATIVE,
      requiredArtifacts: ["Accessibility"]
    };
  }
};
var bypass_default = Bypass;
export {
  UIStrings,
  bypass_default as default
};
