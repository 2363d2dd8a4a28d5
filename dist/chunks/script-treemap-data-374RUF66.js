import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  UnusedJavascriptSummaryComputed
} from "./chunk-JG3K667K.js";
import {
  getRequestForScript,
  isInline
} from "./chunk-CIUOIH5Y.js";
import {
  NetworkRecordsComputed
} from "./chunk-TLUPT47U.js";
import "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
import {
  JSBundlesComputed
} from "./chunk-QQQ2VJQQ.js";
import "./chunk-5URQEILV.js";
import {
  makeComputedArtifact
} from "./chunk-JJ7AI7FF.js";
import "./chunk-M6BVBSCB.js";
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import "./chunk-ZXPRQ4W4.js";
import "./chunk-PVRN2YPO.js";
import "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/computed/module-duplication.js
var RELATIVE_SIZE_THRESHOLD = 0.1;
var ABSOLUTE_SIZE_THRESHOLD_BYTES = 1024 * 0.5;
var ModuleDuplication = class _ModuleDuplication {
  static {
    __name(this, "ModuleDuplication");
  }
  /**
   * @param {string} source
   */
  static normalizeSource(source) {
    source = source.replace(/\?$/, "");
    const lastNodeModulesIndex = source.lastIndexOf("node_modules");
    if (lastNodeModulesIndex !== -1) {
      source = source.substring(lastNodeModulesIndex);
    }
    return source;
  }
  /**
   * @param {string} source
   */
  static _shouldIgnoreSource(source) {
    if (source.includes("webpack/bootstrap")) return true;
    if (source.includes("(webpack)/buildin")) return true;
    if (source.includes("external ")) return true;
    return false;
  }
  /**
   * @param {Map<string, Array<{scriptId: string, resourceSize: number}>>} moduleNameToSourceData
   */
  static _normalizeAggregatedData(moduleNameToSourceData) {
    for (const [key, originalSourceData] of moduleNameToSourceData.entries()) {
      let sourceData = originalSourceData;
      sourceData.sort((a, b) => b.resourceSize - a.resourceSize);
      if (sourceData.length > 1) {
        const largestResourceSize = sourceData[0].resourceSize;
        sourceData = sourceData.filter((data) => {
          const percentSize = data.resourceSize / largestResourceSize;
          return percentSize >= RELATIVE_SIZE_THRESHOLD;
        });
      }
      sourceData = sourceData.filter((data) => data.resourceSize >= ABSOLUTE_SIZE_THRESHOLD_BYTES);
      if (sourceData.length > 1) {
        moduleNameToSourceData.set(key, sourceData);
      } else {
        moduleNameToSourceData.delete(key);
      }
    }
  }
  /**
   * @param {Pick<LH.Artifacts, 'Scripts'|'SourceMaps'>} artifacts
   * @param {LH.Artifacts.ComputedContext} context
   */
  static async compute_(artifacts, context) {
    const bundles = await JSBundlesComputed.request(artifacts, context);
    const sourceDatasMap = /* @__PURE__ */ new Map();
    for (const { rawMap, sizes } of bundles) {
      if ("errorMessage" in sizes) continue;
      const sourceDataArray = [];
      sourceDatasMap.set(rawMap, sourceDataArray);
      for (let i = 0; i < rawMap.sources.length; i++) {
        if (this._shouldIgnoreSource(rawMap.sources[i])) continue;
        const sourceKey = (rawMap.sourceRoot || "") + rawMap.sources[i];
        const sourceSize = sizes.files[sourceKey];
        sourceDataArray.push({
          source: _ModuleDuplication.normalizeSource(rawMap.sources[i]),
          resourceSize: sourceSize
        });
      }
    }
    const moduleNameToSourceData = /* @__PURE__ */ new Map();
    for (const { rawMap, script } of bundles) {
      const sourceDataArray = sourceDatasMap.get(rawMap);
      if (!sourceDataArray) continue;
      for (const sourceData of sourceDataArray) {
        let data = moduleNameToSourceData.get(sourceData.source);
        if (!data) {
          data = [];
          moduleNameToSourceData.set(sourceData.source, data);
        }
        data.push({
          scriptId: script.scriptId,
          scriptUrl: script.url,
          resourceSize: sourceData.resourceSize
        });
      }
    }
    this._normalizeAggregatedData(moduleNameToSourceData);
    return moduleNameToSourceData;
  }
};
var ModuleDuplicationComputed = makeComputedArtifact(ModuleDuplication, ["Scripts", "SourceMaps"]);

