import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  debug,
  getInput,
  getOctokit,
  github_exports,
  group,
  info,
  require_light,
  retry,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-3HLD3J5E.js";
import {
  ANNOTATIONS_PER_REQUEST,
  CHECK_SUMMARY_LIMIT,
  CHECK_SUMMARY_MAX_LENGTH,
  CHECK_TITLE_MAX_LENGTH,
  COMMENT_MAX_LENGTH,
  JOB_SUMMARY_MAX_LENGTH,
  benchmarkEntries,
  cutAtLine,
  describeTarget,
  loadConfig,
  mergeShardReports,
  parseReport,
  renderAlert,
  renderMarkdown,
  renderNoLongerRegressed,
  renderStillRegressed,
  runCommand,
  runPerfGate,
  verdictSentence
} from "./chunks/chunk-CRZNG6R7.js";
import "./chunks/chunk-QLV355FP.js";
import "./chunks/chunk-FR4AEVR2.js";
import {
  INPUT_NAMES,
  Input,
  Output,
  endpointName
} from "./chunks/chunk-JPYO24CX.js";
import {
  whenCancelled
} from "./chunks/chunk-2TMHQEFV.js";
import "./chunks/chunk-S5LBGUGR.js";
import {
  targetState,
  withAcceptance
} from "./chunks/chunk-7YIHUWMR.js";
import "./chunks/chunk-RMT35EB4.js";
import "./chunks/chunk-X7M2LXZX.js";
import "./chunks/chunk-JRZHQAKJ.js";
import "./chunks/chunk-3J2DRJQQ.js";
import "./chunks/chunk-ZRFXBBCS.js";
import {
  escapeText
} from "./chunks/chunk-YVDZ2XXY.js";
import "./chunks/chunk-335XOPWL.js";
import "./chunks/chunk-JFHUFG3Z.js";
import {
  UserError,
  messages
} from "./chunks/chunk-MM7ZC2FD.js";
import "./chunks/chunk-CUMEVQG2.js";
import {
  __name,
  __toESM
} from "./chunks/chunk-OMWRFWOT.js";

// src/main.ts
import { existsSync as existsSync3 } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path5 from "node:path";

// src/baseline/stored.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = /* @__PURE__ */ __name(function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
}, "freb");
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = /* @__PURE__ */ __name((function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
}), "hMap");
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = /* @__PURE__ */ __name(function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
}, "max");
var bits = /* @__PURE__ */ __name(function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
}, "bits");
var bits16 = /* @__PURE__ */ __name(function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
}, "bits16");
var shft = /* @__PURE__ */ __name(function(p) {
  return (p + 7) / 8 | 0;
}, "shft");
var slc = /* @__PURE__ */ __name(function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
}, "slc");
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = /* @__PURE__ */ __name(function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
}, "err");
var inflt = /* @__PURE__ */ __name(function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = /* @__PURE__ */ __name(function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  }, "cbuf");
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
}, "inflt");
var et = /* @__PURE__ */ new u8(0);
var b2 = /* @__PURE__ */ __name(function(d, b) {
  return d[b] | d[b + 1] << 8;
}, "b2");
var b4 = /* @__PURE__ */ __name(function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
}, "b4");
var b8 = /* @__PURE__ */ __name(function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
}, "b8");
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
__name(inflateSync, "inflateSync");
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = /* @__PURE__ */ __name(function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
}, "dutf8");
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
__name(strFromU8, "strFromU8");
var slzh = /* @__PURE__ */ __name(function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
}, "slzh");
var zh = /* @__PURE__ */ __name(function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
}, "zh");
var z64hs = /* @__PURE__ */ __name(function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
}, "z64hs");
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}
__name(unzipSync, "unzipSync");

// src/baseline/stored.ts
function reportArtifactName(key) {
  return `perf-gate-${key}`;
}
__name(reportArtifactName, "reportArtifactName");
function shardArtifactName(key, index) {
  return `${reportArtifactName(key)}-shard-${index}`;
}
__name(shardArtifactName, "shardArtifactName");
var MAX_ARTIFACT_PAGES = 10;
function findStoredReportsWith(octokit, repo, key) {
  return async (shas, limit) => {
    const wanted = new Set(shas);
    const bySha = /* @__PURE__ */ new Map();
    const pages = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, { ...repo, name: reportArtifactName(key), per_page: 100 });
    let pagesRead = 0;
    for await (const page of pages) {
      if (++pagesRead > MAX_ARTIFACT_PAGES) break;
      for (const artifact of page.data) {
        const sha = artifact.workflow_run?.head_sha;
        if (!artifact.expired && sha && wanted.has(sha) && !bySha.has(sha)) {
          bySha.set(sha, { id: artifact.id, ...artifact.workflow_run?.id ? { runId: artifact.workflow_run.id } : {} });
        }
      }
    }
    const found = [];
    for (const sha of shas.filter((candidate) => bySha.has(candidate)).slice(0, limit)) {
      const artifact = bySha.get(sha);
      const text = await downloadReportJson(octokit, repo, artifact.id);
      if (text !== void 0) found.push({ sha, text, ...artifact.runId ? { runId: artifact.runId } : {} });
    }
    return found;
  };
}
__name(findStoredReportsWith, "findStoredReportsWith");
async function downloadArtifactFiles(octokit, repo, artifactId, directory) {
  const { data } = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifactId, archive_format: "zip" });
  const files = unzipSync(new Uint8Array(data));
  for (const [name, content] of Object.entries(files)) {
    const target = path.resolve(directory, name);
    if (name.endsWith("/") || path.relative(directory, target).startsWith("..")) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return files["report.json"] ? strFromU8(files["report.json"]) : void 0;
}
__name(downloadArtifactFiles, "downloadArtifactFiles");
async function downloadReportJson(octokit, repo, artifactId) {
  const { data } = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifactId, archive_format: "zip" });
  const report = unzipSync(new Uint8Array(data))["report.json"];
  return report ? strFromU8(report) : void 0;
}
__name(downloadReportJson, "downloadReportJson");

// src/config/inputs.ts
function readActionInputs() {
  const overrides = {};
  for (const name of INPUT_NAMES) {
    const value = getInput(name);
    if (value !== "") overrides[name] = value;
  }
  return overrides;
}
__name(readActionInputs, "readActionInputs");

