import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  manual_audit_default
} from "./chunk-L5KPIEAM.js";
import "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import "./chunk-HQY6G4FK.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/accessibility/manual/offscreen-content-hidden.js
var OffscreenContentHidden = class extends manual_audit_default {
  static {
    __name(this, "OffscreenContentHidden");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return Object.assign({
      id: "offscreen-content-hidden",
      description: "Offscreen content is hidden with display: none or aria-hidden=true. [Learn how to properly hide offscreen content](https://developer.chrome.com/docs/lighthouse/accessibility/offscreen-content-hidden/).",
      title: "Offscreen content is hidden from assistive technology"
    }, super.partialMeta);
  }
};
var offscreen_content_hidden_default = OffscreenContentHidden;
export {
  offscreen_content_hidden_default as default
};
