import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/measure/room.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
function isRelativeUrl(url) {
  return !/^https?:\/\//i.test(url);
}
__name(isRelativeUrl, "isRelativeUrl");
function urlOnServer(server, pathOnServer) {
  return new URL(`${server.origin}${pathOnServer}`).href;
}
__name(urlOnServer, "urlOnServer");
function requestPathOnServer(server, pathOnServer) {
  return `${new URL(server.origin).pathname.replace(/\/+$/, "")}${pathOnServer}`;
}
__name(requestPathOnServer, "requestPathOnServer");
var SCRIPT_OR_STYLE = /\.(?:[cm]?js|css)$/i;
function namesASourceMap(file) {
  if (existsSync(`${file}.map`)) return true;
  try {
    return readFileSync(file, "latin1").includes("sourceMappingURL=");
  } catch {
    return false;
  }
}
__name(namesASourceMap, "namesASourceMap");
function scriptsAndStyles(measured) {
  return [...new Set(measured.bundles.flatMap((bundle) => bundle.files.map((file) => file.path)))].filter((file) => SCRIPT_OR_STYLE.test(file));
}
__name(scriptsAndStyles, "scriptsAndStyles");
function compositionSourceOf(config, head) {
  switch (config.composition) {
    case "none":
      return void 0;
    case "webpack-stats":
      return "webpack-stats";
    case "source-maps":
      return "source-maps";
    case "auto":
      if (config.webpackStats) return "webpack-stats";
      return scriptsAndStyles(head.measured).some((file) => namesASourceMap(path.resolve(head.directory, file))) ? "source-maps" : void 0;
  }
}
__name(compositionSourceOf, "compositionSourceOf");

export {
  isRelativeUrl,
  urlOnServer,
  requestPathOnServer,
  scriptsAndStyles,
  compositionSourceOf
};