// src/publish/octokit.ts
import { setTimeout as sleep } from "node:timers/promises";

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = /* @__PURE__ */ __name(() => Promise.resolve(), "noop");
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
__name(wrapRequest, "wrapRequest");
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
__name(doRequest, "doRequest");
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
__name(isAuthRequest, "isAuthRequest");
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path6) => path6.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
__name(routeMatcher, "routeMatcher");
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = /* @__PURE__ */ __name(function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
}, "createGroups");
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = /* @__PURE__ */ __name(() => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info2) {
      const [state2, request, options] = info2.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  }, "initializeBottleneck");
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
__name(throttling, "throttling");
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// src/publish/octokit.ts
var REQUEST_TIMEOUT_MS = 15e3;
var RATE_LIMIT_MAX_WAIT_S = 120;
var RATE_LIMIT_RETRIES = 2;
var deadlines = /* @__PURE__ */ new WeakMap();
function publishingBound(ms) {
  const signal = AbortSignal.timeout(ms);
  deadlines.set(signal, { at: Date.now() + ms, ms });
  return signal;
}
__name(publishingBound, "publishingBound");
function createOctokit(token, baseUrl, log, limits = {}) {
  const waitsOut = /* @__PURE__ */ __name((retryAfter, options, retryCount, what) => {
    const bound = options.request?.signal && deadlines.get(options.request.signal);
    const fits = retryAfter <= RATE_LIMIT_MAX_WAIT_S && (!bound || Date.now() + retryAfter * 1e3 < bound.at);
    if (!fits || retryCount >= RATE_LIMIT_RETRIES) return false;
    log.warning(`GitHub ${what} on ${options.method} ${options.url}; retrying in ${retryAfter}s.`);
    return true;
  }, "waitsOut");
  const octokit = getOctokit(
    token,
    {
      // GITHUB_API_URL may end with a slash; octokit joins paths with one of its own.
      baseUrl: baseUrl.replace(/\/+$/, ""),
      request: { fetch: fetchWithTimeout(limits.requestTimeoutMs ?? REQUEST_TIMEOUT_MS) },
      throttle: {
        onRateLimit: /* @__PURE__ */ __name((retryAfter, options, _octokit, retryCount) => waitsOut(retryAfter, options, retryCount, "rate limit"), "onRateLimit"),
        onSecondaryRateLimit: /* @__PURE__ */ __name((retryAfter, options, _octokit, retryCount) => waitsOut(retryAfter, options, retryCount, "secondary rate limit"), "onSecondaryRateLimit")
      }
    },
    retry,
    throttling
  );
  octokit.hook.before("request", (options) => {
    if (options.method !== "GET" && options.method !== "HEAD") options.request.retries = 0;
  });
  octokit.hook.error("request", (error) => {
    if (error instanceof Error) error.message = describeGitHubError(error);
    throw error;
  });
  return octokit;
}
__name(createOctokit, "createOctokit");
var NoAnswer = class extends Error {
  static {
    __name(this, "NoAnswer");
  }
  name = "AbortError";
};
function fetchWithTimeout(timeoutMs) {
  return async (input, init) => {
    const own = AbortSignal.timeout(timeoutMs);
    const step = init?.signal ?? void 0;
    try {
      return await fetch(input, { ...init, signal: step ? AbortSignal.any([step, own]) : own });
    } catch (error) {
      const bound = step && deadlines.get(step);
      if (step?.aborted) throw new NoAnswer(bound ? `GitHub did not answer within the ${seconds(bound.ms)} allowed for publishing` : "the request was cancelled");
      if (own.aborted) throw new NoAnswer(`GitHub did not answer within ${seconds(timeoutMs)}`);
      throw error;
    }
  };
}
__name(fetchWithTimeout, "fetchWithTimeout");
function seconds(ms) {
  return ms < 1e3 ? `${ms} ms` : `${Math.round(ms / 1e3)} s`;
}
__name(seconds, "seconds");
function mayHaveBeenStored(error) {
  const { status } = error;
  return status === void 0 || status >= 500;
}
__name(mayHaveBeenStored, "mayHaveBeenStored");
var SETTLE_MS = 1e3;
function letTheWriteSettle() {
  return sleep(SETTLE_MS);
}
__name(letTheWriteSettle, "letTheWriteSettle");
function isRateLimited(error) {
  const { status, response } = error;
  if (status !== 403 && status !== 429) return false;
  const message = response?.data?.message;
  return response?.headers?.["x-ratelimit-remaining"] === "0" || typeof message === "string" && /rate limit/i.test(message);
}
__name(isRateLimited, "isRateLimited");
function describeGitHubError(error) {
  const { status, response } = error;
  if (!status || !response) return firstLine(error.message);
  const reset = Number(response.headers?.["x-ratelimit-reset"]);
  if (isRateLimited(error) && response.headers?.["x-ratelimit-remaining"] === "0" && reset) {
    const at = new Date(reset * 1e3);
    const minutes = Math.max(1, Math.round((at.getTime() - Date.now()) / 6e4));
    return `HTTP ${status}: GitHub's API rate limit is used up until ${at.toISOString().slice(11, 16)} UTC (in ${minutes} min)`;
  }
  const { data } = response;
  if (typeof data === "string") {
    if (/^\s*</.test(data)) return `HTTP ${status} (GitHub returned an HTML error page)`;
    return data.trim() ? `HTTP ${status}: ${firstLine(data)}` : `HTTP ${status}`;
  }
  const { message, errors } = data ?? {};
  if (typeof message !== "string") return `HTTP ${status}`;
  const [first] = Array.isArray(errors) ? errors : [];
  const detail = typeof first === "string" ? first : first?.message;
  return firstLine(`HTTP ${status}: ${message}${typeof detail === "string" ? ` (${detail})` : ""}`);
}
__name(describeGitHubError, "describeGitHubError");
function firstLine(text) {
  const line = text.trim().split("\n")[0] ?? "";
  return line.length > 300 ? `${line.slice(0, 299)}\u2026` : line;
}
__name(firstLine, "firstLine");

// src/publish/comment.ts
function commentMarker(key) {
  return `<!-- perf-gate:${key} -->`;
}
__name(commentMarker, "commentMarker");
async function findStickyComment(octokit, target, signal) {
  const marker = commentMarker(target.key);
  for (let page = 1; ; page++) {
    const { data, headers } = await octokit.rest.issues.listComments({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      per_page: 100,
      page,
      request: { signal }
    });
    const found = data.find((comment) => comment.body?.includes(marker));
    if (found) return found;
    if (!/\brel="next"/.test(headers.link ?? "")) return void 0;
  }
}
__name(findStickyComment, "findStickyComment");
async function upsertStickyComment(octokit, comment, signal) {
  const body = `${commentMarker(comment.key)}
${comment.body}`;
  const write = /* @__PURE__ */ __name(async (existing2) => {
    const common = { owner: comment.owner, repo: comment.repo, body, request: { signal } };
    if (existing2) return { url: (await octokit.rest.issues.updateComment({ ...common, comment_id: existing2.id })).data.html_url, action: "updated" };
    return { url: (await octokit.rest.issues.createComment({ ...common, issue_number: comment.issueNumber })).data.html_url, action: "created" };
  }, "write");
  const existing = await findStickyComment(octokit, comment, signal);
  try {
    return await write(existing);
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error;
    await letTheWriteSettle();
    const now = await findStickyComment(octokit, comment, signal);
    if (now?.body === body) return { url: now.html_url, action: existing ? "updated" : "created" };
    return await write(now);
  }
}
__name(upsertStickyComment, "upsertStickyComment");

