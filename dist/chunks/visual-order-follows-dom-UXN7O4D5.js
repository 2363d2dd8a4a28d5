import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  manual_audit_default
} from "./chunk-PJEPETZ4.js";
import "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import "./chunk-QX4LR4A3.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

// node_modules/lighthouse/core/audits/accessibility/manual/visual-order-follows-dom.js
var VisualOrderFollowsDOM = class extends manual_audit_default {
  static {
    __name(this, "VisualOrderFollowsDOM");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return Object.assign({
      id: "visual-order-follows-dom",
      description: "DOM order matches the visual order, improving navigation for assistive technology. [Learn more about DOM and visual ordering](https://developer.chrome.com/docs/lighthouse/accessibility/visual-order-follows-dom/).",
      title: "Visual order on the page follows DOM order"
    }, super.partialMeta);
  }
};
var visual_order_follows_dom_default = VisualOrderFollowsDOM;
export {
  visual_order_follows_dom_default as default
};
