import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  MODULES_PER_ASSET,
  packageOf,
  writeTreemap
} from "./chunk-FFY6NEJV.js";
import "./chunk-RMT35EB4.js";
import "./chunk-MM7ZC2FD.js";
import {
  __name
} from "./chunk-OMWRFWOT.js";

// src/measure/sourceMapComposition.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import zlib from "node:zlib";

// node_modules/@jridgewell/sourcemap-codec/dist/sourcemap-codec.mjs
var comma = ",".charCodeAt(0);
var semicolon = ";".charCodeAt(0);
var chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var intToChar = new Uint8Array(64);
var charToInt = new Uint8Array(128);
for (let i = 0; i < chars.length; i++) {
  const c = chars.charCodeAt(i);
  intToChar[i] = c;
  charToInt[c] = i;
}
function decodeInteger(reader) {
  let value = 0;
  let shift = 0;
  let integer = 0;
  do {
    const c = reader.next();
    integer = charToInt[c];
    value |= (integer & 31) << shift;
    shift += 5;
  } while (integer & 32);
  return value;
}
__name(decodeInteger, "decodeInteger");
function decodeSign(num) {
  return num & 1 ? -2147483648 | -(num >>> 1) : num >>> 1;
}
__name(decodeSign, "decodeSign");
function hasMoreVlq(reader, max) {
  if (reader.pos >= max) return false;
  return reader.peek() !== comma;
}
__name(hasMoreVlq, "hasMoreVlq");
var bufLength = 1024 * 16;
var StringReader = class {
  static {
    __name(this, "StringReader");
  }
  constructor(buffer) {
    this.pos = 0;
    this.buffer = buffer;
  }
  next() {
    return this.buffer.charCodeAt(this.pos++);
  }
  peek() {
    return this.buffer.charCodeAt(this.pos);
  }
  indexOf(char) {
    const { buffer, pos } = this;
    const idx = buffer.indexOf(char, pos);
    return idx === -1 ? buffer.length : idx;
  }
};
function decode(mappings) {
  const { length } = mappings;
  const reader = new StringReader(mappings);
  const decoded = [];
  let genColumn = 0;
  let sourcesIndex = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let namesIndex = 0;
  do {
    const semi = reader.indexOf(";");
    const line = [];
    let sorted = true;
    let lastCol = 0;
    genColumn = 0;
    while (reader.pos < semi) {
      let seg;
      genColumn += decodeSign(decodeInteger(reader));
      if (genColumn < lastCol) sorted = false;
      lastCol = genColumn;
      if (hasMoreVlq(reader, semi)) {
        sourcesIndex += decodeSign(decodeInteger(reader));
        sourceLine += decodeSign(decodeInteger(reader));
        sourceColumn += decodeSign(decodeInteger(reader));
        if (hasMoreVlq(reader, semi)) {
          namesIndex += decodeSign(decodeInteger(reader));
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn, namesIndex];
        } else {
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn];
        }
      } else {
        seg = [genColumn];
      }
      line.push(seg);
      reader.pos++;
    }
    if (!sorted) sort(line);
    decoded.push(line);
    reader.pos = semi + 1;
  } while (reader.pos <= length);
  return decoded;
}
__name(decode, "decode");
function sort(line) {
  line.sort(sortComparator);
}
__name(sort, "sort");
function sortComparator(a, b) {
  return a[0] - b[0];
}
__name(sortComparator, "sortComparator");

