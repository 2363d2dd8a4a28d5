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
  ResponsivenessComputed
} from "./chunk-QFBQQCZZ.js";
import {
  source_maps_default
} from "./chunk-XWZYFM54.js";
import {
  TraceEngineResultComputed
} from "./chunk-EXEOABRE.js";
import {
  CumulativeLayoutShiftComputed
} from "./chunk-XR4JOZX6.js";
import {
  Sentry
} from "./chunk-46JEON4P.js";
import {
  ProcessedTraceComputed
} from "./chunk-OKU7VGNV.js";
import {
  trace_default
} from "./chunk-KNPVPF4J.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/lighthouse/core/gather/gatherers/trace-elements.js
var MAX_LAYOUT_SHIFTS = 15;
function getNodeDetailsData(node) {
  let elem = node.nodeType === document.ELEMENT_NODE ? node : node.parentElement;
  if (!elem && node instanceof ShadowRoot) {
    elem = node.host;
  }
  let traceElement;
  if (elem) {
    traceElement = { node: getNodeDetails(elem) };
  }
  return traceElement;
}
__name(getNodeDetailsData, "getNodeDetailsData");
var TraceElements = class _TraceElements extends base_gatherer_default {
  static {
    __name(this, "TraceElements");
  }
  /** @type {LH.Gatherer.GathererMeta<'Trace'|'SourceMaps'>} */
  meta = {
    supportedModes: ["timespan", "navigation"],
    dependencies: { Trace: trace_default.symbol, SourceMaps: source_maps_default.symbol }
  };
  /** @type {Map<string, string>} */
  animationIdToName = /* @__PURE__ */ new Map();
  constructor() {
    super();
    this._onAnimationStarted = this._onAnimationStarted.bind(this);
  }
  /** @param {LH.Crdp.Animation.AnimationStartedEvent} args */
  _onAnimationStarted({ animation: { id, name } }) {
    if (name) this.animationIdToName.set(id, name);
  }
  /**
   * @param {LH.Artifacts.TraceEngineResult} traceEngineResult
   * @param {string|undefined} navigationId
   * @return {Promise<Array<{nodeId: number}>>}
   */
  static async getTraceEngineElements(traceEngineResult, navigationId) {
    const insightSet = [...traceEngineResult.insights.values()].at(-1);
    if (!insightSet) {
      return [];
    }
    if (navigationId) {
      if (insightSet.navigation?.args.data?.navigationId !== navigationId) {
        return [];
      }
    } else {
      if (insightSet.navigation) {
        return [];
      }
    }
    function recursiveObjectEnumerate(obj, cb, seen) {
      if (seen.has(obj)) {
        return;
      }
      seen.add(obj);
      if (obj && typeof obj === "object" && !Array.isArray(obj)) {
        if (obj instanceof Map) {
          for (const [key, val] of obj) {
            if (typeof val === "object") {
              recursiveObjectEnumerate(val, cb, seen);
            } else {
              cb(val, key);
            }
          }
        } else {
          Object.keys(obj).forEach((key) => {
            if (typeof obj[key] === "object") {
              recursiveObjectEnumerate(obj[key], cb, seen);
            } else {
              cb(obj[key], key);
            }
          });
        }
      } else if (Array.isArray(obj)) {
        obj.forEach((item) => {
          if (typeof item === "object" || Array.isArray(item)) {
            recursiveObjectEnumerate(item, cb, seen);
          }
        });
      }
    }
    __name(recursiveObjectEnumerate, "recursiveObjectEnumerate");
    const nodeIds = [];
    recursiveObjectEnumerate(insightSet.model, (val, key) => {
      const keys = ["nodeId", "node_id", "backendNodeId"];
      if (typeof val === "number" && keys.includes(key)) {
        nodeIds.push(val);
      }
    }, /* @__PURE__ */ new Set());
    for (const shift of insightSet.model.CLSCulprits?.shifts.values() ?? []) {
      nodeIds.push(...shift.unsizedImages.map((s) => s.backendNodeId));
    }
    return [...new Set(nodeIds)].map((id) => ({ nodeId: id }));
  }
  /**
   * We want to a single representative node to represent the shift, so let's pick
   * the one with the largest impact (size x distance moved).
   *
   * @param {LH.Artifacts.TraceImpactedNode[]} impactedNodes
   * @param {Map<number, number>} impactByNodeId
   * @return {number|undefined}
   */
  static getBiggestImpactNodeForShiftEvent(impactedNodes, impactByNodeId) {
    let biggestImpactNodeId;
    let biggestImpactNodeScore = Number.NEGATIVE_INFINITY;
    for (const node of impactedNodes) {
      const impactScore = impactByNodeId.get(node.node_id);
      if (impactScore !== void 0 && impactScore > biggestImpactNodeScore) {
        biggestImpactNodeId = node.node_id;
        biggestImpactNodeScore = impactScore;
      }
    }
    return biggestImpactNodeId;
  }
  /**
   * This function finds the top (up to 15) layout shifts on the page, and returns
   * the id of the largest impacted node of each shift, along with any related nodes
   * that may have caused the shift.
   *
   * @param {LH.Trace} trace
   * @param {LH.Artifacts.TraceEngineResult} traceEngineResult
   * @param {LH.Gatherer.Context} context
   * @return {Promise<Array<{nodeId: number}>>}
   */
  static async getTopLayoutShifts(trace, traceEngineResult, context) {
    const { impactByNodeId } = await CumulativeLayoutShiftComputed.request(trace, context);
    const clusters = traceEngineResult.data.LayoutShifts.clusters ?? [];
    const layoutShiftEvents = (
      /** @type {import('../../lib/trace-engine.js').SaneSyntheticLayoutShift[]} */
      clusters.flatMap((c) => c.events)
    );
    return layoutShiftEvents.sort((a, b) => b.args.data.weighted_score_delta - a.args.data.weighted_score_delta).slice(0, MAX_LAYOUT_SHIFTS).flatMap((event) => {
      const nodeIds = [];
      const impactedNodes = event.args.data.impacted_nodes || [];
      const biggestImpactedNodeId = this.getBiggestImpactNodeForShiftEvent(impactedNodes, impactByNodeId);
      if (biggestImpactedNodeId !== void 0) {
        nodeIds.push(biggestImpactedNodeId);
      }
      return nodeIds.map((nodeId) => ({ nodeId }));
    });
  }
  /**
   * @param {LH.Trace} trace
   * @param {LH.Gatherer.Context} context
   * @return {Promise<TraceElementData|undefined>}
   */
  static async getResponsivenessElement(trace, context) {
    const { settings } = context;
    try {
      const responsivenessEvent = await ResponsivenessComputed.request({ trace, settings }, context);
      if (!responsivenessEvent) return;
      return { nodeId: responsivenessEvent.args.data.nodeId };
    } catch {
      return;
    }
  }
  /**
   * Find the node ids of elements which are animated using the Animation trace events.
   * @param {Array<LH.TraceEvent>} mainThreadEvents
   * @return {Promise<Array<TraceElementData>>}
   */
  async getAnimatedElements(mainThreadEvents) {
    const animationPairs = /* @__PURE__ */ new Map();
    for (const event of mainThreadEvents) {
      if (event.name !== "Animation") continue;
      if (!event.id2 || !event.id2.local) continue;
      const local = event.id2.local;
      const pair = animationPairs.get(local) || { begin: void 0, status: void 0 };
      if (event.ph === "b") {
        pair.begin = event;
      } else if (event.ph === "n" && event.args.data && event.args.data.compositeFailed !== void 0) {
        pair.status = event;
      }
      animationPairs.set(local, pair);
    }
    const elementAnimations = /* @__PURE__ */ new Map();
    for (const { begin, status } of animationPairs.values()) {
      const nodeId = begin?.args?.data?.nodeId;
      const animationId = begin?.args?.data?.id;
      const failureReasonsMask = status?.args?.data?.compositeFailed;
      const unsupportedProperties = status?.args?.data?.unsupportedProperties;
      if (!nodeId || !animationId) continue;
      const animationIds = elementAnimations.get(nodeId) || /* @__PURE__ */ new Set();
      animationIds.add({ animationId, failureReasonsMask, unsupportedProperties });
      elementAnimations.set(nodeId, animationIds);
    }
    const animatedElementData = [];
    for (const [nodeId, animationIds] of elementAnimations) {
      const animations = [];
      for (const { animationId, failureReasonsMask, unsupportedProperties } of animationIds) {
        const animationName = this.animationIdToName.get(animationId);
        animations.push({ name: animationName, failureReasonsMask, unsupportedProperties });
      }
      animatedElementData.push({ nodeId, animations });
    }
    return animatedElementData;
  }
  /**
   * @param {LH.Gatherer.Context} context
   */
  async startInstrumentation(context) {
    await context.driver.defaultSession.sendCommand("Animation.enable");
    context.driver.defaultSession.on("Animation.animationStarted", this._onAnimationStarted);
  }
  /**
   * @param {LH.Gatherer.Context} context
   */
  async stopInstrumentation(context) {
    context.driver.defaultSession.off("Animation.animationStarted", this._onAnimationStarted);
    await context.driver.defaultSession.sendCommand("Animation.disable");
  }
  /**
   * @param {LH.Gatherer.ProtocolSession} session
   * @param {LH.Gatherer.Driver['executionContext']} executionContext
   * @param {number} backendNodeId
   */
  async getNodeDetails(session, executionContext, backendNodeId) {
    try {
      const objectId = await resolveNodeIdToObjectId(session, backendNodeId);
      if (!objectId) return null;
      return await executionContext.evaluateOnObject(
        getNodeDetailsData,
        {
          objectId,
          args: [],
          deps: [pageFunctions.getNodeDetails]
        }
      );
    } catch (err) {
      Sentry.captureException(err, {
        tags: { gatherer: "TraceElements" },
        level: "error"
      });
    }
    return null;
  }
  /**
   * @param {LH.Gatherer.Context<'Trace'|'SourceMaps'>} context
   * @return {Promise<LH.Artifacts.TraceElement[]>}
   */
  async getArtifact(context) {
    const session = context.driver.defaultSession;
    const trace = context.dependencies.Trace;
    const SourceMaps = context.dependencies.SourceMaps;
    const settings = context.settings;
    const HostDPR = context.baseArtifacts.HostDPR;
    const traceEngineResult = await TraceEngineResultComputed.request({ trace, settings, SourceMaps, HostDPR }, context);
    const processedTrace = await ProcessedTraceComputed.request(trace, context);
    const { mainThreadEvents } = processedTrace;
    const navigationId = processedTrace.timeOriginEvt.args.data?.navigationId;
    const traceEngineData = await _TraceElements.getTraceEngineElements(
      traceEngineResult,
      navigationId
    );
    const shiftsData = await _TraceElements.getTopLayoutShifts(
      trace,
      traceEngineResult,
      context
    );
    const animatedElementData = await this.getAnimatedElements(mainThreadEvents);
    const backendNodeDataMap = /* @__PURE__ */ new Map([
      ["trace-engine", traceEngineData],
      ["layout-shift", shiftsData],
      ["animation", animatedElementData]
    ]);
    const evaluateOnObjectCache = /* @__PURE__ */ new Map();
    const traceElements = [];
    for (const [traceEventType, backendNodeData] of backendNodeDataMap) {
      for (let i = 0; i < backendNodeData.length; i++) {
        const backendNodeId = backendNodeData[i].nodeId;
        let response = evaluateOnObjectCache.get(backendNodeId);
        if (response === void 0) {
          response = await this.getNodeDetails(
            session,
            context.driver.executionContext,
            backendNodeId
          ) || null;
          evaluateOnObjectCache.set(backendNodeId, response);
        }
        if (response?.node) {
          traceElements.push({
            ...response,
            traceEventType,
            animations: backendNodeData[i].animations,
            nodeId: backendNodeId,
            type: backendNodeData[i].type
          });
        }
      }
    }
    return traceElements;
  }
};
var trace_elements_default = TraceElements;

export {
  trace_elements_default
};
