import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  Sentry
} from "./chunk-46JEON4P.js";
import "./chunk-LTKMILJT.js";
import "./chunk-UZUBZ4TX.js";
import "./chunk-ZUY3BTUL.js";
import "./chunk-TLUPT47U.js";
import "./chunk-KOJ2RCGK.js";
import "./chunk-5RDVE6B4.js";
import "./chunk-JJ7AI7FF.js";
import {
  base_gatherer_default
} from "./chunk-5OCP4ICV.js";
import "./chunk-UYWBNZ7J.js";
import "./chunk-RPGCNC5P.js";
import "./chunk-OGF3ODRV.js";
import "./chunk-M6BVBSCB.js";
import "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import "./chunk-ZXPRQ4W4.js";
import "./chunk-PVRN2YPO.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

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
