import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  METRIC_TABLE,
  isMetricName
} from "./chunk-JFHUFG3Z.js";
import {
  __commonJS,
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/bytes-iec/index.js
var require_bytes_iec = __commonJS({
  "node_modules/bytes-iec/index.js"(exports, module) {
    "use strict";
    module.exports = withDefaultMode("metric");
    var formatThousandsRegExp = /\B(?=(\d{3})+(?!\d))/g;
    var formatDecimalsRegExp = /(?:\.0*|(\.[^0]+)0+)$/;
    var allUnits = {
      // Metric units
      b: { val: 1, longName: "byte", name: "B" },
      kb: { val: Math.pow(1e3, 1), longName: "kilobyte", name: "kB" },
      mb: { val: Math.pow(1e3, 2), longName: "megabyte", name: "MB" },
      gb: { val: Math.pow(1e3, 3), longName: "gigabyte", name: "GB" },
      tb: { val: Math.pow(1e3, 4), longName: "terabyte", name: "TB" },
      pb: { val: Math.pow(1e3, 5), longName: "petabyte", name: "PB" },
      eb: { val: Math.pow(1e3, 6), longName: "exabyte", name: "EB" },
      zb: { val: Math.pow(1e3, 7), longName: "zettabyte", name: "ZB" },
      yb: { val: Math.pow(1e3, 8), longName: "yottabyte", name: "YB" },
      // Binary units
      kib: { val: Math.pow(1024, 1), longName: "kibibyte", name: "KiB" },
      mib: { val: Math.pow(1024, 2), longName: "mebibyte", name: "MiB" },
      gib: { val: Math.pow(1024, 3), longName: "gibibyte", name: "GiB" },
      tib: { val: Math.pow(1024, 4), longName: "tebibyte", name: "TiB" },
      pib: { val: Math.pow(1024, 5), longName: "pebibyte", name: "PiB" },
      eib: { val: Math.pow(1024, 6), longName: "exbibyte", name: "EiB" },
      zib: { val: Math.pow(1024, 7), longName: "zebibyte", name: "ZiB" },
      yib: { val: Math.pow(1024, 8), longName: "yobibyte", name: "YiB" },
      // Compatibility units
      _kb: { val: Math.pow(1024, 1), longName: "kilobyte", name: "kB" },
      _mb: { val: Math.pow(1024, 2), longName: "megabyte", name: "MB" },
      _gb: { val: Math.pow(1024, 3), longName: "gigabyte", name: "GB" },
      _tb: { val: Math.pow(1024, 4), longName: "terabyte", name: "TB" }
    };
    function _invertUnitMap(expectedUnits) {
      var orderedUnits = [];
      for (var i = 0; i < expectedUnits.length; i++) {
        var unitData = expectedUnits[i];
        orderedUnits.push(allUnits[unitData]);
      }
      orderedUnits.sort(/* @__PURE__ */ __name(function sortLargest(a, b) {
        return b.val - a.val;
      }, "sortLargest"));
      return orderedUnits;
    }
    __name(_invertUnitMap, "_invertUnitMap");
    var metricMap = _invertUnitMap([
      "b",
      "kb",
      "mb",
      "gb",
      "tb",
      "pb",
      "eb",
      "zb",
      "yb"
    ]);
    var binaryMap = _invertUnitMap([
      "b",
      "kib",
      "mib",
      "gib",
      "tib",
      "pib",
      "eib",
      "zib",
      "yib"
    ]);
    var compatibilityMap = _invertUnitMap([
      "b",
      "_kb",
      "_mb",
      "_gb",
      "_tb"
    ]);
    var parseRegExp = /^((-|\+)?(\d+(?:\.\d+)?)) *((k|m|g|t|p|e|z|y)?i?(b))?$/i;
    function _checkMode(mode) {
      if (mode == "compatibility") {
        mode = "jedec";
      }
      if (mode == "decimal") {
        mode = "metric";
      }
      if (!/^(binary|metric|jedec)/.test(mode)) {
        throw Error("bytes.js: invalid mode passed in: " + mode);
      }
      return mode;
    }
    __name(_checkMode, "_checkMode");
    function bytes2(value, options) {
      if (typeof value === "string") {
        return parse(value, options);
      }
      if (typeof value === "number") {
        return format(value, options);
      }
      return null;
    }
    __name(bytes2, "bytes");
    function withDefaultMode(mode) {
      mode = _checkMode(mode);
      function setDefault(options) {
        options = options !== void 0 ? options : {};
        if (options.mode === void 0) {
          options.mode = mode;
        }
        return options;
      }
      __name(setDefault, "setDefault");
      function bytesWithDefault(value, options) {
        return bytes2(value, setDefault(options));
      }
      __name(bytesWithDefault, "bytesWithDefault");
      bytesWithDefault.format = /* @__PURE__ */ __name(function formatWithDefault(value, options) {
        return format(value, setDefault(options));
      }, "formatWithDefault");
      bytesWithDefault.parse = /* @__PURE__ */ __name(function formatWithDefault(value, options) {
        return parse(value, setDefault(options));
      }, "formatWithDefault");
      bytesWithDefault.withDefaultMode = withDefaultMode;
      return bytesWithDefault;
    }
    __name(withDefaultMode, "withDefaultMode");
    function format(value, options) {
      if (!Number.isFinite(value)) {
        return null;
      }
      var mag = Math.abs(value);
      var thousandsSeparator = options && options.thousandsSeparator || "";
      var unitSeparator = options && options.unitSeparator || "";
      var decimalPlaces = options && options.decimalPlaces !== void 0 ? options.decimalPlaces : 2;
      var fixedDecimals = Boolean(options && options.fixedDecimals);
      var expectedUnit = options && options.unit;
      var mode = options && options.mode || "metric";
      mode = _checkMode(options.mode);
      var unitMap = _getUnitMap(mode);
      var conversionUnit;
      if (expectedUnit !== void 0) {
        conversionUnit = _findUnit(allUnits, expectedUnit, mode);
      } else {
        conversionUnit = _findLargestUnit(unitMap, mag);
      }
      var val = value / conversionUnit.val;
      var str = val.toFixed(decimalPlaces);
      var unit = conversionUnit.name;
      if (!fixedDecimals) {
        str = str.replace(formatDecimalsRegExp, "$1");
      }
      if (thousandsSeparator) {
        str = str.replace(formatThousandsRegExp, thousandsSeparator);
      }
      return str + unitSeparator + unit;
    }
    __name(format, "format");
    function _getUnitMap(mode) {
      if (mode == "metric") {
        return metricMap;
      } else if (mode == "jedec") {
        return compatibilityMap;
      } else if (mode == "binary") {
        return binaryMap;
      }
    }
    __name(_getUnitMap, "_getUnitMap");
    function _findUnit(unitMap, unit, mode) {
      var conversionUnit;
      unit = unit.toLowerCase();
      if (mode == "compatibility" || mode == "jedec") {
        conversionUnit = allUnits["_" + unit];
      }
      if (conversionUnit === void 0) {
        conversionUnit = allUnits[unit];
      }
      if (conversionUnit === void 0) {
        throw Error("byte.js: unit not found: " + unit);
      }
      return conversionUnit;
    }
    __name(_findUnit, "_findUnit");
    function _findLargestUnit(unitMap, value) {
      for (var i = 0; i < unitMap.length; i++) {
        var unitData = unitMap[i];
        if (value >= unitData.val || i >= unitMap.length - 1) {
          return unitData;
        }
      }
    }
    __name(_findLargestUnit, "_findLargestUnit");
    function parse(val, options) {
      if (typeof val === "number" && !isNaN(val)) {
        return val;
      }
      if (typeof val !== "string") {
        return null;
      }
      var mode = options && options.mode || "metric";
      mode = _checkMode(mode);
      var results = parseRegExp.exec(val);
      var floatValue;
      var unit;
      if (!results) {
        return null;
      }
      floatValue = parseFloat(results[1]);
      unit = results[4];
      if (unit === void 0) {
        unit = "b";
      }
      unit = unit.toLowerCase();
      var unitData;
      if (mode == "jedec") {
        unitData = allUnits["_" + unit];
      }
      if (unitData === void 0) {
        unitData = allUnits[unit];
      }
      return Math.floor(unitData.val * floatValue);
    }
    __name(parse, "parse");
  }
});

// src/report/format.ts
var import_bytes_iec = __toESM(require_bytes_iec(), 1);
function formatSize(size) {
  return import_bytes_iec.default.format(size, { decimalPlaces: 1, unitSeparator: " " }) ?? `${size} B`;
}
__name(formatSize, "formatSize");
var METRIC_UNITS = [
  ["GB", 1e9],
  ["MB", 1e6],
  ["kB", 1e3],
  ["B", 1]
];
var BINARY_UNITS = [
  ["GiB", 1024 ** 3],
  ["MiB", 1024 ** 2],
  ["KiB", 1024]
];
function formatLimit(size) {
  const exactIn = /* @__PURE__ */ __name((units) => {
    for (const [unit, factor] of units) {
      const shown = Number((size / factor).toFixed(3));
      if (shown >= 1 && Math.round(shown * factor) === size) return { text: `${shown} ${unit}`, decimals: String(shown).split(".")[1]?.length ?? 0 };
    }
    return void 0;
  }, "exactIn");
  const metric = exactIn(METRIC_UNITS) ?? { text: `${size} B`, decimals: 0 };
  const binary = exactIn(BINARY_UNITS);
  return binary && binary.decimals < metric.decimals ? binary.text : metric.text;
}
__name(formatLimit, "formatLimit");
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
__name(plural, "plural");
function formatSignedSize(delta) {
  if (delta === 0) return "0 B";
  return `${delta > 0 ? "+" : "\u2212"}${formatSize(Math.abs(delta))}`;
}
__name(formatSignedSize, "formatSignedSize");
function formatPercent(fraction) {
  const percent = fraction * 100;
  const digits = Math.abs(percent) < 10 ? 1 : 0;
  return `${percent.toFixed(digits).replace(/\.0$/, "")}%`;
}
__name(formatPercent, "formatPercent");
function formatSignedPercent(fraction) {
  if (fraction === 0) return "0%";
  return `${fraction > 0 ? "+" : "\u2212"}${formatPercent(Math.abs(fraction))}`;
}
__name(formatSignedPercent, "formatSignedPercent");
function code(text) {
  const flat = text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = longestRun > 0 || flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
__name(code, "code");
function formatMs(ms) {
  if (ms >= 1e3) return `${(ms / 1e3).toFixed(2).replace(/\.?0+$/, "")} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}
__name(formatMs, "formatMs");
function formatRate(perSecond) {
  return `${Math.round(perSecond).toLocaleString("en-US")} req/s`;
}
__name(formatRate, "formatRate");
function formatErrorRate(fraction) {
  if (fraction === 0) return "0%";
  if (fraction < 1e-3) return "<0.1%";
  return formatPercent(fraction);
}
__name(formatErrorRate, "formatErrorRate");
function escapeText(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]|~]/g, (character) => `\\${character}`).replace(/[&<>]/g, (character) => HTML_ENTITIES[character] ?? character).replace(/@/g, MENTION_BREAK);
}
__name(escapeText, "escapeText");
function unescapeText(markdown) {
  return markdown.replaceAll(MENTION_BREAK, "@").replace(/\\([\\`*_[\]|~])/g, "$1").replace(/&(lt|gt|amp);/g, (entity) => Object.entries(HTML_ENTITIES).find(([, escaped]) => escaped === entity)?.[0] ?? entity);
}
__name(unescapeText, "unescapeText");
var MENTION_BREAK = "@&#8203;";
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function metricLabel(metric) {
  return isMetricName(metric) ? METRIC_TABLE[metric].label : String(metric);
}
__name(metricLabel, "metricLabel");
var METRIC_FORMATS = {
  ms: formatMs,
  unitless: /* @__PURE__ */ __name((value) => value.toFixed(3), "unitless"),
  score: /* @__PURE__ */ __name((value) => String(Math.round(value * 100)), "score")
};
function formatMetric(metric, value) {
  return METRIC_FORMATS[isMetricName(metric) ? METRIC_TABLE[metric].unit : "ms"](value);
}
__name(formatMetric, "formatMetric");
function compressionLabel(compression) {
  return compression === "none" ? "raw" : compression;
}
__name(compressionLabel, "compressionLabel");

export {
  require_bytes_iec,
  formatSize,
  formatLimit,
  plural,
  formatSignedSize,
  formatPercent,
  formatSignedPercent,
  code,
  formatMs,
  formatRate,
  formatErrorRate,
  escapeText,
  unescapeText,
  metricLabel,
  formatMetric,
  compressionLabel
};
