import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/audits/oopif-iframe-test-audit.js
var oopif_iframe_test_audit_default = {
  meta: {
    id: "oopif-iframe-test-audit",
    title: "IFrame Elements",
    failureTitle: "IFrame Elements",
    description: "Audit to force the inclusion of IFrameElements artifact",
    requiredArtifacts: ["IFrameElements"]
  },
  audit: /* @__PURE__ */ __name(() => ({ score: 1 }), "audit")
};
export {
  oopif_iframe_test_audit_default as default
};
