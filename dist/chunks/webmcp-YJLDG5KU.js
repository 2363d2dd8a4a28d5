import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  resolveNodeIdToObjectId
} from "./chunk-BIBRBDXI.js";
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

// node_modules/lighthouse/core/gather/gatherers/webmcp.js
var WebMCP = class extends base_gatherer_default {
  static {
    __name(this, "WebMCP");
  }
  /** @type {LH.Gatherer.GathererMeta} */
  meta = {
    supportedModes: ["navigation"]
  };
  constructor() {
    super();
    this._tools = [];
    this._isSupported = true;
    this._onToolsAdded = this.onToolsAdded.bind(this);
    this._onToolsRemoved = this.onToolsRemoved.bind(this);
  }
  /**
   * @param {{tools: WebMCPTool[]}} event
   */
  // TODO: Handle WebMCP tools per frame.
  onToolsAdded(event) {
    if (event.tools) {
      this._tools.push(...event.tools);
    }
  }
  /**
   * @param {{tools: WebMCPTool[]}} event
   */
  onToolsRemoved(event) {
    if (event.tools) {
      const removedNames = new Set(event.tools.map((t) => t.name));
      this._tools = this._tools.filter((t) => !removedNames.has(t.name));
    }
  }
  /**
   * @param {LH.Gatherer.Context} passContext
   */
  async startInstrumentation(passContext) {
    const session = passContext.driver.defaultSession;
    session.on("WebMCP.toolsAdded", this._onToolsAdded);
    session.on("WebMCP.toolsRemoved", this._onToolsRemoved);
    try {
      await session.sendCommand("WebMCP.enable");
    } catch (err) {
      if (err.message.includes("'WebMCP.enable' wasn't found")) {
        this._isSupported = false;
        return;
      }
      throw err;
    }
  }
  /**
   * @param {LH.Gatherer.Context} passContext
   */
  async stopInstrumentation(passContext) {
    const session = passContext.driver.defaultSession;
    session.off("WebMCP.toolsAdded", this._onToolsAdded);
    session.off("WebMCP.toolsRemoved", this._onToolsRemoved);
    try {
      await session.sendCommand("WebMCP.disable");
    } catch (err) {
    }
  }
  /**
   * @param {LH.Gatherer.Context} context
   * @param {WebMCPTool} tool
   */
  async _tryResolveToolNodeDetails(context, tool) {
    if (!tool.backendNodeId) {
      return;
    }
    const session = context.driver.defaultSession;
    try {
      const objectId = await resolveNodeIdToObjectId(session, tool.backendNodeId);
      if (!objectId) {
        return;
      }
      const nodeDetails = await context.driver.executionContext.evaluateOnObject(
        pageFunctions.getNodeDetails,
        {
          objectId,
          args: []
        }
      );
      if (nodeDetails) {
        tool.nodeDetails = nodeDetails;
      }
    } catch (err) {
    }
  }
  /**
   * @param {LH.Gatherer.Context} context
   * @return {Promise<LH.Artifacts['WebMCP']>}
   */
  async getArtifact(context) {
    const isSupported = await context.driver.executionContext.evaluate(
      () => typeof /** @type {any} */
      navigator.modelContext !== "undefined" || typeof /** @type {any} */
      document.modelContext !== "undefined",
      { args: [], useIsolation: true }
    );
    if (!isSupported || !this._isSupported) {
      return { isSupported: false, tools: [] };
    }
    const toolMap = /* @__PURE__ */ new Map();
    for (const tool of this._tools) {
      toolMap.set(tool.name, tool);
    }
    const resolvedTools = [];
    for (const tool of toolMap.values()) {
      await this._tryResolveToolNodeDetails(context, tool);
      resolvedTools.push(tool);
    }
    return {
      isSupported: true,
      tools: resolvedTools
    };
  }
};
var webmcp_default = WebMCP;
export {
  webmcp_default as default
};
