import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-HQY6G4FK.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/dobetterweb/doctype.js
function getDoctype() {
  if (!document.doctype) {
    return null;
  }
  const documentCompatMode = document.compatMode;
  const { name, publicId, systemId } = document.doctype;
  return { name, publicId, systemId, documentCompatMode };
}
__name(getDoctype, "getDoctype");
var Doctype = class extends base_gatherer_default {
  static {
    __name(this, "Doctype");
  }
  /** @type {LH.Gatherer.GathererMeta} */
  meta = {
    supportedModes: ["snapshot", "navigation"]
  };
  /**
   * @param {LH.Gatherer.Context} passContext
   * @return {Promise<LH.Artifacts['Doctype']>}
   */
  getArtifact(passContext) {
    const driver = passContext.driver;
    return driver.executionContext.evaluate(getDoctype, {
      args: [],
      useIsolation: true
    });
  }
};
var doctype_default = Doctype;
export {
  doctype_default as default
};
