import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  Sentry
} from "./chunk-ZDTZO4FP.js";
import "./chunk-6K4RRHRO.js";
import "./chunk-P6RRBHLG.js";
import "./chunk-C6Y33VRW.js";
import "./chunk-SYESP6GA.js";
import "./chunk-GFHU54RB.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
import {
  base_gatherer_default
} from "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-BQGYKYRY.js";
import "./chunk-3KM644WB.js";
import "./chunk-5BBHM7BZ.js";
import "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import "./chunk-LKICZOEU.js";
import "./chunk-FQTCD4Y2.js";
import {
  lighthouse_logger_default
} from "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
import "./chunk-QX4LR4A3.js";
import {
  __name
} from "./chunk-NPWTAH35.js";

// node_modules/lighthouse/core/gather/gatherers/stylesheets.js
var Stylesheets = class extends base_gatherer_default {
  static {
    __name(this, "Stylesheets");
  }
  constructor() {
    super();
    this._session = void 0;
    this._sheetPromises = /* @__PURE__ */ new Map();
    this._onStylesheetAdded = this._onStylesheetAdded.bind(this);
  }
  /** @type {LH.Gatherer.GathererMeta} */
  meta = {
    supportedModes: ["snapshot", "timespan", "navigation"]
  };
  /**
   * @param {LH.Crdp.CSS.StyleSheetAddedEvent} event
   */
  _onStylesheetAdded(event) {
    if (!this._session) throw new Error("Session not initialized");
    const styleSheetId = event.header.styleSheetId;
    const sheetPromise = this._session.sendCommand("CSS.getStyleSheetText", { styleSheetId }).then((content) => ({
      header: event.header,
      content: content.text
    })).catch((err) => {
      lighthouse_logger_default.warn(
        "Stylesheets",
        `Error fetching content of stylesheet with URL "${event.header.sourceURL}"`
      );
      Sentry.captureException(err, {
        tags: {
          gatherer: "Stylesheets"
        },
        extra: {
          url: event.header.sourceURL
        },
        level: "error"
      });
      return null;
    });
    this._sheetPromises.set(styleSheetId, sheetPromise);
  }
  /**
   * @param {LH.Gatherer.Context} context
   * @return {Promise<LH.Artifacts['Stylesheets']>}
   */
  async getArtifact(context) {
    const executionContext = context.driver.executionContext;
    const session = context.driver.defaultSession;
    this._session = session;
    session.on("CSS.styleSheetAdded", this._onStylesheetAdded);
    await session.sendCommand("DOM.enable");
    await session.sendCommand("CSS.enable");
    await executionContext.evaluate(() => window.getComputedStyle(document.body), {
      args: []
    });
    session.off("CSS.styleSheetAdded", this._onStylesheetAdded);
    const sheets = await Promise.all(this._sheetPromises.values());
    await session.sendCommand("CSS.disable");
    await session.sendCommand("DOM.disable");
    const dedupedStylesheets = /* @__PURE__ */ new Map();
    for (const sheet of sheets) {
      if (!sheet) continue;
      if (sheet.header.length === 0) {
        continue;
      }
      dedupedStylesheets.set(sheet.content, sheet);
    }
    return Array.from(dedupedStylesheets.values());
  }
};
var stylesheets_default = Stylesheets;
export {
  stylesheets_default as default
};
