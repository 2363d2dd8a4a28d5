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
  METRIC_TABLE,
  isMetricName
} from "./chunk-JFHUFG3Z.js";
import {
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

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
function formatSignedIn(format, value) {
  return `${value < 0 ? "\u2212" : "+"}${format(Math.abs(value))}`;
}
__name(formatSignedIn, "formatSignedIn");
function formatSignedPercentAgainst(fraction, threshold) {
  const plain = formatSignedPercent(fraction);
  if (fraction === threshold || plain !== `+${formatPercent(threshold)}`) return plain;
  for (const digits of [1, 2]) {
    const finer = `+${(fraction * 100).toFixed(digits)}%`;
    if (finer !== `+${(threshold * 100).toFixed(digits)}%`) return finer;
  }
  return plain;
}
__name(formatSignedPercentAgainst, "formatSignedPercentAgainst");
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
  formatSize,
  formatLimit,
  plural,
  formatSignedSize,
  formatPercent,
  formatSignedPercent,
  formatSignedIn,
  formatSignedPercentAgainst,
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