// node_modules/lighthouse/core/audits/script-treemap-data.js
var ScriptTreemapDataAudit = class _ScriptTreemapDataAudit extends Audit {
  static {
    __name(this, "ScriptTreemapDataAudit");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "script-treemap-data",
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      title: "Script Treemap Data",
      description: "Used for treemap app",
      requiredArtifacts: ["Trace", "DevtoolsLog", "SourceMaps", "Scripts", "JsUsage", "URL", "SourceMaps"]
    };
  }
  /**
   * Returns a tree data structure where leaf nodes are sources (ie. real files from source tree)
   * from a source map, and non-leaf nodes are directories. Leaf nodes have data
   * for bytes, coverage, etc., when available, and non-leaf nodes have the
   * same data as the sum of all descendant leaf nodes.
   * @param {string} src
   * @param {string} sourceRoot
   * @param {Record<string, SourceData>} sourcesData
   * @return {LH.Treemap.Node}
   */
  static makeScriptNode(src, sourceRoot, sourcesData) {
    function newNode(name) {
      return {
        name,
        resourceBytes: 0,
        encodedBytes: void 0
      };
    }
    __name(newNode, "newNode");
    const sourceRootNode = newNode(sourceRoot);
    function addAllNodesInSourcePath(source, data) {
      let node = sourceRootNode;
      sourceRootNode.resourceBytes += data.resourceBytes;
      if (data.unusedBytes) {
        sourceRootNode.unusedBytes = (sourceRootNode.unusedBytes || 0) + data.unusedBytes;
      }
      const sourcePathSegments = source.replace(sourceRoot, "").split(/\/+/);
      sourcePathSegments.forEach((sourcePathSegment, i) => {
        if (sourcePathSegment.length === 0) return;
        const isLeaf = i === sourcePathSegments.length - 1;
        let child = node.children && node.children.find((child2) => child2.name === sourcePathSegment);
        if (!child) {
          child = newNode(sourcePathSegment);
          node.children = node.children || [];
          node.children.push(child);
        }
        node = child;
        node.resourceBytes += data.resourceBytes;
        if (data.unusedBytes) node.unusedBytes = (node.unusedBytes || 0) + data.unusedBytes;
        if (isLeaf && data.duplicatedNormalizedModuleName !== void 0) {
          node.duplicatedNormalizedModuleName = data.duplicatedNormalizedModuleName;
        }
      });
    }
    __name(addAllNodesInSourcePath, "addAllNodesInSourcePath");
    for (const [source, data] of Object.entries(sourcesData)) {
      addAllNodesInSourcePath(source, data);
    }
    function collapseAll(node) {
      while (node.children && node.children.length === 1) {
        const child = node.children[0];
        node.name += "/" + child.name;
        if (child.duplicatedNormalizedModuleName) {
          node.duplicatedNormalizedModuleName = child.duplicatedNormalizedModuleName;
        }
        node.children = child.children;
      }
      if (node.children) {
        for (const child of node.children) {
          collapseAll(child);
        }
      }
    }
    __name(collapseAll, "collapseAll");
    collapseAll(sourceRootNode);
    if (!sourceRootNode.name) {
      return {
        ...sourceRootNode,
        name: src,
        children: sourceRootNode.children
      };
    }
    const scriptNode = { ...sourceRootNode };
    scriptNode.name = src;
    scriptNode.children = [sourceRootNode];
    return scriptNode;
  }
  /**
   * Returns nodes where the first level of nodes are URLs.
   * Every external script has a node.
   * All inline scripts are combined into a single node.
   * If a script has a source map, that node will be created by makeScriptNode.
   *
   * Example return result:
     - index.html (inline scripts)
     - main.js
     - - webpack://
     - - - react.js
     - - - app.js
     - i-have-no-map.js
   *
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Treemap.Node[]>}
   */
  static async makeNodes(artifacts, context) {
    const devtoolsLog = artifacts.DevtoolsLog;
    const networkRecords = await NetworkRecordsComputed.request(devtoolsLog, context);
    const nodes = [];
    const htmlNodesByFrameId = /* @__PURE__ */ new Map();
    const bundles = await JSBundlesComputed.request(artifacts, context);
    const duplicationByPath = await ModuleDuplicationComputed.request(artifacts, context);
    for (const script of artifacts.Scripts) {
      if (script.scriptLanguage !== "JavaScript") continue;
      const name = script.url;
      const bundle = bundles.find((bundle2) => script.scriptId === bundle2.script.scriptId) ?? null;
      const scriptCoverage = (
        /** @type {LH.Artifacts['JsUsage'][string] | undefined} */
        artifacts.JsUsage[script.scriptId]
      );
      const unusedJavascriptSummary = scriptCoverage ? await UnusedJavascriptSummaryComputed.request(
        { scriptId: script.scriptId, scriptCoverage, bundle },
        context
      ) : void 0;
      let node;
      if (bundle && !("errorMessage" in bundle.sizes)) {
        const sourcesData = {};
        for (const source of Object.keys(bundle.sizes.files)) {
          const sourceData = {
            resourceBytes: bundle.sizes.files[source]
          };
          if (unusedJavascriptSummary?.sourcesWastedBytes) {
            sourceData.unusedBytes = unusedJavascriptSummary.sourcesWastedBytes[source];
          }
          let sourceWithoutSourceRoot = source;
          if (bundle.rawMap.sourceRoot && source.startsWith(bundle.rawMap.sourceRoot)) {
            sourceWithoutSourceRoot = source.replace(bundle.rawMap.sourceRoot, "");
          }
          const key = ModuleDuplicationComputed.normalizeSource(sourceWithoutSourceRoot);
          if (duplicationByPath.has(key)) sourceData.duplicatedNormalizedModuleName = key;
          sourcesData[source] = sourceData;
        }
        if (bundle.sizes.unmappedBytes) {
          const sourceData = {
            resourceBytes: bundle.sizes.unmappedBytes
          };
          if (unusedJavascriptSummary?.sourcesWastedBytes) {
            sourceData.unusedBytes = unusedJavascriptSummary.sourcesWastedBytes["(unmapped)"];
          }
          sourcesData["(unmapped)"] = sourceData;
        }
        node = this.makeScriptNode(script.url, bundle.rawMap.sourceRoot || "", sourcesData);
      } else {
        node = {
          name,
          resourceBytes: unusedJavascriptSummary?.totalBytes ?? script.length ?? 0,
          encodedBytes: void 0,
          unusedBytes: unusedJavascriptSummary?.wastedBytes
        };
      }
      if (isInline(script)) {
        let htmlNode = htmlNodesByFrameId.get(script.executionContextAuxData.frameId);
        if (!htmlNode) {
          htmlNode = {
            name,
            resourceBytes: 0,
            encodedBytes: void 0,
            unusedBytes: void 0,
            children: []
          };
          htmlNodesByFrameId.set(script.executionContextAuxData.frameId, htmlNode);
          nodes.push(htmlNode);
        }
        htmlNode.resourceBytes += node.resourceBytes;
        if (node.unusedBytes) htmlNode.unusedBytes = (htmlNode.unusedBytes || 0) + node.unusedBytes;
        node.name = script.content ? "(inline) " + script.content.trimStart().substring(0, 15) + "\u2026" : "(inline)";
        htmlNode.children?.push(node);
      } else {
        nodes.push(node);
        const networkRecord = getRequestForScript(networkRecords, script);
        if (networkRecord) {
          const bodyTransferSize = networkRecord.transferSize - networkRecord.responseHeadersTransferSize;
          node.encodedBytes = bodyTransferSize;
        } else {
          node.encodedBytes = node.resourceBytes;
        }
      }
    }
    for (const [frameId, node] of htmlNodesByFrameId) {
      const record = networkRecords.find((r) => r.resourceType === "Document" && r.frameId === frameId);
      if (record) {
        const inlineScriptsPct = node.resourceBytes / record.resourceSize;
        const bodyTransferSize = record.transferSize - record.responseHeadersTransferSize;
        node.encodedBytes = Math.floor(bodyTransferSize * inlineScriptsPct);
      } else {
        node.encodedBytes = node.resourceBytes;
      }
    }
    return nodes;
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @param {LH.Audit.Context} context
   * @return {Promise<LH.Audit.Product>}
   */
  static async audit(artifacts, context) {
    const nodes = await _ScriptTreemapDataAudit.makeNodes(artifacts, context);
    const details = {
      type: "treemap-data",
      nodes
    };
    return {
      score: 1,
      details
    };
  }
};
var script_treemap_data_default = ScriptTreemapDataAudit;
export {
  script_treemap_data_default as default
};
