import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __commonJS,
  __name
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
    function bytes(value, options) {
      if (typeof value === "string") {
        return parse(value, options);
      }
      if (typeof value === "number") {
        return format(value, options);
      }
      return null;
    }
    __name(bytes, "bytes");
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
        return bytes(value, setDefault(options));
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

export {
  require_bytes_iec
};
