import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  require_link
} from "./chunk-5W6JRPPC.js";
import {
  devtools_log_default
} from "./chunk-RZT26TP4.js";
import {
  pageFunctions
} from "./chunk-WVYO5LHX.js";
import {
  MainResourceComputed
} from "./chunk-6H6HYPUO.js";
import "./chunk-TLUPT47U.js";
import "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-JJ7AI7FF.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-M6BVBSCB.js";
import "./chunk-NQT3LCYB.js";
import {
  Util
} from "./chunk-WHNLLLG3.js";
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
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/link-elements.js
var import_http_link_header = __toESM(require_link(), 1);
var UIStrings = {
  /**
   * @description Warning message explaining that there was an error parsing a link header in an HTTP response. `error` will be an english string with more details on the error. `header` will be the value of the header that caused the error. `link` is a type of HTTP header and should not be translated.
   * @example {Expected attribute delimiter at offset 94} error
   * @example {<https://assets.calendly.com/assets/booking/css/booking-d0ac32b1.css>; rel=preload; as=style; nopush} error
   */
  headerParseWarning: "Error parsing `link` header ({error}): `{header}`"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings);
function normalizeUrlOrNull(url, finalDisplayedUrl) {
  try {
    return new URL(url, finalDisplayedUrl).href;
  } catch (_) {
    return null;
  }
}
__name(normalizeUrlOrNull, "normalizeUrlOrNull");
function getCrossoriginFromHeader(value) {
  if (value === "anonymous") return "anonymous";
  if (value === "use-credentials") return "use-credentials";
  return null;
}
__name(getCrossoriginFromHeader, "getCrossoriginFromHeader");
function getLinkElementsInDOM() {
  const browserElements = getElementsInDocument("link");
  const linkElements = [];
  for (const link of browserElements) {
    if (!(link instanceof HTMLLinkElement)) continue;
    const hrefRaw = link.getAttribute("href") || "";
    const source = link.closest("head") ? "head" : "body";
    linkElements.push({
      rel: link.rel,
      href: link.href,
      hreflang: link.hreflang,
      as: link.as,
      crossOrigin: link.crossOrigin,
      hrefRaw,
      source,
      fetchPriority: link.fetchPriority,
      // @ts-expect-error - put into scope via stringification
      node: getNodeDetails(link)
    });
  }
  return linkElements;
}
__name(getLinkElementsInDOM, "getLinkElementsInDOM");
var LinkElements = class _LinkElements extends base_gatherer_default {
  static {
    __name(this, "LinkElements");
  }
  /** @type {LH.Gatherer.GathererMeta<'DevtoolsLog'>} */
  meta = {
    supportedModes: ["timespan", "navigation"],
    dependencies: { DevtoolsLog: devtools_log_default.symbol }
  };
  /**
   * @param {LH.Gatherer.Context} context
   * @return {Promise<LH.Artifacts['LinkElements']>}
   */
  static getLinkElementsInDOM(context) {
    return context.driver.executionContext.evaluate(getLinkElementsInDOM, {
      args: [],
      useIsolation: true,
      deps: [
        pageFunctions.getNodeDetails,
        pageFunctions.getElementsInDocument
      ]
    });
  }
  /**
   * @param {LH.Gatherer.Context} context
   * @param {LH.Artifacts['DevtoolsLog']} devtoolsLog
   * @return {Promise<LH.Artifacts['LinkElements']>}
   */
  static async getLinkElementsInHeaders(context, devtoolsLog) {
    const mainDocument = await MainResourceComputed.request({ devtoolsLog, URL: context.baseArtifacts.URL }, context);
    const linkElements = [];
    for (const header of mainDocument.responseHeaders) {
      if (header.name.toLowerCase() !== "link") continue;
      let parsedRefs = [];
      try {
        parsedRefs = import_http_link_header.default.parse(header.value).refs;
      } catch (err) {
        const truncatedHeader = Util.truncate(header.value, 100);
        const warning = str_(UIStrings.headerParseWarning, {
          error: err.message,
          header: truncatedHeader
        });
        context.baseArtifacts.LighthouseRunWarnings.push(warning);
      }
      for (const link of parsedRefs) {
        linkElements.push({
          rel: link.rel || "",
          href: normalizeUrlOrNull(link.uri, context.baseArtifacts.URL.finalDisplayedUrl),
          hrefRaw: link.uri || "",
          hreflang: link.hreflang || "",
          as: link.as || "",
          crossOrigin: getCrossoriginFromHeader(link.crossorigin),
          source: "headers",
          fetchPriority: link.fetchpriority,
          node: null
        });
      }
    }
    return linkElements;
  }
  /**
   * @param {LH.Gatherer.Context<'DevtoolsLog'>} context
   * @return {Promise<LH.Artifacts['LinkElements']>}
   */
  async getArtifact(context) {
    const devtoolsLog = context.dependencies.DevtoolsLog;
    const fromDOM = await _LinkElements.getLinkElementsInDOM(context);
    const fromHeaders = await _LinkElements.getLinkElementsInHeaders(context, devtoolsLog);
    const linkElements = fromDOM.concat(fromHeaders);
    for (const link of linkElements) {
      link.rel = link.rel.toLowerCase();
    }
    return linkElements;
  }
};
var link_elements_default = LinkElements;
export {
  UIStrings,
  link_elements_default as default
};
