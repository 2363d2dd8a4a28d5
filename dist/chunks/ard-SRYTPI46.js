import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  robots_txt_default
} from "./chunk-4MKNAQZH.js";
import {
  require_link
} from "./chunk-5W6JRPPC.js";
import {
  pageFunctions
} from "./chunk-WVYO5LHX.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-WHNLLLG3.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/agentic/ard.js
var import_http_link_header = __toESM(require_link(), 1);
function getAiCatalogLinkInDOM() {
  const link = document.querySelector('link[rel~="ai-catalog" i]');
  return link instanceof HTMLLinkElement ? link.href : null;
}
__name(getAiCatalogLinkInDOM, "getAiCatalogLinkInDOM");
var AgentResourceDiscovery = class _AgentResourceDiscovery extends base_gatherer_default {
  static {
    __name(this, "AgentResourceDiscovery");
  }
  /** @type {LH.Gatherer.GathererMeta<'RobotsTxt'>} */
  meta = {
    supportedModes: ["snapshot", "navigation"],
    dependencies: { RobotsTxt: robots_txt_default.symbol }
  };
  /**
   * @param {LH.Artifacts['RobotsTxt']|null|undefined} robotsTxt
   * @param {string} finalDisplayedUrl
   * @return {string|null}
   */
  static getRobotsTxtAgentmap(robotsTxt, finalDisplayedUrl) {
    if (!robotsTxt?.content) return null;
    const match = robotsTxt.content.match(/^\s*Agentmap:\s*(\S+)/im);
    if (!match) return null;
    try {
      return new URL(match[1], finalDisplayedUrl).href;
    } catch {
      return null;
    }
  }
  /**
   * @param {LH.Gatherer.Context} context
   * @param {string} finalDisplayedUrl
   * @return {Promise<string|null>}
   */
  static async getHtmlLinkFromDom(context, finalDisplayedUrl) {
    try {
      const href = await context.driver.executionContext.evaluate(getAiCatalogLinkInDOM, {
        args: [],
        useIsolation: true,
        deps: [pageFunctions.getNodeDetails]
      });
      if (!href) return null;
      return new URL(href, finalDisplayedUrl).href;
    } catch {
      return null;
    }
  }
  /**
   * @param {LH.Gatherer.Context} context
   * @param {string} finalDisplayedUrl
   * @return {Promise<string|null>}
   */
  static async getHttpHeaderLink(context, finalDisplayedUrl) {
    if (context.gatherMode !== "navigation") return null;
    try {
      const mainResourceResponse = await context.driver.fetcher.fetchResource(finalDisplayedUrl);
      const linkHeader = mainResourceResponse.headers?.["link"];
      if (!linkHeader) return null;
      const parsed = import_http_link_header.default.parse(linkHeader);
      const aiCatalogRef = parsed.get("rel", "ai-catalog")[0];
      if (!aiCatalogRef?.uri) return null;
      return new URL(aiCatalogRef.uri, finalDisplayedUrl).href;
    } catch {
      return null;
    }
  }
  /**
   * @param {LH.Gatherer.Context<'RobotsTxt'>} context
   * @return {Promise<LH.Artifacts['AgentResourceDiscovery']>}
   */
  async getArtifact(context) {
    const { finalDisplayedUrl } = context.baseArtifacts.URL;
    const robotsTxt = context.dependencies.RobotsTxt;
    const robotsTxtAgentmap = _AgentResourceDiscovery.getRobotsTxtAgentmap(
      robotsTxt,
      finalDisplayedUrl
    );
    const [htmlLink, httpHeaderLink] = await Promise.all([
      _AgentResourceDiscovery.getHtmlLinkFromDom(context, finalDisplayedUrl),
      _AgentResourceDiscovery.getHttpHeaderLink(context, finalDisplayedUrl)
    ]);
    const wellKnown = new URL("/.well-known/ai-catalog.json", finalDisplayedUrl).href;
    const catalogUrl = robotsTxtAgentmap || htmlLink || httpHeaderLink || wellKnown;
    let errorMessage;
    const fetchResult = await context.driver.fetcher.fetchResource(catalogUrl).catch((err) => {
      lighthouse_logger_default.error("AgentResourceDiscovery", err);
      errorMessage = err.message;
      return { status: null, content: null, headers: null };
    });
    return {
      status: fetchResult.status,
      content: fetchResult.content,
      headers: fetchResult.headers || null,
      catalogUrl,
      discoverySignals: {
        robotsTxtAgentmap,
        htmlLink,
        httpHeaderLink,
        wellKnown
      },
      errorMessage
    };
  }
};
var ard_default = AgentResourceDiscovery;
export {
  ard_default as default
};