// node_modules/@jridgewell/resolve-uri/dist/resolve-uri.mjs
var schemeRegex = /^[\w+.-]+:\/\//;
var urlRegex = /^([\w+.-]+:)\/\/([^@/#?]*@)?(\[[^\]]+\]|[^:/#?]*)(:\d+)?(\/[^#?]*)?(\?[^#]*)?(#.*)?/;
var fileRegex = /^file:(?:\/\/((?![a-z]:)[^/#?]*)?)?(\/?[^#?]*)(\?[^#]*)?(#.*)?/i;
function isAbsoluteUrl(input) {
  return schemeRegex.test(input);
}
__name(isAbsoluteUrl, "isAbsoluteUrl");
function isSchemeRelativeUrl(input) {
  return input.startsWith("//");
}
__name(isSchemeRelativeUrl, "isSchemeRelativeUrl");
function isAbsolutePath(input) {
  return input.startsWith("/");
}
__name(isAbsolutePath, "isAbsolutePath");
function isFileUrl(input) {
  return input.startsWith("file:");
}
__name(isFileUrl, "isFileUrl");
function isRelative(input) {
  return /^[.?#]/.test(input);
}
__name(isRelative, "isRelative");
function parseAbsoluteUrl(input) {
  const match = urlRegex.exec(input);
  return makeUrl(match[1], match[2] || "", match[3], match[4] || "", match[5] || "/", match[6] || "", match[7] || "");
}
__name(parseAbsoluteUrl, "parseAbsoluteUrl");
function parseFileUrl(input) {
  const match = fileRegex.exec(input);
  const path2 = match[2];
  return makeUrl("file:", "", match[1] || "", "", isAbsolutePath(path2) ? path2 : "/" + path2, match[3] || "", match[4] || "");
}
__name(parseFileUrl, "parseFileUrl");
function makeUrl(scheme, user, host, port, path2, query, hash) {
  return {
    scheme,
    user,
    host,
    port,
    path: path2,
    query,
    hash,
    type: 7
  };
}
__name(makeUrl, "makeUrl");
function parseUrl(input) {
  if (isSchemeRelativeUrl(input)) {
    const url2 = parseAbsoluteUrl("http:" + input);
    url2.scheme = "";
    url2.type = 6;
    return url2;
  }
  if (isAbsolutePath(input)) {
    const url2 = parseAbsoluteUrl("http://foo.com" + input);
    url2.scheme = "";
    url2.host = "";
    url2.type = 5;
    return url2;
  }
  if (isFileUrl(input))
    return parseFileUrl(input);
  if (isAbsoluteUrl(input))
    return parseAbsoluteUrl(input);
  const url = parseAbsoluteUrl("http://foo.com/" + input);
  url.scheme = "";
  url.host = "";
  url.type = input ? input.startsWith("?") ? 3 : input.startsWith("#") ? 2 : 4 : 1;
  return url;
}
__name(parseUrl, "parseUrl");
function stripPathFilename(path2) {
  if (path2.endsWith("/.."))
    return path2;
  const index = path2.lastIndexOf("/");
  return path2.slice(0, index + 1);
}
__name(stripPathFilename, "stripPathFilename");
function mergePaths(url, base) {
  normalizePath(base, base.type);
  if (url.path === "/") {
    url.path = base.path;
  } else {
    url.path = stripPathFilename(base.path) + url.path;
  }
}
__name(mergePaths, "mergePaths");
function normalizePath(url, type) {
  const rel = type <= 4;
  const pieces = url.path.split("/");
  let pointer = 1;
  let positive = 0;
  let addTrailingSlash = false;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) {
      addTrailingSlash = true;
      continue;
    }
    addTrailingSlash = false;
    if (piece === ".")
      continue;
    if (piece === "..") {
      if (positive) {
        addTrailingSlash = true;
        positive--;
        pointer--;
      } else if (rel) {
        pieces[pointer++] = piece;
      }
      continue;
    }
    pieces[pointer++] = piece;
    positive++;
  }
  let path2 = "";
  for (let i = 1; i < pointer; i++) {
    path2 += "/" + pieces[i];
  }
  if (!path2 || addTrailingSlash && !path2.endsWith("/..")) {
    path2 += "/";
  }
  url.path = path2;
}
__name(normalizePath, "normalizePath");
function resolve(input, base) {
  if (!input && !base)
    return "";
  const url = parseUrl(input);
  let inputType = url.type;
  if (base && inputType !== 7) {
    const baseUrl = parseUrl(base);
    const baseType = baseUrl.type;
    switch (inputType) {
      case 1:
        url.hash = baseUrl.hash;
      // fall through
      case 2:
        url.query = baseUrl.query;
      // fall through
      case 3:
      case 4:
        mergePaths(url, baseUrl);
      // fall through
      case 5:
        url.user = baseUrl.user;
        url.host = baseUrl.host;
        url.port = baseUrl.port;
      // fall through
      case 6:
        url.scheme = baseUrl.scheme;
    }
    if (baseType > inputType)
      inputType = baseType;
  }
  normalizePath(url, inputType);
  const queryHash = url.query + url.hash;
  switch (inputType) {
    // This is impossible, because of the empty checks at the start of the function.
    // case UrlType.Empty:
    case 2:
    case 3:
      return queryHash;
    case 4: {
      const path2 = url.path.slice(1);
      if (!path2)
        return queryHash || ".";
      if (isRelative(base || input) && !isRelative(path2)) {
        return "./" + path2 + queryHash;
      }
      return path2 + queryHash;
    }
    case 5:
      return url.path + queryHash;
    default:
      return url.scheme + "//" + url.user + url.host + url.port + url.path + queryHash;
  }
}
__name(resolve, "resolve");

// node_modules/@jridgewell/trace-mapping/dist/trace-mapping.mjs
function stripFilename(path2) {
  if (!path2) return "";
  const index = path2.lastIndexOf("/");
  return path2.slice(0, index + 1);
}
__name(stripFilename, "stripFilename");
function resolver(mapUrl, sourceRoot) {
  const from = stripFilename(mapUrl);
  const prefix = sourceRoot ? sourceRoot + "/" : "";
  return (source) => resolve(prefix + (source || ""), from);
}
__name(resolver, "resolver");
var COLUMN = 0;
var SOURCES_INDEX = 1;
var SOURCE_LINE = 2;
var SOURCE_COLUMN = 3;
var NAMES_INDEX = 4;
function maybeSort(mappings, owned) {
  const unsortedIndex = nextUnsortedSegmentLine(mappings, 0);
  if (unsortedIndex === mappings.length) return mappings;
  if (!owned) mappings = mappings.slice();
  for (let i = unsortedIndex; i < mappings.length; i = nextUnsortedSegmentLine(mappings, i + 1)) {
    mappings[i] = sortSegments(mappings[i], owned);
  }
  return mappings;
}
__name(maybeSort, "maybeSort");
function nextUnsortedSegmentLine(mappings, start) {
  for (let i = start; i < mappings.length; i++) {
    if (!isSorted(mappings[i])) return i;
  }
  return mappings.length;
}
__name(nextUnsortedSegmentLine, "nextUnsortedSegmentLine");
function isSorted(line) {
  for (let j = 1; j < line.length; j++) {
    if (line[j][COLUMN] < line[j - 1][COLUMN]) {
      return false;
    }
  }
  return true;
}
__name(isSorted, "isSorted");
function sortSegments(line, owned) {
  if (!owned) line = line.slice();
  return line.sort(sortComparator2);
}
__name(sortSegments, "sortSegments");
function sortComparator2(a, b) {
  return a[COLUMN] - b[COLUMN];
}
__name(sortComparator2, "sortComparator");
function memoizedState() {
  return {
    lastKey: -1,
    lastNeedle: -1,
    lastIndex: -1
  };
}
__name(memoizedState, "memoizedState");
function parse(map) {
  return typeof map === "string" ? JSON.parse(map) : map;
}
__name(parse, "parse");
var FlattenMap = /* @__PURE__ */ __name(function(map, mapUrl) {
  const parsed = parse(map);
  if (!("sections" in parsed)) {
    return new TraceMap(parsed, mapUrl);
  }
  const mappings = [];
  const sources = [];
  const sourcesContent = [];
  const names = [];
  const ignoreList = [];
  recurse(
    parsed,
    mapUrl,
    mappings,
    sources,
    sourcesContent,
    names,
    ignoreList,
    0,
    0,
    Infinity,
    Infinity
  );
  const joined = {
    version: 3,
    file: parsed.file,
    names,
    sources,
    sourcesContent,
    mappings,
    ignoreList
  };
  return presortedDecodedMap(joined);
}, "FlattenMap");
function recurse(input, mapUrl, mappings, sources, sourcesContent, names, ignoreList, lineOffset, columnOffset, stopLine, stopColumn) {
  const { sections } = input;
  for (let i = 0; i < sections.length; i++) {
    const { map, offset } = sections[i];
    let sl = stopLine;
    let sc = stopColumn;
    if (i + 1 < sections.length) {
      const nextOffset = sections[i + 1].offset;
      sl = Math.min(stopLine, lineOffset + nextOffset.line);
      if (sl === stopLine) {
        sc = Math.min(stopColumn, columnOffset + nextOffset.column);
      } else if (sl < stopLine) {
        sc = columnOffset + nextOffset.column;
      }
    }
    addSection(
      map,
      mapUrl,
      mappings,
      sources,
      sourcesContent,
      names,
      ignoreList,
      lineOffset + offset.line,
      columnOffset + offset.column,
      sl,
      sc
    );
  }
}
__name(recurse, "recurse");
function addSection(input, mapUrl, mappings, sources, sourcesContent, names, ignoreList, lineOffset, columnOffset, stopLine, stopColumn) {
  const parsed = parse(input);
  if ("sections" in parsed) return recurse(...arguments);
  const map = new TraceMap(parsed, mapUrl);
  const sourcesOffset = sources.length;
  const namesOffset = names.length;
  const decoded = decodedMappings(map);
  const { resolvedSources, sourcesContent: contents, ignoreList: ignores } = map;
  append(sources, resolvedSources);
  append(names, map.names);
  if (contents) append(sourcesContent, contents);
  else for (let i = 0; i < resolvedSources.length; i++) sourcesContent.push(null);
  if (ignores) for (let i = 0; i < ignores.length; i++) ignoreList.push(ignores[i] + sourcesOffset);
  for (let i = 0; i < decoded.length; i++) {
    const lineI = lineOffset + i;
    if (lineI > stopLine) return;
    const out = getLine(mappings, lineI);
    const cOffset = i === 0 ? columnOffset : 0;
    const line = decoded[i];
    for (let j = 0; j < line.length; j++) {
      const seg = line[j];
      const column = cOffset + seg[COLUMN];
      if (lineI === stopLine && column >= stopColumn) return;
      if (seg.length === 1) {
        out.push([column]);
        continue;
      }
      const sourcesIndex = sourcesOffset + seg[SOURCES_INDEX];
      const sourceLine = seg[SOURCE_LINE];
      const sourceColumn = seg[SOURCE_COLUMN];
      out.push(
        seg.length === 4 ? [column, sourcesIndex, sourceLine, sourceColumn] : [column, sourcesIndex, sourceLine, sourceColumn, namesOffset + seg[NAMES_INDEX]]
      );
    }
  }
}
__name(addSection, "addSection");
function append(arr, other) {
  for (let i = 0; i < other.length; i++) arr.push(other[i]);
}
__name(append, "append");
function getLine(arr, index) {
  for (let i = arr.length; i <= index; i++) arr[i] = [];
  return arr[index];
}
__name(getLine, "getLine");
var TraceMap = class {
  static {
    __name(this, "TraceMap");
  }
  constructor(map, mapUrl) {
    const isString = typeof map === "string";
    if (!isString && map._decodedMemo) return map;
    const parsed = parse(map);
    const { version, file, names, sourceRoot, sources, sourcesContent } = parsed;
    this.version = version;
    this.file = file;
    this.names = names || [];
    this.sourceRoot = sourceRoot;
    this.sources = sources;
    this.sourcesContent = sourcesContent;
    this.ignoreList = parsed.ignoreList || parsed.x_google_ignoreList || void 0;
    const resolve2 = resolver(mapUrl, sourceRoot);
    this.resolvedSources = sources.map(resolve2);
    const { mappings } = parsed;
    if (typeof mappings === "string") {
      this._encoded = mappings;
      this._decoded = void 0;
    } else if (Array.isArray(mappings)) {
      this._encoded = void 0;
      this._decoded = maybeSort(mappings, isString);
    } else if (parsed.sections) {
      throw new Error(`TraceMap passed sectioned source map, please use FlattenMap export instead`);
    } else {
      throw new Error(`invalid source map: ${JSON.stringify(parsed)}`);
    }
    this._decodedMemo = memoizedState();
    this._bySources = void 0;
    this._bySourceMemos = void 0;
  }
};
function cast(map) {
  return map;
}
__name(cast, "cast");
function decodedMappings(map) {
  var _a;
  return (_a = cast(map))._decoded || (_a._decoded = decode(cast(map)._encoded));
}
__name(decodedMappings, "decodedMappings");
function presortedDecodedMap(map, mapUrl) {
  const tracer = new TraceMap(clone(map, []), mapUrl);
  cast(tracer)._decoded = map.mappings;
  return tracer;
}
__name(presortedDecodedMap, "presortedDecodedMap");
function clone(map, mappings) {
  return {
    version: map.version,
    file: map.file,
    names: map.names,
    sourceRoot: map.sourceRoot,
    sources: map.sources,
    sourcesContent: map.sourcesContent,
    mappings,
    ignoreList: map.ignoreList || map.x_google_ignoreList
  };
}
__name(clone, "clone");

// src/measure/sourceMapComposition.ts
var UNMAPPED = "[unmapped]";
var gzip = promisify(zlib.gzip);
var GZIP_OPTIONS = { level: 9 };
var notes = {
  fileUnreadable: /* @__PURE__ */ __name((asset, reason) => `Bundle composition: ${asset} cannot be read (${reason}); it is left out of the composition \u2014 check that the build wrote it.`, "fileUnreadable"),
  mapMissing: /* @__PURE__ */ __name((asset, map) => `Bundle composition: ${asset} names its source map ${map}, which does not exist; keep the .map files in the build output (or drop the sourceMappingURL comment) to see what ${asset} is made of.`, "mapMissing"),
  mapNotLocal: /* @__PURE__ */ __name((asset, url) => `Bundle composition: ${asset} names its source map at ${url}, which perf-gate does not download; keep the .map file beside it to see what it is made of.`, "mapNotLocal"),
  mapUnreadable: /* @__PURE__ */ __name((asset, map, reason) => `Bundle composition: the source map ${map} of ${asset} cannot be read (${reason}); rebuild with source maps to see what ${asset} is made of.`, "mapUnreadable"),
  mapNotJson: /* @__PURE__ */ __name((asset, map, reason) => `Bundle composition: the source map ${map} of ${asset} is not valid JSON (${reason.split(/\r?\n/, 1)[0]}); rebuild with source maps to see what ${asset} is made of.`, "mapNotJson"),
  notSourceMap: /* @__PURE__ */ __name((asset, map, reason) => `Bundle composition: ${map}, the source map of ${asset}, is not a source map (${reason}); rebuild with source maps to see what ${asset} is made of.`, "notSourceMap")
};
var INLINE_MAP = "(inline, a data: URL)";
async function measureSourceMapComposition(files, options) {
  const workingDirectory = path.resolve(options.workingDirectory);
  const assets = [];
  const chartData = [];
  const fileNotes = [];
  for (const absolute of new Set(files.map((file) => path.resolve(workingDirectory, file)))) {
    const asset = relativePath(absolute, workingDirectory);
    const code = await readFile(absolute).catch((error) => {
      fileNotes.push(notes.fileUnreadable(asset, error.code ?? String(error)));
      return void 0;
    });
    if (!code) continue;
    const text = code.toString("utf8");
    const found = await findSourceMap(text, absolute, asset, workingDirectory);
    if (!found) continue;
    if ("note" in found) {
      fileNotes.push(found.note);
      continue;
    }
    const bytesBySource = attributeBytes(text, found.map, sourceNames(found.map, workingDirectory));
    const composed = composeAsset(asset, code.length, (await gzip(code, GZIP_OPTIONS)).length, bytesBySource);
    assets.push(composed.asset);
    chartData.push(composed.chart);
  }
  if (options.treemapFile) {
    await writeTreemap(options.treemapFile, { title: `${path.basename(workingDirectory)}: bundle composition (source maps)`, chartData, entrypoints: [], defaultSizes: "parsed" });
  }
  return { composition: { source: "source-maps", sizeKind: "parsed", assets }, notes: fileNotes };
}
__name(measureSourceMapComposition, "measureSourceMapComposition");
async function findSourceMap(text, file, asset, workingDirectory) {
  const url = [...text.matchAll(/^[ \t]*(?:\/\/|\/\*)[#@][ \t]+sourceMappingURL=([^\s*]+)/gm)].at(-1)?.[1];
  if (url?.startsWith("data:")) {
    const mapText2 = await fetch(url).then(
      (response) => response.text(),
      (error) => error
    );
    if (mapText2 instanceof Error) return { note: notes.mapUnreadable(asset, INLINE_MAP, mapText2.message) };
    return parseSourceMap(mapText2, pathToFileURL(file).href, asset, INLINE_MAP);
  }
  const target = url === void 0 ? pathToFileURL(`${file}.map`) : URL.parse(url, pathToFileURL(file).href);
  const mapFile = target?.protocol === "file:" ? filePath(target) : void 0;
  if (!target || mapFile === void 0) return { note: notes.mapNotLocal(asset, target?.href ?? String(url)) };
  const mapName = relativePath(mapFile, workingDirectory);
  let mapText;
  try {
    mapText = await readFile(mapFile, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return url === void 0 ? void 0 : { note: notes.mapMissing(asset, mapName) };
    return { note: notes.mapUnreadable(asset, mapName, code ?? String(error)) };
  }
  return parseSourceMap(mapText, target.href, asset, mapName);
}
__name(findSourceMap, "findSourceMap");
function parseSourceMap(text, mapUrl, asset, mapName) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { note: notes.mapNotJson(asset, mapName, error.message) };
  }
  const shape = parsed;
  const isSourceMap = typeof shape === "object" && shape !== null && (Array.isArray(shape.sections) || Array.isArray(shape.sources) && typeof shape.mappings === "string");
  if (!isSourceMap) return { note: notes.notSourceMap(asset, mapName, "no sources and mappings") };
  try {
    return { map: new FlattenMap(parsed, mapUrl) };
  } catch (error) {
    return { note: notes.notSourceMap(asset, mapName, error.message.split(/\r?\n/, 1)[0] ?? "") };
  }
}
__name(parseSourceMap, "parseSourceMap");
function sourceNames(map, workingDirectory) {
  return map.sources.map((source, index) => {
    if (!source) return void 0;
    const webpackPath = /^webpack:\/\/[^/]*\/(.*)$/s.exec(map.sourceRoot ? `${map.sourceRoot}/${source}` : source)?.[1];
    if (webpackPath !== void 0) return /^\.\.?\//.test(webpackPath) ? moduleName(path.resolve(workingDirectory, webpackPath), workingDirectory) : webpackPath;
    const resolved = map.resolvedSources[index] ?? source;
    const file = resolved.startsWith("file:") ? filePath(resolved) : void 0;
    return file === void 0 ? resolved : moduleName(file, workingDirectory);
  });
}
__name(sourceNames, "sourceNames");
function moduleName(file, workingDirectory) {
  const relative = relativePath(file, workingDirectory);
  return /^\.\.(?:\/|$)/.test(relative) || path.isAbsolute(relative) ? relative : `./${relative}`;
}
__name(moduleName, "moduleName");
function relativePath(file, workingDirectory) {
  return path.relative(workingDirectory, file).split(path.sep).join("/");
}
__name(relativePath, "relativePath");
function filePath(url) {
  try {
    return fileURLToPath(url);
  } catch {
    return void 0;
  }
}
__name(filePath, "filePath");
function attributeBytes(text, map, names) {
  const bytesBySource = /* @__PURE__ */ new Map();
  const add = /* @__PURE__ */ __name((name, bytes) => {
    if (bytes > 0) bytesBySource.set(name, (bytesBySource.get(name) ?? 0) + bytes);
  }, "add");
  const mappings = decodedMappings(map);
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    let owner = UNMAPPED;
    let start = 0;
    for (const segment of mappings[index] ?? []) {
      const column = Math.min(Math.max(segment[0], start), line.length);
      add(owner, Buffer.byteLength(line.slice(start, column)));
      owner = (segment.length === 1 ? void 0 : names[segment[1]]) ?? UNMAPPED;
      start = column;
    }
    add(owner, Buffer.byteLength(line.slice(start)) + (index < lines.length - 1 ? 1 : 0));
  });
  return bytesBySource;
}
__name(attributeBytes, "attributeBytes");
function composeAsset(asset, size, gzipSize, bytesBySource) {
  const estimatedGzip = /* @__PURE__ */ __name((bytes) => size > 0 ? Math.round(gzipSize * bytes / size) : 0, "estimatedGzip");
  const modules = [...bytesBySource].map(([name, bytes]) => ({ name, size: bytes, gzip: estimatedGzip(bytes) }));
  const packageBytes = /* @__PURE__ */ new Map();
  for (const module of modules) {
    if (module.name === UNMAPPED) continue;
    const name = packageOf(module.name);
    packageBytes.set(name, (packageBytes.get(name) ?? 0) + module.size);
  }
  const largestFirst = /* @__PURE__ */ __name((a, b) => b.size - a.size || a.name.localeCompare(b.name), "largestFirst");
  return {
    asset: {
      asset,
      size,
      gzip: gzipSize,
      moduleCount: modules.length,
      packages: [...packageBytes].map(([name, bytes]) => ({ name, size: bytes, gzip: estimatedGzip(bytes) })).sort(largestFirst),
      modules: [...modules].sort(largestFirst).slice(0, MODULES_PER_ASSET)
    },
    chart: {
      label: asset,
      isAsset: true,
      // A source map says nothing of the code before the build minified it: the stat size, which the
      // analyzer takes from webpack's stats, is the parsed size here too.
      statSize: size,
      parsedSize: size,
      gzipSize,
      groups: chartGroups(modules),
      isInitialByEntrypoint: {}
    }
  };
}
__name(composeAsset, "composeAsset");
function chartGroups(modules) {
  const root = { folders: /* @__PURE__ */ new Map(), modules: [] };
  for (const module of modules) {
    let folder = root;
    for (const name of module.name.replace(/^\.\//, "").split("/").slice(0, -1)) {
      const child = folder.folders.get(name) ?? { folders: /* @__PURE__ */ new Map(), modules: [] };
      folder.folders.set(name, child);
      folder = child;
    }
    folder.modules.push(module);
  }
  return folderGroups(root, ".");
}
__name(chartGroups, "chartGroups");
function folderGroups(folder, folderPath) {
  const modules = folder.modules.map((module) => ({
    label: module.name.split("/").at(-1) ?? module.name,
    path: module.name,
    statSize: module.size,
    parsedSize: module.size,
    gzipSize: module.gzip ?? 0
  }));
  return [...[...folder.folders].map(([name, draft]) => folderNode(name, draft, folderPath)), ...modules];
}
__name(folderGroups, "folderGroups");
function folderNode(label, folder, parentPath) {
  const [only, ...others] = folder.folders;
  if (only && others.length === 0 && folder.modules.length === 0) return folderNode(`${label}/${only[0]}`, only[1], parentPath);
  const folderPath = `${parentPath}/${label}`;
  const groups = folderGroups(folder, folderPath);
  const sum = /* @__PURE__ */ __name((size) => groups.reduce((total, node) => total + size(node), 0), "sum");
  return { label, path: folderPath, statSize: sum((node) => node.statSize), parsedSize: sum((node) => node.parsedSize), gzipSize: sum((node) => node.gzipSize), groups };
}
__name(folderNode, "folderNode");
export {
  UNMAPPED,
  measureSourceMapComposition
};
