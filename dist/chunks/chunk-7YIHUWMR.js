import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  __name
} from "./chunk-OMWRFWOT.js";

// node_modules/pure-rand/lib/esm/generator/LinearCongruential.js
var MULTIPLIER = 214013;
var INCREMENT = 2531011;
var MASK = 4294967295;
var MASK_2 = (1 << 31) - 1;
var computeNextSeed = /* @__PURE__ */ __name(function(seed) {
  return seed * MULTIPLIER + INCREMENT & MASK;
}, "computeNextSeed");
var computeValueFromNextSeed = /* @__PURE__ */ __name(function(nextseed) {
  return (nextseed & MASK_2) >> 16;
}, "computeValueFromNextSeed");
var LinearCongruential32 = (function() {
  function LinearCongruential322(seed) {
    this.seed = seed;
  }
  __name(LinearCongruential322, "LinearCongruential32");
  LinearCongruential322.prototype.clone = function() {
    return new LinearCongruential322(this.seed);
  };
  LinearCongruential322.prototype.next = function() {
    var nextRng = new LinearCongruential322(this.seed);
    var out = nextRng.unsafeNext();
    return [out, nextRng];
  };
  LinearCongruential322.prototype.unsafeNext = function() {
    var s1 = computeNextSeed(this.seed);
    var v1 = computeValueFromNextSeed(s1);
    var s2 = computeNextSeed(s1);
    var v2 = computeValueFromNextSeed(s2);
    this.seed = computeNextSeed(s2);
    var v3 = computeValueFromNextSeed(this.seed);
    var vnext = v3 + (v2 + (v1 << 15) << 15);
    return vnext | 0;
  };
  LinearCongruential322.prototype.getState = function() {
    return [this.seed];
  };
  return LinearCongruential322;
})();
function fromState(state) {
  var valid = state.length === 1;
  if (!valid) {
    throw new Error("The state must have been produced by a congruential32 RandomGenerator");
  }
  return new LinearCongruential32(state[0]);
}
__name(fromState, "fromState");
var congruential32 = Object.assign(function(seed) {
  return new LinearCongruential32(seed);
}, { fromState });

