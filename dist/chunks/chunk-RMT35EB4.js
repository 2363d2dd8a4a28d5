import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/model/measurements.ts
function sizeFor(sizes, compression) {
  return compression === "none" ? sizes.raw : sizes[compression];
}
__name(sizeFor, "sizeFor");
function bundleSize(bundle) {
  return sizeFor(bundle, bundle.compression) ?? 0;
}
__name(bundleSize, "bundleSize");
var APP_PACKAGE = "(app)";

export {
  sizeFor,
  bundleSize,
  APP_PACKAGE
};