// src/publish/alert.ts
var ALERT_BOUND_MS = 12e4;
var MAX_PAGES = 10;
function alertMarker(key) {
  return `<!-- perf-gate-alert:${key} -->`;
}
__name(alertMarker, "alertMarker");
function openedForMarker(sha) {
  return `<!-- perf-gate-alert-opened:${sha} -->`;
}
__name(openedForMarker, "openedForMarker");
async function publishAlert(report, config, deps) {
  const { octokit, target, log } = deps;
  if (config.alert === "none" || !report.alert) return void 0;
  const confirmed = report.alert.confirmed.length;
  if (!target) {
    log.warning("The alert has no repository or commit to go to (GITHUB_REPOSITORY, GITHUB_SHA); it is in the job summary.");
    return void 0;
  }
  if (!octokit) {
    if (confirmed > 0) log.warning("github-token is empty: no alert was posted; the regressions are in the job summary.");
    return void 0;
  }
  const context = { ...target, mentions: config.alertMentions };
  const signal = publishingBound(ALERT_BOUND_MS);
  try {
    const url = config.alert === "commit-comment" ? await commentOnCommit(octokit, report, config, target, context, log, signal) : await raiseIssue(octokit, report, config, target, context, log, signal);
    return url;
  } catch (error) {
    const permission = config.alert === "commit-comment" ? "contents: write" : "issues: write";
    log.warning(`The alert could not be posted: ${failure(error, permission)}. The regressions are in the job summary and the report.`);
    return void 0;
  }
}
__name(publishAlert, "publishAlert");
function failure(error, permission) {
  const status = error.status;
  if ((status === 403 || status === 404) && !isRateLimited(error)) return `the token cannot write it (HTTP ${status}); give the job \`permissions: ${permission}\``;
  return error.message;
}
__name(failure, "failure");
function fitted(body) {
  if (body.length <= COMMENT_MAX_LENGTH) return body;
  const cut = body.slice(0, COMMENT_MAX_LENGTH - 200);
  return `${cut.slice(0, cut.lastIndexOf("\n"))}

(The alert was cut here to fit; the job summary has all of it.)
`;
}
__name(fitted, "fitted");
async function writeOnce(find, write, body, existing) {
  if (existing?.body === body) return existing;
  try {
    return await write(existing);
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error;
    await letTheWriteSettle();
    const now = await find();
    if (now?.body === body) return now;
    return await write(now);
  }
}
__name(writeOnce, "writeOnce");
async function findOnPages(list, matches) {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data, headers } = await list(page);
    const found = data.find(matches);
    if (found) return found;
    if (!/\brel="next"/.test(headers.link ?? "")) return void 0;
  }
  return void 0;
}
__name(findOnPages, "findOnPages");
async function commentOnCommit(octokit, report, config, target, context, log, signal) {
  const marker = alertMarker(config.commentKey);
  const { owner, repo, sha } = target;
  const find = /* @__PURE__ */ __name(() => findOnPages(
    (page) => octokit.rest.repos.listCommentsForCommit({ owner, repo, commit_sha: sha, per_page: 100, page, request: { signal } }),
    (comment) => comment.body?.includes(marker) ?? false
  ), "find");
  const existing = await find();
  const confirmed = report.alert?.confirmed.length ?? 0;
  if (confirmed === 0 && !existing) {
    log.info("Alert: no regression against the parent stands; no commit comment.");
    return void 0;
  }
  const body = `${marker}
${fitted(confirmed > 0 ? renderAlert(report, context) : renderNoLongerRegressed(report, context))}`;
  const written = await writeOnce(
    find,
    async (now) => now ? (await octokit.rest.repos.updateCommitComment({ owner, repo, comment_id: now.id, body, request: { signal } })).data : (await octokit.rest.repos.createCommitComment({ owner, repo, commit_sha: sha, body, request: { signal } })).data,
    body,
    existing
  );
  log.info(`Alert ${existing ? "updated" : "posted"} on commit ${sha.slice(0, 7)}: ${written.html_url}`);
  return written.html_url;
}
__name(commentOnCommit, "commentOnCommit");
async function raiseIssue(octokit, report, config, target, context, log, signal) {
  const marker = alertMarker(config.commentKey);
  const { owner, repo, sha } = target;
  const find = /* @__PURE__ */ __name(() => findOnPages(
    (page) => octokit.rest.issues.listForRepo({ owner, repo, state: "open", per_page: 100, page, request: { signal } }),
    // The listing has pull requests too; only an issue carries the alert.
    (issue2) => !issue2.pull_request && (issue2.body?.includes(marker) ?? false)
  ), "find");
  const existing = await find();
  if ((report.alert?.confirmed.length ?? 0) === 0) {
    log.info(`Alert: no regression against the parent stands; ${existing ? `issue #${existing.number} is left as it is` : "no issue"}.`);
    return void 0;
  }
  const openedFor = existing?.body?.match(/<!-- perf-gate-alert-opened:([0-9a-f]+) -->/)?.[1] ?? sha;
  const body = `${marker}
${openedForMarker(openedFor)}
${fitted(renderAlert(report, context))}`;
  const title = `perf-gate${config.commentKey === "default" ? "" : ` (${config.commentKey})`}: performance regression${context.branch ? ` on ${context.branch}` : ""}`;
  const issue = await writeOnce(
    find,
    async (now) => now ? (await octokit.rest.issues.update({ owner, repo, issue_number: now.number, body, request: { signal } })).data : (await octokit.rest.issues.create({ owner, repo, title, body, request: { signal } })).data,
    body,
    existing
  );
  if (!existing) {
    log.info(`Alert: issue #${issue.number} opened: ${issue.html_url}`);
    return issue.html_url;
  }
  if (openedFor === sha) {
    log.info(`Alert: issue #${issue.number} updated for ${sha.slice(0, 7)}: ${issue.html_url}`);
    return issue.html_url;
  }
  const comment = await upsertStickyComment(octokit, { owner, repo, issueNumber: issue.number, key: `${config.commentKey}:alert:${sha}`, body: fitted(renderStillRegressed(report, context)) }, signal);
  log.info(`Alert: issue #${issue.number} updated, and the comment for ${sha.slice(0, 7)} ${comment.action}: ${comment.url}`);
  return comment.url;
}
__name(raiseIssue, "raiseIssue");

// src/publish/artifact.ts
var uploadWorkflowArtifact = /* @__PURE__ */ __name(async (name, files, rootDirectory) => {
  const env = process.env;
  if (!env["ACTIONS_RUNTIME_TOKEN"] || files.length === 0) return void 0;
  const { DefaultArtifactClient } = await import("./chunks/artifact-N7Z2ZWF4.js");
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  if (id === void 0) return void 0;
  return `${env["GITHUB_SERVER_URL"] ?? "https://github.com"}/${env["GITHUB_REPOSITORY"]}/actions/runs/${env["GITHUB_RUN_ID"]}/artifacts/${id}`;
}, "uploadWorkflowArtifact");

// src/publish/github.ts
import { existsSync } from "node:fs";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/publish/annotations.ts
import path2 from "node:path";
var BUDGET_KINDS = ["bundle-budget", "latency-p95", "error-rate", "memory", "lighthouse-metric"];
function isFailedBudget(target) {
  return targetState(target) === "fail" && BUDGET_KINDS.includes(target.kind);
}
__name(isFailedBudget, "isFailedBudget");
function budgetAnnotations(targets, config, workspace) {
  return targets.filter(isFailedBudget).flatMap((target) => {
    const budget = budgetInForce(target, config);
    const place = budget && placeOf(budget.origin, workspace);
    const note = describeTarget(target).budgetNote;
    if (!place || budget.limit !== target.target || !note) return [];
    const { title, message } = note;
    return [{ path: place.path, start_line: place.line, end_line: place.line, annotation_level: target.blocking ? "failure" : "warning", title, message }];
  });
}
__name(budgetAnnotations, "budgetAnnotations");
function budgetInForce(target, config) {
  const { origins } = config;
  switch (target.kind) {
    case "bundle-budget": {
      const own = origins.bundleLimits[target.subject];
      const group2 = config.bundles.find((spec) => spec.kind === "group" && spec.name === target.subject);
      const ownLimit = group2?.limit ?? config.sizeLimit?.checks?.find((check) => check.name === target.subject)?.limit;
      return own && ownLimit !== void 0 ? { limit: ownLimit, origin: own } : { limit: config.bundleBudget, origin: origins.settings["bundle-budget"] };
    }
    case "latency-p95": {
      const own = origins.endpointP95Budgets[target.subject];
      const ownLimit = config.endpoints.find((endpoint) => endpointName(endpoint) === target.subject && endpoint.p95Budget !== void 0)?.p95Budget;
      return own && ownLimit !== void 0 ? { limit: ownLimit, origin: own } : { limit: config.p95Budget, origin: origins.settings["p95-budget"] };
    }
    case "error-rate":
      return { limit: config.errorRateBudget, origin: origins.settings["error-rate-budget"] };
    case "memory":
      return { limit: config.memoryBudget, origin: origins.settings["memory-budget"] };
    case "lighthouse-metric": {
      const metric = target.metric;
      const origin = metric === void 0 ? void 0 : origins.lighthouseBudgets[metric];
      return metric === void 0 || origin === void 0 ? void 0 : { limit: config.lighthouseBudgets[metric], origin };
    }
  }
}
__name(budgetInForce, "budgetInForce");
function placeOf(origin, workspace) {
  if (origin.kind !== "file" && origin.kind !== "policy" || origin.line === void 0) return void 0;
  const relative = path2.relative(workspace, origin.file);
  if (relative.startsWith("..") || path2.isAbsolute(relative)) return void 0;
  return { path: relative.split(path2.sep).join("/"), line: origin.line };
}
__name(placeOf, "placeOf");

// src/publish/checks.ts
function checkRunName(key) {
  return key === "default" ? "perf-gate" : `perf-gate (${key})`;
}
__name(checkRunName, "checkRunName");
async function startCheckRun(octokit, target, signal) {
  const startedAt = timestamp();
  const started = await writeIdempotently(
    octokit,
    target,
    signal,
    () => octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: target.name,
      head_sha: target.headSha,
      status: "in_progress",
      started_at: startedAt,
      ...links(target),
      request: { signal }
    }),
    (latest) => latest.status === "in_progress" && sameTime(latest.started_at, startedAt)
  );
  return resultOf(started);
}
__name(startCheckRun, "startCheckRun");
async function completeCheckRun(octokit, target, outcome, signal) {
  const summary2 = fitSummary(outcome.summary);
  const output = /* @__PURE__ */ __name((annotations) => ({ title: outcome.title, summary: summary2, annotations }), "output");
  const [firstBatch = [], ...laterBatches] = batches(outcome.annotations, ANNOTATIONS_PER_REQUEST);
  const completedAt = timestamp();
  const completion = {
    owner: target.owner,
    repo: target.repo,
    name: target.name,
    status: "completed",
    conclusion: outcome.conclusion,
    completed_at: completedAt,
    output: output(firstBatch),
    ...links(target),
    request: { signal }
  };
  const { id } = target;
  const completed = await writeIdempotently(
    octokit,
    target,
    signal,
    () => id === void 0 ? octokit.rest.checks.create({ ...completion, head_sha: target.headSha }) : octokit.rest.checks.update({ ...completion, check_run_id: id }),
    (latest) => (id === void 0 || latest.id === id) && latest.status === "completed" && latest.conclusion === outcome.conclusion && sameTime(latest.completed_at, completedAt)
  );
  let annotated = firstBatch.length;
  for (const batch of laterBatches) {
    const expected = annotated += batch.length;
    await writeIdempotently(
      octokit,
      target,
      signal,
      () => octokit.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: completed.id, output: output(batch), request: { signal } }),
      (latest) => latest.id === completed.id && latest.output.annotations_count === expected
    );
  }
  return resultOf(completed);
}
__name(completeCheckRun, "completeCheckRun");
async function writeIdempotently(octokit, target, signal, write, shows) {
  try {
    return (await write()).data;
  } catch (error) {
    if (!mayHaveBeenStored(error)) throw error;
    await letTheWriteSettle();
    const { data } = await octokit.rest.checks.listForRef({ owner: target.owner, repo: target.repo, ref: target.headSha, check_name: target.name, filter: "latest", request: { signal } });
    const [latest] = data.check_runs;
    if (latest && shows(latest)) return latest;
    return (await write()).data;
  }
}
__name(writeIdempotently, "writeIdempotently");
function resultOf(run2) {
  return { id: run2.id, url: run2.html_url ?? run2.url };
}
__name(resultOf, "resultOf");
function timestamp() {
  return (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z");
}
__name(timestamp, "timestamp");
function sameTime(shown, sent) {
  return !!shown && Date.parse(shown) === Date.parse(sent);
}
__name(sameTime, "sameTime");
function links(target) {
  return {
    ...target.detailsUrl === void 0 ? {} : { details_url: target.detailsUrl },
    ...target.externalId === void 0 ? {} : { external_id: target.externalId }
  };
}
__name(links, "links");
function batches(items, size) {
  const result = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
__name(batches, "batches");
var CUT_NOTE = `

> The summary was cut here: GitHub keeps at most ${CHECK_SUMMARY_LIMIT.toLocaleString("en-US")} characters in a check run. The full report is in the job summary.
`;
function fitSummary(summary2) {
  return cutAtLine(summary2, CHECK_SUMMARY_LIMIT, CUT_NOTE);
}
__name(fitSummary, "fitSummary");

// src/publish/github.ts
var PUBLISH_BOUND_MS = 18e4;
var START_BOUND_MS = 3e4;
var CANCEL_BOUND_MS = 3e3;
async function publishToGitHub(measured, config, deps) {
  const { log } = deps;
  const files = await writeReportFiles(measured, deps.reportDir);
  const artifact = deps.artifactUrl ?? (deps.uploadArtifact ? await uploadReports(measured, config, deps, files) : void 0);
  let report = artifact ? { ...measured, links: { ...measured.links, artifact } } : measured;
  try {
    await deps.summary.addRaw(renderMarkdown(report, { maxLength: JOB_SUMMARY_MAX_LENGTH }), true).write();
  } catch (error) {
    log.warning(`The job summary could not be written (${error.message}); the report is in ${files.markdownPath}.`);
  }
  if (config.mode === "measure") {
    log.info("mode: measure: no check run and no comment here; the publish half posts them from the uploaded report.");
    return files;
  }
  if (config.shard) {
    log.info(`shard ${config.shard.index}/${config.shard.total}: no check run and no comment here; the job with mode: merge posts them for every shard.`);
    return files;
  }
  const signal = publishingBound(PUBLISH_BOUND_MS);
  const checkRunUrl = await publishCheckRun(report, config, deps, signal);
  if (checkRunUrl) report = { ...report, links: { ...report.links, checkRun: checkRunUrl } };
  const commentUrl = await publishComment(report, config, deps, files, signal);
  return { ...files, ...commentUrl ? { commentUrl } : {}, ...checkRunUrl ? { checkRunUrl } : {} };
}
__name(publishToGitHub, "publishToGitHub");
async function uploadReports(report, config, deps, files) {
  const htmlReports = (report.measurements.lighthouse?.pages ?? []).flatMap((page) => page.htmlReport ? [page.htmlReport] : []);
  const treemap = report.measurements.composition?.treemap;
  const profiles = report.measurements.latency?.profile;
  const profileFiles = [...profiles?.head.endpoints ?? [], ...profiles?.base?.endpoints ?? []].flatMap(
    (endpoint) => [endpoint.cpuProfileFile, endpoint.heapSnapshotFile].filter((file) => file !== void 0)
  );
  const paths = [files.reportPath, files.markdownPath, files.benchmarkPath, ...htmlReports, ...treemap ? [treemap] : [], ...profileFiles].filter((file) => existsSync(file));
  const name = config.shard ? shardArtifactName(config.commentKey, config.shard.index) : reportArtifactName(config.commentKey);
  try {
    const url = await deps.uploadArtifact?.(name, paths, deps.reportDir);
    if (url) deps.log.info(`Reports uploaded: ${url}`);
    return url;
  } catch (error) {
    deps.log.warning(`The reports could not be uploaded as an artifact (${error.message}); they are in ${deps.reportDir}.`);
    return void 0;
  }
}
__name(uploadReports, "uploadReports");
async function writeReportFiles(report, reportDir) {
  await mkdir2(reportDir, { recursive: true });
  const reportPath = path3.join(reportDir, "report.json");
  const markdownPath = path3.join(reportDir, "report.md");
  const benchmarkPath = path3.join(reportDir, "benchmark.json");
  await writeFile2(reportPath, `${JSON.stringify(report, null, 2)}
`);
  await writeFile2(markdownPath, renderMarkdown(report));
  await writeFile2(benchmarkPath, `${JSON.stringify(benchmarkEntries(report), null, 2)}
`);
  return { reportPath, markdownPath, benchmarkPath };
}
__name(writeReportFiles, "writeReportFiles");
function checkOf(target, config, started) {
  const id = started && "id" in started ? { id: started.id } : {};
  return { owner: target.owner, repo: target.repo, headSha: target.headSha, name: checkRunName(config.commentKey), ...id };
}
__name(checkOf, "checkOf");
function completeOnce(started, complete) {
  if (!started || !("id" in started)) return complete();
  started.completion ??= complete();
  return started.completion;
}
__name(completeOnce, "completeOnce");
async function startCheck(config, deps) {
  const { octokit, target, log } = deps;
  if (!octokit || !target?.headSha || !(config.mode === "full" || config.mode === "merge") || config.shard) return void 0;
  try {
    return { id: (await startCheckRun(octokit, checkOf({ ...target, headSha: target.headSha }, config), publishingBound(START_BOUND_MS))).id };
  } catch (error) {
    if (isRefusal(error)) {
      log.warning(`The check run could not be written: ${writeFailure(error, "the token cannot create check runs", "checks: write")}. The report will be in the job summary.`);
      return { refused: true };
    }
    log.warning(`The check run could not be started: ${error.message}. It is written with the report.`);
    return void 0;
  }
}
__name(startCheck, "startCheck");
async function endCheck(config, deps, started, ending) {
  const { octokit, target } = deps;
  try {
    const heading = ending.conclusion === "cancelled" ? "perf-gate was cancelled" : "perf-gate stopped";
    await deps.summary.addRaw(`### ${heading}

${escapeText(ending.reason)}
`, true).write();
  } catch (error) {
    deps.log.warning(`The job summary could not be written (${error.message}).`);
  }
  if (!octokit || !target?.headSha || !started || !("id" in started)) return;
  const check = checkOf({ ...target, headSha: target.headSha }, config, started);
  const bound = ending.conclusion === "cancelled" ? CANCEL_BOUND_MS : PUBLISH_BOUND_MS;
  await completeOnce(started, async () => {
    try {
      const outcome = { conclusion: ending.conclusion, title: ending.reason.slice(0, CHECK_TITLE_MAX_LENGTH), summary: escapeText(ending.reason), annotations: [] };
      return (await completeCheckRun(octokit, check, outcome, publishingBound(bound))).url;
    } catch (error) {
      deps.log.warning(`The check run could not be completed (${error.message}).`);
      return void 0;
    }
  });
}
__name(endCheck, "endCheck");
async function publishCheckRun(report, config, deps, signal) {
  const { octokit, target, log } = deps;
  if (!octokit || !target?.headSha || deps.checkRun && "refused" in deps.checkRun) return void 0;
  const check = checkOf({ ...target, headSha: target.headSha }, config, deps.checkRun);
  return completeOnce(deps.checkRun, async () => {
    try {
      const { url } = await completeCheckRun(
        octokit,
        check,
        {
          conclusion: report.verdict.passed ? "success" : "failure",
          title: verdictSentence(report).slice(0, CHECK_TITLE_MAX_LENGTH),
          summary: renderMarkdown(report, { maxLength: CHECK_SUMMARY_MAX_LENGTH }),
          annotations: budgetAnnotations(report.validation, config, deps.workspace)
        },
        signal
      );
      log.info(`Check run ${check.name}: ${url}`);
      return url;
    } catch (error) {
      log.warning(`The check run could not be written: ${writeFailure(error, "the token cannot create check runs", "checks: write")}. The report is in the job summary.`);
      return void 0;
    }
  });
}
__name(publishCheckRun, "publishCheckRun");
function isRefusal(error) {
  const status = error.status;
  return (status === 403 || status === 404) && !isRateLimited(error);
}
__name(isRefusal, "isRefusal");
function writeFailure(error, refused, permission) {
  if (isRefusal(error)) {
    return `${refused} (HTTP ${error.status}); give the job \`permissions: ${permission}\`, and for pull requests from forks use the README's two-workflow recipe`;
  }
  return error.message;
}
__name(writeFailure, "writeFailure");
async function publishComment(report, config, deps, files, signal) {
  const { log, target } = deps;
  if (config.comment === "false") return void 0;
  if (target?.pullRequest === void 0) {
    log.info(`No pull request (${target?.noPullRequestReason ?? "no repository"}): no comment; the report is in the job summary.`);
    return void 0;
  }
  if (!deps.octokit) {
    log.warning("github-token is empty: no comment was posted; the report is in the job summary.");
    return void 0;
  }
  const sticky = { owner: target.owner, repo: target.repo, issueNumber: target.pullRequest, key: config.commentKey };
  try {
    if (config.comment === "on-failure" && report.verdict.passed) {
      const existing = await findStickyComment(deps.octokit, sticky, signal);
      if (!existing) return void 0;
    }
    const comment = await upsertStickyComment(deps.octokit, { ...sticky, body: renderMarkdown(report, { maxLength: COMMENT_MAX_LENGTH }) }, signal);
    log.info(`Comment ${comment.action}: ${comment.url}`);
    return comment.url;
  } catch (error) {
    log.warning(
      `The pull request comment could not be posted: ${writeFailure(error, "the token cannot write to this pull request", "pull-requests: write")}. The report is in the job summary and ${files.reportPath}.`
    );
    return void 0;
  }
}
__name(publishComment, "publishComment");

// src/publish/labels.ts
var EVENT_PAGES = 5;
var PER_PAGE = 100;
var LOOKUP_BOUND_MS = 3e4;
function labelEventOf(payload) {
  const pull = payload.pull_request;
  if (!pull) return void 0;
  const labels = (pull.labels ?? []).flatMap((label2) => typeof label2.name === "string" ? [label2.name] : []);
  const label = payload.label?.name;
  const sender = payload.sender?.login;
  return { ...payload.action ? { action: payload.action } : {}, labels, ...typeof label === "string" ? { label } : {}, ...typeof sender === "string" ? { sender } : {} };
}
__name(labelEventOf, "labelEventOf");
function sameLabel(a, b) {
  return a !== void 0 && a.toLowerCase() === b.toLowerCase();
}
__name(sameLabel, "sameLabel");
async function acceptanceOf(acceptLabel, event, lookup, log) {
  const wanted = acceptLabel.trim();
  const label = wanted ? event?.labels.find((name) => sameLabel(name, wanted)) : void 0;
  if (!event || label === void 0) return void 0;
  const said = /* @__PURE__ */ __name((accepted) => {
    log.info(`The pull request has the label "${label}": its regressions do not block (added by ${accepted.by ? `@${accepted.by}` : "an unknown user"}).`);
    return accepted;
  }, "said");
  if (event.action === "labeled" && sameLabel(event.label, label) && event.sender) return said({ label, by: event.sender });
  const { octokit, repo, issue } = lookup;
  if (!octokit || !repo || issue === void 0) return said({ label });
  try {
    const added = await whoAddedLabel(octokit, repo, issue, label, publishingBound(LOOKUP_BOUND_MS));
    return said({ label, ...added });
  } catch (error) {
    log.warning(`Who added the label "${label}" could not be looked up (${error.message}); it applies all the same.`);
    return said({ label });
  }
}
__name(acceptanceOf, "acceptanceOf");
async function acceptanceOfPullRequest(acceptLabel, lookup, log) {
  if (!acceptLabel.trim()) return void 0;
  const { octokit, repo, issue } = lookup;
  const labels = [];
  try {
    const signal = publishingBound(LOOKUP_BOUND_MS);
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issue, per_page: PER_PAGE, request: { signal } })) {
      labels.push(...page.data.map((label) => label.name));
    }
  } catch (error) {
    log.warning(`The labels of pull request #${issue} could not be read (${error.message}); regressions block as fail-on says.`);
    return void 0;
  }
  return acceptanceOf(acceptLabel, { labels }, lookup, log);
}
__name(acceptanceOfPullRequest, "acceptanceOfPullRequest");
async function whoAddedLabel(octokit, repo, issue, label, signal) {
  const page = /* @__PURE__ */ __name((number) => octokit.rest.issues.listEvents({ ...repo, issue_number: issue, per_page: PER_PAGE, page: number, request: { signal } }), "page");
  const first = await page(1);
  const last = lastPage(first.headers.link) ?? 1;
  for (let number = last; number >= Math.max(1, last - EVENT_PAGES + 1); number--) {
    const events = (number === 1 ? first : await page(number)).data;
    const added = events.findLast((event) => event.event === "labeled" && sameLabel(event.label?.name, label));
    if (added) return { ...added.actor?.login ? { by: added.actor.login } : {}, ...added.created_at ? { at: added.created_at } : {} };
  }
  return void 0;
}
__name(whoAddedLabel, "whoAddedLabel");
function lastPage(link) {
  const url = /<([^>]+)>;\s*rel="last"/.exec(link ?? "")?.[1];
  const page = url ? Number(URL.parse(url)?.searchParams.get("page")) : NaN;
  return Number.isInteger(page) && page > 0 ? page : void 0;
}
__name(lastPage, "lastPage");