// node_modules/pure-rand/lib/esm/generator/MersenneTwister.js
var __read = function(o, n) {
  var m = typeof Symbol === "function" && o[Symbol.iterator];
  if (!m) return o;
  var i = m.call(o), r, ar = [], e;
  try {
    while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
  } catch (error) {
    e = { error };
  } finally {
    try {
      if (r && !r.done && (m = i["return"])) m.call(i);
    } finally {
      if (e) throw e.error;
    }
  }
  return ar;
};
var __spreadArray = function(to, from, pack) {
  if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
    if (ar || !(i in from)) {
      if (!ar) ar = Array.prototype.slice.call(from, 0, i);
      ar[i] = from[i];
    }
  }
  return to.concat(ar || Array.prototype.slice.call(from));
};
var MersenneTwister = (function() {
  function MersenneTwister2(states, index) {
    this.states = states;
    this.index = index;
  }
  __name(MersenneTwister2, "MersenneTwister");
  MersenneTwister2.twist = function(prev) {
    var mt = prev.slice();
    for (var idx = 0; idx !== MersenneTwister2.N - MersenneTwister2.M; ++idx) {
      var y_1 = (mt[idx] & MersenneTwister2.MASK_UPPER) + (mt[idx + 1] & MersenneTwister2.MASK_LOWER);
      mt[idx] = mt[idx + MersenneTwister2.M] ^ y_1 >>> 1 ^ -(y_1 & 1) & MersenneTwister2.A;
    }
    for (var idx = MersenneTwister2.N - MersenneTwister2.M; idx !== MersenneTwister2.N - 1; ++idx) {
      var y_2 = (mt[idx] & MersenneTwister2.MASK_UPPER) + (mt[idx + 1] & MersenneTwister2.MASK_LOWER);
      mt[idx] = mt[idx + MersenneTwister2.M - MersenneTwister2.N] ^ y_2 >>> 1 ^ -(y_2 & 1) & MersenneTwister2.A;
    }
    var y = (mt[MersenneTwister2.N - 1] & MersenneTwister2.MASK_UPPER) + (mt[0] & MersenneTwister2.MASK_LOWER);
    mt[MersenneTwister2.N - 1] = mt[MersenneTwister2.M - 1] ^ y >>> 1 ^ -(y & 1) & MersenneTwister2.A;
    return mt;
  };
  MersenneTwister2.seeded = function(seed) {
    var out = Array(MersenneTwister2.N);
    out[0] = seed;
    for (var idx = 1; idx !== MersenneTwister2.N; ++idx) {
      var xored = out[idx - 1] ^ out[idx - 1] >>> 30;
      out[idx] = Math.imul(MersenneTwister2.F, xored) + idx | 0;
    }
    return out;
  };
  MersenneTwister2.from = function(seed) {
    return new MersenneTwister2(MersenneTwister2.twist(MersenneTwister2.seeded(seed)), 0);
  };
  MersenneTwister2.prototype.clone = function() {
    return new MersenneTwister2(this.states, this.index);
  };
  MersenneTwister2.prototype.next = function() {
    var nextRng = new MersenneTwister2(this.states, this.index);
    var out = nextRng.unsafeNext();
    return [out, nextRng];
  };
  MersenneTwister2.prototype.unsafeNext = function() {
    var y = this.states[this.index];
    y ^= this.states[this.index] >>> MersenneTwister2.U;
    y ^= y << MersenneTwister2.S & MersenneTwister2.B;
    y ^= y << MersenneTwister2.T & MersenneTwister2.C;
    y ^= y >>> MersenneTwister2.L;
    if (++this.index >= MersenneTwister2.N) {
      this.states = MersenneTwister2.twist(this.states);
      this.index = 0;
    }
    return y;
  };
  MersenneTwister2.prototype.getState = function() {
    return __spreadArray([this.index], __read(this.states), false);
  };
  MersenneTwister2.fromState = function(state) {
    var valid = state.length === MersenneTwister2.N + 1 && state[0] >= 0 && state[0] < MersenneTwister2.N;
    if (!valid) {
      throw new Error("The state must have been produced by a mersenne RandomGenerator");
    }
    return new MersenneTwister2(state.slice(1), state[0]);
  };
  MersenneTwister2.N = 624;
  MersenneTwister2.M = 397;
  MersenneTwister2.R = 31;
  MersenneTwister2.A = 2567483615;
  MersenneTwister2.F = 1812433253;
  MersenneTwister2.U = 11;
  MersenneTwister2.S = 7;
  MersenneTwister2.B = 2636928640;
  MersenneTwister2.T = 15;
  MersenneTwister2.C = 4022730752;
  MersenneTwister2.L = 18;
  MersenneTwister2.MASK_LOWER = Math.pow(2, MersenneTwister2.R) - 1;
  MersenneTwister2.MASK_UPPER = Math.pow(2, MersenneTwister2.R);
  return MersenneTwister2;
})();
function fromState2(state) {
  return MersenneTwister.fromState(state);
}
__name(fromState2, "fromState");
var mersenne = Object.assign(function(seed) {
  return MersenneTwister.from(seed);
}, { fromState: fromState2 });

