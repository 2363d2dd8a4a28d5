import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  require_bytes_iec
} from "./chunk-335XOPWL.js";
import {
  UserError,
  messages
} from "./chunk-MM7ZC2FD.js";
import {
  require_ms
} from "./chunk-CUMEVQG2.js";
import {
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// src/config/paths.ts
import { realpathSync } from "node:fs";
import path from "node:path";
function isInside(root, file) {
  const relative = path.relative(root, file);
  return relative === "" || relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
__name(isInside, "isInside");
function realPathOf(file) {
  const rest = [];
  let existing = file;
  for (; ; ) {
    try {
      return path.join(realpathSync.native(existing), ...rest);
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return file;
      rest.unshift(path.basename(existing));
      existing = parent;
    }
  }
}
__name(realPathOf, "realPathOf");
function leavesRoot(root, file) {
  if (!isInside(root, file)) return {};
  const real = realPathOf(file);
  return isInside(realPathOf(root), real) ? void 0 : { symlinkTo: real };
}
__name(leavesRoot, "leavesRoot");
var PARENT_SEGMENT = /(?:^|[\\/{,(|])\.\.(?:[\\/},)|]|$)/;
function globLeavesRoot(pattern) {
  return path.posix.isAbsolute(pattern) || path.win32.isAbsolute(pattern) || PARENT_SEGMENT.test(pattern);
}
__name(globLeavesRoot, "globLeavesRoot");

// src/config/units.ts
var import_bytes_iec = __toESM(require_bytes_iec(), 1);
var import_ms = __toESM(require_ms(), 1);
function parseSize(value, where) {
  const parsed = typeof value === "number" ? value : sizeOf(value.trim());
  if (parsed === null || Number.isNaN(parsed) || !Number.isFinite(parsed)) throw new UserError(messages.notASize(where, value));
  if (parsed < 0) throw new UserError(messages.negative(where, value));
  return Math.round(parsed);
}
__name(parseSize, "parseSize");
function sizeOf(text) {
  const match = /^(-?\d*\.?\d+)\s*([a-z]*)$/i.exec(text);
  if (!match) return import_bytes_iec.default.parse(text);
  const unit = match[2] ? import_bytes_iec.default.parse(`1${match[2]}`) : 1;
  return unit === null ? null : Number(match[1]) * unit;
}
__name(sizeOf, "sizeOf");
function parseDuration(value, where) {
  const parsed = typeof value === "number" ? value : (0, import_ms.default)(value.trim());
  if (typeof parsed !== "number" || Number.isNaN(parsed) || !Number.isFinite(parsed)) {
    throw new UserError(messages.notADuration(where, value));
  }
  if (parsed < 0) throw new UserError(messages.negative(where, value));
  return parsed;
}
__name(parseDuration, "parseDuration");
function parsePercentage(value, where) {
  let percent;
  if (typeof value === "number") {
    percent = value;
  } else {
    const match = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(value.trim());
    if (!match?.[1]) throw new UserError(messages.notAPercentage(where, value));
    percent = Number(match[1]);
  }
  if (!Number.isFinite(percent)) throw new UserError(messages.notAPercentage(where, value));
  if (percent < 0) throw new UserError(messages.negative(where, value));
  return percent / 100;
}
__name(parsePercentage, "parsePercentage");
function parsePositiveInteger(value, where) {
  const parsed = typeof value === "number" ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(parsed) || parsed < 1) throw new UserError(messages.notAPositiveInteger(where, value));
  return parsed;
}
__name(parsePositiveInteger, "parsePositiveInteger");
function parseNonNegativeInteger(value, where) {
  const parsed = typeof value === "number" ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(parsed) || parsed < 0) throw new UserError(messages.notANonNegativeInteger(where, value));
  return parsed;
}
__name(parseNonNegativeInteger, "parseNonNegativeInteger");
function bounded(parse, bounds) {
  return (value, where) => {
    const parsed = parse(value, where);
    if (parsed < bounds.min || parsed > bounds.max) throw new UserError(messages.outOfRange(where, value, bounds.from, bounds.to, bounds.example));
    return parsed;
  };
}
__name(bounded, "bounded");

export {
  isInside,
  leavesRoot,
  globLeavesRoot,
  parseSize,
  parseDuration,
  parsePercentage,
  parsePositiveInteger,
  parseNonNegativeInteger,
  bounded
};
