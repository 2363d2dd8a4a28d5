import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  compositionSourceOf,
  scriptsAndStyles
} from "./chunk-X7M2LXZX.js";
import {
  plural
} from "./chunk-YVDZ2XXY.js";
import "./chunk-335XOPWL.js";
import "./chunk-JFHUFG3Z.js";
import {
  messages
} from "./chunk-MM7ZC2FD.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/measure/rooms/composition.ts
import path from "node:path";
var compositionRoom = {
  async measure(config, { head, base }, { log, note, artifactDir }) {
    const source = compositionSourceOf(config, head);
    if (!source) return {};
    const treemap = path.join(artifactDir, "treemap.html");
    const composition = await measureSide(source, config, head, { treemapFile: treemap, note });
    if (!composition) return {};
    log.info(`${plural(composition.assets.length, "bundle")} from ${source === "webpack-stats" ? path.basename(config.webpackStats ?? "") : "their source maps"}; treemap at ${treemap}.`);
    const baseComposition = base && await measureSide(source, config, base, { note: /* @__PURE__ */ __name((message) => note(`The base: ${message}`), "note") });
    return { head: { ...composition, treemap }, ...baseComposition ? { base: baseComposition } : {} };
  }
};
async function measureSide(source, config, side, options) {
  const onHead = side.role === "head";
  const treemap = options.treemapFile ? { treemapFile: options.treemapFile } : {};
  if (source === "webpack-stats") {
    const { measureComposition } = await import("./composition-5NLSKSTI.js");
    const statsFile = path.join(side.directory, path.relative(config.workingDirectory, config.webpackStats ?? ""));
    if (onHead) return measureComposition(statsFile, treemap);
    try {
      return await measureComposition(statsFile);
    } catch (error) {
      options.note(`its webpack stats could not be read (${error.message}); the composition is shown without a comparison.`);
      return void 0;
    }
  }
  const files = scriptsAndStyles(side.measured);
  const { measureSourceMapComposition } = await import("./sourceMapComposition-G6KOORJX.js");
  const { composition, notes } = await measureSourceMapComposition(files, { workingDirectory: side.directory, ...treemap });
  for (const message of notes) options.note(message);
  if (composition.assets.length > 0) return composition;
  if (config.composition === "source-maps" && onHead) options.note(messages.noSourceMaps(files.length));
  return void 0;
}
__name(measureSide, "measureSide");
export {
  compositionRoom
};
