import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  scripts_default
} from "./chunk-FGI5HY46.js";
import {
  require_SDK
} from "./chunk-5URQEILV.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import {
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/source-maps.js
var import_SDK = __toESM(require_SDK(), 1);
var SourceMaps = class _SourceMaps extends base_gatherer_default {
  static {
    __name(this, "SourceMaps");
  }
  static symbol = /* @__PURE__ */ Symbol("SourceMaps");
  /** @type {LH.Gatherer.GathererMeta<'Scripts'>} */
  meta = {
    symbol: _SourceMaps.symbol,
    supportedModes: ["timespan", "navigation"],
    dependencies: { Scripts: scripts_default.symbol }
  };
  /**
   * @param {LH.Gatherer.Driver} driver
   * @param {string} sourceMapUrl
   * @return {Promise<LH.Artifacts.RawSourceMap>}
   */
  async fetchSourceMap(driver, sourceMapUrl) {
    const response = await driver.fetcher.fetchResource(sourceMapUrl, { timeout: 1500 });
    if (response.content === null) {
      throw new Error(`Failed fetching source map (${response.status})`);
    }
    return import_SDK.default.SourceMap.parseSourceMap(response.content);
  }
  /**
   * @param {string} sourceMapURL
   * @return {LH.Artifacts.RawSourceMap}
   */
  parseSourceMapFromDataUrl(sourceMapURL) {
    const buffer = Buffer.from(sourceMapURL.split(",")[1], "base64");
    return import_SDK.default.SourceMap.parseSourceMap(buffer.toString());
  }
  /**
   * @param {string} url
   * @param {string} base
   * @return {string|undefined}
   */
  _resolveUrl(url, base) {
    try {
      return new URL(url, base).href;
    } catch (e) {
      return;
    }
  }
  /**
   * @param {LH.Gatherer.Driver} driver
   * @param {LH.Artifacts.Script} script
   * @return {Promise<LH.Artifacts.SourceMap>}
   */
  async _retrieveMapFromScript(driver, script) {
    if (!script.sourceMapURL) {
      throw new Error("precondition failed: event.sourceMapURL should exist");
    }
    const isSourceMapADataUri = script.sourceMapURL.startsWith("data:");
    const scriptUrl = script.name;
    const rawSourceMapUrl = isSourceMapADataUri ? script.sourceMapURL : this._resolveUrl(script.sourceMapURL, script.name);
    if (!rawSourceMapUrl) {
      return {
        scriptId: script.scriptId,
        scriptUrl,
        errorMessage: `Could not resolve map url: ${script.sourceMapURL}`
      };
    }
    const sourceMapUrl = isSourceMapADataUri ? void 0 : rawSourceMapUrl;
    try {
      const map = isSourceMapADataUri ? this.parseSourceMapFromDataUrl(rawSourceMapUrl) : await this.fetchSourceMap(driver, rawSourceMapUrl);
      if (typeof map.version !== "number") throw new Error("Map has no numeric `version` field");
      if (!Array.isArray(map.sources)) throw new Error("Map has no `sources` list");
      if (typeof map.mappings !== "string") throw new Error("Map has no `mappings` field");
      if (map.sections) {
        map.sections = map.sections.filter((section) => section.map);
      }
      return {
        scriptId: script.scriptId,
        scriptUrl,
        sourceMapUrl,
        map
      };
    } catch (err) {
      return {
        scriptId: script.scriptId,
        scriptUrl,
        sourceMapUrl,
        errorMessage: err.toString()
      };
    }
  }
  /**
   * @param {LH.Gatherer.Context<'Scripts'>} context
   * @return {Promise<LH.Artifacts['SourceMaps']>}
   */
  async getArtifact(context) {
    const eventProcessPromises = context.dependencies.Scripts.filter((script) => script.sourceMapURL).map((script) => this._retrieveMapFromScript(context.driver, script));
    return Promise.all(eventProcessPromises);
  }
};
var source_maps_default = SourceMaps;

export {
  source_maps_default
};