// node_modules/pure-rand/lib/esm/generator/XorShift.js
var XorShift128Plus = (function() {
  function XorShift128Plus2(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  __name(XorShift128Plus2, "XorShift128Plus");
  XorShift128Plus2.prototype.clone = function() {
    return new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
  };
  XorShift128Plus2.prototype.next = function() {
    var nextRng = new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
    var out = nextRng.unsafeNext();
    return [out, nextRng];
  };
  XorShift128Plus2.prototype.unsafeNext = function() {
    var a0 = this.s00 ^ this.s00 << 23;
    var a1 = this.s01 ^ (this.s01 << 23 | this.s00 >>> 9);
    var b0 = a0 ^ this.s10 ^ (a0 >>> 18 | a1 << 14) ^ (this.s10 >>> 5 | this.s11 << 27);
    var b1 = a1 ^ this.s11 ^ a1 >>> 18 ^ this.s11 >>> 5;
    var out = this.s00 + this.s10 | 0;
    this.s01 = this.s11;
    this.s00 = this.s10;
    this.s11 = b1;
    this.s10 = b0;
    return out;
  };
  XorShift128Plus2.prototype.jump = function() {
    var nextRng = new XorShift128Plus2(this.s01, this.s00, this.s11, this.s10);
    nextRng.unsafeJump();
    return nextRng;
  };
  XorShift128Plus2.prototype.unsafeJump = function() {
    var ns01 = 0;
    var ns00 = 0;
    var ns11 = 0;
    var ns10 = 0;
    var jump = [1667051007, 2321340297, 1548169110, 304075285];
    for (var i = 0; i !== 4; ++i) {
      for (var mask = 1; mask; mask <<= 1) {
        if (jump[i] & mask) {
          ns01 ^= this.s01;
          ns00 ^= this.s00;
          ns11 ^= this.s11;
          ns10 ^= this.s10;
        }
        this.unsafeNext();
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  };
  XorShift128Plus2.prototype.getState = function() {
    return [this.s01, this.s00, this.s11, this.s10];
  };
  return XorShift128Plus2;
})();
function fromState3(state) {
  var valid = state.length === 4;
  if (!valid) {
    throw new Error("The state must have been produced by a xorshift128plus RandomGenerator");
  }
  return new XorShift128Plus(state[0], state[1], state[2], state[3]);
}
__name(fromState3, "fromState");
var xorshift128plus = Object.assign(function(seed) {
  return new XorShift128Plus(-1, ~seed, seed | 0, 0);
}, { fromState: fromState3 });

// node_modules/pure-rand/lib/esm/generator/XoroShiro.js
var XoroShiro128Plus = (function() {
  function XoroShiro128Plus2(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  __name(XoroShiro128Plus2, "XoroShiro128Plus");
  XoroShiro128Plus2.prototype.clone = function() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  };
  XoroShiro128Plus2.prototype.next = function() {
    var nextRng = new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
    var out = nextRng.unsafeNext();
    return [out, nextRng];
  };
  XoroShiro128Plus2.prototype.unsafeNext = function() {
    var out = this.s00 + this.s10 | 0;
    var a0 = this.s10 ^ this.s00;
    var a1 = this.s11 ^ this.s01;
    var s00 = this.s00;
    var s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  };
  XoroShiro128Plus2.prototype.jump = function() {
    var nextRng = new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
    nextRng.unsafeJump();
    return nextRng;
  };
  XoroShiro128Plus2.prototype.unsafeJump = function() {
    var ns01 = 0;
    var ns00 = 0;
    var ns11 = 0;
    var ns10 = 0;
    var jump = [3639956645, 3750757012, 1261568508, 386426335];
    for (var i = 0; i !== 4; ++i) {
      for (var mask = 1; mask; mask <<= 1) {
        if (jump[i] & mask) {
          ns01 ^= this.s01;
          ns00 ^= this.s00;
          ns11 ^= this.s11;
          ns10 ^= this.s10;
        }
        this.unsafeNext();
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  };
  XoroShiro128Plus2.prototype.getState = function() {
    return [this.s01, this.s00, this.s11, this.s10];
  };
  return XoroShiro128Plus2;
})();
function fromState4(state) {
  var valid = state.length === 4;
  if (!valid) {
    throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
  }
  return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}
__name(fromState4, "fromState");
var xoroshiro128plus = Object.assign(function(seed) {
  return new XoroShiro128Plus(-1, ~seed, seed | 0, 0);
}, { fromState: fromState4 });

// node_modules/pure-rand/lib/esm/distribution/UnsafeUniformBigIntDistribution.js
var One = typeof BigInt !== "undefined" ? BigInt(1) : void 0;
var ThirtyTwo = typeof BigInt !== "undefined" ? BigInt(32) : void 0;
var NumValues = typeof BigInt !== "undefined" ? BigInt(4294967296) : void 0;

// node_modules/pure-rand/lib/esm/distribution/UnsafeUniformIntDistribution.js
var safeNumberMaxSafeInteger = Number.MAX_SAFE_INTEGER;

// src/analyze/stats.ts
var CONFIDENCE = 0.95;
function medianOfSorted(sorted) {
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
__name(medianOfSorted, "medianOfSorted");
function medianOf(values) {
  return medianOfSorted([...values].sort((a, b) => a - b));
}
__name(medianOf, "medianOf");
function binomialHalfCdf(n, k) {
  let term = 0.5 ** n;
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += term;
    term = term * (n - i) / (i + 1);
  }
  return Math.min(1, sum);
}
__name(binomialHalfCdf, "binomialHalfCdf");
function medianInterval(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { interval: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY], confidence: 0 };
  let k = 1;
  while (k + 1 <= Math.floor((n + 1) / 2) && 1 - 2 * binomialHalfCdf(n, k) >= CONFIDENCE) k++;
  return { interval: [sorted[k - 1], sorted[n - k]], confidence: n === 1 ? 0 : 1 - 2 * binomialHalfCdf(n, k - 1) };
}
__name(medianInterval, "medianInterval");
function comparePaired(base, head, rule) {
  const pairs = Math.min(base.length, head.length);
  const sign = rule.higherIsBetter ? -1 : 1;
  const baseMedian = medianOf(base.slice(0, pairs));
  const headMedian = medianOf(head.slice(0, pairs));
  const worse = Array.from({ length: pairs }, (_, index) => sign * (head[index] - base[index]));
  const { interval, confidence } = medianInterval(worse);
  const limit = rule.absolute ? rule.floor : Math.max(rule.floor, rule.threshold * Math.abs(baseMedian));
  const sure = confidence >= CONFIDENCE;
  let verdict = "inconclusive";
  if (sure && interval[0] > limit) verdict = "regression";
  else if (sure && interval[1] < -limit) verdict = "improvement";
  else if (interval[1] <= limit) verdict = "unchanged";
  const bounds = [sign * interval[0], sign * interval[1]].sort((a, b) => a - b);
  const difference = headMedian - baseMedian;
  return {
    pairs,
    base: baseMedian,
    head: headMedian,
    difference,
    ...rule.absolute || baseMedian === 0 ? {} : { change: difference / baseMedian },
    interval: bounds,
    confidence,
    limit,
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
function suspectedRegression(change, higherIsBetter = false) {
  return change.verdict === "inconclusive" && (higherIsBetter ? -change.difference : change.difference) > change.limit;
}
__name(suspectedRegression, "suspectedRegression");
function judgeBudget(values, meets) {
  const { interval } = medianInterval(values);
  const [low, high] = [meets(interval[0]), meets(interval[1])];
  if (low && high) return "pass";
  if (!low && !high) return "fail";
  return "inconclusive";
}
__name(judgeBudget, "judgeBudget");

// src/analyze/verdict.ts
function bundleSubject(bundle) {
  return bundle.pairing ? bundle.file ?? bundle.name : bundle.name;
}
__name(bundleSubject, "bundleSubject");
function validateBundles(comparisons, regressionThreshold, failOn) {
  const present = comparisons.filter((bundle) => bundle.status !== "removed");
  const budgets = present.map((bundle) => ({
    kind: "bundle-budget",
    subject: bundleSubject(bundle),
    target: bundle.limit,
    actual: bundle.size,
    passed: !bundle.overBudget,
    blocking: failOn.budget
  }));
  const regressions = present.filter((bundle) => bundle.change !== void 0).map((bundle) => ({
    kind: "bundle-regression",
    subject: bundleSubject(bundle),
    target: regressionThreshold,
    actual: bundle.change ?? 0,
    passed: !bundle.regression,
    // A pair guessed by rank of size may be two different files: shown, but it does not block.
    blocking: failOn.regression && bundle.pairing !== "size-order"
  }));
  return [...budgets, ...regressions];
}
__name(validateBundles, "validateBundles");
function validateSizeLimitTimes(bundles, failOn) {
  return bundles.flatMap((bundle) => {
    const measured = bundle.sizeLimit;
    if (measured?.timeLimit === void 0) return [];
    const actual = (measured.loading ?? 0) + (measured.running ?? 0);
    return [{ kind: "size-limit-time", subject: bundle.name, target: measured.timeLimit, actual, passed: actual <= measured.timeLimit, blocking: failOn.budget }];
  });
}
__name(validateSizeLimitTimes, "validateSizeLimitTimes");
function changeTarget(kind, subject, metric, change, threshold, failOn) {
  const relative = change.change !== void 0;
  return {
    kind,
    subject,
    ...metric ? { metric } : {},
    target: relative ? threshold : change.limit,
    actual: relative ? change.change : change.difference,
    ...relative ? {} : { absolute: true },
    base: change.base,
    runs: change.pairs,
    passed: change.verdict !== "regression" && change.verdict !== "inconclusive",
    ...change.verdict === "inconclusive" ? { inconclusive: true } : {},
    blocking: failOn.regression
  };
}
__name(changeTarget, "changeTarget");
var REGRESSION_KINDS = ["bundle-regression", "latency-regression", "render-regression"];
function targetState(target) {
  if (target.unavailable) return "unavailable";
  if (target.inconclusive) return "inconclusive";
  if (target.passed) return "pass";
  return REGRESSION_KINDS.includes(target.kind) ? "regression" : "fail";
}
__name(targetState, "targetState");
function acceptRegressions(targets, accepted) {
  if (!accepted) return [...targets];
  return targets.map((target) => target.blocking && targetState(target) === "regression" ? { ...target, blocking: false, accepted: true } : target);
}
__name(acceptRegressions, "acceptRegressions");
function withAcceptance(report, accepted) {
  const revoked = report.validation.map((target) => {
    if (!target.accepted) return target;
    const { accepted: _accepted, ...rest2 } = target;
    return { ...rest2, blocking: true };
  });
  const { accepted: _earlier, ...rest } = report;
  const validation = acceptRegressions(revoked, accepted);
  return { ...rest, validation, verdict: decide(validation), ...accepted ? { accepted } : {} };
}
__name(withAcceptance, "withAcceptance");
function decide(targets) {
  const failed = targets.filter((target) => ["fail", "regression"].includes(targetState(target)));
  const blockingFailures = failed.filter((target) => target.blocking).sort((a, b) => Number(b.kind === "shard") - Number(a.kind === "shard") || b.actual / (b.target || 1) - a.actual / (a.target || 1));
  const preExisting = failed.filter((target) => target.preExisting).length;
  return {
    passed: blockingFailures.length === 0,
    budgetFailures: failed.filter((target) => !REGRESSION_KINDS.includes(target.kind)).length,
    ...preExisting > 0 ? { preExisting } : {},
    regressions: failed.filter((target) => REGRESSION_KINDS.includes(target.kind)).length,
    inconclusive: targets.filter((target) => targetState(target) === "inconclusive").length,
    blockingFailures
  };
}
__name(decide, "decide");

export {
  medianOf,
  comparePaired,
  uniformDraws,
  suspectedRegression,
  judgeBudget,
  bundleSubject,
  validateBundles,
  validateSizeLimitTimes,
  changeTarget,
  targetState,
  acceptRegressions,
  withAcceptance,
  decide
};
