import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/manual/manual-audit.js
var ManualAudit = class extends Audit {
  static {
    __name(this, "ManualAudit");
  }
  /**
   * @return {Pick<LH.Audit.Meta, 'scoreDisplayMode'|'requiredArtifacts'>}
   */
  static get partialMeta() {
    return {
      scoreDisplayMode: Audit.SCORING_MODES.MANUAL,
      requiredArtifacts: []
    };
  }
  /**
   * @return {LH.Audit.Product}
   */
  static audit() {
    return {
      score: 0
      // displayValue: '(needs manual verification)'
    };
  }
};
var manual_audit_default = ManualAudit;

export {
  manual_audit_default
};
