import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  pageFunctions
} from "./chunk-WVYO5LHX.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-WHNLLLG3.js";
import "./chunk-HQY6G4FK.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/iframe-elements.js
function collectIFrameElements() {
  const realBoundingClientRect = window.__HTMLElementBoundingClientRect || window.HTMLElement.prototype.getBoundingClientRect;
  const iFrameElements = getElementsInDocument("iframe");
  return iFrameElements.map(
    /** @param {HTMLIFrameElement} node */
    (node) => {
      const clientRect = realBoundingClientRect.call(node);
      const { top, bottom, left, right, width, height } = clientRect;
      return {
        id: node.id,
        src: node.src,
        clientRect: { top, bottom, left, right, width, height },
        // @ts-expect-error - put into scope via stringification
        isPositionFixed: isPositionFixed(node),
        // eslint-disable-line no-undef
        // @ts-expect-error - getNodeDetails put into scope via stringification
        node: getNodeDetails(node)
      };
    }
  );
}
__name(collectIFrameElements, "collectIFrameElements");
var IFrameElements = class extends base_gatherer_default {
  static {
    __name(this, "IFrameElements");
  }
  /** @type {LH.Gatherer.GathererMeta} */
  meta = {
    supportedModes: ["snapshot", "navigation"]
  };
  /**
   * @param {LH.Gatherer.Context} passContext
   * @return {Promise<LH.Artifacts['IFrameElements']>}
   * @override
   */
  async getArtifact(passContext) {
    const driver = passContext.driver;
    const iframeElements = await driver.executionContext.evaluate(collectIFrameElements, {
      args: [],
      useIsolation: true,
      deps: [
        pageFunctions.getElementsInDocument,
        pageFunctions.isPositionFixed,
        pageFunctions.getNodeDetails
      ]
    });
    return iframeElements;
  }
};
var iframe_elements_default = IFrameElements;
export {
  iframe_elements_default as default
};