// src/publish/workflowRun.ts
import { existsSync as existsSync2 } from "node:fs";
import path4 from "node:path";
async function findPullRequestOfRun(octokit, repo, run2) {
  const listed = run2.pull_requests?.find((pull) => pull.head?.sha === run2.head_sha);
  if (listed) return listed.number;
  const headRepository = run2.head_repository?.full_name;
  const pages = octokit.paginate.iterator(octokit.rest.pulls.list, { ...repo, state: "open", sort: "updated", direction: "desc", per_page: 100 });
  for await (const page of pages) {
    const found = page.data.find((pull) => pull.head.sha === run2.head_sha && (!headRepository || pull.head.repo?.full_name === headRepository));
    if (found) return found.number;
  }
  return void 0;
}
__name(findPullRequestOfRun, "findPullRequestOfRun");
async function downloadRunReport(octokit, repo, runId, key, serverUrl) {
  const name = reportArtifactName(key);
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: runId, name, per_page: 100 });
  const artifact = data.artifacts.find((candidate) => candidate.name === name && !candidate.expired);
  if (!artifact) return void 0;
  const text = await downloadReportJson(octokit, repo, artifact.id);
  if (text === void 0) return void 0;
  return { text, artifactUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}/artifacts/${artifact.id}` };
}
__name(downloadRunReport, "downloadRunReport");
var MAX_RUN_ARTIFACT_PAGES = 10;
async function downloadShardReports(octokit, repo, runId, key, directory) {
  const prefix = shardArtifactName(key, 1).slice(0, -1);
  const found = [];
  let pagesRead = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, { ...repo, run_id: runId, per_page: 100 })) {
    if (++pagesRead > MAX_RUN_ARTIFACT_PAGES) break;
    for (const artifact of page.data) {
      const index = artifact.name.startsWith(prefix) ? artifact.name.slice(prefix.length) : "";
      if (!/^\d+$/.test(index) || artifact.expired) continue;
      const folder = path4.join(directory, `shard-${index}`);
      const text = await downloadArtifactFiles(octokit, repo, artifact.id, folder);
      if (text !== void 0) found.push({ name: artifact.name, text, directory: folder });
    }
  }
  return found;
}
__name(downloadShardReports, "downloadShardReports");
function relocatedShardFile(found, shard, file) {
  const unpacked = found.find((report) => path4.basename(report.directory) === `shard-${shard.index}`);
  if (!unpacked || !shard.reportDir) return void 0;
  const relative = path4.relative(shard.reportDir, file);
  if (relative.startsWith("..") || path4.isAbsolute(relative)) return void 0;
  const moved = path4.join(unpacked.directory, relative);
  return existsSync2(moved) ? moved : void 0;
}
__name(relocatedShardFile, "relocatedShardFile");

// src/main.ts
var actionsLogger = {
  info: /* @__PURE__ */ __name((message) => info(message), "info"),
  warning: /* @__PURE__ */ __name((message) => warning(message), "warning"),
  group: /* @__PURE__ */ __name((title, work) => group(title, work), "group"),
  commandOutput: process.stdout
};
async function run() {
  const cancelled = whenCancelled();
  try {
    const workspace = process.env["GITHUB_WORKSPACE"] || process.cwd();
    const { context } = github_exports;
    const config = await loadConfig(readActionInputs(), {
      cwd: workspace,
      overrideName: /* @__PURE__ */ __name((input) => input, "overrideName"),
      warn: actionsLogger.warning,
      ...branchOf(context) ? { branch: branchOf(context) } : {}
    });
    if (config.databaseUrl) {
      setSecret(config.databaseUrl);
      const password = URL.parse(config.databaseUrl)?.password;
      if (password) setSecret(decodeURIComponent(password));
    }
    const reportDir = path5.join(process.env["RUNNER_TEMP"] || os.tmpdir(), "perf-gate", config.commentKey);
    const octokit = config.githubToken ? createOctokit(config.githubToken, context.apiUrl, actionsLogger) : void 0;
    const repo = repositoryOf(context);
    const surfaces = { summary, log: actionsLogger, reportDir, workspace, ...octokit ? { octokit } : {} };
    const outcome = config.mode === "publish" ? await Promise.race([publishTriggeringRun(config, context, surfaces, repo), cancelled]) : config.mode === "merge" ? await Promise.race([mergeShardsOfRun(wholeOf(config), context, surfaces, repo), cancelled]) : await measureAndPublish(config, context, surfaces, repo, cancelled);
    if ("exitCode" in outcome) {
      setFailed(`perf-gate was cancelled (${outcome.signal}); the processes it started are stopped.`);
      process.exitCode = outcome.exitCode;
      return;
    }
    const { report, published } = outcome;
    const { verdict } = report;
    setOutput(Output.Passed, String(verdict.passed));
    setOutput(Output.Regressions, String(verdict.regressions));
    setOutput(Output.Inconclusive, String(verdict.inconclusive));
    setOutput(Output.ReportPath, published.reportPath);
    setOutput(Output.MarkdownPath, published.markdownPath);
    setOutput(Output.BenchmarkPath, published.benchmarkPath);
    setOutput(Output.CommentUrl, published.commentUrl ?? "");
    setOutput(Output.CheckRunUrl, published.checkRunUrl ?? "");
    setOutput(Output.AlertUrl, "alertUrl" in outcome && outcome.alertUrl || "");
    if (!verdict.passed) setFailed(verdictSentence(report));
  } catch (error) {
    setOutput(Output.Passed, "false");
    if (error instanceof UserError) {
      setFailed(error.message);
    } else {
      debug(error.stack ?? String(error));
      setFailed(`perf-gate stopped unexpectedly: ${error.message ?? String(error)}`);
    }
  }
}
__name(run, "run");
async function measureAndPublish(config, context, surfaces, repo, cancelled) {
  const commit = commitOf(context);
  const alertOnPush = config.alert !== "none" && context.eventName === "push";
  if (config.alert !== "none" && !alertOnPush) surfaces.log.info(`alert: ${config.alert} acts on a push event only; this is a ${context.eventName} event.`);
  const pullRequestBase = context.payload.pull_request?.["base"]?.sha;
  const pullRequest = context.payload.pull_request?.number;
  const target = repo && targetOf(context, repo, commit);
  const deps = { ...surfaces, ...target ? { target } : {} };
  const checkRun = startCheck(config, deps);
  const acceptance = acceptanceOf(config.acceptLabel, labelEventOf(context.payload), { octokit: surfaces.octokit, repo, issue: pullRequest }, actionsLogger);
  const measured = (async () => {
    const started = await checkRun;
    const accepted = await acceptance;
    let report;
    try {
      const { octokit } = surfaces;
      const result = await runPerfGate(config, {
        log: actionsLogger,
        runCommand,
        now: /* @__PURE__ */ __name(() => /* @__PURE__ */ new Date(), "now"),
        commit,
        artifactDir: surfaces.reportDir,
        ...pullRequestBase ? { pullRequestBase } : {},
        ...alertOnPush ? { alertOnPush } : {},
        ...octokit && repo ? { findStoredReports: findStoredReportsWith(octokit, repo, config.commentKey) } : {},
        ...accepted ? { accepted } : {}
      });
      report = result.report;
    } catch (error) {
      const reason = error instanceof UserError ? error.message : `perf-gate stopped unexpectedly: ${error.message}`;
      await endCheck(config, deps, started, { conclusion: "failure", reason });
      throw error;
    }
    const published = await publishToGitHub(report, config, { ...deps, uploadArtifact: uploadWorkflowArtifact, ...started ? { checkRun: started } : {} });
    const alertUrl = alertOnPush && !config.shard ? await alertFor(report, config, context, surfaces, repo, commit) : void 0;
    return { report, published, ...alertUrl ? { alertUrl } : {} };
  })();
  const outcome = await Promise.race([measured, cancelled]);
  if ("exitCode" in outcome) {
    const reason = `The job was cancelled (${outcome.signal}) before perf-gate finished.`;
    await endCheck(config, deps, await checkRun, { conclusion: "cancelled", reason });
  }
  return outcome;
}
__name(measureAndPublish, "measureAndPublish");
async function mergeShardsOfRun(config, context, surfaces, repo) {
  const { octokit } = surfaces;
  if (!octokit || !repo) throw new UserError(messages.mergeNeedsToken());
  if (!context.runId) throw new UserError(messages.mergeNeedsRun());
  const commit = commitOf(context);
  const deps = { ...surfaces, target: targetOf(context, repo, commit) };
  const started = await startCheck(config, deps);
  let report;
  try {
    const found = await actionsLogger.group(`Shard reports of run ${context.runId}`, async () => {
      const reports = await downloadShardReports(octokit, repo, context.runId, config.commentKey, path5.join(surfaces.reportDir, "shards"));
      actionsLogger.info(reports.length > 0 ? `Found ${reports.map((shard) => shard.name).join(", ")}.` : "None found.");
      return reports;
    });
    const pullRequest = context.payload.pull_request?.number;
    const accepted = await acceptanceOf(config.acceptLabel, labelEventOf(context.payload), { octokit, repo, issue: pullRequest }, actionsLogger);
    ({ report } = await mergeShardReports(found, config, {
      ...accepted ? { accepted } : {},
      log: actionsLogger,
      now: /* @__PURE__ */ __name(() => /* @__PURE__ */ new Date(), "now"),
      ...commit.sha ? { expectedSha: commit.sha } : {},
      relocate: /* @__PURE__ */ __name((shard, file) => relocatedShardFile(found, shard, file), "relocate")
    }));
  } catch (error) {
    const reason = error instanceof UserError ? error.message : `perf-gate stopped unexpectedly: ${error.message}`;
    await endCheck(config, deps, started, { conclusion: "failure", reason });
    throw error;
  }
  const published = await publishToGitHub(report, config, { ...deps, uploadArtifact: uploadWorkflowArtifact, ...started ? { checkRun: started } : {} });
  const alertUrl = config.alert !== "none" && context.eventName === "push" ? await alertFor(report, config, context, surfaces, repo, commit) : void 0;
  return { report, published, ...alertUrl ? { alertUrl } : {} };
}
__name(mergeShardsOfRun, "mergeShardsOfRun");
async function alertFor(report, config, context, surfaces, repo, commit) {
  if (config.mode === "measure") {
    surfaces.log.info("mode: measure: no alert here; the report says which regressions stand.");
    return void 0;
  }
  const branch = branchOf(context);
  const repositoryUrl = repo && `${context.serverUrl}/${repo.owner}/${repo.repo}`;
  const runUrl = repositoryUrl && Number.isInteger(context.runId) && context.runId > 0 ? `${repositoryUrl}/actions/runs/${context.runId}` : void 0;
  const target = repo && repositoryUrl && commit.sha ? { ...repo, repositoryUrl, sha: commit.sha, ...branch ? { branch } : {}, ...runUrl ? { runUrl } : {} } : void 0;
  return publishAlert(report, config, { log: surfaces.log, ...surfaces.octokit ? { octokit: surfaces.octokit } : {}, ...target ? { target } : {} });
}
__name(alertFor, "alertFor");
async function publishTriggeringRun(config, context, surfaces, repo) {
  const fromRun = await reportOfTriggeringRun(config, context, surfaces.octokit, repo);
  const { octokit } = surfaces;
  const issue = fromRun.target.pullRequest;
  const accepted = octokit && repo && issue !== void 0 ? await acceptanceOfPullRequest(config.acceptLabel, { octokit, repo, issue }, surfaces.log) : void 0;
  const report = withAcceptance(fromRun.report, accepted);
  const published = await publishToGitHub(report, config, { ...surfaces, target: fromRun.target, ...fromRun.artifactUrl ? { artifactUrl: fromRun.artifactUrl } : {} });
  return { report, published };
}
__name(publishTriggeringRun, "publishTriggeringRun");
async function reportOfTriggeringRun(config, context, octokit, repo) {
  const triggering = context.payload["workflow_run"];
  if (!triggering?.head_sha) throw new UserError(messages.publishNeedsWorkflowRun(context.eventName));
  if (!octokit || !repo) throw new UserError(messages.publishNeedsToken());
  let text;
  let artifactUrl;
  if (config.report) {
    if (!existsSync3(config.report)) throw new UserError(messages.reportInvalid(Input.Report, config.report, "does not exist"));
    text = await readFile(config.report, "utf8");
  } else {
    const downloaded = await downloadRunReport(octokit, repo, triggering.id, config.commentKey, context.serverUrl);
    if (!downloaded) throw new UserError(messages.publishReportNotFound(triggering.id, reportArtifactName(config.commentKey)));
    ({ text, artifactUrl } = downloaded);
  }
  const report = await parseReport(text, config.report ?? reportArtifactName(config.commentKey), Input.Report);
  if (report.commit?.sha !== triggering.head_sha) throw new UserError(messages.reportOfAnotherCommit(report.commit?.sha, triggering.head_sha));
  const { links: _untrusted, ...measured } = report;
  const pullRequest = await findPullRequestOfRun(octokit, repo, triggering);
  const target = {
    ...repo,
    headSha: triggering.head_sha,
    ...pullRequest !== void 0 ? { pullRequest } : {},
    noPullRequestReason: `no open pull request has the head commit ${triggering.head_sha.slice(0, 7)}`
  };
  return { report: measured, target, ...artifactUrl ? { artifactUrl } : {} };
}
__name(reportOfTriggeringRun, "reportOfTriggeringRun");
function wholeOf(config) {
  const { shard: _ignored, ...whole } = config;
  return whole;
}
__name(wholeOf, "wholeOf");
function targetOf(context, repo, commit) {
  const pullRequest = context.payload.pull_request?.number;
  return {
    ...repo,
    ...commit.sha ? { headSha: commit.sha } : {},
    ...pullRequest !== void 0 ? { pullRequest } : {},
    noPullRequestReason: `this is a ${context.eventName} event`
  };
}
__name(targetOf, "targetOf");
function branchOf(context) {
  const base = context.payload.pull_request?.["base"]?.ref;
  if (base) return base;
  return context.ref?.startsWith("refs/heads/") ? context.ref.slice("refs/heads/".length) : void 0;
}
__name(branchOf, "branchOf");
function repositoryOf(context) {
  try {
    return context.repo;
  } catch {
    return void 0;
  }
}
__name(repositoryOf, "repositoryOf");
function commitOf(context) {
  const head = context.payload.pull_request?.["head"];
  const sha = head?.sha ?? context.sha;
  const ref = head?.ref ?? context.ref;
  return { ...sha ? { sha } : {}, ...ref ? { ref } : {} };
}
__name(commitOf, "commitOf");

// src/index.ts
await run();
process.exit();
