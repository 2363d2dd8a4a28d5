import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  mersenne
} from "./chunk-USN2CWU6.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/analyze/stats.ts
var CONFIDENCE = 0.95;
var RESAMPLES = 4e3;
var SEED = 20261125;
function medianOfSorted(sorted) {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
__name(medianOfSorted, "medianOfSorted");
function comparePaired(base, head, rule) {
  const pairs = Math.min(base.length, head.length);
  const sign = rule.higherIsBetter ? -1 : 1;
  const differences = Array.from({ length: pairs }, (_, index) => sign * (head[index] - base[index])).sort((a, b) => a - b);
  const mean = /* @__PURE__ */ __name((values) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length), "mean");
  const baseMean = mean(base.slice(0, pairs));
  const headMean = mean(head.slice(0, pairs));
  const median = pairs === 0 ? 0 : medianOfSorted(differences);
  let interval = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  if (pairs >= 2) {
    const random = uniformDraws(SEED);
    const medians = new Float64Array(RESAMPLES);
    const sample = new Array(pairs);
    for (let resample = 0; resample < RESAMPLES; resample++) {
      for (let index = 0; index < pairs; index++) sample[index] = differences[Math.floor(random() * pairs)];
      medians[resample] = medianOfSorted(sample.sort((a, b) => a - b));
    }
    medians.sort();
    const tail = (1 - CONFIDENCE) / 2;
    interval = [medians[Math.floor(tail * RESAMPLES)], medians[Math.ceil((1 - tail) * RESAMPLES) - 1]];
  }
  const limit = Math.max(rule.floor, rule.threshold * Math.abs(baseMean));
  let verdict = "unchanged";
  if (interval[0] > limit) verdict = "regression";
  else if (interval[1] < -limit) verdict = "improvement";
  else if (interval[1] > limit) verdict = "inconclusive";
  const unsigned = /* @__PURE__ */ __name((value) => sign * value, "unsigned");
  const bounds = [unsigned(interval[0]), unsigned(interval[1])].sort((a, b) => a - b);
  return {
    pairs,
    baseMean,
    headMean,
    difference: unsigned(median),
    interval: bounds,
    confidence: pairs < 2 ? 0 : CONFIDENCE,
    change: baseMean === 0 ? 0 : unsigned(median) / baseMean,
    verdict
  };
}
__name(comparePaired, "comparePaired");
function uniformDraws(seed) {
  const generator = mersenne(seed);
  return () => {
    const high = generator.unsafeNext() >>> 5;
    const low = generator.unsafeNext() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  };
}
__name(uniformDraws, "uniformDraws");

export {
  medianOfSorted,
  comparePaired
};
