import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  APP_PACKAGE
} from "./chunk-RMT35EB4.js";
import {
  UserError,
  messages
} from "./chunk-MM7ZC2FD.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/@discoveryjs/json-ext/cjs/utils.cjs
var require_utils = __commonJS({
  "node_modules/@discoveryjs/json-ext/cjs/utils.cjs"(exports) {
    "use strict";
    function isIterable(value) {
      return typeof value === "object" && value !== null && (typeof value[Symbol.iterator] === "function" || typeof value[Symbol.asyncIterator] === "function");
    }
    __name(isIterable, "isIterable");
    function replaceValue(holder, key, value, replacer) {
      if (value && typeof value.toJSON === "function") {
        value = value.toJSON();
      }
      if (replacer !== null) {
        value = replacer.call(holder, String(key), value);
      }
      switch (typeof value) {
        case "function":
        case "symbol":
          value = void 0;
          break;
        case "object":
          if (value !== null) {
            const cls = value.constructor;
            if (cls === String || cls === Number || cls === Boolean) {
              value = value.valueOf();
            }
          }
          break;
      }
      return value;
    }
    __name(replaceValue, "replaceValue");
    function normalizeReplacer(replacer) {
      if (typeof replacer === "function") {
        return replacer;
      }
      if (Array.isArray(replacer)) {
        const allowlist = new Set(
          replacer.map((item) => {
            const cls = item && item.constructor;
            return cls === String || cls === Number ? String(item) : null;
          }).filter((item) => typeof item === "string")
        );
        return [...allowlist];
      }
      return null;
    }
    __name(normalizeReplacer, "normalizeReplacer");
    function normalizeSpace(space) {
      if (typeof space === "number") {
        if (!Number.isFinite(space) || space < 1) {
          return false;
        }
        return " ".repeat(Math.min(space, 10));
      }
      if (typeof space === "string") {
        return space.slice(0, 10) || false;
      }
      return false;
    }
    __name(normalizeSpace, "normalizeSpace");
    function normalizeStringifyOptions(optionsOrReplacer, space) {
      if (optionsOrReplacer === null || Array.isArray(optionsOrReplacer) || typeof optionsOrReplacer !== "object") {
        optionsOrReplacer = {
          replacer: optionsOrReplacer,
          space
        };
      }
      let replacer = normalizeReplacer(optionsOrReplacer.replacer);
      let getKeys = Object.keys;
      if (Array.isArray(replacer)) {
        const allowlist = replacer;
        getKeys = /* @__PURE__ */ __name(() => allowlist, "getKeys");
        replacer = null;
      }
      return {
        ...optionsOrReplacer,
        replacer,
        getKeys,
        space: normalizeSpace(optionsOrReplacer.space)
      };
    }
    __name(normalizeStringifyOptions, "normalizeStringifyOptions");
    exports.isIterable = isIterable;
    exports.normalizeReplacer = normalizeReplacer;
    exports.normalizeSpace = normalizeSpace;
    exports.normalizeStringifyOptions = normalizeStringifyOptions;
    exports.replaceValue = replaceValue;
  }
});

// node_modules/@discoveryjs/json-ext/cjs/parse-chunked.cjs
var require_parse_chunked = __commonJS({
  "node_modules/@discoveryjs/json-ext/cjs/parse-chunked.cjs"(exports) {
    "use strict";
    var utils = require_utils();
    var STACK_OBJECT = 1;
    var STACK_ARRAY = 2;
    var decoder = new TextDecoder();
    function adjustPosition(error, parser) {
      if (error.name === "SyntaxError" && parser.jsonParseOffset) {
        error.message = error.message.replace(
          /at position (\d+)/,
          (_, pos) => "at position " + (Number(pos) + parser.jsonParseOffset)
        );
      }
      return error;
    }
    __name(adjustPosition, "adjustPosition");
    function append(array, elements) {
      const initialLength = array.length;
      array.length += elements.length;
      for (let i = 0; i < elements.length; i++) {
        array[initialLength + i] = elements[i];
      }
    }
    __name(append, "append");
    async function parseChunked(chunkEmitter) {
      const iterable = typeof chunkEmitter === "function" ? chunkEmitter() : chunkEmitter;
      if (utils.isIterable(iterable)) {
        let parser = new ChunkParser();
        try {
          for await (const chunk of iterable) {
            if (typeof chunk !== "string" && !ArrayBuffer.isView(chunk)) {
              throw new TypeError("Invalid chunk: Expected string, TypedArray or Buffer");
            }
            parser.push(chunk);
          }
          return parser.finish();
        } catch (e) {
          throw adjustPosition(e, parser);
        }
      }
      throw new TypeError(
        "Invalid chunk emitter: Expected an Iterable, AsyncIterable, generator, async generator, or a function returning an Iterable or AsyncIterable"
      );
    }
    __name(parseChunked, "parseChunked");
    var ChunkParser = class {
      static {
        __name(this, "ChunkParser");
      }
      constructor() {
        this.value = void 0;
        this.valueStack = null;
        this.stack = new Array(100);
        this.lastFlushDepth = 0;
        this.flushDepth = 0;
        this.stateString = false;
        this.stateStringEscape = false;
        this.pendingByteSeq = null;
        this.pendingChunk = null;
        this.chunkOffset = 0;
        this.jsonParseOffset = 0;
      }
      parseAndAppend(fragment, wrap) {
        if (this.stack[this.lastFlushDepth - 1] === STACK_OBJECT) {
          if (wrap) {
            this.jsonParseOffset--;
            fragment = "{" + fragment + "}";
          }
          Object.assign(this.valueStack.value, JSON.parse(fragment));
        } else {
          if (wrap) {
            this.jsonParseOffset--;
            fragment = "[" + fragment + "]";
          }
          append(this.valueStack.value, JSON.parse(fragment));
        }
      }
      prepareAddition(fragment) {
        const { value } = this.valueStack;
        const expectComma = Array.isArray(value) ? value.length !== 0 : Object.keys(value).length !== 0;
        if (expectComma) {
          if (fragment[0] === ",") {
            this.jsonParseOffset++;
            return fragment.slice(1);
          }
          if (fragment[0] !== "}" && fragment[0] !== "]") {
            this.jsonParseOffset -= 3;
            return "[[]" + fragment;
          }
        }
        return fragment;
      }
      flush(chunk, start, end) {
        let fragment = chunk.slice(start, end);
        this.jsonParseOffset = this.chunkOffset + start;
        if (this.pendingChunk !== null) {
          fragment = this.pendingChunk + fragment;
          this.jsonParseOffset -= this.pendingChunk.length;
          this.pendingChunk = null;
        }
        if (this.flushDepth === this.lastFlushDepth) {
          if (this.flushDepth > 0) {
            this.parseAndAppend(this.prepareAddition(fragment), true);
          } else {
            this.value = JSON.parse(fragment);
            this.valueStack = {
              value: this.value,
              prev: null
            };
          }
        } else if (this.flushDepth > this.lastFlushDepth) {
          for (let i = this.flushDepth - 1; i >= this.lastFlushDepth; i--) {
            fragment += this.stack[i] === STACK_OBJECT ? "}" : "]";
          }
          if (this.lastFlushDepth === 0) {
            this.value = JSON.parse(fragment);
            this.valueStack = {
              value: this.value,
              prev: null
            };
          } else {
            this.parseAndAppend(this.prepareAddition(fragment), true);
          }
          for (let i = this.lastFlushDepth || 1; i < this.flushDepth; i++) {
            let value = this.valueStack.value;
            if (this.stack[i - 1] === STACK_OBJECT) {
              let key;
              for (key in value) ;
              value = value[key];
            } else {
              value = value[value.length - 1];
            }
            this.valueStack = {
              value,
              prev: this.valueStack
            };
          }
        } else {
          fragment = this.prepareAddition(fragment);
          for (let i = this.lastFlushDepth - 1; i >= this.flushDepth; i--) {
            this.jsonParseOffset--;
            fragment = (this.stack[i] === STACK_OBJECT ? "{" : "[") + fragment;
          }
          this.parseAndAppend(fragment, false);
          for (let i = this.lastFlushDepth - 1; i >= this.flushDepth; i--) {
            this.valueStack = this.valueStack.prev;
          }
        }
        this.lastFlushDepth = this.flushDepth;
      }
      push(chunk) {
        if (typeof chunk !== "string") {
          if (this.pendingByteSeq !== null) {
            const origRawChunk = chunk;
            chunk = new Uint8Array(this.pendingByteSeq.length + origRawChunk.length);
            chunk.set(this.pendingByteSeq);
            chunk.set(origRawChunk, this.pendingByteSeq.length);
            this.pendingByteSeq = null;
          }
          if (chunk[chunk.length - 1] > 127) {
            for (let seqLength = 0; seqLength < chunk.length; seqLength++) {
              const byte = chunk[chunk.length - 1 - seqLength];
              if (byte >> 6 === 3) {
                seqLength++;
                if (seqLength !== 4 && byte >> 3 === 30 || seqLength !== 3 && byte >> 4 === 14 || seqLength !== 2 && byte >> 5 === 6) {
                  this.pendingByteSeq = chunk.slice(chunk.length - seqLength);
                  chunk = chunk.slice(0, -seqLength);
                }
                break;
              }
            }
          }
          chunk = decoder.decode(chunk);
        }
        const chunkLength = chunk.length;
        let lastFlushPoint = 0;
        let flushPoint = 0;
        scan: for (let i = 0; i < chunkLength; i++) {
          if (this.stateString) {
            for (; i < chunkLength; i++) {
              if (this.stateStringEscape) {
                this.stateStringEscape = false;
              } else {
                switch (chunk.charCodeAt(i)) {
                  case 34:
                    this.stateString = false;
                    continue scan;
                  case 92:
                    this.stateStringEscape = true;
                }
              }
            }
            break;
          }
          switch (chunk.charCodeAt(i)) {
            case 34:
              this.stateString = true;
              this.stateStringEscape = false;
              break;
            case 44:
              flushPoint = i;
              break;
            case 123:
              flushPoint = i + 1;
              this.stack[this.flushDepth++] = STACK_OBJECT;
              break;
            case 91:
              flushPoint = i + 1;
              this.stack[this.flushDepth++] = STACK_ARRAY;
              break;
            case 93:
            /* ] */
            case 125:
              flushPoint = i + 1;
              this.flushDepth--;
              if (this.flushDepth < this.lastFlushDepth) {
                this.flush(chunk, lastFlushPoint, flushPoint);
                lastFlushPoint = flushPoint;
              }
              break;
            case 9:
            /* \t */
            case 10:
            /* \n */
            case 13:
            /* \r */
            case 32:
              if (lastFlushPoint === i) {
                lastFlushPoint++;
              }
              if (flushPoint === i) {
                flushPoint++;
              }
              break;
          }
        }
        if (flushPoint > lastFlushPoint) {
          this.flush(chunk, lastFlushPoint, flushPoint);
        }
        if (flushPoint < chunkLength) {
          if (this.pendingChunk !== null) {
            this.pendingChunk += chunk;
          } else {
            this.pendingChunk = chunk.slice(flushPoint, chunkLength);
          }
        }
        this.chunkOffset += chunkLength;
      }
      finish() {
        if (this.pendingChunk !== null) {
          this.flush("", 0, 0);
          this.pendingChunk = null;
        }
        return this.value;
      }
    };
    exports.parseChunked = parseChunked;
  }
});

// node_modules/@discoveryjs/json-ext/cjs/stringify-chunked.cjs
var require_stringify_chunked = __commonJS({
  "node_modules/@discoveryjs/json-ext/cjs/stringify-chunked.cjs"(exports) {
    "use strict";
    var utils = require_utils();
    function encodeString(value) {
      if (/[^\x20\x21\x23-\x5B\x5D-\uD799]/.test(value)) {
        return JSON.stringify(value);
      }
      return '"' + value + '"';
    }
    __name(encodeString, "encodeString");
    function* stringifyChunked(value, ...args) {
      const { replacer, getKeys, space, ...options } = utils.normalizeStringifyOptions(...args);
      const highWaterMark = Number(options.highWaterMark) || 16384;
      const keyStrings = /* @__PURE__ */ new Map();
      const stack = [];
      const rootValue = { "": value };
      let prevState = null;
      let state = /* @__PURE__ */ __name(() => printEntry("", value), "state");
      let stateValue = rootValue;
      let stateEmpty = true;
      let stateKeys = [""];
      let stateIndex = 0;
      let buffer = "";
      while (true) {
        state();
        if (buffer.length >= highWaterMark || prevState === null) {
          yield buffer;
          buffer = "";
          if (prevState === null) {
            break;
          }
        }
      }
      function printObject() {
        if (stateIndex === 0) {
          stateKeys = getKeys(stateValue);
          buffer += "{";
        }
        if (stateIndex === stateKeys.length) {
          buffer += space && !stateEmpty ? `
${space.repeat(stack.length - 1)}}` : "}";
          popState();
          return;
        }
        const key = stateKeys[stateIndex++];
        printEntry(key, stateValue[key]);
      }
      __name(printObject, "printObject");
      function printArray() {
        if (stateIndex === 0) {
          buffer += "[";
        }
        if (stateIndex === stateValue.length) {
          buffer += space && !stateEmpty ? `
${space.repeat(stack.length - 1)}]` : "]";
          popState();
          return;
        }
        printEntry(stateIndex, stateValue[stateIndex++]);
      }
      __name(printArray, "printArray");
      function printEntryPrelude(key) {
        if (stateEmpty) {
          stateEmpty = false;
        } else {
          buffer += ",";
        }
        if (space && prevState !== null) {
          buffer += `
${space.repeat(stack.length)}`;
        }
        if (state === printObject) {
          let keyString = keyStrings.get(key);
          if (keyString === void 0) {
            keyStrings.set(key, keyString = encodeString(key) + (space ? ": " : ":"));
          }
          buffer += keyString;
        }
      }
      __name(printEntryPrelude, "printEntryPrelude");
      function printEntry(key, value2) {
        value2 = utils.replaceValue(stateValue, key, value2, replacer);
        if (value2 === null || typeof value2 !== "object") {
          if (state !== printObject || value2 !== void 0) {
            printEntryPrelude(key);
            pushPrimitive(value2);
          }
        } else {
          if (stack.includes(value2)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          printEntryPrelude(key);
          stack.push(value2);
          pushState();
          state = Array.isArray(value2) ? printArray : printObject;
          stateValue = value2;
          stateEmpty = true;
          stateIndex = 0;
        }
      }
      __name(printEntry, "printEntry");
      function pushPrimitive(value2) {
        switch (typeof value2) {
          case "string":
            buffer += encodeString(value2);
            break;
          case "number":
            buffer += Number.isFinite(value2) ? String(value2) : "null";
            break;
          case "boolean":
            buffer += value2 ? "true" : "false";
            break;
          case "undefined":
          case "object":
            buffer += "null";
            break;
          default:
            throw new TypeError(`Do not know how to serialize a ${value2.constructor?.name || typeof value2}`);
        }
      }
      __name(pushPrimitive, "pushPrimitive");
      function pushState() {
        prevState = {
          keys: stateKeys,
          index: stateIndex,
          prev: prevState
        };
      }
      __name(pushState, "pushState");
      function popState() {
        stack.pop();
        const value2 = stack.length > 0 ? stack[stack.length - 1] : rootValue;
        state = Array.isArray(value2) ? printArray : printObject;
        stateValue = value2;
        stateEmpty = false;
        stateKeys = prevState.keys;
        stateIndex = prevState.index;
        prevState = prevState.prev;
      }
      __name(popState, "popState");
    }
    __name(stringifyChunked, "stringifyChunked");
    exports.stringifyChunked = stringifyChunked;
  }
});

// node_modules/@discoveryjs/json-ext/cjs/stringify-info.cjs
var require_stringify_info = __commonJS({
  "node_modules/@discoveryjs/json-ext/cjs/stringify-info.cjs"(exports) {
    "use strict";
    var utils = require_utils();
    var hasOwn = typeof Object.hasOwn === "function" ? Object.hasOwn : (object, key) => Object.hasOwnProperty.call(object, key);
    var escapableCharCodeSubstitution = {
      // JSON Single Character Escape Sequences
      8: "\\b",
      9: "\\t",
      10: "\\n",
      12: "\\f",
      13: "\\r",
      34: '\\"',
      92: "\\\\"
    };
    var charLength2048 = Uint8Array.from({ length: 2048 }, (_, code) => {
      if (hasOwn(escapableCharCodeSubstitution, code)) {
        return 2;
      }
      if (code < 32) {
        return 6;
      }
      return code < 128 ? 1 : 2;
    });
    function isLeadingSurrogate(code) {
      return code >= 55296 && code <= 56319;
    }
    __name(isLeadingSurrogate, "isLeadingSurrogate");
    function isTrailingSurrogate(code) {
      return code >= 56320 && code <= 57343;
    }
    __name(isTrailingSurrogate, "isTrailingSurrogate");
    function stringLength(str) {
      if (!/[^\x20\x21\x23-\x5B\x5D-\x7F]/.test(str)) {
        return str.length + 2;
      }
      let len = 0;
      let prevLeadingSurrogate = false;
      for (let i = 0; i < str.length; i++) {
        const code = str.charCodeAt(i);
        if (code < 2048) {
          len += charLength2048[code];
        } else if (isLeadingSurrogate(code)) {
          len += 6;
          prevLeadingSurrogate = true;
          continue;
        } else if (isTrailingSurrogate(code)) {
          len = prevLeadingSurrogate ? len - 2 : len + 6;
        } else {
          len += 3;
        }
        prevLeadingSurrogate = false;
      }
      return len + 2;
    }
    __name(stringLength, "stringLength");
    function intLength(num) {
      let len = 0;
      if (num < 0) {
        len = 1;
        num = -num;
      }
      if (num >= 1e9) {
        len += 9;
        num = (num - num % 1e9) / 1e9;
      }
      if (num >= 1e4) {
        if (num >= 1e6) {
          return len + (num >= 1e8 ? 9 : num >= 1e7 ? 8 : 7);
        }
        return len + (num >= 1e5 ? 6 : 5);
      }
      return len + (num >= 100 ? num >= 1e3 ? 4 : 3 : num >= 10 ? 2 : 1);
    }
    __name(intLength, "intLength");
    function primitiveLength(value) {
      switch (typeof value) {
        case "string":
          return stringLength(value);
        case "number":
          return Number.isFinite(value) ? Number.isInteger(value) ? intLength(value) : String(value).length : 4;
        case "boolean":
          return value ? 4 : 5;
        case "undefined":
        case "object":
          return 4;
        /* null */
        default:
          return 0;
      }
    }
    __name(primitiveLength, "primitiveLength");
    function stringifyInfo(value, ...args) {
      const { replacer, getKeys, ...options } = utils.normalizeStringifyOptions(...args);
      const continueOnCircular = Boolean(options.continueOnCircular);
      const space = options.space?.length || 0;
      const keysLength = /* @__PURE__ */ new Map();
      const visited = /* @__PURE__ */ new Map();
      const circular = /* @__PURE__ */ new Set();
      const stack = [];
      const root = { "": value };
      let stop = false;
      let bytes = 0;
      let spaceBytes = 0;
      let objects = 0;
      walk(root, "", value);
      if (bytes === 0) {
        bytes += 9;
      }
      return {
        bytes: isNaN(bytes) ? Infinity : bytes + spaceBytes,
        spaceBytes: space > 0 && isNaN(bytes) ? Infinity : spaceBytes,
        circular: [...circular]
      };
      function walk(holder, key, value2) {
        if (stop) {
          return;
        }
        value2 = utils.replaceValue(holder, key, value2, replacer);
        if (value2 === null || typeof value2 !== "object") {
          if (value2 !== void 0 || Array.isArray(holder)) {
            bytes += primitiveLength(value2);
          }
        } else {
          if (stack.includes(value2)) {
            circular.add(value2);
            bytes += 4;
            if (!continueOnCircular) {
              stop = true;
            }
            return;
          }
          if (visited.has(value2)) {
            bytes += visited.get(value2);
            return;
          }
          objects++;
          const prevObjects = objects;
          const valueBytes = bytes;
          let valueLength = 0;
          stack.push(value2);
          if (Array.isArray(value2)) {
            valueLength = value2.length;
            for (let i = 0; i < valueLength; i++) {
              walk(value2, i, value2[i]);
            }
          } else {
            let prevLength = bytes;
            for (const key2 of getKeys(value2)) {
              walk(value2, key2, value2[key2]);
              if (prevLength !== bytes) {
                let keyLen = keysLength.get(key2);
                if (keyLen === void 0) {
                  keysLength.set(key2, keyLen = stringLength(key2) + 1);
                }
                bytes += keyLen;
                valueLength++;
                prevLength = bytes;
              }
            }
          }
          bytes += valueLength === 0 ? 2 : 1 + valueLength;
          if (space > 0 && valueLength > 0) {
            spaceBytes += // a space between ":" and a value for each object entry
            (Array.isArray(value2) ? 0 : valueLength) + // the formula results from folding the following components:
            // - for each key-value or element: ident + newline
            //   (1 + stack.length * space) * valueLength
            // - ident (one space less) before "}" or "]" + newline
            //   (stack.length - 1) * space + 1
            (1 + stack.length * space) * (valueLength + 1) - space;
          }
          stack.pop();
          if (prevObjects !== objects) {
            visited.set(value2, bytes - valueBytes);
          }
        }
      }
      __name(walk, "walk");
    }
    __name(stringifyInfo, "stringifyInfo");
    exports.stringifyInfo = stringifyInfo;
  }
});

// node_modules/@discoveryjs/json-ext/cjs/web-streams.cjs
var require_web_streams = __commonJS({
  "node_modules/@discoveryjs/json-ext/cjs/web-streams.cjs"(exports) {
    "use strict";
    var parseChunked = require_parse_chunked();
    var stringifyChunked = require_stringify_chunked();
    var utils = require_utils();
    function parseFromWebStream(stream) {
      return parseChunked.parseChunked(utils.isIterable(stream) ? stream : async function* () {
        const reader = stream.getReader();
        try {
          while (true) {
            const { value, done } = await reader.read();
            if (done) {
              break;
            }
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      });
    }
    __name(parseFromWebStream, "parseFromWebStream");
    function createStringifyWebStream(value, replacer, space) {
      if (typeof ReadableStream.from === "function") {
        return ReadableStream.from(stringifyChunked.stringifyChunked(value, replacer, space));
      }
      return new ReadableStream({
        start() {
          this.generator = stringifyChunked.stringifyChunked(value, replacer, space);
        },
        pull(controller) {
          const { value: value2, done } = this.generator.next();
          if (done) {
            controller.close();
          } else {
            controller.enqueue(value2);
          }
        },
        cancel() {
          this.generator = null;
        }
      });
    }
    __name(createStringifyWebStream, "createStringifyWebStream");
    exports.createStringifyWebStream = createStringifyWebStream;
    exports.parseFromWebStream = parseFromWebStream;
  }
});

// node_modules/@discoveryjs/json-ext/cjs/index.cjs
var require_cjs = __commonJS({
  "node_modules/@discoveryjs/json-ext/cjs/index.cjs"(exports) {
    "use strict";
    var parseChunked = require_parse_chunked();
    var stringifyChunked = require_stringify_chunked();
    var stringifyInfo = require_stringify_info();
    var webStreams = require_web_streams();
    exports.parseChunked = parseChunked.parseChunked;
    exports.stringifyChunked = stringifyChunked.stringifyChunked;
    exports.stringifyInfo = stringifyInfo.stringifyInfo;
    exports.createStringifyWebStream = webStreams.createStringifyWebStream;
    exports.parseFromWebStream = webStreams.parseFromWebStream;
  }
});

// node_modules/webpack-bundle-analyzer/lib/Logger.js
var require_Logger = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/Logger.js"(exports, module) {
    "use strict";
    var LEVELS = ["debug", "info", "warn", "error", "silent"];
    var LEVEL_TO_CONSOLE_METHOD = /* @__PURE__ */ new Map([["debug", "log"], ["info", "log"], ["warn", "log"]]);
    var Logger = class _Logger {
      static {
        __name(this, "Logger");
      }
      /** @type {Level[]} */
      static levels = LEVELS;
      /** @type {Level} */
      static defaultLevel = "info";
      /**
       * @param {Level=} level level
       */
      constructor(level = _Logger.defaultLevel) {
        this.activeLevels = /* @__PURE__ */ new Set();
        this.setLogLevel(level);
      }
      /**
       * @param {Level} level level
       */
      setLogLevel(level) {
        const levelIndex = LEVELS.indexOf(level);
        if (levelIndex === -1) {
          throw new Error(`Invalid log level "${level}". Use one of these: ${LEVELS.join(", ")}`);
        }
        this.activeLevels.clear();
        for (const [i, level2] of LEVELS.entries()) {
          if (i >= levelIndex) this.activeLevels.add(level2);
        }
      }
      /**
       * @template {EXPECTED_ANY[]} T
       * @param {T} args args
       */
      debug(...args) {
        if (!this.activeLevels.has("debug")) return;
        this._log("debug", ...args);
      }
      /**
       * @template {EXPECTED_ANY[]} T
       * @param {T} args args
       */
      info(...args) {
        if (!this.activeLevels.has("info")) return;
        this._log("info", ...args);
      }
      /**
       * @template {EXPECTED_ANY[]} T
       * @param {T} args args
       */
      error(...args) {
        if (!this.activeLevels.has("error")) return;
        this._log("error", ...args);
      }
      /**
       * @template {EXPECTED_ANY[]} T
       * @param {T} args args
       */
      warn(...args) {
        if (!this.activeLevels.has("warn")) return;
        this._log("warn", ...args);
      }
      /**
       * @template {EXPECTED_ANY[]} T
       * @param {Level} level level
       * @param {T} args args
       */
      _log(level, ...args) {
        console[
          /** @type {Exclude<Level, "silent">} */
          LEVEL_TO_CONSOLE_METHOD.get(level) || level
        ](...args);
      }
      /**
       * @param {WebpackLogger} infrastructureLogger infrastructure logger
       * @param {Level=} userLogLevel user log level
       * @param {boolean=} warned whether deprecation warning has been logged
       * @returns {WebpackLogger} logger adapter
       */
      static createInfrastructureLoggerAdapter(infrastructureLogger, userLogLevel, warned = false) {
        if (typeof userLogLevel === "undefined") {
          return infrastructureLogger;
        }
        const levelIndex = LEVELS.indexOf(userLogLevel);
        if (levelIndex === -1) {
          throw new Error(`Invalid log level "${userLogLevel}". Use one of these: ${LEVELS.join(", ")}`);
        }
        const activeLevels = /* @__PURE__ */ new Set();
        for (const [i, level] of LEVELS.entries()) {
          if (i >= levelIndex) activeLevels.add(level);
        }
        if (!warned && activeLevels.has("warn")) {
          infrastructureLogger.warn("The 'logLevel' option is deprecated and will be removed in a future release. Please use webpack's 'infrastructureLogging.level' option instead.");
        }
        return new Proxy(infrastructureLogger, {
          get(target, prop, receiver) {
            if (prop === "activeLevels") {
              return activeLevels;
            }
            if (prop === "setLogLevel") {
              return (level) => {
                const idx = LEVELS.indexOf(level);
                if (idx === -1) {
                  throw new Error(`Invalid log level "${level}". Use one of these: ${LEVELS.join(", ")}`);
                }
                activeLevels.clear();
                for (const [i, l] of LEVELS.entries()) {
                  if (i >= idx) activeLevels.add(l);
                }
              };
            }
            if (prop === "getChildLogger") {
              return (name) => _Logger.createInfrastructureLoggerAdapter(target.getChildLogger(name), userLogLevel, true);
            }
            const value = Reflect.get(target, prop, receiver);
            if (typeof value === "function") {
              const isManagedLevel = LEVELS.includes(
                /** @type {Level} */
                prop
              ) || prop === "log";
              const levelToCheck = prop === "log" ? "info" : prop;
              if (isManagedLevel && !activeLevels.has(
                /** @type {Level} */
                levelToCheck
              )) {
                return () => {
                };
              }
              return value.bind(target);
            }
            return value;
          }
        });
      }
    };
    module.exports = Logger;
  }
});

// node_modules/acorn/dist/acorn.js
var require_acorn = __commonJS({
  "node_modules/acorn/dist/acorn.js"(exports, module) {
    (function(global, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : (global = typeof globalThis !== "undefined" ? globalThis : global || self, factory(global.acorn = {}));
    })(exports, (function(exports2) {
      "use strict";
      var astralIdentifierCodes = [509, 0, 227, 0, 150, 4, 294, 9, 1368, 2, 2, 1, 6, 3, 41, 2, 5, 0, 166, 1, 574, 3, 9, 9, 7, 9, 32, 4, 318, 1, 31, 4, 33, 15, 71, 10, 50, 3, 123, 2, 54, 14, 32, 10, 3, 1, 11, 3, 46, 10, 8, 0, 46, 9, 7, 2, 37, 13, 2, 9, 6, 1, 45, 0, 13, 2, 49, 13, 9, 3, 2, 11, 83, 11, 7, 0, 3, 0, 158, 11, 6, 9, 7, 3, 56, 1, 2, 6, 3, 1, 3, 2, 10, 0, 11, 1, 3, 6, 4, 4, 68, 8, 2, 0, 3, 0, 2, 3, 2, 4, 2, 0, 15, 1, 83, 17, 10, 9, 5, 0, 82, 19, 13, 9, 214, 6, 3, 8, 28, 1, 83, 16, 16, 9, 82, 12, 9, 9, 7, 19, 58, 14, 5, 9, 243, 14, 166, 9, 71, 5, 2, 1, 3, 3, 2, 0, 2, 1, 13, 9, 120, 6, 3, 6, 4, 0, 29, 9, 41, 6, 2, 3, 9, 0, 10, 10, 47, 15, 199, 7, 137, 9, 54, 7, 2, 7, 17, 9, 57, 21, 2, 13, 123, 5, 4, 0, 2, 1, 2, 6, 2, 0, 9, 9, 49, 4, 2, 1, 2, 4, 9, 9, 55, 9, 7, 0, 259, 3, 10, 1, 2, 0, 49, 6, 4, 4, 14, 10, 5350, 0, 7, 14, 11465, 27, 2343, 9, 87, 9, 39, 4, 60, 6, 26, 9, 535, 9, 470, 0, 2, 54, 8, 3, 82, 0, 12, 1, 19628, 1, 4178, 9, 519, 45, 3, 22, 481, 1, 61, 4, 4, 5, 9, 7, 3, 6, 31, 3, 149, 2, 12, 2, 9, 1, 3, 0, 33, 1, 1357, 49, 513, 54, 5, 49, 9, 0, 15, 0, 23, 4, 2, 14, 1361, 6, 2, 16, 3, 6, 2, 1, 2, 4, 101, 0, 161, 6, 10, 9, 357, 0, 62, 13, 499, 13, 245, 1, 2, 9, 233, 0, 3, 0, 8, 1, 6, 0, 475, 6, 110, 6, 6, 9, 4759, 9, 787719, 239];
      var astralIdentifierStartCodes = [0, 11, 2, 25, 2, 18, 2, 1, 2, 14, 3, 13, 35, 122, 70, 52, 268, 28, 4, 48, 48, 31, 14, 29, 6, 37, 11, 29, 3, 35, 5, 7, 2, 4, 43, 157, 19, 35, 5, 35, 5, 39, 9, 51, 13, 10, 2, 14, 2, 6, 2, 1, 2, 10, 2, 14, 2, 6, 2, 1, 4, 51, 13, 310, 10, 21, 11, 7, 25, 5, 2, 41, 2, 13, 65, 5, 3, 0, 2, 43, 2, 1, 4, 0, 3, 22, 11, 22, 10, 30, 66, 18, 2, 1, 11, 21, 11, 25, 7, 25, 39, 55, 7, 1, 65, 0, 16, 3, 2, 2, 2, 28, 43, 28, 4, 28, 36, 7, 2, 27, 28, 53, 11, 21, 11, 18, 14, 17, 111, 72, 56, 50, 14, 50, 14, 35, 39, 27, 10, 22, 251, 41, 7, 1, 17, 5, 18, 21, 18, 28, 11, 0, 9, 21, 43, 17, 47, 20, 28, 22, 13, 52, 58, 1, 3, 0, 14, 44, 33, 24, 27, 35, 30, 0, 3, 0, 9, 34, 4, 0, 13, 47, 15, 3, 22, 0, 2, 0, 36, 17, 2, 24, 20, 1, 64, 6, 2, 0, 2, 3, 2, 14, 2, 9, 8, 46, 39, 7, 3, 1, 3, 21, 2, 6, 2, 1, 2, 4, 4, 0, 19, 0, 13, 4, 31, 9, 2, 0, 3, 0, 2, 37, 2, 0, 26, 0, 2, 0, 45, 52, 19, 3, 21, 2, 31, 47, 21, 1, 2, 0, 185, 46, 42, 3, 37, 47, 21, 0, 60, 42, 14, 0, 72, 26, 38, 6, 186, 43, 117, 63, 32, 7, 3, 0, 3, 7, 2, 1, 2, 23, 16, 0, 2, 0, 95, 7, 3, 38, 17, 0, 2, 0, 29, 0, 11, 39, 8, 0, 22, 0, 12, 45, 20, 0, 19, 72, 18, 0, 182, 32, 32, 8, 2, 36, 18, 0, 50, 29, 113, 6, 2, 1, 2, 37, 22, 0, 26, 5, 2, 1, 2, 31, 15, 0, 24, 43, 22, 0, 239, 18, 16, 0, 2, 12, 2, 33, 125, 0, 80, 921, 103, 111, 6, 206, 13, 310, 2314, 96, 16, 1071, 18, 5, 26, 3994, 6, 582, 6842, 29, 1763, 568, 8, 30, 18, 78, 18, 29, 19, 47, 17, 3, 32, 20, 6, 18, 433, 44, 212, 63, 33, 24, 3, 24, 45, 74, 6, 0, 67, 12, 65, 1, 2, 0, 15, 4, 10, 7386, 37, 33, 96, 114, 14, 913, 15, 50, 7710, 3, 2, 6, 2, 1, 2, 296, 10, 0, 30, 2, 3, 0, 15, 4, 8, 395, 2309, 106, 6, 12, 4, 8, 8, 9, 5991, 84, 2, 70, 2, 1, 3, 0, 3, 1, 3, 3, 2, 11, 2, 0, 2, 6, 2, 64, 2, 3, 3, 7, 2, 6, 2, 27, 2, 3, 2, 4, 2, 0, 4, 6, 2, 340, 2, 24, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 30, 2, 24, 2, 7, 1845, 129, 15, 6, 55, 50, 49, 61, 147, 44, 11, 6, 17, 0, 322, 29, 19, 43, 485, 27, 229, 29, 3, 0, 208, 30, 2, 2, 2, 1, 2, 6, 3, 4, 10, 1, 225, 6, 2, 3, 2, 1, 2, 14, 2, 196, 60, 67, 8, 0, 1205, 3, 2, 26, 2, 1, 2, 0, 3, 0, 2, 9, 2, 3, 2, 0, 2, 0, 7, 0, 5, 0, 2, 0, 2, 0, 2, 2, 2, 1, 2, 0, 3, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 1, 2, 0, 3, 3, 2, 6, 2, 3, 2, 3, 2, 0, 2, 9, 2, 16, 6, 2, 2, 4, 2, 16, 4421, 42719, 33, 4382, 2, 5773, 3, 7472, 16, 621, 2467, 541, 1507, 4938, 6, 8489, 39815, 11327];
      var nonASCIIidentifierChars = "\u200C\u200D\xB7\u0300-\u036F\u0387\u0483-\u0487\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7-\u05C9\u0610-\u061A\u064B-\u0669\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u06F0-\u06F9\u0711\u0730-\u074A\u07A6-\u07B0\u07C0-\u07C9\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u0897-\u089F\u08CA-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0966-\u096F\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09E6-\u09EF\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A66-\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AE6-\u0AEF\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B53-\u0B57\u0B62\u0B63\u0B66-\u0B6F\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0BE6-\u0BEF\u0C00-\u0C04\u0C3C\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0CE6-\u0CEF\u0CF3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D66-\u0D6F\u0D81-\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0E50-\u0E59\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECE\u0ED0-\u0ED9\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1040-\u1049\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F-\u109D\u135D-\u135F\u1369-\u1371\u1712-\u1715\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u17E0-\u17E9\u180B-\u180D\u180F-\u1819\u18A9\u1920-\u192B\u1930-\u193B\u1946-\u194F\u19D0-\u19DA\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AB0-\u1ABD\u1ABF-\u1AF0\u1B00-\u1B04\u1B34-\u1B44\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BB0-\u1BB9\u1BE6-\u1BF3\u1C24-\u1C37\u1C40-\u1C49\u1C50-\u1C59\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DFF\u200C\u200D\u203F\u2040\u2054\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\u30FB\uA620-\uA629\uA66F\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA82C\uA880\uA881\uA8B4-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F1\uA8FF-\uA909\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9D0-\uA9D9\uA9E5\uA9F0-\uA9F9\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA50-\uAA59\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uABF0-\uABF9\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFF10-\uFF19\uFF3F\uFF65";
      var nonASCIIidentifierStartChars = "\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0558\u0559\u0560-\u0588\u058B\u058C\u05D0-\u05EA\u05EF-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u0870-\u0887\u0889-\u088F\u08A0-\u08C9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C5C\u0C5D\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDC-\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D04-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E86-\u0E8A\u0E8C-\u0EA3\u0EA5\u0EA7-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u1711\u171F-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1878\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4C\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C8A\u1C90-\u1CBA\u1CBD-\u1CBF\u1CE9-\u1CEC\u1CEE-\u1CF3\u1CF5\u1CF6\u1CFA\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u208F-\u209F\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312F\u3131-\u318E\u31A0-\u31BF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7DD\uA7E2\uA7F1-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA8FE\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB69\uAB6C\uAB6D\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC";
      var reservedWords = {
        3: "abstract boolean byte char class double enum export extends final float goto implements import int interface long native package private protected public short static super synchronized throws transient volatile",
        5: "class enum extends super const export import",
        6: "enum",
        strict: "implements interface let package private protected public static yield",
        strictBind: "eval arguments"
      };
      var ecma5AndLessKeywords = "break case catch continue debugger default do else finally for function if return switch throw try var while with null true false instanceof typeof void delete new in this";
      var keywords$1 = {
        5: ecma5AndLessKeywords,
        "5module": ecma5AndLessKeywords + " export import",
        6: ecma5AndLessKeywords + " const class extends export import super"
      };
      var keywordRelationalOperator = /^in(stanceof)?$/;
      var nonASCIIidentifierStart = new RegExp("[" + nonASCIIidentifierStartChars + "]");
      var nonASCIIidentifier = new RegExp("[" + nonASCIIidentifierStartChars + nonASCIIidentifierChars + "]");
      function isInAstralSet(code, set) {
        var pos = 65536;
        for (var i2 = 0; i2 < set.length; i2 += 2) {
          pos += set[i2];
          if (pos > code) {
            return false;
          }
          pos += set[i2 + 1];
          if (pos >= code) {
            return true;
          }
        }
        return false;
      }
      __name(isInAstralSet, "isInAstralSet");
      function isIdentifierStart(code, astral) {
        if (code < 65) {
          return code === 36;
        }
        if (code < 91) {
          return true;
        }
        if (code < 97) {
          return code === 95;
        }
        if (code < 123) {
          return true;
        }
        if (code <= 65535) {
          return code >= 170 && nonASCIIidentifierStart.test(String.fromCharCode(code));
        }
        if (astral === false) {
          return false;
        }
        return isInAstralSet(code, astralIdentifierStartCodes);
      }
      __name(isIdentifierStart, "isIdentifierStart");
      function isIdentifierChar(code, astral) {
        if (code < 48) {
          return code === 36;
        }
        if (code < 58) {
          return true;
        }
        if (code < 65) {
          return false;
        }
        if (code < 91) {
          return true;
        }
        if (code < 97) {
          return code === 95;
        }
        if (code < 123) {
          return true;
        }
        if (code <= 65535) {
          return code >= 170 && nonASCIIidentifier.test(String.fromCharCode(code));
        }
        if (astral === false) {
          return false;
        }
        return isInAstralSet(code, astralIdentifierStartCodes) || isInAstralSet(code, astralIdentifierCodes);
      }
      __name(isIdentifierChar, "isIdentifierChar");
      var TokenType = /* @__PURE__ */ __name(function TokenType2(label, conf) {
        if (conf === void 0) conf = {};
        this.label = label;
        this.keyword = conf.keyword;
        this.beforeExpr = !!conf.beforeExpr;
        this.startsExpr = !!conf.startsExpr;
        this.isLoop = !!conf.isLoop;
        this.isAssign = !!conf.isAssign;
        this.prefix = !!conf.prefix;
        this.postfix = !!conf.postfix;
        this.binop = conf.binop || null;
        this.updateContext = null;
      }, "TokenType");
      function binop(name, prec) {
        return new TokenType(name, { beforeExpr: true, binop: prec });
      }
      __name(binop, "binop");
      var beforeExpr = { beforeExpr: true }, startsExpr = { startsExpr: true };
      var keywords = {};
      function kw(name, options) {
        if (options === void 0) options = {};
        options.keyword = name;
        return keywords[name] = new TokenType(name, options);
      }
      __name(kw, "kw");
      var types$1 = {
        num: new TokenType("num", startsExpr),
        regexp: new TokenType("regexp", startsExpr),
        string: new TokenType("string", startsExpr),
        name: new TokenType("name", startsExpr),
        privateId: new TokenType("privateId", startsExpr),
        eof: new TokenType("eof"),
        // Punctuation token types.
        bracketL: new TokenType("[", { beforeExpr: true, startsExpr: true }),
        bracketR: new TokenType("]"),
        braceL: new TokenType("{", { beforeExpr: true, startsExpr: true }),
        braceR: new TokenType("}"),
        parenL: new TokenType("(", { beforeExpr: true, startsExpr: true }),
        parenR: new TokenType(")"),
        comma: new TokenType(",", beforeExpr),
        semi: new TokenType(";", beforeExpr),
        colon: new TokenType(":", beforeExpr),
        dot: new TokenType("."),
        question: new TokenType("?", beforeExpr),
        questionDot: new TokenType("?."),
        arrow: new TokenType("=>", beforeExpr),
        template: new TokenType("template"),
        invalidTemplate: new TokenType("invalidTemplate"),
        ellipsis: new TokenType("...", beforeExpr),
        backQuote: new TokenType("`", startsExpr),
        dollarBraceL: new TokenType("${", { beforeExpr: true, startsExpr: true }),
        // Operators. These carry several kinds of properties to help the
        // parser use them properly (the presence of these properties is
        // what categorizes them as operators).
        //
        // `binop`, when present, specifies that this operator is a binary
        // operator, and will refer to its precedence.
        //
        // `prefix` and `postfix` mark the operator as a prefix or postfix
        // unary operator.
        //
        // `isAssign` marks all of `=`, `+=`, `-=` etcetera, which act as
        // binary operators with a very low precedence, that should result
        // in AssignmentExpression nodes.
        eq: new TokenType("=", { beforeExpr: true, isAssign: true }),
        assign: new TokenType("_=", { beforeExpr: true, isAssign: true }),
        incDec: new TokenType("++/--", { prefix: true, postfix: true, startsExpr: true }),
        prefix: new TokenType("!/~", { beforeExpr: true, prefix: true, startsExpr: true }),
        logicalOR: binop("||", 1),
        logicalAND: binop("&&", 2),
        bitwiseOR: binop("|", 3),
        bitwiseXOR: binop("^", 4),
        bitwiseAND: binop("&", 5),
        equality: binop("==/!=/===/!==", 6),
        relational: binop("</>/<=/>=", 7),
        bitShift: binop("<</>>/>>>", 8),
        plusMin: new TokenType("+/-", { beforeExpr: true, binop: 9, prefix: true, startsExpr: true }),
        modulo: binop("%", 10),
        star: binop("*", 10),
        slash: binop("/", 10),
        starstar: new TokenType("**", { beforeExpr: true }),
        coalesce: binop("??", 1),
        // Keyword token types.
        _break: kw("break"),
        _case: kw("case", beforeExpr),
        _catch: kw("catch"),
        _continue: kw("continue"),
        _debugger: kw("debugger"),
        _default: kw("default", beforeExpr),
        _do: kw("do", { isLoop: true, beforeExpr: true }),
        _else: kw("else", beforeExpr),
        _finally: kw("finally"),
        _for: kw("for", { isLoop: true }),
        _function: kw("function", startsExpr),
        _if: kw("if"),
        _return: kw("return", beforeExpr),
        _switch: kw("switch"),
        _throw: kw("throw", beforeExpr),
        _try: kw("try"),
        _var: kw("var"),
        _const: kw("const"),
        _while: kw("while", { isLoop: true }),
        _with: kw("with"),
        _new: kw("new", { beforeExpr: true, startsExpr: true }),
        _this: kw("this", startsExpr),
        _super: kw("super", startsExpr),
        _class: kw("class", startsExpr),
        _extends: kw("extends", beforeExpr),
        _export: kw("export"),
        _import: kw("import", startsExpr),
        _null: kw("null", startsExpr),
        _true: kw("true", startsExpr),
        _false: kw("false", startsExpr),
        _in: kw("in", { beforeExpr: true, binop: 7 }),
        _instanceof: kw("instanceof", { beforeExpr: true, binop: 7 }),
        _typeof: kw("typeof", { beforeExpr: true, prefix: true, startsExpr: true }),
        _void: kw("void", { beforeExpr: true, prefix: true, startsExpr: true }),
        _delete: kw("delete", { beforeExpr: true, prefix: true, startsExpr: true })
      };
      var lineBreak = /\r\n?|\n|\u2028|\u2029/;
      var lineBreakG = new RegExp(lineBreak.source, "g");
      function isNewLine(code) {
        return code === 10 || code === 13 || code === 8232 || code === 8233;
      }
      __name(isNewLine, "isNewLine");
      function nextLineBreak(code, from, end) {
        if (end === void 0) end = code.length;
        for (var i2 = from; i2 < end; i2++) {
          var next = code.charCodeAt(i2);
          if (isNewLine(next)) {
            return i2 < end - 1 && next === 13 && code.charCodeAt(i2 + 1) === 10 ? i2 + 2 : i2 + 1;
          }
        }
        return -1;
      }
      __name(nextLineBreak, "nextLineBreak");
      var nonASCIIwhitespace = /[\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
      var skipWhiteSpace = /(?:\s|\/\/.*|\/\*[^]*?\*\/)*/g;
      var ref = Object.prototype;
      var hasOwnProperty = ref.hasOwnProperty;
      var toString = ref.toString;
      var hasOwn = Object.hasOwn || (function(obj, propName) {
        return hasOwnProperty.call(obj, propName);
      });
      var isArray = Array.isArray || (function(obj) {
        return toString.call(obj) === "[object Array]";
      });
      var regexpCache = /* @__PURE__ */ Object.create(null);
      function wordsRegexp(words) {
        return regexpCache[words] || (regexpCache[words] = new RegExp("^(?:" + words.replace(/ /g, "|") + ")$"));
      }
      __name(wordsRegexp, "wordsRegexp");
      function codePointToString(code) {
        if (code <= 65535) {
          return String.fromCharCode(code);
        }
        code -= 65536;
        return String.fromCharCode((code >> 10) + 55296, (code & 1023) + 56320);
      }
      __name(codePointToString, "codePointToString");
      var loneSurrogate = /(?:[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF])/;
      var Position = /* @__PURE__ */ __name(function Position2(line, col) {
        this.line = line;
        this.column = col;
      }, "Position");
      Position.prototype.offset = /* @__PURE__ */ __name(function offset(n) {
        return new Position(this.line, this.column + n);
      }, "offset");
      var SourceLocation = /* @__PURE__ */ __name(function SourceLocation2(p, start, end) {
        this.start = start;
        this.end = end;
        if (p.sourceFile !== null) {
          this.source = p.sourceFile;
        }
      }, "SourceLocation");
      function getLineInfo(input, offset) {
        for (var line = 1, cur = 0; ; ) {
          var nextBreak = nextLineBreak(input, cur, offset);
          if (nextBreak < 0) {
            return new Position(line, offset - cur);
          }
          ++line;
          cur = nextBreak;
        }
      }
      __name(getLineInfo, "getLineInfo");
      var defaultOptions = {
        // `ecmaVersion` indicates the ECMAScript version to parse. Must be
        // either 3, 5, 6 (or 2015), 7 (2016), 8 (2017), 9 (2018), 10
        // (2019), 11 (2020), 12 (2021), 13 (2022), 14 (2023), or `"latest"`
        // (the latest version the library supports). This influences
        // support for strict mode, the set of reserved words, and support
        // for new syntax features.
        ecmaVersion: null,
        // `sourceType` indicates the mode the code should be parsed in.
        // Can be either `"script"`, `"module"` or `"commonjs"`. This influences global
        // strict mode and parsing of `import` and `export` declarations.
        sourceType: "script",
        // When set to true, enable strict parsing mode even if `sourceType`
        // is `"script"`.
        strict: false,
        // `onInsertedSemicolon` can be a callback that will be called when
        // a semicolon is automatically inserted. It will be passed the
        // position of the inserted semicolon as an offset, and if
        // `locations` is enabled, it is given the location as a `{line,
        // column}` object as second argument.
        onInsertedSemicolon: null,
        // `onTrailingComma` is similar to `onInsertedSemicolon`, but for
        // trailing commas.
        onTrailingComma: null,
        // By default, reserved words are only enforced if ecmaVersion >= 5.
        // Set `allowReserved` to a boolean value to explicitly turn this on
        // an off. When this option has the value "never", reserved words
        // and keywords can also not be used as property names.
        allowReserved: null,
        // When enabled, a return at the top level is not considered an
        // error.
        allowReturnOutsideFunction: false,
        // When enabled, import/export statements are not constrained to
        // appearing at the top of the program, and an import.meta expression
        // in a script isn't considered an error.
        allowImportExportEverywhere: false,
        // By default, await identifiers are allowed to appear at the top-level scope only if ecmaVersion >= 2022.
        // When enabled, await identifiers are allowed to appear at the top-level scope,
        // but they are still not allowed in non-async functions.
        allowAwaitOutsideFunction: null,
        // When enabled, super identifiers are not constrained to
        // appearing in methods and do not raise an error when they appear elsewhere.
        allowSuperOutsideMethod: null,
        // When enabled, hashbang directive in the beginning of file is
        // allowed and treated as a line comment. Enabled by default when
        // `ecmaVersion` >= 2023.
        allowHashBang: false,
        // By default, the parser will verify that private properties are
        // only used in places where they are valid and have been declared.
        // Set this to false to turn such checks off.
        checkPrivateFields: true,
        // When `locations` is on, `loc` properties holding objects with
        // `start` and `end` properties in `{line, column}` form (with
        // line being 1-based and column 0-based) will be attached to the
        // nodes.
        locations: false,
        // Pass an optional `{line, column}` object to use for the start of
        // the parse. This is mostly useful when using `parseExpressionAt`
        // with `locations: true`, to prevent the parser from having to
        // determine the line position at the start position.
        startLocation: null,
        // A function can be passed as `onToken` option, which will
        // cause Acorn to call that function with object in the same
        // format as tokens returned from `tokenizer().getToken()`. Note
        // that you are not allowed to call the parser from the
        // callback—that will corrupt its internal state.
        onToken: null,
        // A function can be passed as `onComment` option, which will
        // cause Acorn to call that function with `(block, text, start,
        // end)` parameters whenever a comment is skipped. `block` is a
        // boolean indicating whether this is a block (`/* */`) comment,
        // `text` is the content of the comment, and `start` and `end` are
        // character offsets that denote the start and end of the comment.
        // When the `locations` option is on, two more parameters are
        // passed, the full `{line, column}` locations of the start and
        // end of the comments. Note that you are not allowed to call the
        // parser from the callback—that will corrupt its internal state.
        // When this option has an array as value, objects representing the
        // comments are pushed to it.
        onComment: null,
        // Nodes have their start and end characters offsets recorded in
        // `start` and `end` properties (directly on the node, rather than
        // the `loc` object, which holds line/column data. To also add a
        // [semi-standardized][range] `range` property holding a `[start,
        // end]` array with the same numbers, set the `ranges` option to
        // `true`.
        //
        // [range]: https://bugzilla.mozilla.org/show_bug.cgi?id=745678
        ranges: false,
        // It is possible to parse multiple files into a single AST by
        // passing the tree produced by parsing the first file as
        // `program` option in subsequent parses. This will add the
        // toplevel forms of the parsed file to the `Program` (top) node
        // of an existing parse tree.
        program: null,
        // When `locations` is on, you can pass this to record the source
        // file in every node's `loc` object.
        sourceFile: null,
        // This value, if given, is stored in every node, whether
        // `locations` is on or off.
        directSourceFile: null,
        // When enabled, parenthesized expressions are represented by
        // (non-standard) ParenthesizedExpression nodes
        preserveParens: false
      };
      var warnedAboutEcmaVersion = false;
      function getOptions(opts) {
        var options = {};
        for (var opt in defaultOptions) {
          options[opt] = opts && hasOwn(opts, opt) ? opts[opt] : defaultOptions[opt];
        }
        if (options.ecmaVersion === "latest") {
          options.ecmaVersion = 1e8;
        } else if (options.ecmaVersion == null) {
          if (!warnedAboutEcmaVersion && typeof console === "object" && console.warn) {
            warnedAboutEcmaVersion = true;
            console.warn("Since Acorn 8.0.0, options.ecmaVersion is required.\nDefaulting to 2020, but this will stop working in the future.");
          }
          options.ecmaVersion = 11;
        } else if (options.ecmaVersion >= 2015) {
          options.ecmaVersion -= 2009;
        }
        if (options.allowReserved == null) {
          options.allowReserved = options.ecmaVersion < 5;
        }
        if (!opts || opts.allowHashBang == null) {
          options.allowHashBang = options.ecmaVersion >= 14;
        }
        if (isArray(options.onToken)) {
          var tokens = options.onToken;
          options.onToken = function(token) {
            return tokens.push(token);
          };
        }
        if (isArray(options.onComment)) {
          options.onComment = pushComment(options, options.onComment);
        }
        if (options.sourceType === "commonjs" && options.allowAwaitOutsideFunction) {
          throw new Error("Cannot use allowAwaitOutsideFunction with sourceType: commonjs");
        }
        return options;
      }
      __name(getOptions, "getOptions");
      function pushComment(options, array) {
        return function(block, text, start, end, startLoc, endLoc) {
          var comment = {
            type: block ? "Block" : "Line",
            value: text,
            start,
            end
          };
          if (options.locations) {
            comment.loc = new SourceLocation(this, startLoc, endLoc);
          }
          if (options.ranges) {
            comment.range = [start, end];
          }
          array.push(comment);
        };
      }
      __name(pushComment, "pushComment");
      var SCOPE_TOP = 1, SCOPE_FUNCTION = 2, SCOPE_ASYNC = 4, SCOPE_GENERATOR = 8, SCOPE_ARROW = 16, SCOPE_SIMPLE_CATCH = 32, SCOPE_SUPER = 64, SCOPE_DIRECT_SUPER = 128, SCOPE_CLASS_STATIC_BLOCK = 256, SCOPE_CLASS_FIELD_INIT = 512, SCOPE_SWITCH = 1024, SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK;
      function functionFlags(async, generator) {
        return SCOPE_FUNCTION | (async ? SCOPE_ASYNC : 0) | (generator ? SCOPE_GENERATOR : 0);
      }
      __name(functionFlags, "functionFlags");
      var BIND_NONE = 0, BIND_VAR = 1, BIND_LEXICAL = 2, BIND_FUNCTION = 3, BIND_SIMPLE_CATCH = 4, BIND_OUTSIDE = 5;
      var Parser = /* @__PURE__ */ __name(function Parser2(options, input, startPos) {
        this.options = options = getOptions(options);
        this.sourceFile = options.sourceFile;
        this.keywords = wordsRegexp(keywords$1[options.ecmaVersion >= 6 ? 6 : options.sourceType === "module" ? "5module" : 5]);
        var reserved = "";
        if (options.allowReserved !== true) {
          reserved = reservedWords[options.ecmaVersion >= 6 ? 6 : options.ecmaVersion === 5 ? 5 : 3];
          if (options.sourceType === "module") {
            reserved += " await";
          }
        }
        this.reservedWords = wordsRegexp(reserved);
        var reservedStrict = (reserved ? reserved + " " : "") + reservedWords.strict;
        this.reservedWordsStrict = wordsRegexp(reservedStrict);
        this.reservedWordsStrictBind = wordsRegexp(reservedStrict + " " + reservedWords.strictBind);
        this.input = String(input);
        this.containsEsc = false;
        this.pos = startPos || 0;
        this.curLine = 1;
        if (options.startLocation) {
          this.lineStart = this.pos - options.startLocation.column;
          this.curLine = options.startLocation.line;
        } else if (startPos) {
          this.lineStart = this.input.lastIndexOf("\n", startPos - 1) + 1;
          if (this.options.locations) {
            this.curLine = this.input.slice(0, this.lineStart).split(lineBreak).length;
          }
        } else {
          this.lineStart = 0;
        }
        this.type = types$1.eof;
        this.value = null;
        this.start = this.end = this.pos;
        this.startLoc = this.endLoc = this.curPosition();
        this.lastTokEndLoc = this.lastTokStartLoc = null;
        this.lastTokStart = this.lastTokEnd = this.pos;
        this.context = this.initialContext();
        this.exprAllowed = true;
        this.inModule = options.sourceType === "module";
        this.strict = this.inModule || options.strict === true || this.strictDirective(this.pos);
        this.potentialArrowAt = -1;
        this.potentialArrowInForAwait = false;
        this.yieldPos = this.awaitPos = this.awaitIdentPos = 0;
        this.labels = [];
        this.undefinedExports = /* @__PURE__ */ Object.create(null);
        if (this.pos === 0 && options.allowHashBang && this.input.slice(0, 2) === "#!") {
          this.skipLineComment(2);
        }
        this.scopeStack = [];
        this.enterScope(
          this.options.sourceType === "commonjs" ? SCOPE_FUNCTION : SCOPE_TOP
        );
        this.regexpState = null;
        this.privateNameStack = [];
      }, "Parser");
      var prototypeAccessors = { inFunction: { configurable: true }, inGenerator: { configurable: true }, inAsync: { configurable: true }, canAwait: { configurable: true }, allowReturn: { configurable: true }, allowSuper: { configurable: true }, allowDirectSuper: { configurable: true }, treatFunctionsAsVar: { configurable: true }, allowNewDotTarget: { configurable: true }, allowUsing: { configurable: true }, inClassStaticBlock: { configurable: true } };
      Parser.prototype.parse = /* @__PURE__ */ __name(function parse2() {
        var this$1$1 = this;
        var node = this.options.program || this.startNode();
        this.nextToken();
        return this.catchStackOverflow(function() {
          return this$1$1.parseTopLevel(node);
        });
      }, "parse");
      prototypeAccessors.inFunction.get = function() {
        return (this.currentVarScope().flags & SCOPE_FUNCTION) > 0;
      };
      prototypeAccessors.inGenerator.get = function() {
        return (this.currentVarScope().flags & SCOPE_GENERATOR) > 0;
      };
      prototypeAccessors.inAsync.get = function() {
        return (this.currentVarScope().flags & SCOPE_ASYNC) > 0;
      };
      prototypeAccessors.canAwait.get = function() {
        for (var i2 = this.scopeStack.length - 1; i2 >= 0; i2--) {
          var ref2 = this.scopeStack[i2];
          var flags = ref2.flags;
          if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) {
            return false;
          }
          if (flags & SCOPE_FUNCTION) {
            return (flags & SCOPE_ASYNC) > 0;
          }
        }
        return this.inModule && this.options.ecmaVersion >= 13 || this.options.allowAwaitOutsideFunction;
      };
      prototypeAccessors.allowReturn.get = function() {
        if (this.inFunction) {
          return true;
        }
        if (this.options.allowReturnOutsideFunction && this.currentVarScope().flags & SCOPE_TOP) {
          return true;
        }
        return false;
      };
      prototypeAccessors.allowSuper.get = function() {
        var ref2 = this.currentThisScope();
        var flags = ref2.flags;
        return (flags & SCOPE_SUPER) > 0 || this.options.allowSuperOutsideMethod;
      };
      prototypeAccessors.allowDirectSuper.get = function() {
        return (this.currentThisScope().flags & SCOPE_DIRECT_SUPER) > 0;
      };
      prototypeAccessors.treatFunctionsAsVar.get = function() {
        return this.treatFunctionsAsVarInScope(this.currentScope());
      };
      prototypeAccessors.allowNewDotTarget.get = function() {
        for (var i2 = this.scopeStack.length - 1; i2 >= 0; i2--) {
          var ref2 = this.scopeStack[i2];
          var flags = ref2.flags;
          if (flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT) || flags & SCOPE_FUNCTION && !(flags & SCOPE_ARROW)) {
            return true;
          }
        }
        return false;
      };
      prototypeAccessors.allowUsing.get = function() {
        var ref2 = this.currentScope();
        var flags = ref2.flags;
        if (flags & SCOPE_SWITCH) {
          return false;
        }
        if (!this.inModule && flags & SCOPE_TOP) {
          return false;
        }
        return true;
      };
      prototypeAccessors.inClassStaticBlock.get = function() {
        return (this.currentVarScope().flags & SCOPE_CLASS_STATIC_BLOCK) > 0;
      };
      Parser.extend = /* @__PURE__ */ __name(function extend() {
        var plugins = [], len = arguments.length;
        while (len--) plugins[len] = arguments[len];
        var cls = this;
        for (var i2 = 0; i2 < plugins.length; i2++) {
          cls = plugins[i2](cls);
        }
        return cls;
      }, "extend");
      Parser.parse = /* @__PURE__ */ __name(function parse2(input, options) {
        return new this(options, input).parse();
      }, "parse");
      Parser.parseExpressionAt = /* @__PURE__ */ __name(function parseExpressionAt2(input, pos, options) {
        var parser = new this(options, input, pos);
        parser.nextToken();
        return parser.parseExpression();
      }, "parseExpressionAt");
      Parser.tokenizer = /* @__PURE__ */ __name(function tokenizer2(input, options) {
        return new this(options, input);
      }, "tokenizer");
      Object.defineProperties(Parser.prototype, prototypeAccessors);
      var pp$9 = Parser.prototype;
      var literal = /^(?:'((?:\\[^]|[^'\\])*?)'|"((?:\\[^]|[^"\\])*?)")/;
      pp$9.strictDirective = function(start) {
        if (this.options.ecmaVersion < 5) {
          return false;
        }
        for (; ; ) {
          skipWhiteSpace.lastIndex = start;
          start += skipWhiteSpace.exec(this.input)[0].length;
          var match = literal.exec(this.input.slice(start));
          if (!match) {
            return false;
          }
          if ((match[1] || match[2]) === "use strict") {
            skipWhiteSpace.lastIndex = start + match[0].length;
            var spaceAfter = skipWhiteSpace.exec(this.input), end = spaceAfter.index + spaceAfter[0].length;
            var next = this.input.charAt(end);
            return next === ";" || next === "}" || lineBreak.test(spaceAfter[0]) && !(/[(`.[+\-/*%<>=,?^&]/.test(next) || next === "!" && this.input.charAt(end + 1) === "=" || next === "i" && keywordOpAt(this, end));
          }
          start += match[0].length;
          skipWhiteSpace.lastIndex = start;
          start += skipWhiteSpace.exec(this.input)[0].length;
          if (this.input[start] === ";") {
            start++;
          }
        }
      };
      function keywordOpAt(parser, pos) {
        var end = pos + 1, stop = Math.min(parser.input.length, pos + 11);
        while (end < stop) {
          var ch = parser.fullCharCodeAt(end);
          if (!isIdentifierChar(ch, true)) {
            break;
          }
          end += ch <= 65535 ? 1 : 2;
        }
        return end === pos + 2 && parser.input.slice(pos, end) === "in" || end === pos + 10 && parser.input.slice(pos, end) === "instanceof";
      }
      __name(keywordOpAt, "keywordOpAt");
      pp$9.eat = function(type) {
        if (this.type === type) {
          this.next();
          return true;
        } else {
          return false;
        }
      };
      pp$9.isContextual = function(name) {
        return this.type === types$1.name && this.value === name && !this.containsEsc;
      };
      pp$9.eatContextual = function(name) {
        if (!this.isContextual(name)) {
          return false;
        }
        this.next();
        return true;
      };
      pp$9.catchStackOverflow = function(f) {
        try {
          return f();
        } catch (e) {
          if (e instanceof Error && (/\bstack\b.*\b(exceeded|overflow)\b/i.test(e.message) || /\btoo much recursion\b/i.test(e.message))) {
            this.raise(this.start, "Not enough stack space to parse input");
          } else {
            throw e;
          }
        }
      };
      pp$9.expectContextual = function(name) {
        if (!this.eatContextual(name)) {
          this.unexpected();
        }
      };
      pp$9.canInsertSemicolon = function() {
        return this.type === types$1.eof || this.type === types$1.braceR || lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
      };
      pp$9.insertSemicolon = function() {
        if (this.canInsertSemicolon()) {
          if (this.options.onInsertedSemicolon) {
            this.options.onInsertedSemicolon(this.lastTokEnd, this.lastTokEndLoc);
          }
          return true;
        }
      };
      pp$9.semicolon = function() {
        if (!this.eat(types$1.semi) && !this.insertSemicolon()) {
          this.unexpected();
        }
      };
      pp$9.afterTrailingComma = function(tokType, notNext) {
        if (this.type === tokType) {
          if (this.options.onTrailingComma) {
            this.options.onTrailingComma(this.lastTokStart, this.lastTokStartLoc);
          }
          if (!notNext) {
            this.next();
          }
          return true;
        }
      };
      pp$9.expect = function(type) {
        this.eat(type) || this.unexpected();
      };
      pp$9.unexpected = function(pos) {
        this.raise(pos != null ? pos : this.start, "Unexpected token");
      };
      var DestructuringErrors = /* @__PURE__ */ __name(function DestructuringErrors2() {
        this.shorthandAssign = this.trailingComma = this.parenthesizedAssign = this.parenthesizedBind = this.doubleProto = -1;
      }, "DestructuringErrors");
      pp$9.checkPatternErrors = function(refDestructuringErrors, isAssign) {
        if (!refDestructuringErrors) {
          return;
        }
        if (refDestructuringErrors.trailingComma > -1) {
          this.raiseRecoverable(refDestructuringErrors.trailingComma, "Comma is not permitted after the rest element");
        }
        var parens = isAssign ? refDestructuringErrors.parenthesizedAssign : refDestructuringErrors.parenthesizedBind;
        if (parens > -1) {
          this.raiseRecoverable(parens, isAssign ? "Assigning to rvalue" : "Parenthesized pattern");
        }
      };
      pp$9.checkExpressionErrors = function(refDestructuringErrors, andThrow) {
        if (!refDestructuringErrors) {
          return false;
        }
        var shorthandAssign = refDestructuringErrors.shorthandAssign;
        var doubleProto = refDestructuringErrors.doubleProto;
        if (!andThrow) {
          return shorthandAssign >= 0 || doubleProto >= 0;
        }
        if (shorthandAssign >= 0) {
          this.raise(shorthandAssign, "Shorthand property assignments are valid only in destructuring patterns");
        }
        if (doubleProto >= 0) {
          this.raiseRecoverable(doubleProto, "Redefinition of __proto__ property");
        }
      };
      pp$9.checkYieldAwaitInDefaultParams = function() {
        if (this.yieldPos && (!this.awaitPos || this.yieldPos < this.awaitPos)) {
          this.raise(this.yieldPos, "Yield expression cannot be a default value");
        }
        if (this.awaitPos) {
          this.raise(this.awaitPos, "Await expression cannot be a default value");
        }
      };
      pp$9.isSimpleAssignTarget = function(expr) {
        if (expr.type === "ParenthesizedExpression") {
          return this.isSimpleAssignTarget(expr.expression);
        }
        return expr.type === "Identifier" || expr.type === "MemberExpression";
      };
      var pp$8 = Parser.prototype;
      pp$8.parseTopLevel = function(node) {
        var exports$1 = /* @__PURE__ */ Object.create(null);
        if (!node.body) {
          node.body = [];
        }
        while (this.type !== types$1.eof) {
          var stmt = this.parseStatement(null, true, exports$1);
          node.body.push(stmt);
        }
        if (this.inModule) {
          for (var i2 = 0, list2 = Object.keys(this.undefinedExports); i2 < list2.length; i2 += 1) {
            var name = list2[i2];
            this.raiseRecoverable(this.undefinedExports[name].start, "Export '" + name + "' is not defined");
          }
        }
        this.adaptDirectivePrologue(node.body);
        this.next();
        node.sourceType = this.options.sourceType === "commonjs" ? "script" : this.options.sourceType;
        return this.finishNode(node, "Program");
      };
      var loopLabel = { kind: "loop" }, switchLabel = { kind: "switch" };
      pp$8.isLet = function(context) {
        if (this.options.ecmaVersion < 6 || !this.isContextual("let")) {
          return false;
        }
        skipWhiteSpace.lastIndex = this.pos;
        var skip = skipWhiteSpace.exec(this.input);
        var next = this.pos + skip[0].length, nextCh = this.fullCharCodeAt(next);
        if (nextCh === 91 || nextCh === 92) {
          return true;
        }
        if (context) {
          return false;
        }
        if (nextCh === 123) {
          return true;
        }
        if (isIdentifierStart(nextCh)) {
          var start = next;
          do {
            next += nextCh <= 65535 ? 1 : 2;
          } while (isIdentifierChar(nextCh = this.fullCharCodeAt(next)));
          if (nextCh === 92) {
            return true;
          }
          var ident = this.input.slice(start, next);
          if (!keywordRelationalOperator.test(ident)) {
            return true;
          }
        }
        return false;
      };
      pp$8.isAsyncFunction = function() {
        if (this.options.ecmaVersion < 8 || !this.isContextual("async")) {
          return false;
        }
        skipWhiteSpace.lastIndex = this.pos;
        var skip = skipWhiteSpace.exec(this.input);
        var next = this.pos + skip[0].length, after;
        return !lineBreak.test(this.input.slice(this.pos, next)) && this.input.slice(next, next + 8) === "function" && (next + 8 === this.input.length || !(isIdentifierChar(after = this.fullCharCodeAt(next + 8)) || after === 92));
      };
      pp$8.isUsingKeyword = function(isAwaitUsing, isFor) {
        if (this.options.ecmaVersion < 17 || !this.isContextual(isAwaitUsing ? "await" : "using")) {
          return false;
        }
        skipWhiteSpace.lastIndex = this.pos;
        var skip = skipWhiteSpace.exec(this.input);
        var next = this.pos + skip[0].length;
        if (lineBreak.test(this.input.slice(this.pos, next))) {
          return false;
        }
        if (isAwaitUsing) {
          var usingEndPos = next + 5, after;
          if (this.input.slice(next, usingEndPos) !== "using" || usingEndPos === this.input.length || isIdentifierChar(after = this.fullCharCodeAt(usingEndPos)) || after === 92) {
            return false;
          }
          skipWhiteSpace.lastIndex = usingEndPos;
          var skipAfterUsing = skipWhiteSpace.exec(this.input);
          next = usingEndPos + skipAfterUsing[0].length;
          if (skipAfterUsing && lineBreak.test(this.input.slice(usingEndPos, next))) {
            return false;
          }
        }
        var ch = this.fullCharCodeAt(next);
        if (!isIdentifierStart(ch) && ch !== 92) {
          return false;
        }
        var idStart = next;
        do {
          next += ch <= 65535 ? 1 : 2;
        } while (isIdentifierChar(ch = this.fullCharCodeAt(next)));
        if (ch === 92) {
          return true;
        }
        var id = this.input.slice(idStart, next);
        if (keywordRelationalOperator.test(id)) {
          return false;
        }
        if (isFor && !isAwaitUsing && id === "of") {
          skipWhiteSpace.lastIndex = next;
          var skipAfterOf = skipWhiteSpace.exec(this.input);
          next = next + skipAfterOf[0].length;
          if (this.input.charCodeAt(next) !== 61 || // Check for ==, === and => operators
          (ch = this.input.charCodeAt(next + 1)) === 61 || ch === 62) {
            return false;
          }
        }
        return true;
      };
      pp$8.isAwaitUsing = function(isFor) {
        return this.isUsingKeyword(true, isFor);
      };
      pp$8.isUsing = function(isFor) {
        return this.isUsingKeyword(false, isFor);
      };
      pp$8.parseStatement = function(context, topLevel, exports$1) {
        var starttype = this.type, node = this.startNode(), kind;
        if (this.isLet(context)) {
          starttype = types$1._var;
          kind = "let";
        }
        switch (starttype) {
          case types$1._break:
          case types$1._continue:
            return this.parseBreakContinueStatement(node, starttype.keyword);
          case types$1._debugger:
            return this.parseDebuggerStatement(node);
          case types$1._do:
            return this.parseDoStatement(node);
          case types$1._for:
            return this.parseForStatement(node);
          case types$1._function:
            if (context && (this.strict || context !== "if" && context !== "label") && this.options.ecmaVersion >= 6) {
              this.unexpected();
            }
            return this.parseFunctionStatement(node, false, !context);
          case types$1._class:
            if (context) {
              this.unexpected();
            }
            return this.parseClass(node, true);
          case types$1._if:
            return this.parseIfStatement(node);
          case types$1._return:
            return this.parseReturnStatement(node);
          case types$1._switch:
            return this.parseSwitchStatement(node);
          case types$1._throw:
            return this.parseThrowStatement(node);
          case types$1._try:
            return this.parseTryStatement(node);
          case types$1._const:
          case types$1._var:
            kind = kind || this.value;
            if (context && kind !== "var") {
              this.unexpected();
            }
            return this.parseVarStatement(node, kind);
          case types$1._while:
            return this.parseWhileStatement(node);
          case types$1._with:
            return this.parseWithStatement(node);
          case types$1.braceL:
            return this.parseBlock(true, node);
          case types$1.semi:
            return this.parseEmptyStatement(node);
          case types$1._export:
          case types$1._import:
            if (this.options.ecmaVersion > 10 && starttype === types$1._import) {
              skipWhiteSpace.lastIndex = this.pos;
              var skip = skipWhiteSpace.exec(this.input);
              var next = this.pos + skip[0].length, nextCh = this.input.charCodeAt(next);
              if (nextCh === 40 || nextCh === 46) {
                return this.parseExpressionStatement(node, this.parseExpression());
              }
            }
            if (!this.options.allowImportExportEverywhere) {
              if (!topLevel) {
                this.raise(this.start, "'import' and 'export' may only appear at the top level");
              }
              if (!this.inModule) {
                this.raise(this.start, "'import' and 'export' may appear only with 'sourceType: module'");
              }
            }
            return starttype === types$1._import ? this.parseImport(node) : this.parseExport(node, exports$1);
          // If the statement does not start with a statement keyword or a
          // brace, it's an ExpressionStatement or LabeledStatement. We
          // simply start parsing an expression, and afterwards, if the
          // next token is a colon and the expression was a simple
          // Identifier node, we switch to interpreting it as a label.
          default:
            if (this.isAsyncFunction()) {
              if (context) {
                this.unexpected();
              }
              this.next();
              return this.parseFunctionStatement(node, true, !context);
            }
            var usingKind = this.isAwaitUsing(false) ? "await using" : this.isUsing(false) ? "using" : null;
            if (usingKind) {
              if (!this.allowUsing) {
                this.raise(this.start, "Using declaration cannot appear in the top level when source type is `script` or in the bare case statement");
              }
              if (context) {
                this.raise(this.start, "Using declaration is not allowed in single-statement positions");
              }
              if (usingKind === "await using") {
                if (!this.canAwait) {
                  this.raise(this.start, "Await using cannot appear outside of async function");
                }
                this.next();
              }
              this.next();
              this.parseVar(node, false, usingKind);
              this.semicolon();
              return this.finishNode(node, "VariableDeclaration");
            }
            var maybeName = this.value, expr = this.parseExpression();
            if (starttype === types$1.name && expr.type === "Identifier" && this.eat(types$1.colon)) {
              return this.parseLabeledStatement(node, maybeName, expr, context);
            } else {
              return this.parseExpressionStatement(node, expr);
            }
        }
      };
      pp$8.parseBreakContinueStatement = function(node, keyword) {
        var isBreak = keyword === "break";
        this.next();
        if (this.eat(types$1.semi) || this.insertSemicolon()) {
          node.label = null;
        } else if (this.type !== types$1.name) {
          this.unexpected();
        } else {
          node.label = this.parseIdent();
          this.semicolon();
        }
        var i2 = 0;
        for (; i2 < this.labels.length; ++i2) {
          var lab = this.labels[i2];
          if (node.label == null || lab.name === node.label.name) {
            if (lab.kind != null && (isBreak || lab.kind === "loop")) {
              break;
            }
            if (node.label && isBreak) {
              break;
            }
          }
        }
        if (i2 === this.labels.length) {
          this.raise(node.start, "Unsyntactic " + keyword);
        }
        return this.finishNode(node, isBreak ? "BreakStatement" : "ContinueStatement");
      };
      pp$8.parseDebuggerStatement = function(node) {
        this.next();
        this.semicolon();
        return this.finishNode(node, "DebuggerStatement");
      };
      pp$8.parseDoStatement = function(node) {
        this.next();
        this.labels.push(loopLabel);
        node.body = this.parseStatement("do");
        this.labels.pop();
        this.expect(types$1._while);
        node.test = this.parseParenExpression();
        if (this.options.ecmaVersion >= 6) {
          this.eat(types$1.semi);
        } else {
          this.semicolon();
        }
        return this.finishNode(node, "DoWhileStatement");
      };
      pp$8.parseForStatement = function(node) {
        this.next();
        var awaitAt = this.options.ecmaVersion >= 9 && this.canAwait && this.eatContextual("await") ? this.lastTokStart : -1;
        this.labels.push(loopLabel);
        this.enterScope(0);
        this.expect(types$1.parenL);
        if (this.type === types$1.semi) {
          if (awaitAt > -1) {
            this.unexpected(awaitAt);
          }
          return this.parseFor(node, null);
        }
        var isLet = this.isLet();
        if (this.type === types$1._var || this.type === types$1._const || isLet) {
          var init$1 = this.startNode(), kind = isLet ? "let" : this.value;
          this.next();
          this.parseVar(init$1, true, kind);
          this.finishNode(init$1, "VariableDeclaration");
          return this.parseForAfterInit(node, init$1, awaitAt);
        }
        var startsWithLet = this.isContextual("let"), isForOf = false;
        var usingKind = this.isUsing(true) ? "using" : this.isAwaitUsing(true) ? "await using" : null;
        if (usingKind) {
          var init$2 = this.startNode();
          this.next();
          if (usingKind === "await using") {
            if (!this.canAwait) {
              this.raise(this.start, "Await using cannot appear outside of async function");
            }
            this.next();
          }
          this.parseVar(init$2, true, usingKind);
          this.finishNode(init$2, "VariableDeclaration");
          return this.parseForAfterInit(node, init$2, awaitAt);
        }
        var containsEsc = this.containsEsc;
        var refDestructuringErrors = new DestructuringErrors();
        var initPos = this.start;
        var init = awaitAt > -1 ? this.parseExprSubscripts(refDestructuringErrors, "await") : this.parseExpression(true, refDestructuringErrors);
        if (this.type === types$1._in || (isForOf = this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
          if (awaitAt > -1) {
            if (this.type === types$1._in) {
              this.unexpected(awaitAt);
            }
            node.await = true;
          } else if (isForOf && this.options.ecmaVersion >= 8) {
            if (init.start === initPos && !containsEsc && init.type === "Identifier" && init.name === "async") {
              this.unexpected();
            } else if (this.options.ecmaVersion >= 9) {
              node.await = false;
            }
          }
          if (startsWithLet && isForOf) {
            this.raise(init.start, "The left-hand side of a for-of loop may not start with 'let'.");
          }
          this.toAssignable(init, false, refDestructuringErrors);
          this.checkLValPattern(init);
          return this.parseForIn(node, init);
        } else {
          this.checkExpressionErrors(refDestructuringErrors, true);
        }
        if (awaitAt > -1) {
          this.unexpected(awaitAt);
        }
        return this.parseFor(node, init);
      };
      pp$8.parseForAfterInit = function(node, init, awaitAt) {
        if ((this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of")) && init.declarations.length === 1) {
          if (this.type === types$1._in) {
            if ((init.kind === "using" || init.kind === "await using") && !init.declarations[0].init) {
              this.raise(this.start, "Using declaration is not allowed in for-in loops");
            }
            if (this.options.ecmaVersion >= 9 && awaitAt > -1) {
              this.unexpected(awaitAt);
            }
          } else if (this.options.ecmaVersion >= 9) {
            node.await = awaitAt > -1;
          }
          return this.parseForIn(node, init);
        }
        if (awaitAt > -1) {
          this.unexpected(awaitAt);
        }
        return this.parseFor(node, init);
      };
      pp$8.parseFunctionStatement = function(node, isAsync, declarationPosition) {
        this.next();
        return this.parseFunction(node, FUNC_STATEMENT | (declarationPosition ? 0 : FUNC_HANGING_STATEMENT), false, isAsync);
      };
      pp$8.parseIfStatement = function(node) {
        this.next();
        node.test = this.parseParenExpression();
        node.consequent = this.parseStatement("if");
        node.alternate = this.eat(types$1._else) ? this.parseStatement("if") : null;
        return this.finishNode(node, "IfStatement");
      };
      pp$8.parseReturnStatement = function(node) {
        if (!this.allowReturn) {
          this.raise(this.start, "'return' outside of function");
        }
        this.next();
        if (this.eat(types$1.semi) || this.insertSemicolon()) {
          node.argument = null;
        } else {
          node.argument = this.parseExpression();
          this.semicolon();
        }
        return this.finishNode(node, "ReturnStatement");
      };
      pp$8.parseSwitchStatement = function(node) {
        this.next();
        node.discriminant = this.parseParenExpression();
        node.cases = [];
        this.expect(types$1.braceL);
        this.labels.push(switchLabel);
        this.enterScope(SCOPE_SWITCH);
        var cur;
        for (var sawDefault = false; this.type !== types$1.braceR; ) {
          if (this.type === types$1._case || this.type === types$1._default) {
            var isCase = this.type === types$1._case;
            if (cur) {
              this.finishNode(cur, "SwitchCase");
            }
            node.cases.push(cur = this.startNode());
            cur.consequent = [];
            this.next();
            if (isCase) {
              cur.test = this.parseExpression();
            } else {
              if (sawDefault) {
                this.raiseRecoverable(this.lastTokStart, "Multiple default clauses");
              }
              sawDefault = true;
              cur.test = null;
            }
            this.expect(types$1.colon);
          } else {
            if (!cur) {
              this.unexpected();
            }
            cur.consequent.push(this.parseStatement(null));
          }
        }
        this.exitScope();
        if (cur) {
          this.finishNode(cur, "SwitchCase");
        }
        this.next();
        this.labels.pop();
        return this.finishNode(node, "SwitchStatement");
      };
      pp$8.parseThrowStatement = function(node) {
        this.next();
        if (lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) {
          this.raise(this.lastTokEnd, "Illegal newline after throw");
        }
        node.argument = this.parseExpression();
        this.semicolon();
        return this.finishNode(node, "ThrowStatement");
      };
      var empty$1 = [];
      pp$8.parseCatchClauseParam = function() {
        var param = this.parseBindingAtom();
        var simple = param.type === "Identifier";
        this.enterScope(simple ? SCOPE_SIMPLE_CATCH : 0);
        this.checkLValPattern(param, simple ? BIND_SIMPLE_CATCH : BIND_LEXICAL);
        this.expect(types$1.parenR);
        return param;
      };
      pp$8.parseTryStatement = function(node) {
        this.next();
        node.block = this.parseBlock();
        node.handler = null;
        if (this.type === types$1._catch) {
          var clause = this.startNode();
          this.next();
          if (this.eat(types$1.parenL)) {
            clause.param = this.parseCatchClauseParam();
          } else {
            if (this.options.ecmaVersion < 10) {
              this.unexpected();
            }
            clause.param = null;
            this.enterScope(0);
          }
          clause.body = this.parseBlock(false);
          this.exitScope();
          node.handler = this.finishNode(clause, "CatchClause");
        }
        node.finalizer = this.eat(types$1._finally) ? this.parseBlock() : null;
        if (!node.handler && !node.finalizer) {
          this.raise(node.start, "Missing catch or finally clause");
        }
        return this.finishNode(node, "TryStatement");
      };
      pp$8.parseVarStatement = function(node, kind, allowMissingInitializer) {
        this.next();
        this.parseVar(node, false, kind, allowMissingInitializer);
        this.semicolon();
        return this.finishNode(node, "VariableDeclaration");
      };
      pp$8.parseWhileStatement = function(node) {
        this.next();
        node.test = this.parseParenExpression();
        this.labels.push(loopLabel);
        node.body = this.parseStatement("while");
        this.labels.pop();
        return this.finishNode(node, "WhileStatement");
      };
      pp$8.parseWithStatement = function(node) {
        if (this.strict) {
          this.raise(this.start, "'with' in strict mode");
        }
        this.next();
        node.object = this.parseParenExpression();
        node.body = this.parseStatement("with");
        return this.finishNode(node, "WithStatement");
      };
      pp$8.parseEmptyStatement = function(node) {
        this.next();
        return this.finishNode(node, "EmptyStatement");
      };
      pp$8.parseLabeledStatement = function(node, maybeName, expr, context) {
        for (var i$1 = 0, list2 = this.labels; i$1 < list2.length; i$1 += 1) {
          var label = list2[i$1];
          if (label.name === maybeName) {
            this.raise(expr.start, "Label '" + maybeName + "' is already declared");
          }
        }
        var kind = this.type.isLoop ? "loop" : this.type === types$1._switch ? "switch" : null;
        for (var i2 = this.labels.length - 1; i2 >= 0; i2--) {
          var label$1 = this.labels[i2];
          if (label$1.statementStart === node.start) {
            label$1.statementStart = this.start;
            label$1.kind = kind;
          } else {
            break;
          }
        }
        this.labels.push({ name: maybeName, kind, statementStart: this.start });
        node.body = this.parseStatement(context ? context.indexOf("label") === -1 ? context + "label" : context : "label");
        this.labels.pop();
        node.label = expr;
        return this.finishNode(node, "LabeledStatement");
      };
      pp$8.parseExpressionStatement = function(node, expr) {
        node.expression = expr;
        this.semicolon();
        return this.finishNode(node, "ExpressionStatement");
      };
      pp$8.parseBlock = function(createNewLexicalScope, node, exitStrict) {
        if (createNewLexicalScope === void 0) createNewLexicalScope = true;
        if (node === void 0) node = this.startNode();
        node.body = [];
        this.expect(types$1.braceL);
        if (createNewLexicalScope) {
          this.enterScope(0);
        }
        while (this.type !== types$1.braceR) {
          var stmt = this.parseStatement(null);
          node.body.push(stmt);
        }
        if (exitStrict) {
          this.strict = false;
        }
        this.next();
        if (createNewLexicalScope) {
          this.exitScope();
        }
        return this.finishNode(node, "BlockStatement");
      };
      pp$8.parseFor = function(node, init) {
        node.init = init;
        this.expect(types$1.semi);
        node.test = this.type === types$1.semi ? null : this.parseExpression();
        this.expect(types$1.semi);
        node.update = this.type === types$1.parenR ? null : this.parseExpression();
        this.expect(types$1.parenR);
        node.body = this.parseStatement("for");
        this.exitScope();
        this.labels.pop();
        return this.finishNode(node, "ForStatement");
      };
      pp$8.parseForIn = function(node, init) {
        var isForIn = this.type === types$1._in;
        this.next();
        if (init.type === "VariableDeclaration" && init.declarations[0].init != null && (!isForIn || this.options.ecmaVersion < 8 || this.strict || init.kind !== "var" || init.declarations[0].id.type !== "Identifier")) {
          this.raise(
            init.start,
            (isForIn ? "for-in" : "for-of") + " loop variable declaration may not have an initializer"
          );
        }
        node.left = init;
        node.right = isForIn ? this.parseExpression() : this.parseMaybeAssign();
        this.expect(types$1.parenR);
        node.body = this.parseStatement("for");
        this.exitScope();
        this.labels.pop();
        return this.finishNode(node, isForIn ? "ForInStatement" : "ForOfStatement");
      };
      pp$8.parseVar = function(node, isFor, kind, allowMissingInitializer) {
        node.declarations = [];
        node.kind = kind;
        for (; ; ) {
          var decl = this.startNode();
          this.parseVarId(decl, kind);
          if (this.eat(types$1.eq)) {
            decl.init = this.parseMaybeAssign(isFor);
          } else if (!allowMissingInitializer && kind === "const" && !(this.type === types$1._in || this.options.ecmaVersion >= 6 && this.isContextual("of"))) {
            this.unexpected();
          } else if (!allowMissingInitializer && (kind === "using" || kind === "await using") && this.options.ecmaVersion >= 17 && this.type !== types$1._in && !this.isContextual("of")) {
            this.raise(this.lastTokEnd, "Missing initializer in " + kind + " declaration");
          } else if (!allowMissingInitializer && decl.id.type !== "Identifier" && !(isFor && (this.type === types$1._in || this.isContextual("of")))) {
            this.raise(this.lastTokEnd, "Complex binding patterns require an initialization value");
          } else {
            decl.init = null;
          }
          node.declarations.push(this.finishNode(decl, "VariableDeclarator"));
          if (!this.eat(types$1.comma)) {
            break;
          }
        }
        return node;
      };
      pp$8.parseVarId = function(decl, kind) {
        decl.id = kind === "using" || kind === "await using" ? this.parseIdent() : this.parseBindingAtom();
        this.checkLValPattern(decl.id, kind === "var" ? BIND_VAR : BIND_LEXICAL, false);
      };
      var FUNC_STATEMENT = 1, FUNC_HANGING_STATEMENT = 2, FUNC_NULLABLE_ID = 4;
      pp$8.parseFunction = function(node, statement, allowExpressionBody, isAsync, forInit) {
        this.initFunction(node);
        if (this.options.ecmaVersion >= 9 || this.options.ecmaVersion >= 6 && !isAsync) {
          if (this.type === types$1.star && statement & FUNC_HANGING_STATEMENT) {
            this.unexpected();
          }
          node.generator = this.eat(types$1.star);
        }
        if (this.options.ecmaVersion >= 8) {
          node.async = !!isAsync;
        }
        if (statement & FUNC_STATEMENT) {
          node.id = statement & FUNC_NULLABLE_ID && this.type !== types$1.name ? null : this.parseIdent();
          if (node.id && !(statement & FUNC_HANGING_STATEMENT)) {
            this.checkLValSimple(node.id, this.strict || node.generator || node.async ? this.treatFunctionsAsVar ? BIND_VAR : BIND_LEXICAL : BIND_FUNCTION);
          }
        }
        var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
        this.yieldPos = 0;
        this.awaitPos = 0;
        this.awaitIdentPos = 0;
        this.enterScope(functionFlags(node.async, node.generator));
        if (!(statement & FUNC_STATEMENT)) {
          node.id = this.type === types$1.name ? this.parseIdent() : null;
        }
        this.parseFunctionParams(node);
        this.parseFunctionBody(node, allowExpressionBody, false, forInit);
        this.yieldPos = oldYieldPos;
        this.awaitPos = oldAwaitPos;
        this.awaitIdentPos = oldAwaitIdentPos;
        return this.finishNode(node, statement & FUNC_STATEMENT ? "FunctionDeclaration" : "FunctionExpression");
      };
      pp$8.parseFunctionParams = function(node) {
        this.expect(types$1.parenL);
        node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
        this.checkYieldAwaitInDefaultParams();
      };
      pp$8.parseClass = function(node, isStatement) {
        this.next();
        var oldStrict = this.strict;
        this.strict = true;
        this.parseClassId(node, isStatement);
        this.parseClassSuper(node);
        var privateNameMap = this.enterClassBody();
        var classBody = this.startNode();
        var hadConstructor = false;
        classBody.body = [];
        this.expect(types$1.braceL);
        while (this.type !== types$1.braceR) {
          var element = this.parseClassElement(node.superClass !== null);
          if (element) {
            classBody.body.push(element);
            if (element.type === "MethodDefinition" && element.kind === "constructor") {
              if (hadConstructor) {
                this.raiseRecoverable(element.start, "Duplicate constructor in the same class");
              }
              hadConstructor = true;
            } else if (element.key && element.key.type === "PrivateIdentifier" && isPrivateNameConflicted(privateNameMap, element)) {
              this.raiseRecoverable(element.key.start, "Identifier '#" + element.key.name + "' has already been declared");
            }
          }
        }
        this.strict = oldStrict;
        this.next();
        node.body = this.finishNode(classBody, "ClassBody");
        this.exitClassBody();
        return this.finishNode(node, isStatement ? "ClassDeclaration" : "ClassExpression");
      };
      pp$8.parseClassElement = function(constructorAllowsSuper) {
        if (this.eat(types$1.semi)) {
          return null;
        }
        var ecmaVersion2 = this.options.ecmaVersion;
        var node = this.startNode();
        var keyName = "";
        var isGenerator = false;
        var isAsync = false;
        var kind = "method";
        var isStatic = false;
        if (this.eatContextual("static")) {
          if (ecmaVersion2 >= 13 && this.eat(types$1.braceL)) {
            this.parseClassStaticBlock(node);
            return node;
          }
          if (this.isClassElementNameStart() || this.type === types$1.star) {
            isStatic = true;
          } else {
            keyName = "static";
          }
        }
        node.static = isStatic;
        if (!keyName && ecmaVersion2 >= 8 && this.eatContextual("async")) {
          if ((this.isClassElementNameStart() || this.type === types$1.star) && !this.canInsertSemicolon()) {
            isAsync = true;
          } else {
            keyName = "async";
          }
        }
        if (!keyName && (ecmaVersion2 >= 9 || !isAsync) && this.eat(types$1.star)) {
          isGenerator = true;
        }
        if (!keyName && !isAsync && !isGenerator) {
          var lastValue = this.value;
          if (this.eatContextual("get") || this.eatContextual("set")) {
            if (this.isClassElementNameStart()) {
              kind = lastValue;
            } else {
              keyName = lastValue;
            }
          }
        }
        if (keyName) {
          node.computed = false;
          node.key = this.startNodeAt(this.lastTokStart, this.lastTokStartLoc);
          node.key.name = keyName;
          this.finishNode(node.key, "Identifier");
        } else {
          this.parseClassElementName(node);
        }
        if (ecmaVersion2 < 13 || this.type === types$1.parenL || kind !== "method" || isGenerator || isAsync) {
          var isConstructor = !node.static && checkKeyName(node, "constructor");
          var allowsDirectSuper = isConstructor && constructorAllowsSuper;
          if (isConstructor && kind !== "method") {
            this.raise(node.key.start, "Constructor can't have get/set modifier");
          }
          node.kind = isConstructor ? "constructor" : kind;
          this.parseClassMethod(node, isGenerator, isAsync, allowsDirectSuper);
        } else {
          this.parseClassField(node);
        }
        return node;
      };
      pp$8.isClassElementNameStart = function() {
        return this.type === types$1.name || this.type === types$1.privateId || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword;
      };
      pp$8.parseClassElementName = function(element) {
        if (this.type === types$1.privateId) {
          if (this.value === "constructor") {
            this.raise(this.start, "Classes can't have an element named '#constructor'");
          }
          element.computed = false;
          element.key = this.parsePrivateIdent();
        } else {
          this.parsePropertyName(element);
        }
      };
      pp$8.parseClassMethod = function(method, isGenerator, isAsync, allowsDirectSuper) {
        var key = method.key;
        if (method.kind === "constructor") {
          if (isGenerator) {
            this.raise(key.start, "Constructor can't be a generator");
          }
          if (isAsync) {
            this.raise(key.start, "Constructor can't be an async method");
          }
        } else if (method.static && checkKeyName(method, "prototype")) {
          this.raise(key.start, "Classes may not have a static property named prototype");
        }
        var value = method.value = this.parseMethod(isGenerator, isAsync, allowsDirectSuper);
        if (method.kind === "get" && value.params.length !== 0) {
          this.raiseRecoverable(value.start, "getter should have no params");
        }
        if (method.kind === "set" && value.params.length !== 1) {
          this.raiseRecoverable(value.start, "setter should have exactly one param");
        }
        if (method.kind === "set" && value.params[0].type === "RestElement") {
          this.raiseRecoverable(value.params[0].start, "Setter cannot use rest params");
        }
        return this.finishNode(method, "MethodDefinition");
      };
      pp$8.parseClassField = function(field) {
        if (checkKeyName(field, "constructor")) {
          this.raise(field.key.start, "Classes can't have a field named 'constructor'");
        } else if (field.static && checkKeyName(field, "prototype")) {
          this.raise(field.key.start, "Classes can't have a static field named 'prototype'");
        }
        if (this.eat(types$1.eq)) {
          this.enterScope(SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER);
          field.value = this.parseMaybeAssign();
          this.exitScope();
        } else {
          field.value = null;
        }
        this.semicolon();
        return this.finishNode(field, "PropertyDefinition");
      };
      pp$8.parseClassStaticBlock = function(node) {
        node.body = [];
        var oldLabels = this.labels;
        this.labels = [];
        this.enterScope(SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER);
        while (this.type !== types$1.braceR) {
          var stmt = this.parseStatement(null);
          node.body.push(stmt);
        }
        this.next();
        this.exitScope();
        this.labels = oldLabels;
        return this.finishNode(node, "StaticBlock");
      };
      pp$8.parseClassId = function(node, isStatement) {
        if (this.type === types$1.name) {
          node.id = this.parseIdent();
          if (isStatement) {
            this.checkLValSimple(node.id, BIND_LEXICAL, false);
          }
        } else {
          if (isStatement === true) {
            this.unexpected();
          }
          node.id = null;
        }
      };
      pp$8.parseClassSuper = function(node) {
        node.superClass = this.eat(types$1._extends) ? this.parseExprSubscripts(null, false) : null;
      };
      pp$8.enterClassBody = function() {
        var element = { declared: /* @__PURE__ */ Object.create(null), used: [] };
        this.privateNameStack.push(element);
        return element.declared;
      };
      pp$8.exitClassBody = function() {
        var ref2 = this.privateNameStack.pop();
        var declared = ref2.declared;
        var used = ref2.used;
        if (!this.options.checkPrivateFields) {
          return;
        }
        var len = this.privateNameStack.length;
        var parent = len === 0 ? null : this.privateNameStack[len - 1];
        for (var i2 = 0; i2 < used.length; ++i2) {
          var id = used[i2];
          if (!hasOwn(declared, id.name)) {
            if (parent) {
              parent.used.push(id);
            } else {
              this.raiseRecoverable(id.start, "Private field '#" + id.name + "' must be declared in an enclosing class");
            }
          }
        }
      };
      function isPrivateNameConflicted(privateNameMap, element) {
        var name = element.key.name;
        var curr = privateNameMap[name];
        var next = "true";
        if (element.type === "MethodDefinition" && (element.kind === "get" || element.kind === "set")) {
          next = (element.static ? "s" : "i") + element.kind;
        }
        if (curr === "iget" && next === "iset" || curr === "iset" && next === "iget" || curr === "sget" && next === "sset" || curr === "sset" && next === "sget") {
          privateNameMap[name] = "true";
          return false;
        } else if (!curr) {
          privateNameMap[name] = next;
          return false;
        } else {
          return true;
        }
      }
      __name(isPrivateNameConflicted, "isPrivateNameConflicted");
      function checkKeyName(node, name) {
        var computed = node.computed;
        var key = node.key;
        return !computed && (key.type === "Identifier" && key.name === name || key.type === "Literal" && key.value === name);
      }
      __name(checkKeyName, "checkKeyName");
      pp$8.parseExportAllDeclaration = function(node, exports$1) {
        if (this.options.ecmaVersion >= 11) {
          if (this.eatContextual("as")) {
            node.exported = this.parseModuleExportName();
            this.checkExport(exports$1, node.exported, this.lastTokStart);
          } else {
            node.exported = null;
          }
        }
        this.expectContextual("from");
        if (this.type !== types$1.string) {
          this.unexpected();
        }
        node.source = this.parseExprAtom();
        if (this.options.ecmaVersion >= 16) {
          node.attributes = this.parseWithClause();
        }
        this.semicolon();
        return this.finishNode(node, "ExportAllDeclaration");
      };
      pp$8.parseExport = function(node, exports$1) {
        this.next();
        if (this.eat(types$1.star)) {
          return this.parseExportAllDeclaration(node, exports$1);
        }
        if (this.eat(types$1._default)) {
          this.checkExport(exports$1, "default", this.lastTokStart);
          node.declaration = this.parseExportDefaultDeclaration();
          return this.finishNode(node, "ExportDefaultDeclaration");
        }
        if (this.shouldParseExportStatement()) {
          node.declaration = this.parseExportDeclaration(node);
          if (node.declaration.type === "VariableDeclaration") {
            this.checkVariableExport(exports$1, node.declaration.declarations);
          } else {
            this.checkExport(exports$1, node.declaration.id, node.declaration.id.start);
          }
          node.specifiers = [];
          node.source = null;
          if (this.options.ecmaVersion >= 16) {
            node.attributes = [];
          }
        } else {
          node.declaration = null;
          node.specifiers = this.parseExportSpecifiers(exports$1);
          if (this.eatContextual("from")) {
            if (this.type !== types$1.string) {
              this.unexpected();
            }
            node.source = this.parseExprAtom();
            if (this.options.ecmaVersion >= 16) {
              node.attributes = this.parseWithClause();
            }
          } else {
            for (var i2 = 0, list2 = node.specifiers; i2 < list2.length; i2 += 1) {
              var spec = list2[i2];
              this.checkUnreserved(spec.local);
              this.checkLocalExport(spec.local);
              if (spec.local.type === "Literal") {
                this.raise(spec.local.start, "A string literal cannot be used as an exported binding without `from`.");
              }
            }
            node.source = null;
            if (this.options.ecmaVersion >= 16) {
              node.attributes = [];
            }
          }
          this.semicolon();
        }
        return this.finishNode(node, "ExportNamedDeclaration");
      };
      pp$8.parseExportDeclaration = function(node) {
        return this.parseStatement(null);
      };
      pp$8.parseExportDefaultDeclaration = function() {
        var isAsync;
        if (this.type === types$1._function || (isAsync = this.isAsyncFunction())) {
          var fNode = this.startNode();
          this.next();
          if (isAsync) {
            this.next();
          }
          return this.parseFunction(fNode, FUNC_STATEMENT | FUNC_NULLABLE_ID, false, isAsync);
        } else if (this.type === types$1._class) {
          var cNode = this.startNode();
          return this.parseClass(cNode, "nullableID");
        } else {
          var declaration = this.parseMaybeAssign();
          this.semicolon();
          return declaration;
        }
      };
      pp$8.checkExport = function(exports$1, name, pos) {
        if (!exports$1) {
          return;
        }
        if (typeof name !== "string") {
          name = name.type === "Identifier" ? name.name : name.value;
        }
        if (hasOwn(exports$1, name)) {
          this.raiseRecoverable(pos, "Duplicate export '" + name + "'");
        }
        exports$1[name] = true;
      };
      pp$8.checkPatternExport = function(exports$1, pat) {
        var type = pat.type;
        if (type === "Identifier") {
          this.checkExport(exports$1, pat, pat.start);
        } else if (type === "ObjectPattern") {
          for (var i2 = 0, list2 = pat.properties; i2 < list2.length; i2 += 1) {
            var prop = list2[i2];
            this.checkPatternExport(exports$1, prop);
          }
        } else if (type === "ArrayPattern") {
          for (var i$1 = 0, list$1 = pat.elements; i$1 < list$1.length; i$1 += 1) {
            var elt = list$1[i$1];
            if (elt) {
              this.checkPatternExport(exports$1, elt);
            }
          }
        } else if (type === "Property") {
          this.checkPatternExport(exports$1, pat.value);
        } else if (type === "AssignmentPattern") {
          this.checkPatternExport(exports$1, pat.left);
        } else if (type === "RestElement") {
          this.checkPatternExport(exports$1, pat.argument);
        }
      };
      pp$8.checkVariableExport = function(exports$1, decls) {
        if (!exports$1) {
          return;
        }
        for (var i2 = 0, list2 = decls; i2 < list2.length; i2 += 1) {
          var decl = list2[i2];
          this.checkPatternExport(exports$1, decl.id);
        }
      };
      pp$8.shouldParseExportStatement = function() {
        return this.type.keyword === "var" || this.type.keyword === "const" || this.type.keyword === "class" || this.type.keyword === "function" || this.isLet() || this.isAsyncFunction();
      };
      pp$8.parseExportSpecifier = function(exports$1) {
        var node = this.startNode();
        node.local = this.parseModuleExportName();
        node.exported = this.eatContextual("as") ? this.parseModuleExportName() : node.local;
        this.checkExport(
          exports$1,
          node.exported,
          node.exported.start
        );
        return this.finishNode(node, "ExportSpecifier");
      };
      pp$8.parseExportSpecifiers = function(exports$1) {
        var nodes = [], first = true;
        this.expect(types$1.braceL);
        while (!this.eat(types$1.braceR)) {
          if (!first) {
            this.expect(types$1.comma);
            if (this.afterTrailingComma(types$1.braceR)) {
              break;
            }
          } else {
            first = false;
          }
          nodes.push(this.parseExportSpecifier(exports$1));
        }
        return nodes;
      };
      pp$8.parseImport = function(node) {
        this.next();
        if (this.type === types$1.string) {
          node.specifiers = empty$1;
          node.source = this.parseExprAtom();
        } else {
          node.specifiers = this.parseImportSpecifiers();
          this.expectContextual("from");
          node.source = this.type === types$1.string ? this.parseExprAtom() : this.unexpected();
        }
        if (this.options.ecmaVersion >= 16) {
          node.attributes = this.parseWithClause();
        }
        this.semicolon();
        return this.finishNode(node, "ImportDeclaration");
      };
      pp$8.parseImportSpecifier = function() {
        var node = this.startNode();
        node.imported = this.parseModuleExportName();
        if (this.eatContextual("as")) {
          node.local = this.parseIdent();
        } else {
          this.checkUnreserved(node.imported);
          node.local = node.imported;
        }
        this.checkLValSimple(node.local, BIND_LEXICAL);
        return this.finishNode(node, "ImportSpecifier");
      };
      pp$8.parseImportDefaultSpecifier = function() {
        var node = this.startNode();
        node.local = this.parseIdent();
        this.checkLValSimple(node.local, BIND_LEXICAL);
        return this.finishNode(node, "ImportDefaultSpecifier");
      };
      pp$8.parseImportNamespaceSpecifier = function() {
        var node = this.startNode();
        this.next();
        this.expectContextual("as");
        node.local = this.parseIdent();
        this.checkLValSimple(node.local, BIND_LEXICAL);
        return this.finishNode(node, "ImportNamespaceSpecifier");
      };
      pp$8.parseImportSpecifiers = function() {
        var nodes = [], first = true;
        if (this.type === types$1.name) {
          nodes.push(this.parseImportDefaultSpecifier());
          if (!this.eat(types$1.comma)) {
            return nodes;
          }
        }
        if (this.type === types$1.star) {
          nodes.push(this.parseImportNamespaceSpecifier());
          return nodes;
        }
        this.expect(types$1.braceL);
        while (!this.eat(types$1.braceR)) {
          if (!first) {
            this.expect(types$1.comma);
            if (this.afterTrailingComma(types$1.braceR)) {
              break;
            }
          } else {
            first = false;
          }
          nodes.push(this.parseImportSpecifier());
        }
        return nodes;
      };
      pp$8.parseWithClause = function() {
        var nodes = [];
        if (!this.eat(types$1._with)) {
          return nodes;
        }
        this.expect(types$1.braceL);
        var attributeKeys = {};
        var first = true;
        while (!this.eat(types$1.braceR)) {
          if (!first) {
            this.expect(types$1.comma);
            if (this.afterTrailingComma(types$1.braceR)) {
              break;
            }
          } else {
            first = false;
          }
          var attr = this.parseImportAttribute();
          var keyName = attr.key.type === "Identifier" ? attr.key.name : attr.key.value;
          if (hasOwn(attributeKeys, keyName)) {
            this.raiseRecoverable(attr.key.start, "Duplicate attribute key '" + keyName + "'");
          }
          attributeKeys[keyName] = true;
          nodes.push(attr);
        }
        return nodes;
      };
      pp$8.parseImportAttribute = function() {
        var node = this.startNode();
        node.key = this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
        this.expect(types$1.colon);
        if (this.type !== types$1.string) {
          this.unexpected();
        }
        node.value = this.parseExprAtom();
        return this.finishNode(node, "ImportAttribute");
      };
      pp$8.parseModuleExportName = function() {
        if (this.options.ecmaVersion >= 13 && this.type === types$1.string) {
          var stringLiteral = this.parseLiteral(this.value);
          if (loneSurrogate.test(stringLiteral.value)) {
            this.raise(stringLiteral.start, "An export name cannot include a lone surrogate.");
          }
          return stringLiteral;
        }
        return this.parseIdent(true);
      };
      pp$8.adaptDirectivePrologue = function(statements) {
        for (var i2 = 0; i2 < statements.length && this.isDirectiveCandidate(statements[i2]); ++i2) {
          statements[i2].directive = statements[i2].expression.raw.slice(1, -1);
        }
      };
      pp$8.isDirectiveCandidate = function(statement) {
        return this.options.ecmaVersion >= 5 && statement.type === "ExpressionStatement" && statement.expression.type === "Literal" && typeof statement.expression.value === "string" && // Reject parenthesized strings.
        (this.input[statement.start] === '"' || this.input[statement.start] === "'");
      };
      var pp$7 = Parser.prototype;
      pp$7.toAssignable = function(node, isBinding, refDestructuringErrors) {
        if (this.options.ecmaVersion >= 6 && node) {
          switch (node.type) {
            case "Identifier":
              if (this.inAsync && node.name === "await") {
                this.raise(node.start, "Cannot use 'await' as identifier inside an async function");
              }
              break;
            case "ObjectPattern":
            case "ArrayPattern":
            case "AssignmentPattern":
            case "RestElement":
              break;
            case "ObjectExpression":
              node.type = "ObjectPattern";
              if (refDestructuringErrors) {
                this.checkPatternErrors(refDestructuringErrors, true);
              }
              for (var i2 = 0, list2 = node.properties; i2 < list2.length; i2 += 1) {
                var prop = list2[i2];
                this.toAssignable(prop, isBinding);
                if (prop.type === "RestElement" && (prop.argument.type === "ArrayPattern" || prop.argument.type === "ObjectPattern")) {
                  this.raise(prop.argument.start, "Unexpected token");
                }
              }
              break;
            case "Property":
              if (node.kind !== "init") {
                this.raise(node.key.start, "Object pattern can't contain getter or setter");
              }
              this.toAssignable(node.value, isBinding);
              break;
            case "ArrayExpression":
              node.type = "ArrayPattern";
              if (refDestructuringErrors) {
                this.checkPatternErrors(refDestructuringErrors, true);
              }
              this.toAssignableList(node.elements, isBinding);
              break;
            case "SpreadElement":
              node.type = "RestElement";
              this.toAssignable(node.argument, isBinding);
              if (node.argument.type === "AssignmentPattern") {
                this.raise(node.argument.start, "Rest elements cannot have a default value");
              }
              break;
            case "AssignmentExpression":
              if (node.operator !== "=") {
                this.raise(node.left.end, "Only '=' operator can be used for specifying default value.");
              }
              node.type = "AssignmentPattern";
              delete node.operator;
              this.toAssignable(node.left, isBinding);
              break;
            case "ParenthesizedExpression":
              this.toAssignable(node.expression, isBinding, refDestructuringErrors);
              break;
            case "ChainExpression":
              this.raiseRecoverable(node.start, "Optional chaining cannot appear in left-hand side");
              break;
            case "MemberExpression":
              if (!isBinding) {
                break;
              }
            default:
              this.raise(node.start, "Assigning to rvalue");
          }
        } else if (refDestructuringErrors) {
          this.checkPatternErrors(refDestructuringErrors, true);
        }
        return node;
      };
      pp$7.toAssignableList = function(exprList, isBinding) {
        var end = exprList.length;
        for (var i2 = 0; i2 < end; i2++) {
          var elt = exprList[i2];
          if (elt) {
            this.toAssignable(elt, isBinding);
          }
        }
        if (end) {
          var last = exprList[end - 1];
          if (this.options.ecmaVersion === 6 && isBinding && last && last.type === "RestElement" && last.argument.type !== "Identifier") {
            this.unexpected(last.argument.start);
          }
        }
        return exprList;
      };
      pp$7.parseSpread = function(refDestructuringErrors) {
        var node = this.startNode();
        this.next();
        node.argument = this.parseMaybeAssign(false, refDestructuringErrors);
        return this.finishNode(node, "SpreadElement");
      };
      pp$7.parseRestBinding = function() {
        var node = this.startNode();
        this.next();
        if (this.options.ecmaVersion === 6 && this.type !== types$1.name) {
          this.unexpected();
        }
        node.argument = this.parseBindingAtom();
        return this.finishNode(node, "RestElement");
      };
      pp$7.parseBindingAtom = function() {
        if (this.options.ecmaVersion >= 6) {
          switch (this.type) {
            case types$1.bracketL:
              var node = this.startNode();
              this.next();
              node.elements = this.parseBindingList(types$1.bracketR, true, true);
              return this.finishNode(node, "ArrayPattern");
            case types$1.braceL:
              return this.parseObj(true);
          }
        }
        return this.parseIdent();
      };
      pp$7.parseBindingList = function(close, allowEmpty, allowTrailingComma, allowModifiers) {
        var elts = [], first = true;
        while (!this.eat(close)) {
          if (first) {
            first = false;
          } else {
            this.expect(types$1.comma);
          }
          if (allowEmpty && this.type === types$1.comma) {
            elts.push(null);
          } else if (allowTrailingComma && this.afterTrailingComma(close)) {
            break;
          } else if (this.type === types$1.ellipsis) {
            var rest = this.parseRestBinding();
            this.parseBindingListItem(rest);
            elts.push(rest);
            if (this.type === types$1.comma) {
              this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
            }
            this.expect(close);
            break;
          } else {
            elts.push(this.parseAssignableListItem(allowModifiers));
          }
        }
        return elts;
      };
      pp$7.parseAssignableListItem = function(allowModifiers) {
        var elem = this.parseMaybeDefault(this.start, this.startLoc);
        this.parseBindingListItem(elem);
        return elem;
      };
      pp$7.parseBindingListItem = function(param) {
        return param;
      };
      pp$7.parseMaybeDefault = function(startPos, startLoc, left) {
        left = left || this.parseBindingAtom();
        if (this.options.ecmaVersion < 6 || !this.eat(types$1.eq)) {
          return left;
        }
        var node = this.startNodeAt(startPos, startLoc);
        node.left = left;
        node.right = this.parseMaybeAssign();
        return this.finishNode(node, "AssignmentPattern");
      };
      pp$7.checkLValSimple = function(expr, bindingType, checkClashes) {
        if (bindingType === void 0) bindingType = BIND_NONE;
        var isBind = bindingType !== BIND_NONE;
        switch (expr.type) {
          case "Identifier":
            if (this.strict && this.reservedWordsStrictBind.test(expr.name)) {
              this.raiseRecoverable(expr.start, (isBind ? "Binding " : "Assigning to ") + expr.name + " in strict mode");
            }
            if (isBind) {
              if (bindingType === BIND_LEXICAL && expr.name === "let") {
                this.raiseRecoverable(expr.start, "let is disallowed as a lexically bound name");
              }
              if (checkClashes) {
                if (hasOwn(checkClashes, expr.name)) {
                  this.raiseRecoverable(expr.start, "Argument name clash");
                }
                checkClashes[expr.name] = true;
              }
              if (bindingType !== BIND_OUTSIDE) {
                this.declareName(expr.name, bindingType, expr.start);
              }
            }
            break;
          case "ChainExpression":
            this.raiseRecoverable(expr.start, "Optional chaining cannot appear in left-hand side");
            break;
          case "MemberExpression":
            if (isBind) {
              this.raiseRecoverable(expr.start, "Binding member expression");
            }
            break;
          case "ParenthesizedExpression":
            if (isBind) {
              this.raiseRecoverable(expr.start, "Binding parenthesized expression");
            }
            return this.checkLValSimple(expr.expression, bindingType, checkClashes);
          default:
            this.raise(expr.start, (isBind ? "Binding" : "Assigning to") + " rvalue");
        }
      };
      pp$7.checkLValPattern = function(expr, bindingType, checkClashes) {
        if (bindingType === void 0) bindingType = BIND_NONE;
        switch (expr.type) {
          case "ObjectPattern":
            for (var i2 = 0, list2 = expr.properties; i2 < list2.length; i2 += 1) {
              var prop = list2[i2];
              this.checkLValInnerPattern(prop, bindingType, checkClashes);
            }
            break;
          case "ArrayPattern":
            for (var i$1 = 0, list$1 = expr.elements; i$1 < list$1.length; i$1 += 1) {
              var elem = list$1[i$1];
              if (elem) {
                this.checkLValInnerPattern(elem, bindingType, checkClashes);
              }
            }
            break;
          default:
            this.checkLValSimple(expr, bindingType, checkClashes);
        }
      };
      pp$7.checkLValInnerPattern = function(expr, bindingType, checkClashes) {
        if (bindingType === void 0) bindingType = BIND_NONE;
        switch (expr.type) {
          case "Property":
            this.checkLValInnerPattern(expr.value, bindingType, checkClashes);
            break;
          case "AssignmentPattern":
            this.checkLValPattern(expr.left, bindingType, checkClashes);
            break;
          case "RestElement":
            this.checkLValPattern(expr.argument, bindingType, checkClashes);
            break;
          default:
            this.checkLValPattern(expr, bindingType, checkClashes);
        }
      };
      var TokContext = /* @__PURE__ */ __name(function TokContext2(token, isExpr, preserveSpace, override, generator) {
        this.token = token;
        this.isExpr = !!isExpr;
        this.preserveSpace = !!preserveSpace;
        this.override = override;
        this.generator = !!generator;
      }, "TokContext");
      var types = {
        b_stat: new TokContext("{", false),
        b_expr: new TokContext("{", true),
        b_tmpl: new TokContext("${", false),
        p_stat: new TokContext("(", false),
        p_expr: new TokContext("(", true),
        q_tmpl: new TokContext("`", true, true, function(p) {
          return p.tryReadTemplateToken();
        }),
        f_stat: new TokContext("function", false),
        f_expr: new TokContext("function", true),
        f_expr_gen: new TokContext("function", true, false, null, true),
        f_gen: new TokContext("function", false, false, null, true)
      };
      var pp$6 = Parser.prototype;
      pp$6.initialContext = function() {
        return [types.b_stat];
      };
      pp$6.curContext = function() {
        return this.context[this.context.length - 1];
      };
      pp$6.braceIsBlock = function(prevType) {
        var parent = this.curContext();
        if (parent === types.f_expr || parent === types.f_stat) {
          return true;
        }
        if (prevType === types$1.colon && (parent === types.b_stat || parent === types.b_expr)) {
          return !parent.isExpr;
        }
        if (prevType === types$1._return || prevType === types$1.name && this.exprAllowed) {
          return lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
        }
        if (prevType === types$1._else || prevType === types$1.semi || prevType === types$1.eof || prevType === types$1.parenR || prevType === types$1.arrow) {
          return true;
        }
        if (prevType === types$1.braceL) {
          return parent === types.b_stat;
        }
        if (prevType === types$1._var || prevType === types$1._const || prevType === types$1.name) {
          return false;
        }
        return !this.exprAllowed;
      };
      pp$6.inGeneratorContext = function() {
        for (var i2 = this.context.length - 1; i2 >= 1; i2--) {
          var context = this.context[i2];
          if (context.token === "function") {
            return context.generator;
          }
        }
        return false;
      };
      pp$6.updateContext = function(prevType) {
        var update, type = this.type;
        if (type.keyword && prevType === types$1.dot) {
          this.exprAllowed = false;
        } else if (update = type.updateContext) {
          update.call(this, prevType);
        } else {
          this.exprAllowed = type.beforeExpr;
        }
      };
      pp$6.overrideContext = function(tokenCtx) {
        if (this.curContext() !== tokenCtx) {
          this.context[this.context.length - 1] = tokenCtx;
        }
      };
      types$1.parenR.updateContext = types$1.braceR.updateContext = function() {
        if (this.context.length === 1) {
          this.exprAllowed = true;
          return;
        }
        var out = this.context.pop();
        if (out === types.b_stat && this.curContext().token === "function") {
          out = this.context.pop();
        }
        this.exprAllowed = !out.isExpr;
      };
      types$1.braceL.updateContext = function(prevType) {
        this.context.push(this.braceIsBlock(prevType) ? types.b_stat : types.b_expr);
        this.exprAllowed = true;
      };
      types$1.dollarBraceL.updateContext = function() {
        this.context.push(types.b_tmpl);
        this.exprAllowed = true;
      };
      types$1.parenL.updateContext = function(prevType) {
        var statementParens = prevType === types$1._if || prevType === types$1._for || prevType === types$1._with || prevType === types$1._while;
        this.context.push(statementParens ? types.p_stat : types.p_expr);
        this.exprAllowed = true;
      };
      types$1.incDec.updateContext = function() {
      };
      types$1._function.updateContext = types$1._class.updateContext = function(prevType) {
        if (prevType.beforeExpr && prevType !== types$1._else && !(prevType === types$1.semi && this.curContext() !== types.p_stat) && !(prevType === types$1._return && lineBreak.test(this.input.slice(this.lastTokEnd, this.start))) && !((prevType === types$1.colon || prevType === types$1.braceL) && this.curContext() === types.b_stat)) {
          this.context.push(types.f_expr);
        } else {
          this.context.push(types.f_stat);
        }
        this.exprAllowed = false;
      };
      types$1.colon.updateContext = function() {
        if (this.curContext().token === "function") {
          this.context.pop();
        }
        this.exprAllowed = true;
      };
      types$1.backQuote.updateContext = function() {
        if (this.curContext() === types.q_tmpl) {
          this.context.pop();
        } else {
          this.context.push(types.q_tmpl);
        }
        this.exprAllowed = false;
      };
      types$1.star.updateContext = function(prevType) {
        if (prevType === types$1._function) {
          var index = this.context.length - 1;
          if (this.context[index] === types.f_expr) {
            this.context[index] = types.f_expr_gen;
          } else {
            this.context[index] = types.f_gen;
          }
        }
        this.exprAllowed = true;
      };
      types$1.name.updateContext = function(prevType) {
        var allowed = false;
        if (this.options.ecmaVersion >= 6 && prevType !== types$1.dot) {
          if (this.value === "of" && !this.exprAllowed || this.value === "yield" && this.inGeneratorContext()) {
            allowed = true;
          }
        }
        this.exprAllowed = allowed;
      };
      var pp$5 = Parser.prototype;
      pp$5.checkPropClash = function(prop, propHash, refDestructuringErrors) {
        if (this.options.ecmaVersion >= 9 && prop.type === "SpreadElement") {
          return;
        }
        if (this.options.ecmaVersion >= 6 && (prop.computed || prop.method || prop.shorthand)) {
          return;
        }
        var key = prop.key;
        var name;
        switch (key.type) {
          case "Identifier":
            name = key.name;
            break;
          case "Literal":
            name = String(key.value);
            break;
          default:
            return;
        }
        var kind = prop.kind;
        if (this.options.ecmaVersion >= 6) {
          if (name === "__proto__" && kind === "init") {
            if (propHash.proto) {
              if (refDestructuringErrors) {
                if (refDestructuringErrors.doubleProto < 0) {
                  refDestructuringErrors.doubleProto = key.start;
                }
              } else {
                this.raiseRecoverable(key.start, "Redefinition of __proto__ property");
              }
            }
            propHash.proto = true;
          }
          return;
        }
        name = "$" + name;
        var other = propHash[name];
        if (other) {
          var redefinition;
          if (kind === "init") {
            redefinition = this.strict && other.init || other.get || other.set;
          } else {
            redefinition = other.init || other[kind];
          }
          if (redefinition) {
            this.raiseRecoverable(key.start, "Redefinition of property");
          }
        } else {
          other = propHash[name] = {
            init: false,
            get: false,
            set: false
          };
        }
        other[kind] = true;
      };
      pp$5.parseExpression = function(forInit, refDestructuringErrors) {
        var this$1$1 = this;
        return this.catchStackOverflow(function() {
          var startPos = this$1$1.start, startLoc = this$1$1.startLoc;
          var expr = this$1$1.parseMaybeAssign(forInit, refDestructuringErrors);
          if (this$1$1.type === types$1.comma) {
            var node = this$1$1.startNodeAt(startPos, startLoc);
            node.expressions = [expr];
            while (this$1$1.eat(types$1.comma)) {
              node.expressions.push(this$1$1.parseMaybeAssign(forInit, refDestructuringErrors));
            }
            return this$1$1.finishNode(node, "SequenceExpression");
          }
          return expr;
        });
      };
      pp$5.parseMaybeAssign = function(forInit, refDestructuringErrors, afterLeftParse) {
        if (this.isContextual("yield")) {
          if (this.inGenerator) {
            return this.parseYield(forInit);
          } else {
            this.exprAllowed = false;
          }
        }
        var ownDestructuringErrors = false, oldParenAssign = -1, oldTrailingComma = -1, oldDoubleProto = -1;
        if (refDestructuringErrors) {
          oldParenAssign = refDestructuringErrors.parenthesizedAssign;
          oldTrailingComma = refDestructuringErrors.trailingComma;
          oldDoubleProto = refDestructuringErrors.doubleProto;
          refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
        } else {
          refDestructuringErrors = new DestructuringErrors();
          ownDestructuringErrors = true;
        }
        var startPos = this.start, startLoc = this.startLoc;
        if (this.type === types$1.parenL || this.type === types$1.name) {
          this.potentialArrowAt = this.start;
          this.potentialArrowInForAwait = forInit === "await";
        }
        var left = this.parseMaybeConditional(forInit, refDestructuringErrors);
        if (afterLeftParse) {
          left = afterLeftParse.call(this, left, startPos, startLoc);
        }
        if (this.type.isAssign) {
          var node = this.startNodeAt(startPos, startLoc);
          node.operator = this.value;
          if (this.type === types$1.eq) {
            left = this.toAssignable(left, false, refDestructuringErrors);
          }
          if (!ownDestructuringErrors) {
            refDestructuringErrors.parenthesizedAssign = refDestructuringErrors.trailingComma = -1;
            if (refDestructuringErrors.shorthandAssign >= left.start) {
              refDestructuringErrors.shorthandAssign = -1;
            }
            if (refDestructuringErrors.doubleProto >= left.start) {
              refDestructuringErrors.doubleProto = -1;
            }
          }
          if (this.type === types$1.eq) {
            this.checkLValPattern(left);
          } else {
            this.checkLValSimple(left);
          }
          node.left = left;
          this.next();
          node.right = this.parseMaybeAssign(forInit);
          if (oldDoubleProto > -1) {
            refDestructuringErrors.doubleProto = oldDoubleProto;
          }
          return this.finishNode(node, "AssignmentExpression");
        } else {
          if (ownDestructuringErrors) {
            this.checkExpressionErrors(refDestructuringErrors, true);
          }
        }
        if (oldParenAssign > -1) {
          refDestructuringErrors.parenthesizedAssign = oldParenAssign;
        }
        if (oldTrailingComma > -1) {
          refDestructuringErrors.trailingComma = oldTrailingComma;
        }
        return left;
      };
      pp$5.parseMaybeConditional = function(forInit, refDestructuringErrors) {
        var startPos = this.start, startLoc = this.startLoc;
        var expr = this.parseExprOps(forInit, refDestructuringErrors);
        if (this.checkExpressionErrors(refDestructuringErrors)) {
          return expr;
        }
        if (!(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.question)) {
          var node = this.startNodeAt(startPos, startLoc);
          node.test = expr;
          node.consequent = this.parseMaybeAssign();
          this.expect(types$1.colon);
          node.alternate = this.parseMaybeAssign(forInit);
          return this.finishNode(node, "ConditionalExpression");
        }
        return expr;
      };
      pp$5.parseExprOps = function(forInit, refDestructuringErrors) {
        var startPos = this.start, startLoc = this.startLoc;
        var expr = this.parseMaybeUnary(refDestructuringErrors, false, false, forInit);
        if (this.checkExpressionErrors(refDestructuringErrors)) {
          return expr;
        }
        return expr.start === startPos && expr.type === "ArrowFunctionExpression" ? expr : this.parseExprOp(expr, startPos, startLoc, -1, forInit);
      };
      pp$5.parseExprOp = function(left, leftStartPos, leftStartLoc, minPrec, forInit) {
        var prec = this.type.binop;
        if (prec != null && (!forInit || this.type !== types$1._in)) {
          if (prec > minPrec) {
            var logical = this.type === types$1.logicalOR || this.type === types$1.logicalAND;
            var coalesce = this.type === types$1.coalesce;
            if (coalesce) {
              prec = types$1.logicalAND.binop;
            }
            var op = this.value;
            this.next();
            var startPos = this.start, startLoc = this.startLoc;
            var right = this.parseExprOp(this.parseMaybeUnary(null, false, false, forInit), startPos, startLoc, prec, forInit);
            var node = this.buildBinary(leftStartPos, leftStartLoc, left, right, op, logical || coalesce);
            if (logical && this.type === types$1.coalesce || coalesce && (this.type === types$1.logicalOR || this.type === types$1.logicalAND)) {
              this.raiseRecoverable(this.start, "Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses");
            }
            return this.parseExprOp(node, leftStartPos, leftStartLoc, minPrec, forInit);
          }
        }
        return left;
      };
      pp$5.buildBinary = function(startPos, startLoc, left, right, op, logical) {
        if (right.type === "PrivateIdentifier") {
          this.raise(right.start, "Private identifier can only be left side of binary expression");
        }
        var node = this.startNodeAt(startPos, startLoc);
        node.left = left;
        node.operator = op;
        node.right = right;
        return this.finishNode(node, logical ? "LogicalExpression" : "BinaryExpression");
      };
      pp$5.parseMaybeUnary = function(refDestructuringErrors, sawUnary, incDec, forInit) {
        var startPos = this.start, startLoc = this.startLoc, expr;
        if (this.isContextual("await") && this.canAwait) {
          expr = this.parseAwait(forInit);
          sawUnary = true;
        } else if (this.type.prefix) {
          var node = this.startNode(), update = this.type === types$1.incDec;
          node.operator = this.value;
          node.prefix = true;
          this.next();
          node.argument = this.parseMaybeUnary(null, true, update, forInit);
          this.checkExpressionErrors(refDestructuringErrors, true);
          if (update) {
            this.checkLValSimple(node.argument);
          } else if (this.strict && node.operator === "delete" && isLocalVariableAccess(node.argument)) {
            this.raiseRecoverable(node.start, "Deleting local variable in strict mode");
          } else if (node.operator === "delete" && isPrivateFieldAccess(node.argument)) {
            this.raiseRecoverable(node.start, "Private fields can not be deleted");
          } else {
            sawUnary = true;
          }
          expr = this.finishNode(node, update ? "UpdateExpression" : "UnaryExpression");
        } else if (!sawUnary && this.type === types$1.privateId) {
          if ((forInit || this.privateNameStack.length === 0) && this.options.checkPrivateFields) {
            this.unexpected();
          }
          expr = this.parsePrivateIdent();
          if (this.type !== types$1._in) {
            this.unexpected();
          }
        } else {
          expr = this.parseExprSubscripts(refDestructuringErrors, forInit);
          if (this.checkExpressionErrors(refDestructuringErrors)) {
            return expr;
          }
          while (this.type.postfix && !this.canInsertSemicolon()) {
            var node$1 = this.startNodeAt(startPos, startLoc);
            node$1.operator = this.value;
            node$1.prefix = false;
            node$1.argument = expr;
            this.checkLValSimple(expr);
            this.next();
            expr = this.finishNode(node$1, "UpdateExpression");
          }
        }
        if (!incDec && !(expr.type === "ArrowFunctionExpression" && expr.start === startPos) && this.eat(types$1.starstar)) {
          if (sawUnary) {
            this.unexpected(this.lastTokStart);
          } else {
            return this.buildBinary(startPos, startLoc, expr, this.parseMaybeUnary(null, false, false, forInit), "**", false);
          }
        } else {
          return expr;
        }
      };
      function isLocalVariableAccess(node) {
        return node.type === "Identifier" || node.type === "ParenthesizedExpression" && isLocalVariableAccess(node.expression);
      }
      __name(isLocalVariableAccess, "isLocalVariableAccess");
      function isPrivateFieldAccess(node) {
        return node.type === "MemberExpression" && node.property.type === "PrivateIdentifier" || node.type === "ChainExpression" && isPrivateFieldAccess(node.expression) || node.type === "ParenthesizedExpression" && isPrivateFieldAccess(node.expression);
      }
      __name(isPrivateFieldAccess, "isPrivateFieldAccess");
      pp$5.parseExprSubscripts = function(refDestructuringErrors, forInit) {
        var startPos = this.start, startLoc = this.startLoc;
        var oldDoubleProto = -1, oldShorthandAssign = -1;
        if (refDestructuringErrors) {
          oldDoubleProto = refDestructuringErrors.doubleProto;
          oldShorthandAssign = refDestructuringErrors.shorthandAssign;
          refDestructuringErrors.doubleProto = refDestructuringErrors.shorthandAssign = -1;
        }
        var expr = this.parseExprAtom(refDestructuringErrors, forInit);
        if (expr.type === "ArrowFunctionExpression" && this.input.slice(this.lastTokStart, this.lastTokEnd) !== ")") {
          return expr;
        }
        var result = this.parseSubscripts(expr, startPos, startLoc, false, forInit);
        if (refDestructuringErrors) {
          if (result.end > expr.end) {
            this.checkExpressionErrors(refDestructuringErrors, true);
            if (refDestructuringErrors.parenthesizedAssign >= result.start) {
              refDestructuringErrors.parenthesizedAssign = -1;
            }
            if (refDestructuringErrors.parenthesizedBind >= result.start) {
              refDestructuringErrors.parenthesizedBind = -1;
            }
            if (refDestructuringErrors.trailingComma >= result.start) {
              refDestructuringErrors.trailingComma = -1;
            }
          }
          if (oldDoubleProto > -1) {
            refDestructuringErrors.doubleProto = oldDoubleProto;
          }
          if (oldShorthandAssign > -1) {
            refDestructuringErrors.shorthandAssign = oldShorthandAssign;
          }
        }
        return result;
      };
      pp$5.parseSubscripts = function(base, startPos, startLoc, noCalls, forInit) {
        var maybeAsyncArrow = this.options.ecmaVersion >= 8 && base.type === "Identifier" && base.name === "async" && this.lastTokEnd === base.end && !this.canInsertSemicolon() && base.end - base.start === 5 && this.potentialArrowAt === base.start;
        var optionalChained = false;
        while (true) {
          var element = this.parseSubscript(base, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit);
          if (element.optional) {
            optionalChained = true;
          }
          if (element.end === base.end || element.type === "ArrowFunctionExpression") {
            if (optionalChained) {
              var chainNode = this.startNodeAt(startPos, startLoc);
              chainNode.expression = element;
              element = this.finishNode(chainNode, "ChainExpression");
            }
            return element;
          }
          base = element;
          maybeAsyncArrow = false;
        }
      };
      pp$5.shouldParseAsyncArrow = function() {
        return !this.canInsertSemicolon() && this.eat(types$1.arrow);
      };
      pp$5.parseSubscriptAsyncArrow = function(startPos, startLoc, exprList, forInit) {
        return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, true, forInit);
      };
      pp$5.parseSubscript = function(base, startPos, startLoc, noCalls, maybeAsyncArrow, optionalChained, forInit) {
        var optionalSupported = this.options.ecmaVersion >= 11;
        var optional = optionalSupported && this.eat(types$1.questionDot);
        if (noCalls && optional) {
          this.raise(this.lastTokStart, "Optional chaining cannot appear in the callee of new expressions");
        }
        var computed = this.eat(types$1.bracketL);
        if (computed || optional && this.type !== types$1.parenL && this.type !== types$1.backQuote || this.eat(types$1.dot)) {
          var node = this.startNodeAt(startPos, startLoc);
          node.object = base;
          if (computed) {
            node.property = this.parseExpression();
            this.expect(types$1.bracketR);
          } else if (this.type === types$1.privateId && base.type !== "Super") {
            node.property = this.parsePrivateIdent();
          } else {
            node.property = this.parseIdent(this.options.allowReserved !== "never");
          }
          node.computed = !!computed;
          if (optionalSupported) {
            node.optional = optional;
          }
          base = this.finishNode(node, "MemberExpression");
        } else if (!noCalls && this.eat(types$1.parenL)) {
          var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
          this.yieldPos = 0;
          this.awaitPos = 0;
          this.awaitIdentPos = 0;
          var exprList = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false, refDestructuringErrors);
          if (maybeAsyncArrow && !optional && this.shouldParseAsyncArrow()) {
            this.checkPatternErrors(refDestructuringErrors, false);
            this.checkYieldAwaitInDefaultParams();
            if (this.awaitIdentPos > 0) {
              this.raise(this.awaitIdentPos, "Cannot use 'await' as identifier inside an async function");
            }
            this.yieldPos = oldYieldPos;
            this.awaitPos = oldAwaitPos;
            this.awaitIdentPos = oldAwaitIdentPos;
            return this.parseSubscriptAsyncArrow(startPos, startLoc, exprList, forInit);
          }
          this.checkExpressionErrors(refDestructuringErrors, true);
          this.yieldPos = oldYieldPos || this.yieldPos;
          this.awaitPos = oldAwaitPos || this.awaitPos;
          this.awaitIdentPos = oldAwaitIdentPos || this.awaitIdentPos;
          var node$1 = this.startNodeAt(startPos, startLoc);
          node$1.callee = base;
          node$1.arguments = exprList;
          if (optionalSupported) {
            node$1.optional = optional;
          }
          base = this.finishNode(node$1, "CallExpression");
        } else if (this.type === types$1.backQuote) {
          if (optional || optionalChained) {
            this.raise(this.start, "Optional chaining cannot appear in the tag of tagged template expressions");
          }
          var node$2 = this.startNodeAt(startPos, startLoc);
          node$2.tag = base;
          node$2.quasi = this.parseTemplate({ isTagged: true });
          base = this.finishNode(node$2, "TaggedTemplateExpression");
        }
        return base;
      };
      pp$5.parseExprAtom = function(refDestructuringErrors, forInit, forNew) {
        if (this.type === types$1.slash) {
          this.readRegexp();
        }
        var node, canBeArrow = this.potentialArrowAt === this.start;
        switch (this.type) {
          case types$1._super:
            if (!this.allowSuper) {
              this.raise(this.start, "'super' keyword outside a method");
            }
            node = this.startNode();
            this.next();
            if (this.type === types$1.parenL && !this.allowDirectSuper) {
              this.raise(node.start, "super() call outside constructor of a subclass");
            }
            if (this.type !== types$1.dot && this.type !== types$1.bracketL && this.type !== types$1.parenL) {
              this.unexpected();
            }
            return this.finishNode(node, "Super");
          case types$1._this:
            node = this.startNode();
            this.next();
            return this.finishNode(node, "ThisExpression");
          case types$1.name:
            var startPos = this.start, startLoc = this.startLoc, containsEsc = this.containsEsc;
            var id = this.parseIdent(false);
            if (this.options.ecmaVersion >= 8 && !containsEsc && id.name === "async" && !this.canInsertSemicolon() && this.eat(types$1._function)) {
              this.overrideContext(types.f_expr);
              return this.parseFunction(this.startNodeAt(startPos, startLoc), 0, false, true, forInit);
            }
            if (canBeArrow && !this.canInsertSemicolon()) {
              if (this.eat(types$1.arrow)) {
                return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], false, forInit);
              }
              if (this.options.ecmaVersion >= 8 && id.name === "async" && this.type === types$1.name && !containsEsc && (!this.potentialArrowInForAwait || this.value !== "of" || this.containsEsc)) {
                id = this.parseIdent(false);
                if (this.canInsertSemicolon() || !this.eat(types$1.arrow)) {
                  this.unexpected();
                }
                return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), [id], true, forInit);
              }
            }
            return id;
          case types$1.regexp:
            var value = this.value;
            node = this.parseLiteral(value.value);
            node.regex = { pattern: value.pattern, flags: value.flags };
            return node;
          case types$1.num:
          case types$1.string:
            return this.parseLiteral(this.value);
          case types$1._null:
          case types$1._true:
          case types$1._false:
            node = this.startNode();
            node.value = this.type === types$1._null ? null : this.type === types$1._true;
            node.raw = this.type.keyword;
            this.next();
            return this.finishNode(node, "Literal");
          case types$1.parenL:
            var start = this.start, expr = this.parseParenAndDistinguishExpression(canBeArrow, forInit);
            if (refDestructuringErrors) {
              if (refDestructuringErrors.parenthesizedAssign < 0 && !this.isSimpleAssignTarget(expr)) {
                refDestructuringErrors.parenthesizedAssign = start;
              }
              if (refDestructuringErrors.parenthesizedBind < 0) {
                refDestructuringErrors.parenthesizedBind = start;
              }
            }
            return expr;
          case types$1.bracketL:
            node = this.startNode();
            this.next();
            node.elements = this.parseExprList(types$1.bracketR, true, true, refDestructuringErrors);
            return this.finishNode(node, "ArrayExpression");
          case types$1.braceL:
            this.overrideContext(types.b_expr);
            return this.parseObj(false, refDestructuringErrors);
          case types$1._function:
            node = this.startNode();
            this.next();
            return this.parseFunction(node, 0);
          case types$1._class:
            return this.parseClass(this.startNode(), false);
          case types$1._new:
            return this.parseNew();
          case types$1.backQuote:
            return this.parseTemplate();
          case types$1._import:
            if (this.options.ecmaVersion >= 11) {
              return this.parseExprImport(forNew);
            } else {
              return this.unexpected();
            }
          default:
            return this.parseExprAtomDefault();
        }
      };
      pp$5.parseExprAtomDefault = function() {
        this.unexpected();
      };
      pp$5.parseExprImport = function(forNew) {
        var node = this.startNode();
        if (this.containsEsc) {
          this.raiseRecoverable(this.start, "Escape sequence in keyword import");
        }
        this.next();
        if (this.type === types$1.parenL && !forNew) {
          return this.parseDynamicImport(node);
        } else if (this.type === types$1.dot) {
          var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
          meta.name = "import";
          node.meta = this.finishNode(meta, "Identifier");
          return this.parseImportMeta(node);
        } else {
          this.unexpected();
        }
      };
      pp$5.parseDynamicImport = function(node) {
        this.next();
        node.source = this.parseMaybeAssign();
        if (this.options.ecmaVersion >= 16) {
          if (!this.eat(types$1.parenR)) {
            this.expect(types$1.comma);
            if (!this.afterTrailingComma(types$1.parenR)) {
              node.options = this.parseMaybeAssign();
              if (!this.eat(types$1.parenR)) {
                this.expect(types$1.comma);
                if (!this.afterTrailingComma(types$1.parenR)) {
                  this.unexpected();
                }
              }
            } else {
              node.options = null;
            }
          } else {
            node.options = null;
          }
        } else {
          if (!this.eat(types$1.parenR)) {
            var errorPos = this.start;
            if (this.eat(types$1.comma) && this.eat(types$1.parenR)) {
              this.raiseRecoverable(errorPos, "Trailing comma is not allowed in import()");
            } else {
              this.unexpected(errorPos);
            }
          }
        }
        return this.finishNode(node, "ImportExpression");
      };
      pp$5.parseImportMeta = function(node) {
        this.next();
        var containsEsc = this.containsEsc;
        node.property = this.parseIdent(true);
        if (node.property.name !== "meta") {
          this.raiseRecoverable(node.property.start, "The only valid meta property for import is 'import.meta'");
        }
        if (containsEsc) {
          this.raiseRecoverable(node.start, "'import.meta' must not contain escaped characters");
        }
        if (this.options.sourceType !== "module" && !this.options.allowImportExportEverywhere) {
          this.raiseRecoverable(node.start, "Cannot use 'import.meta' outside a module");
        }
        return this.finishNode(node, "MetaProperty");
      };
      pp$5.parseLiteral = function(value) {
        var node = this.startNode();
        node.value = value;
        node.raw = this.input.slice(this.start, this.end);
        if (node.raw.charCodeAt(node.raw.length - 1) === 110) {
          node.bigint = node.value != null ? node.value.toString() : node.raw.slice(0, -1).replace(/_/g, "");
        }
        this.next();
        return this.finishNode(node, "Literal");
      };
      pp$5.parseParenExpression = function() {
        this.expect(types$1.parenL);
        var val = this.parseExpression();
        this.expect(types$1.parenR);
        return val;
      };
      pp$5.shouldParseArrow = function(exprList) {
        return !this.canInsertSemicolon();
      };
      pp$5.parseParenAndDistinguishExpression = function(canBeArrow, forInit) {
        var startPos = this.start, startLoc = this.startLoc, val, allowTrailingComma = this.options.ecmaVersion >= 8;
        if (this.options.ecmaVersion >= 6) {
          this.next();
          var innerStartPos = this.start, innerStartLoc = this.startLoc;
          var exprList = [], first = true, lastIsComma = false;
          var refDestructuringErrors = new DestructuringErrors(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, spreadStart;
          this.yieldPos = 0;
          this.awaitPos = 0;
          while (this.type !== types$1.parenR) {
            first ? first = false : this.expect(types$1.comma);
            if (allowTrailingComma && this.afterTrailingComma(types$1.parenR, true)) {
              lastIsComma = true;
              break;
            } else if (this.type === types$1.ellipsis) {
              spreadStart = this.start;
              exprList.push(this.parseParenItem(this.parseRestBinding()));
              if (this.type === types$1.comma) {
                this.raiseRecoverable(
                  this.start,
                  "Comma is not permitted after the rest element"
                );
              }
              break;
            } else {
              exprList.push(this.parseMaybeAssign(false, refDestructuringErrors, this.parseParenItem));
            }
          }
          var innerEndPos = this.lastTokEnd, innerEndLoc = this.lastTokEndLoc;
          this.expect(types$1.parenR);
          if (canBeArrow && this.shouldParseArrow(exprList) && this.eat(types$1.arrow)) {
            this.checkPatternErrors(refDestructuringErrors, false);
            this.checkYieldAwaitInDefaultParams();
            this.yieldPos = oldYieldPos;
            this.awaitPos = oldAwaitPos;
            return this.parseParenArrowList(startPos, startLoc, exprList, forInit);
          }
          if (!exprList.length || lastIsComma) {
            this.unexpected(this.lastTokStart);
          }
          if (spreadStart) {
            this.unexpected(spreadStart);
          }
          this.checkExpressionErrors(refDestructuringErrors, true);
          this.yieldPos = oldYieldPos || this.yieldPos;
          this.awaitPos = oldAwaitPos || this.awaitPos;
          if (exprList.length > 1) {
            val = this.startNodeAt(innerStartPos, innerStartLoc);
            val.expressions = exprList;
            this.finishNodeAt(val, "SequenceExpression", innerEndPos, innerEndLoc);
          } else {
            val = exprList[0];
          }
        } else {
          val = this.parseParenExpression();
        }
        if (this.options.preserveParens) {
          var par = this.startNodeAt(startPos, startLoc);
          par.expression = val;
          return this.finishNode(par, "ParenthesizedExpression");
        } else {
          return val;
        }
      };
      pp$5.parseParenItem = function(item) {
        return item;
      };
      pp$5.parseParenArrowList = function(startPos, startLoc, exprList, forInit) {
        return this.parseArrowExpression(this.startNodeAt(startPos, startLoc), exprList, false, forInit);
      };
      var empty = [];
      pp$5.parseNew = function() {
        if (this.containsEsc) {
          this.raiseRecoverable(this.start, "Escape sequence in keyword new");
        }
        var node = this.startNode();
        this.next();
        if (this.options.ecmaVersion >= 6 && this.type === types$1.dot) {
          var meta = this.startNodeAt(node.start, node.loc && node.loc.start);
          meta.name = "new";
          node.meta = this.finishNode(meta, "Identifier");
          this.next();
          var containsEsc = this.containsEsc;
          node.property = this.parseIdent(true);
          if (node.property.name !== "target") {
            this.raiseRecoverable(node.property.start, "The only valid meta property for new is 'new.target'");
          }
          if (containsEsc) {
            this.raiseRecoverable(node.start, "'new.target' must not contain escaped characters");
          }
          if (!this.allowNewDotTarget) {
            this.raiseRecoverable(node.start, "'new.target' can only be used in functions and class static block");
          }
          return this.finishNode(node, "MetaProperty");
        }
        var startPos = this.start, startLoc = this.startLoc;
        node.callee = this.parseSubscripts(this.parseExprAtom(null, false, true), startPos, startLoc, true, false);
        if (node.callee.type === "Super") {
          this.raiseRecoverable(startPos, "Invalid use of 'super'");
        }
        if (this.eat(types$1.parenL)) {
          node.arguments = this.parseExprList(types$1.parenR, this.options.ecmaVersion >= 8, false);
        } else {
          node.arguments = empty;
        }
        return this.finishNode(node, "NewExpression");
      };
      pp$5.parseTemplateElement = function(ref2) {
        var isTagged = ref2.isTagged;
        var elem = this.startNode();
        if (this.type === types$1.invalidTemplate) {
          if (!isTagged) {
            this.raiseRecoverable(this.start, "Bad escape sequence in untagged template literal");
          }
          elem.value = {
            raw: this.value.replace(/\r\n?/g, "\n"),
            cooked: null
          };
        } else {
          elem.value = {
            raw: this.input.slice(this.start, this.end).replace(/\r\n?/g, "\n"),
            cooked: this.value
          };
        }
        this.next();
        elem.tail = this.type === types$1.backQuote;
        return this.finishNode(elem, "TemplateElement");
      };
      pp$5.parseTemplate = function(ref2) {
        if (ref2 === void 0) ref2 = {};
        var isTagged = ref2.isTagged;
        if (isTagged === void 0) isTagged = false;
        var node = this.startNode();
        this.next();
        node.expressions = [];
        var curElt = this.parseTemplateElement({ isTagged });
        node.quasis = [curElt];
        while (!curElt.tail) {
          if (this.type === types$1.eof) {
            this.raise(this.pos, "Unterminated template literal");
          }
          this.expect(types$1.dollarBraceL);
          node.expressions.push(this.parseExpression());
          this.expect(types$1.braceR);
          node.quasis.push(curElt = this.parseTemplateElement({ isTagged }));
        }
        this.next();
        return this.finishNode(node, "TemplateLiteral");
      };
      pp$5.isAsyncProp = function(prop) {
        return !prop.computed && prop.key.type === "Identifier" && prop.key.name === "async" && (this.type === types$1.name || this.type === types$1.num || this.type === types$1.string || this.type === types$1.bracketL || this.type.keyword || this.options.ecmaVersion >= 9 && this.type === types$1.star) && !lineBreak.test(this.input.slice(this.lastTokEnd, this.start));
      };
      pp$5.parseObj = function(isPattern, refDestructuringErrors) {
        var node = this.startNode(), first = true, propHash = {};
        node.properties = [];
        this.next();
        while (!this.eat(types$1.braceR)) {
          if (!first) {
            this.expect(types$1.comma);
            if (this.options.ecmaVersion >= 5 && this.afterTrailingComma(types$1.braceR)) {
              break;
            }
          } else {
            first = false;
          }
          var prop = this.parseProperty(isPattern, refDestructuringErrors);
          if (!isPattern) {
            this.checkPropClash(prop, propHash, refDestructuringErrors);
          }
          node.properties.push(prop);
        }
        return this.finishNode(node, isPattern ? "ObjectPattern" : "ObjectExpression");
      };
      pp$5.parseProperty = function(isPattern, refDestructuringErrors) {
        var prop = this.startNode(), isGenerator, isAsync, startPos, startLoc;
        if (this.options.ecmaVersion >= 9 && this.eat(types$1.ellipsis)) {
          if (isPattern) {
            prop.argument = this.parseIdent(false);
            if (this.type === types$1.comma) {
              this.raiseRecoverable(this.start, "Comma is not permitted after the rest element");
            }
            return this.finishNode(prop, "RestElement");
          }
          prop.argument = this.parseMaybeAssign(false, refDestructuringErrors);
          if (this.type === types$1.comma && refDestructuringErrors && refDestructuringErrors.trailingComma < 0) {
            refDestructuringErrors.trailingComma = this.start;
          }
          return this.finishNode(prop, "SpreadElement");
        }
        if (this.options.ecmaVersion >= 6) {
          prop.method = false;
          prop.shorthand = false;
          if (isPattern || refDestructuringErrors) {
            startPos = this.start;
            startLoc = this.startLoc;
          }
          if (!isPattern) {
            isGenerator = this.eat(types$1.star);
          }
        }
        var containsEsc = this.containsEsc;
        this.parsePropertyName(prop);
        if (!isPattern && !containsEsc && this.options.ecmaVersion >= 8 && !isGenerator && this.isAsyncProp(prop)) {
          isAsync = true;
          isGenerator = this.options.ecmaVersion >= 9 && this.eat(types$1.star);
          this.parsePropertyName(prop);
        } else {
          isAsync = false;
        }
        this.parsePropertyValue(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc);
        return this.finishNode(prop, "Property");
      };
      pp$5.parseGetterSetter = function(prop) {
        var kind = prop.key.name;
        this.parsePropertyName(prop);
        prop.value = this.parseMethod(false);
        prop.kind = kind;
        var paramCount = prop.kind === "get" ? 0 : 1;
        if (prop.value.params.length !== paramCount) {
          var start = prop.value.start;
          if (prop.kind === "get") {
            this.raiseRecoverable(start, "getter should have no params");
          } else {
            this.raiseRecoverable(start, "setter should have exactly one param");
          }
        } else {
          if (prop.kind === "set" && prop.value.params[0].type === "RestElement") {
            this.raiseRecoverable(prop.value.params[0].start, "Setter cannot use rest params");
          }
        }
      };
      pp$5.parsePropertyValue = function(prop, isPattern, isGenerator, isAsync, startPos, startLoc, refDestructuringErrors, containsEsc) {
        if ((isGenerator || isAsync) && this.type === types$1.colon) {
          this.unexpected();
        }
        if (this.eat(types$1.colon)) {
          prop.value = isPattern ? this.parseMaybeDefault(this.start, this.startLoc) : this.parseMaybeAssign(false, refDestructuringErrors);
          prop.kind = "init";
        } else if (this.options.ecmaVersion >= 6 && this.type === types$1.parenL) {
          if (isPattern) {
            this.unexpected();
          }
          prop.method = true;
          prop.value = this.parseMethod(isGenerator, isAsync);
          prop.kind = "init";
        } else if (!isPattern && !containsEsc && this.options.ecmaVersion >= 5 && !prop.computed && prop.key.type === "Identifier" && (prop.key.name === "get" || prop.key.name === "set") && (this.type !== types$1.comma && this.type !== types$1.braceR && this.type !== types$1.eq)) {
          if (isGenerator || isAsync) {
            this.unexpected();
          }
          this.parseGetterSetter(prop);
        } else if (this.options.ecmaVersion >= 6 && !prop.computed && prop.key.type === "Identifier") {
          if (isGenerator || isAsync) {
            this.unexpected();
          }
          this.checkUnreserved(prop.key);
          if (prop.key.name === "await" && !this.awaitIdentPos) {
            this.awaitIdentPos = startPos;
          }
          if (isPattern) {
            prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
          } else if (this.type === types$1.eq && refDestructuringErrors) {
            if (refDestructuringErrors.shorthandAssign < 0) {
              refDestructuringErrors.shorthandAssign = this.start;
            }
            prop.value = this.parseMaybeDefault(startPos, startLoc, this.copyNode(prop.key));
          } else {
            prop.value = this.copyNode(prop.key);
          }
          prop.kind = "init";
          prop.shorthand = true;
        } else {
          this.unexpected();
        }
      };
      pp$5.parsePropertyName = function(prop) {
        if (this.options.ecmaVersion >= 6) {
          if (this.eat(types$1.bracketL)) {
            prop.computed = true;
            prop.key = this.parseMaybeAssign();
            this.expect(types$1.bracketR);
            return prop.key;
          } else {
            prop.computed = false;
          }
        }
        return prop.key = this.type === types$1.num || this.type === types$1.string ? this.parseExprAtom() : this.parseIdent(this.options.allowReserved !== "never");
      };
      pp$5.initFunction = function(node) {
        node.id = null;
        if (this.options.ecmaVersion >= 6) {
          node.generator = node.expression = false;
        }
        if (this.options.ecmaVersion >= 8) {
          node.async = false;
        }
      };
      pp$5.parseMethod = function(isGenerator, isAsync, allowDirectSuper) {
        var node = this.startNode(), oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
        this.initFunction(node);
        if (this.options.ecmaVersion >= 6) {
          node.generator = isGenerator;
        }
        if (this.options.ecmaVersion >= 8) {
          node.async = !!isAsync;
        }
        this.yieldPos = 0;
        this.awaitPos = 0;
        this.awaitIdentPos = 0;
        this.enterScope(functionFlags(isAsync, node.generator) | SCOPE_SUPER | (allowDirectSuper ? SCOPE_DIRECT_SUPER : 0));
        this.expect(types$1.parenL);
        node.params = this.parseBindingList(types$1.parenR, false, this.options.ecmaVersion >= 8);
        this.checkYieldAwaitInDefaultParams();
        this.parseFunctionBody(node, false, true, false);
        this.yieldPos = oldYieldPos;
        this.awaitPos = oldAwaitPos;
        this.awaitIdentPos = oldAwaitIdentPos;
        return this.finishNode(node, "FunctionExpression");
      };
      pp$5.parseArrowExpression = function(node, params, isAsync, forInit) {
        var oldYieldPos = this.yieldPos, oldAwaitPos = this.awaitPos, oldAwaitIdentPos = this.awaitIdentPos;
        this.enterScope(functionFlags(isAsync, false) | SCOPE_ARROW);
        this.initFunction(node);
        if (this.options.ecmaVersion >= 8) {
          node.async = !!isAsync;
        }
        this.yieldPos = 0;
        this.awaitPos = 0;
        this.awaitIdentPos = 0;
        node.params = this.toAssignableList(params, true);
        this.parseFunctionBody(node, true, false, forInit);
        this.yieldPos = oldYieldPos;
        this.awaitPos = oldAwaitPos;
        this.awaitIdentPos = oldAwaitIdentPos;
        return this.finishNode(node, "ArrowFunctionExpression");
      };
      pp$5.parseFunctionBody = function(node, isArrowFunction, isMethod, forInit) {
        var isExpression = isArrowFunction && this.type !== types$1.braceL;
        var oldStrict = this.strict, useStrict = false;
        if (isExpression) {
          node.body = this.parseMaybeAssign(forInit);
          node.expression = true;
          this.checkParams(node, false);
        } else {
          var nonSimple = this.options.ecmaVersion >= 7 && !this.isSimpleParamList(node.params);
          if (!oldStrict || nonSimple) {
            useStrict = this.strictDirective(this.end);
            if (useStrict && nonSimple) {
              this.raiseRecoverable(node.start, "Illegal 'use strict' directive in function with non-simple parameter list");
            }
          }
          var oldLabels = this.labels;
          this.labels = [];
          if (useStrict) {
            this.strict = true;
          }
          this.checkParams(node, !oldStrict && !useStrict && !isArrowFunction && !isMethod && this.isSimpleParamList(node.params));
          if (this.strict && node.id) {
            this.checkLValSimple(node.id, BIND_OUTSIDE);
          }
          node.body = this.parseBlock(false, void 0, useStrict && !oldStrict);
          node.expression = false;
          this.adaptDirectivePrologue(node.body.body);
          this.labels = oldLabels;
        }
        this.exitScope();
      };
      pp$5.isSimpleParamList = function(params) {
        for (var i2 = 0, list2 = params; i2 < list2.length; i2 += 1) {
          var param = list2[i2];
          if (param.type !== "Identifier") {
            return false;
          }
        }
        return true;
      };
      pp$5.checkParams = function(node, allowDuplicates) {
        var nameHash = /* @__PURE__ */ Object.create(null);
        for (var i2 = 0, list2 = node.params; i2 < list2.length; i2 += 1) {
          var param = list2[i2];
          this.checkLValInnerPattern(param, BIND_VAR, allowDuplicates ? null : nameHash);
        }
      };
      pp$5.parseExprList = function(close, allowTrailingComma, allowEmpty, refDestructuringErrors) {
        var elts = [], first = true;
        while (!this.eat(close)) {
          if (!first) {
            this.expect(types$1.comma);
            if (allowTrailingComma && this.afterTrailingComma(close)) {
              break;
            }
          } else {
            first = false;
          }
          var elt = void 0;
          if (allowEmpty && this.type === types$1.comma) {
            elt = null;
          } else if (this.type === types$1.ellipsis) {
            elt = this.parseSpread(refDestructuringErrors);
            if (refDestructuringErrors && this.type === types$1.comma && refDestructuringErrors.trailingComma < 0) {
              refDestructuringErrors.trailingComma = this.start;
            }
          } else {
            elt = this.parseMaybeAssign(false, refDestructuringErrors);
          }
          elts.push(elt);
        }
        return elts;
      };
      pp$5.checkUnreserved = function(ref2) {
        var start = ref2.start;
        var end = ref2.end;
        var name = ref2.name;
        if (this.inGenerator && name === "yield") {
          this.raiseRecoverable(start, "Cannot use 'yield' as identifier inside a generator");
        }
        if (this.inAsync && name === "await") {
          this.raiseRecoverable(start, "Cannot use 'await' as identifier inside an async function");
        }
        if (!(this.currentThisScope().flags & SCOPE_VAR) && name === "arguments") {
          this.raiseRecoverable(start, "Cannot use 'arguments' in class field initializer");
        }
        if (this.inClassStaticBlock && (name === "arguments" || name === "await")) {
          this.raise(start, "Cannot use " + name + " in class static initialization block");
        }
        if (this.keywords.test(name)) {
          this.raise(start, "Unexpected keyword '" + name + "'");
        }
        if (this.options.ecmaVersion < 6 && this.input.slice(start, end).indexOf("\\") !== -1) {
          return;
        }
        var re = this.strict ? this.reservedWordsStrict : this.reservedWords;
        if (re.test(name)) {
          if (!this.inAsync && name === "await") {
            this.raiseRecoverable(start, "Cannot use keyword 'await' outside an async function");
          }
          this.raiseRecoverable(start, "The keyword '" + name + "' is reserved");
        }
      };
      pp$5.parseIdent = function(liberal) {
        var node = this.parseIdentNode();
        this.next(!!liberal);
        this.finishNode(node, "Identifier");
        if (!liberal) {
          this.checkUnreserved(node);
          if (node.name === "await" && !this.awaitIdentPos) {
            this.awaitIdentPos = node.start;
          }
        }
        return node;
      };
      pp$5.parseIdentNode = function() {
        var node = this.startNode();
        if (this.type === types$1.name) {
          node.name = this.value;
        } else if (this.type.keyword) {
          node.name = this.type.keyword;
          if ((node.name === "class" || node.name === "function") && (this.lastTokEnd !== this.lastTokStart + 1 || this.input.charCodeAt(this.lastTokStart) !== 46)) {
            this.context.pop();
          }
          this.type = types$1.name;
        } else {
          this.unexpected();
        }
        return node;
      };
      pp$5.parsePrivateIdent = function() {
        var node = this.startNode();
        if (this.type === types$1.privateId) {
          node.name = this.value;
        } else {
          this.unexpected();
        }
        this.next();
        this.finishNode(node, "PrivateIdentifier");
        if (this.options.checkPrivateFields) {
          if (this.privateNameStack.length === 0) {
            this.raise(node.start, "Private field '#" + node.name + "' must be declared in an enclosing class");
          } else {
            this.privateNameStack[this.privateNameStack.length - 1].used.push(node);
          }
        }
        return node;
      };
      pp$5.parseYield = function(forInit) {
        if (!this.yieldPos) {
          this.yieldPos = this.start;
        }
        var node = this.startNode();
        this.next();
        if (this.type === types$1.semi || this.canInsertSemicolon() || this.type !== types$1.star && !this.type.startsExpr) {
          node.delegate = false;
          node.argument = null;
        } else {
          node.delegate = this.eat(types$1.star);
          node.argument = this.parseMaybeAssign(forInit);
        }
        return this.finishNode(node, "YieldExpression");
      };
      pp$5.parseAwait = function(forInit) {
        if (!this.awaitPos) {
          this.awaitPos = this.start;
        }
        var node = this.startNode();
        this.next();
        node.argument = this.parseMaybeUnary(null, true, false, forInit);
        return this.finishNode(node, "AwaitExpression");
      };
      var pp$4 = Parser.prototype;
      pp$4.raise = function(pos, message) {
        var loc = getLineInfo(this.input, pos);
        message += " (" + loc.line + ":" + loc.column + ")";
        if (this.sourceFile) {
          message += " in " + this.sourceFile;
        }
        var err = new SyntaxError(message);
        err.pos = pos;
        err.loc = loc;
        err.raisedAt = this.pos;
        throw err;
      };
      pp$4.raiseRecoverable = pp$4.raise;
      pp$4.curPosition = function() {
        if (this.options.locations) {
          return new Position(this.curLine, this.pos - this.lineStart);
        }
      };
      var pp$3 = Parser.prototype;
      var Scope = /* @__PURE__ */ __name(function Scope2(flags) {
        this.flags = flags;
        this.var = [];
        this.lexical = [];
        this.functions = [];
      }, "Scope");
      pp$3.enterScope = function(flags) {
        this.scopeStack.push(new Scope(flags));
      };
      pp$3.exitScope = function() {
        this.scopeStack.pop();
      };
      pp$3.treatFunctionsAsVarInScope = function(scope) {
        return scope.flags & SCOPE_FUNCTION || !this.inModule && scope.flags & SCOPE_TOP;
      };
      pp$3.declareName = function(name, bindingType, pos) {
        var redeclared = false;
        if (bindingType === BIND_LEXICAL) {
          var scope = this.currentScope();
          redeclared = scope.lexical.indexOf(name) > -1 || scope.functions.indexOf(name) > -1 || scope.var.indexOf(name) > -1;
          scope.lexical.push(name);
          if (this.inModule && scope.flags & SCOPE_TOP) {
            delete this.undefinedExports[name];
          }
        } else if (bindingType === BIND_SIMPLE_CATCH) {
          var scope$1 = this.currentScope();
          scope$1.lexical.push(name);
        } else if (bindingType === BIND_FUNCTION) {
          var scope$2 = this.currentScope();
          if (this.treatFunctionsAsVar) {
            redeclared = scope$2.lexical.indexOf(name) > -1;
          } else {
            redeclared = scope$2.lexical.indexOf(name) > -1 || scope$2.var.indexOf(name) > -1;
          }
          scope$2.functions.push(name);
        } else {
          for (var i2 = this.scopeStack.length - 1; i2 >= 0; --i2) {
            var scope$3 = this.scopeStack[i2];
            if (scope$3.lexical.indexOf(name) > -1 && !(scope$3.flags & SCOPE_SIMPLE_CATCH && scope$3.lexical[0] === name) || !this.treatFunctionsAsVarInScope(scope$3) && scope$3.functions.indexOf(name) > -1) {
              redeclared = true;
              break;
            }
            scope$3.var.push(name);
            if (this.inModule && scope$3.flags & SCOPE_TOP) {
              delete this.undefinedExports[name];
            }
            if (scope$3.flags & SCOPE_VAR) {
              break;
            }
          }
        }
        if (redeclared) {
          this.raiseRecoverable(pos, "Identifier '" + name + "' has already been declared");
        }
      };
      pp$3.checkLocalExport = function(id) {
        if (this.scopeStack[0].lexical.indexOf(id.name) === -1 && this.scopeStack[0].var.indexOf(id.name) === -1) {
          this.undefinedExports[id.name] = id;
        }
      };
      pp$3.currentScope = function() {
        return this.scopeStack[this.scopeStack.length - 1];
      };
      pp$3.currentVarScope = function() {
        for (var i2 = this.scopeStack.length - 1; ; i2--) {
          var scope = this.scopeStack[i2];
          if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK)) {
            return scope;
          }
        }
      };
      pp$3.currentThisScope = function() {
        for (var i2 = this.scopeStack.length - 1; ; i2--) {
          var scope = this.scopeStack[i2];
          if (scope.flags & (SCOPE_VAR | SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK) && !(scope.flags & SCOPE_ARROW)) {
            return scope;
          }
        }
      };
      var Node = /* @__PURE__ */ __name(function Node2(parser, pos, loc) {
        this.type = "";
        this.start = pos;
        this.end = 0;
        if (parser.options.locations) {
          this.loc = new SourceLocation(parser, loc);
        }
        if (parser.options.directSourceFile) {
          this.sourceFile = parser.options.directSourceFile;
        }
        if (parser.options.ranges) {
          this.range = [pos, 0];
        }
      }, "Node");
      var pp$2 = Parser.prototype;
      pp$2.startNode = function() {
        return new Node(this, this.start, this.startLoc);
      };
      pp$2.startNodeAt = function(pos, loc) {
        return new Node(this, pos, loc);
      };
      function finishNodeAt(node, type, pos, loc) {
        node.type = type;
        node.end = pos;
        if (this.options.locations) {
          node.loc.end = loc;
        }
        if (this.options.ranges) {
          node.range[1] = pos;
        }
        return node;
      }
      __name(finishNodeAt, "finishNodeAt");
      pp$2.finishNode = function(node, type) {
        return finishNodeAt.call(this, node, type, this.lastTokEnd, this.lastTokEndLoc);
      };
      pp$2.finishNodeAt = function(node, type, pos, loc) {
        return finishNodeAt.call(this, node, type, pos, loc);
      };
      pp$2.copyNode = function(node) {
        var newNode = new Node(this, node.start, this.startLoc);
        for (var prop in node) {
          newNode[prop] = node[prop];
        }
        return newNode;
      };
      var scriptValuesAddedInUnicode = "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz";
      var ecma9BinaryProperties = "ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space XID_Continue XIDC XID_Start XIDS";
      var ecma10BinaryProperties = ecma9BinaryProperties + " Extended_Pictographic";
      var ecma11BinaryProperties = ecma10BinaryProperties;
      var ecma12BinaryProperties = ecma11BinaryProperties + " EBase EComp EMod EPres ExtPict";
      var ecma13BinaryProperties = ecma12BinaryProperties;
      var ecma14BinaryProperties = ecma13BinaryProperties;
      var unicodeBinaryProperties = {
        9: ecma9BinaryProperties,
        10: ecma10BinaryProperties,
        11: ecma11BinaryProperties,
        12: ecma12BinaryProperties,
        13: ecma13BinaryProperties,
        14: ecma14BinaryProperties
      };
      var ecma14BinaryPropertiesOfStrings = "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji";
      var unicodeBinaryPropertiesOfStrings = {
        9: "",
        10: "",
        11: "",
        12: "",
        13: "",
        14: ecma14BinaryPropertiesOfStrings
      };
      var unicodeGeneralCategoryValues = "Cased_Letter LC Close_Punctuation Pe Connector_Punctuation Pc Control Cc cntrl Currency_Symbol Sc Dash_Punctuation Pd Decimal_Number Nd digit Enclosing_Mark Me Final_Punctuation Pf Format Cf Initial_Punctuation Pi Letter L Letter_Number Nl Line_Separator Zl Lowercase_Letter Ll Mark M Combining_Mark Math_Symbol Sm Modifier_Letter Lm Modifier_Symbol Sk Nonspacing_Mark Mn Number N Open_Punctuation Ps Other C Other_Letter Lo Other_Number No Other_Punctuation Po Other_Symbol So Paragraph_Separator Zp Private_Use Co Punctuation P punct Separator Z Space_Separator Zs Spacing_Mark Mc Surrogate Cs Symbol S Titlecase_Letter Lt Unassigned Cn Uppercase_Letter Lu";
      var ecma9ScriptValues = "Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian Aghb Chakma Cakm Cham Cham Cherokee Cher Common Zyyy Coptic Copt Qaac Cuneiform Xsux Cypriot Cprt Cyrillic Cyrl Deseret Dsrt Devanagari Deva Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Ethiopic Ethi Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr Gurmukhi Guru Han Hani Hangul Hang Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda Katakana Kana Kayah_Li Kali Kharoshthi Khar Khmer Khmr Khojki Khoj Khudawadi Sind Lao Laoo Latin Latn Lepcha Lepc Limbu Limb Linear_A Lina Linear_B Linb Lisu Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat New_Tai_Lue Talu Newa Newa Nko Nkoo Nushu Nshu Ogham Ogam Ol_Chiki Olck Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb Old_Permic Perm Old_Persian Xpeo Old_South_Arabian Sarb Old_Turkic Orkh Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala Sinh Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Syloti_Nagri Sylo Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil Taml Tangut Tang Telugu Telu Thaana Thaa Thai Thai Tibetan Tibt Tifinagh Tfng Tirhuta Tirh Ugaritic Ugar Vai Vaii Warang_Citi Wara Yi Yiii Zanabazar_Square Zanb";
      var ecma10ScriptValues = ecma9ScriptValues + " Dogra Dogr Gunjala_Gondi Gong Hanifi_Rohingya Rohg Makasar Maka Medefaidrin Medf Old_Sogdian Sogo Sogdian Sogd";
      var ecma11ScriptValues = ecma10ScriptValues + " Elymaic Elym Nandinagari Nand Nyiakeng_Puachue_Hmong Hmnp Wancho Wcho";
      var ecma12ScriptValues = ecma11ScriptValues + " Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi";
      var ecma13ScriptValues = ecma12ScriptValues + " Cypro_Minoan Cpmn Old_Uyghur Ougr Tangsa Tnsa Toto Vithkuqi Vith";
      var ecma14ScriptValues = ecma13ScriptValues + " " + scriptValuesAddedInUnicode;
      var unicodeScriptValues = {
        9: ecma9ScriptValues,
        10: ecma10ScriptValues,
        11: ecma11ScriptValues,
        12: ecma12ScriptValues,
        13: ecma13ScriptValues,
        14: ecma14ScriptValues
      };
      var data = {};
      function buildUnicodeData(ecmaVersion2) {
        var d = data[ecmaVersion2] = {
          binary: wordsRegexp(unicodeBinaryProperties[ecmaVersion2] + " " + unicodeGeneralCategoryValues),
          binaryOfStrings: wordsRegexp(unicodeBinaryPropertiesOfStrings[ecmaVersion2]),
          nonBinary: {
            General_Category: wordsRegexp(unicodeGeneralCategoryValues),
            Script: wordsRegexp(unicodeScriptValues[ecmaVersion2])
          }
        };
        d.nonBinary.Script_Extensions = d.nonBinary.Script;
        d.nonBinary.gc = d.nonBinary.General_Category;
        d.nonBinary.sc = d.nonBinary.Script;
        d.nonBinary.scx = d.nonBinary.Script_Extensions;
      }
      __name(buildUnicodeData, "buildUnicodeData");
      for (var i = 0, list = [9, 10, 11, 12, 13, 14]; i < list.length; i += 1) {
        var ecmaVersion = list[i];
        buildUnicodeData(ecmaVersion);
      }
      var pp$1 = Parser.prototype;
      var BranchID = /* @__PURE__ */ __name(function BranchID2(parent, base) {
        this.parent = parent;
        this.base = base || this;
      }, "BranchID");
      BranchID.prototype.separatedFrom = /* @__PURE__ */ __name(function separatedFrom(alt) {
        for (var self2 = this; self2; self2 = self2.parent) {
          for (var other = alt; other; other = other.parent) {
            if (self2.base === other.base && self2 !== other) {
              return true;
            }
          }
        }
        return false;
      }, "separatedFrom");
      BranchID.prototype.sibling = /* @__PURE__ */ __name(function sibling() {
        return new BranchID(this.parent, this.base);
      }, "sibling");
      var RegExpValidationState = /* @__PURE__ */ __name(function RegExpValidationState2(parser) {
        this.parser = parser;
        this.validFlags = "gim" + (parser.options.ecmaVersion >= 6 ? "uy" : "") + (parser.options.ecmaVersion >= 9 ? "s" : "") + (parser.options.ecmaVersion >= 13 ? "d" : "") + (parser.options.ecmaVersion >= 15 ? "v" : "");
        this.unicodeProperties = data[parser.options.ecmaVersion >= 14 ? 14 : parser.options.ecmaVersion];
        this.source = "";
        this.flags = "";
        this.start = 0;
        this.switchU = false;
        this.switchV = false;
        this.switchN = false;
        this.pos = 0;
        this.lastIntValue = 0;
        this.lastStringValue = "";
        this.lastAssertionIsQuantifiable = false;
        this.numCapturingParens = 0;
        this.maxBackReference = 0;
        this.groupNames = /* @__PURE__ */ Object.create(null);
        this.backReferenceNames = [];
        this.branchID = null;
      }, "RegExpValidationState");
      RegExpValidationState.prototype.reset = /* @__PURE__ */ __name(function reset(start, pattern, flags) {
        var unicodeSets = flags.indexOf("v") !== -1;
        var unicode = flags.indexOf("u") !== -1;
        this.start = start | 0;
        this.source = pattern + "";
        this.flags = flags;
        if (unicodeSets && this.parser.options.ecmaVersion >= 15) {
          this.switchU = true;
          this.switchV = true;
          this.switchN = true;
        } else {
          this.switchU = unicode && this.parser.options.ecmaVersion >= 6;
          this.switchV = false;
          this.switchN = unicode && this.parser.options.ecmaVersion >= 9;
        }
      }, "reset");
      RegExpValidationState.prototype.raise = /* @__PURE__ */ __name(function raise(message) {
        this.parser.raiseRecoverable(this.start, "Invalid regular expression: /" + this.source + "/: " + message);
      }, "raise");
      RegExpValidationState.prototype.at = /* @__PURE__ */ __name(function at(i2, forceU) {
        if (forceU === void 0) forceU = false;
        var s = this.source;
        var l = s.length;
        if (i2 >= l) {
          return -1;
        }
        var c = s.charCodeAt(i2);
        if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i2 + 1 >= l) {
          return c;
        }
        var next = s.charCodeAt(i2 + 1);
        return next >= 56320 && next <= 57343 ? (c << 10) + next - 56613888 : c;
      }, "at");
      RegExpValidationState.prototype.nextIndex = /* @__PURE__ */ __name(function nextIndex(i2, forceU) {
        if (forceU === void 0) forceU = false;
        var s = this.source;
        var l = s.length;
        if (i2 >= l) {
          return l;
        }
        var c = s.charCodeAt(i2), next;
        if (!(forceU || this.switchU) || c <= 55295 || c >= 57344 || i2 + 1 >= l || (next = s.charCodeAt(i2 + 1)) < 56320 || next > 57343) {
          return i2 + 1;
        }
        return i2 + 2;
      }, "nextIndex");
      RegExpValidationState.prototype.current = /* @__PURE__ */ __name(function current(forceU) {
        if (forceU === void 0) forceU = false;
        return this.at(this.pos, forceU);
      }, "current");
      RegExpValidationState.prototype.lookahead = /* @__PURE__ */ __name(function lookahead(forceU) {
        if (forceU === void 0) forceU = false;
        return this.at(this.nextIndex(this.pos, forceU), forceU);
      }, "lookahead");
      RegExpValidationState.prototype.advance = /* @__PURE__ */ __name(function advance(forceU) {
        if (forceU === void 0) forceU = false;
        this.pos = this.nextIndex(this.pos, forceU);
      }, "advance");
      RegExpValidationState.prototype.eat = /* @__PURE__ */ __name(function eat(ch, forceU) {
        if (forceU === void 0) forceU = false;
        if (this.current(forceU) === ch) {
          this.advance(forceU);
          return true;
        }
        return false;
      }, "eat");
      RegExpValidationState.prototype.eatChars = /* @__PURE__ */ __name(function eatChars(chs, forceU) {
        if (forceU === void 0) forceU = false;
        var pos = this.pos;
        for (var i2 = 0, list2 = chs; i2 < list2.length; i2 += 1) {
          var ch = list2[i2];
          var current = this.at(pos, forceU);
          if (current === -1 || current !== ch) {
            return false;
          }
          pos = this.nextIndex(pos, forceU);
        }
        this.pos = pos;
        return true;
      }, "eatChars");
      pp$1.validateRegExpFlags = function(state) {
        var validFlags = state.validFlags;
        var flags = state.flags;
        var u = false;
        var v = false;
        for (var i2 = 0; i2 < flags.length; i2++) {
          var flag = flags.charAt(i2);
          if (validFlags.indexOf(flag) === -1) {
            this.raise(state.start, "Invalid regular expression flag");
          }
          if (flags.indexOf(flag, i2 + 1) > -1) {
            this.raise(state.start, "Duplicate regular expression flag");
          }
          if (flag === "u") {
            u = true;
          }
          if (flag === "v") {
            v = true;
          }
        }
        if (this.options.ecmaVersion >= 15 && u && v) {
          this.raise(state.start, "Invalid regular expression flag");
        }
      };
      function hasProp(obj) {
        for (var _ in obj) {
          return true;
        }
        return false;
      }
      __name(hasProp, "hasProp");
      pp$1.validateRegExpPattern = function(state) {
        this.regexp_pattern(state);
        if (!state.switchN && this.options.ecmaVersion >= 9 && hasProp(state.groupNames)) {
          state.switchN = true;
          this.regexp_pattern(state);
        }
      };
      pp$1.regexp_pattern = function(state) {
        state.pos = 0;
        state.lastIntValue = 0;
        state.lastStringValue = "";
        state.lastAssertionIsQuantifiable = false;
        state.numCapturingParens = 0;
        state.maxBackReference = 0;
        state.groupNames = /* @__PURE__ */ Object.create(null);
        state.backReferenceNames.length = 0;
        state.branchID = null;
        this.regexp_disjunction(state);
        if (state.pos !== state.source.length) {
          if (state.eat(
            41
            /* ) */
          )) {
            state.raise("Unmatched ')'");
          }
          if (state.eat(
            93
            /* ] */
          ) || state.eat(
            125
            /* } */
          )) {
            state.raise("Lone quantifier brackets");
          }
        }
        if (state.maxBackReference > state.numCapturingParens) {
          state.raise("Invalid escape");
        }
        for (var i2 = 0, list2 = state.backReferenceNames; i2 < list2.length; i2 += 1) {
          var name = list2[i2];
          if (!state.groupNames[name]) {
            state.raise("Invalid named capture referenced");
          }
        }
      };
      pp$1.regexp_disjunction = function(state) {
        var trackDisjunction = this.options.ecmaVersion >= 16;
        if (trackDisjunction) {
          state.branchID = new BranchID(state.branchID, null);
        }
        this.regexp_alternative(state);
        while (state.eat(
          124
          /* | */
        )) {
          if (trackDisjunction) {
            state.branchID = state.branchID.sibling();
          }
          this.regexp_alternative(state);
        }
        if (trackDisjunction) {
          state.branchID = state.branchID.parent;
        }
        if (this.regexp_eatQuantifier(state, true)) {
          state.raise("Nothing to repeat");
        }
        if (state.eat(
          123
          /* { */
        )) {
          state.raise("Lone quantifier brackets");
        }
      };
      pp$1.regexp_alternative = function(state) {
        while (state.pos < state.source.length && this.regexp_eatTerm(state)) {
        }
      };
      pp$1.regexp_eatTerm = function(state) {
        if (this.regexp_eatAssertion(state)) {
          if (state.lastAssertionIsQuantifiable && this.regexp_eatQuantifier(state)) {
            if (state.switchU) {
              state.raise("Invalid quantifier");
            }
          }
          return true;
        }
        if (state.switchU ? this.regexp_eatAtom(state) : this.regexp_eatExtendedAtom(state)) {
          this.regexp_eatQuantifier(state);
          return true;
        }
        return false;
      };
      pp$1.regexp_eatAssertion = function(state) {
        var start = state.pos;
        state.lastAssertionIsQuantifiable = false;
        if (state.eat(
          94
          /* ^ */
        ) || state.eat(
          36
          /* $ */
        )) {
          return true;
        }
        if (state.eat(
          92
          /* \ */
        )) {
          if (state.eat(
            66
            /* B */
          ) || state.eat(
            98
            /* b */
          )) {
            return true;
          }
          state.pos = start;
        }
        if (state.eat(
          40
          /* ( */
        ) && state.eat(
          63
          /* ? */
        )) {
          var lookbehind = false;
          if (this.options.ecmaVersion >= 9) {
            lookbehind = state.eat(
              60
              /* < */
            );
          }
          if (state.eat(
            61
            /* = */
          ) || state.eat(
            33
            /* ! */
          )) {
            this.regexp_disjunction(state);
            if (!state.eat(
              41
              /* ) */
            )) {
              state.raise("Unterminated group");
            }
            state.lastAssertionIsQuantifiable = !lookbehind;
            return true;
          }
        }
        state.pos = start;
        return false;
      };
      pp$1.regexp_eatQuantifier = function(state, noError) {
        if (noError === void 0) noError = false;
        if (this.regexp_eatQuantifierPrefix(state, noError)) {
          state.eat(
            63
            /* ? */
          );
          return true;
        }
        return false;
      };
      pp$1.regexp_eatQuantifierPrefix = function(state, noError) {
        return state.eat(
          42
          /* * */
        ) || state.eat(
          43
          /* + */
        ) || state.eat(
          63
          /* ? */
        ) || this.regexp_eatBracedQuantifier(state, noError);
      };
      pp$1.regexp_eatBracedQuantifier = function(state, noError) {
        var start = state.pos;
        if (state.eat(
          123
          /* { */
        )) {
          var min = 0, max = -1;
          if (this.regexp_eatDecimalDigits(state)) {
            min = state.lastIntValue;
            if (state.eat(
              44
              /* , */
            ) && this.regexp_eatDecimalDigits(state)) {
              max = state.lastIntValue;
            }
            if (state.eat(
              125
              /* } */
            )) {
              if (max !== -1 && max < min && !noError) {
                state.raise("numbers out of order in {} quantifier");
              }
              return true;
            }
          }
          if (state.switchU && !noError) {
            state.raise("Incomplete quantifier");
          }
          state.pos = start;
        }
        return false;
      };
      pp$1.regexp_eatAtom = function(state) {
        return this.regexp_eatPatternCharacters(state) || state.eat(
          46
          /* . */
        ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state);
      };
      pp$1.regexp_eatReverseSolidusAtomEscape = function(state) {
        var start = state.pos;
        if (state.eat(
          92
          /* \ */
        )) {
          if (this.regexp_eatAtomEscape(state)) {
            return true;
          }
          state.pos = start;
        }
        return false;
      };
      pp$1.regexp_eatUncapturingGroup = function(state) {
        var start = state.pos;
        if (state.eat(
          40
          /* ( */
        )) {
          if (state.eat(
            63
            /* ? */
          )) {
            if (this.options.ecmaVersion >= 16) {
              var addModifiers = this.regexp_eatModifiers(state);
              var hasHyphen = state.eat(
                45
                /* - */
              );
              if (addModifiers || hasHyphen) {
                for (var i2 = 0; i2 < addModifiers.length; i2++) {
                  var modifier = addModifiers.charAt(i2);
                  if (addModifiers.indexOf(modifier, i2 + 1) > -1) {
                    state.raise("Duplicate regular expression modifiers");
                  }
                }
                if (hasHyphen) {
                  var removeModifiers = this.regexp_eatModifiers(state);
                  if (!addModifiers && !removeModifiers && state.current() === 58) {
                    state.raise("Invalid regular expression modifiers");
                  }
                  for (var i$1 = 0; i$1 < removeModifiers.length; i$1++) {
                    var modifier$1 = removeModifiers.charAt(i$1);
                    if (removeModifiers.indexOf(modifier$1, i$1 + 1) > -1 || addModifiers.indexOf(modifier$1) > -1) {
                      state.raise("Duplicate regular expression modifiers");
                    }
                  }
                }
              }
            }
            if (state.eat(
              58
              /* : */
            )) {
              this.regexp_disjunction(state);
              if (state.eat(
                41
                /* ) */
              )) {
                return true;
              }
              state.raise("Unterminated group");
            }
          }
          state.pos = start;
        }
        return false;
      };
      pp$1.regexp_eatCapturingGroup = function(state) {
        if (state.eat(
          40
          /* ( */
        )) {
          if (this.options.ecmaVersion >= 9) {
            this.regexp_groupSpecifier(state);
          } else if (state.current() === 63) {
            state.raise("Invalid group");
          }
          this.regexp_disjunction(state);
          if (state.eat(
            41
            /* ) */
          )) {
            state.numCapturingParens += 1;
            return true;
          }
          state.raise("Unterminated group");
        }
        return false;
      };
      pp$1.regexp_eatModifiers = function(state) {
        var modifiers = "";
        var ch = 0;
        while ((ch = state.current()) !== -1 && isRegularExpressionModifier(ch)) {
          modifiers += codePointToString(ch);
          state.advance();
        }
        return modifiers;
      };
      function isRegularExpressionModifier(ch) {
        return ch === 105 || ch === 109 || ch === 115;
      }
      __name(isRegularExpressionModifier, "isRegularExpressionModifier");
      pp$1.regexp_eatExtendedAtom = function(state) {
        return state.eat(
          46
          /* . */
        ) || this.regexp_eatReverseSolidusAtomEscape(state) || this.regexp_eatCharacterClass(state) || this.regexp_eatUncapturingGroup(state) || this.regexp_eatCapturingGroup(state) || this.regexp_eatInvalidBracedQuantifier(state) || this.regexp_eatExtendedPatternCharacter(state);
      };
      pp$1.regexp_eatInvalidBracedQuantifier = function(state) {
        if (this.regexp_eatBracedQuantifier(state, true)) {
          state.raise("Nothing to repeat");
        }
        return false;
      };
      pp$1.regexp_eatSyntaxCharacter = function(state) {
        var ch = state.current();
        if (isSyntaxCharacter(ch)) {
          state.lastIntValue = ch;
          state.advance();
          return true;
        }
        return false;
      };
      function isSyntaxCharacter(ch) {
        return ch === 36 || ch >= 40 && ch <= 43 || ch === 46 || ch === 63 || ch >= 91 && ch <= 94 || ch >= 123 && ch <= 125;
      }
      __name(isSyntaxCharacter, "isSyntaxCharacter");
      pp$1.regexp_eatPatternCharacters = function(state) {
        var start = state.pos;
        var ch = 0;
        while ((ch = state.current()) !== -1 && !isSyntaxCharacter(ch)) {
          state.advance();
        }
        return state.pos !== start;
      };
      pp$1.regexp_eatExtendedPatternCharacter = function(state) {
        var ch = state.current();
        if (ch !== -1 && ch !== 36 && !(ch >= 40 && ch <= 43) && ch !== 46 && ch !== 63 && ch !== 91 && ch !== 94 && ch !== 124) {
          state.advance();
          return true;
        }
        return false;
      };
      pp$1.regexp_groupSpecifier = function(state) {
        if (state.eat(
          63
          /* ? */
        )) {
          if (!this.regexp_eatGroupName(state)) {
            state.raise("Invalid group");
          }
          var trackDisjunction = this.options.ecmaVersion >= 16;
          var known = state.groupNames[state.lastStringValue];
          if (known) {
            if (trackDisjunction) {
              for (var i2 = 0, list2 = known; i2 < list2.length; i2 += 1) {
                var altID = list2[i2];
                if (!altID.separatedFrom(state.branchID)) {
                  state.raise("Duplicate capture group name");
                }
              }
            } else {
              state.raise("Duplicate capture group name");
            }
          }
          if (trackDisjunction) {
            (known || (state.groupNames[state.lastStringValue] = [])).push(state.branchID);
          } else {
            state.groupNames[state.lastStringValue] = true;
          }
        }
      };
      pp$1.regexp_eatGroupName = function(state) {
        state.lastStringValue = "";
        if (state.eat(
          60
          /* < */
        )) {
          if (this.regexp_eatRegExpIdentifierName(state) && state.eat(
            62
            /* > */
          )) {
            return true;
          }
          state.raise("Invalid capture group name");
        }
        return false;
      };
      pp$1.regexp_eatRegExpIdentifierName = function(state) {
        state.lastStringValue = "";
        if (this.regexp_eatRegExpIdentifierStart(state)) {
          state.lastStringValue += codePointToString(state.lastIntValue);
          while (this.regexp_eatRegExpIdentifierPart(state)) {
            state.lastStringValue += codePointToString(state.lastIntValue);
          }
          return true;
        }
        return false;
      };
      pp$1.regexp_eatRegExpIdentifierStart = function(state) {
        var start = state.pos;
        var forceU = this.options.ecmaVersion >= 11;
        var ch = state.current(forceU);
        state.advance(forceU);
        if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
          ch = state.lastIntValue;
        }
        if (isRegExpIdentifierStart(ch)) {
          state.lastIntValue = ch;
          return true;
        }
        state.pos = start;
        return false;
      };
      function isRegExpIdentifierStart(ch) {
        return isIdentifierStart(ch, true) || ch === 36 || ch === 95;
      }
      __name(isRegExpIdentifierStart, "isRegExpIdentifierStart");
      pp$1.regexp_eatRegExpIdentifierPart = function(state) {
        var start = state.pos;
        var forceU = this.options.ecmaVersion >= 11;
        var ch = state.current(forceU);
        state.advance(forceU);
        if (ch === 92 && this.regexp_eatRegExpUnicodeEscapeSequence(state, forceU)) {
          ch = state.lastIntValue;
        }
        if (isRegExpIdentifierPart(ch)) {
          state.lastIntValue = ch;
          return true;
        }
        state.pos = start;
        return false;
      };
      function isRegExpIdentifierPart(ch) {
        return isIdentifierChar(ch, true) || ch === 36 || ch === 95 || ch === 8204 || ch === 8205;
      }
      __name(isRegExpIdentifierPart, "isRegExpIdentifierPart");
      pp$1.regexp_eatAtomEscape = function(state) {
        if (this.regexp_eatBackReference(state) || this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state) || state.switchN && this.regexp_eatKGroupName(state)) {
          return true;
        }
        if (state.switchU) {
          if (state.current() === 99) {
            state.raise("Invalid unicode escape");
          }
          state.raise("Invalid escape");
        }
        return false;
      };
      pp$1.regexp_eatBackReference = function(state) {
        var start = state.pos;
        if (this.regexp_eatDecimalEscape(state)) {
          var n = state.lastIntValue;
          if (state.switchU) {
            if (n > state.maxBackReference) {
              state.maxBackReference = n;
            }
            return true;
          }
          if (n <= state.numCapturingParens) {
            return true;
          }
          state.pos = start;
        }
        return false;
      };
      pp$1.regexp_eatKGroupName = function(state) {
        if (state.eat(
          107
          /* k */
        )) {
          if (this.regexp_eatGroupName(state)) {
            state.backReferenceNames.push(state.lastStringValue);
            return true;
          }
          state.raise("Invalid named reference");
        }
        return false;
      };
      pp$1.regexp_eatCharacterEscape = function(state) {
        return this.regexp_eatControlEscape(state) || this.regexp_eatCControlLetter(state) || this.regexp_eatZero(state) || this.regexp_eatHexEscapeSequence(state) || this.regexp_eatRegExpUnicodeEscapeSequence(state, false) || !state.switchU && this.regexp_eatLegacyOctalEscapeSequence(state) || this.regexp_eatIdentityEscape(state);
      };
      pp$1.regexp_eatCControlLetter = function(state) {
        var start = state.pos;
        if (state.eat(
          99
          /* c */
        )) {
          if (this.regexp_eatControlLetter(state)) {
            return true;
          }
          state.pos = start;
        }
        return false;
      };
      pp$1.regexp_eatZero = function(state) {
        if (state.current() === 48 && !isDecimalDigit(state.lookahead())) {
          state.lastIntValue = 0;
          state.advance();
          return true;
        }
        return false;
      };
      pp$1.regexp_eatControlEscape = function(state) {
        var ch = state.current();
        if (ch === 116) {
          state.lastIntValue = 9;
          state.advance();
          return true;
        }
        if (ch === 110) {
          state.lastIntValue = 10;
          state.advance();
          return true;
        }
        if (ch === 118) {
          state.lastIntValue = 11;
          state.advance();
          return true;
        }
        if (ch === 102) {
          state.lastIntValue = 12;
          state.advance();
          return true;
        }
        if (ch === 114) {
          state.lastIntValue = 13;
          state.advance();
          return true;
        }
        return false;
      };
      pp$1.regexp_eatControlLetter = function(state) {
        var ch = state.current();
        if (isControlLetter(ch)) {
          state.lastIntValue = ch % 32;
          state.advance();
          return true;
        }
        return false;
      };
      function isControlLetter(ch) {
        return ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122;
      }
      __name(isControlLetter, "isControlLetter");
      pp$1.regexp_eatRegExpUnicodeEscapeSequence = function(state, forceU) {
        if (forceU === void 0) forceU = false;
        var start = state.pos;
        var switchU = forceU || state.switchU;
        if (state.eat(
          117
          /* u */
        )) {
          if (this.regexp_eatFixedHexDigits(state, 4)) {
            var lead = state.lastIntValue;
            if (switchU && lead >= 55296 && lead <= 56319) {
              var leadSurrogateEnd = state.pos;
              if (state.eat(
                92
                /* \ */
              ) && state.eat(
                117
                /* u */
              ) && this.regexp_eatFixedHexDigits(state, 4)) {
                var trail = state.lastIntValue;
                if (trail >= 56320 && trail <= 57343) {
                  state.lastIntValue = (lead - 55296) * 1024 + (trail - 56320) + 65536;
                  return true;
                }
              }
              state.pos = leadSurrogateEnd;
              state.lastIntValue = lead;
            }
            return true;
          }
          if (switchU && state.eat(
            123
            /* { */
          ) && this.regexp_eatHexDigits(state) && state.eat(
            125
            /* } */
          ) && isValidUnicode(state.lastIntValue)) {
            return true;
          }
          if (switchU) {
            state.raise("Invalid unicode escape");
          }
          state.pos = start;
        }
        return false;
      };
      function isValidUnicode(ch) {
        return ch >= 0 && ch <= 1114111;
      }
      __name(isValidUnicode, "isValidUnicode");
      pp$1.regexp_eatIdentityEscape = function(state) {
        if (state.switchU) {
          if (this.regexp_eatSyntaxCharacter(state)) {
            return true;
          }
          if (state.eat(
            47
            /* / */
          )) {
            state.lastIntValue = 47;
            return true;
          }
          return false;
        }
        var ch = state.current();
        if (ch !== 99 && (!state.switchN || ch !== 107)) {
          state.lastIntValue = ch;
          state.advance();
          return true;
        }
        return false;
      };
      pp$1.regexp_eatDecimalEscape = function(state) {
        state.lastIntValue = 0;
        var ch = state.current();
        if (ch >= 49 && ch <= 57) {
          do {
            state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
            state.advance();
          } while ((ch = state.current()) >= 48 && ch <= 57);
          return true;
        }
        return false;
      };
      var CharSetNone = 0;
      var CharSetOk = 1;
      var CharSetString = 2;
      pp$1.regexp_eatCharacterClassEscape = function(state) {
        var ch = state.current();
        if (isCharacterClassEscape(ch)) {
          state.lastIntValue = -1;
          state.advance();
          return CharSetOk;
        }
        var negate = false;
        if (state.switchU && this.options.ecmaVersion >= 9 && ((negate = ch === 80) || ch === 112)) {
          state.lastIntValue = -1;
          state.advance();
          var result;
          if (state.eat(
            123
            /* { */
          ) && (result = this.regexp_eatUnicodePropertyValueExpression(state)) && state.eat(
            125
            /* } */
          )) {
            if (negate && result === CharSetString) {
              state.raise("Invalid property name");
            }
            return result;
          }
          state.raise("Invalid property name");
        }
        return CharSetNone;
      };
      function isCharacterClassEscape(ch) {
        return ch === 100 || ch === 68 || ch === 115 || ch === 83 || ch === 119 || ch === 87;
      }
      __name(isCharacterClassEscape, "isCharacterClassEscape");
      pp$1.regexp_eatUnicodePropertyValueExpression = function(state) {
        var start = state.pos;
        if (this.regexp_eatUnicodePropertyName(state) && state.eat(
          61
          /* = */
        )) {
          var name = state.lastStringValue;
          if (this.regexp_eatUnicodePropertyValue(state)) {
            var value = state.lastStringValue;
            this.regexp_validateUnicodePropertyNameAndValue(state, name, value);
            return CharSetOk;
          }
        }
        state.pos = start;
        if (this.regexp_eatLoneUnicodePropertyNameOrValue(state)) {
          var nameOrValue = state.lastStringValue;
          return this.regexp_validateUnicodePropertyNameOrValue(state, nameOrValue);
        }
        return CharSetNone;
      };
      pp$1.regexp_validateUnicodePropertyNameAndValue = function(state, name, value) {
        if (!hasOwn(state.unicodeProperties.nonBinary, name)) {
          state.raise("Invalid property name");
        }
        if (!state.unicodeProperties.nonBinary[name].test(value)) {
          state.raise("Invalid property value");
        }
      };
      pp$1.regexp_validateUnicodePropertyNameOrValue = function(state, nameOrValue) {
        if (state.unicodeProperties.binary.test(nameOrValue)) {
          return CharSetOk;
        }
        if (state.switchV && state.unicodeProperties.binaryOfStrings.test(nameOrValue)) {
          return CharSetString;
        }
        state.raise("Invalid property name");
      };
      pp$1.regexp_eatUnicodePropertyName = function(state) {
        var ch = 0;
        state.lastStringValue = "";
        while (isUnicodePropertyNameCharacter(ch = state.current())) {
          state.lastStringValue += codePointToString(ch);
          state.advance();
        }
        return state.lastStringValue !== "";
      };
      function isUnicodePropertyNameCharacter(ch) {
        return isControlLetter(ch) || ch === 95;
      }
      __name(isUnicodePropertyNameCharacter, "isUnicodePropertyNameCharacter");
      pp$1.regexp_eatUnicodePropertyValue = function(state) {
        var ch = 0;
        state.lastStringValue = "";
        while (isUnicodePropertyValueCharacter(ch = state.current())) {
          state.lastStringValue += codePointToString(ch);
          state.advance();
        }
        return state.lastStringValue !== "";
      };
      function isUnicodePropertyValueCharacter(ch) {
        return isUnicodePropertyNameCharacter(ch) || isDecimalDigit(ch);
      }
      __name(isUnicodePropertyValueCharacter, "isUnicodePropertyValueCharacter");
      pp$1.regexp_eatLoneUnicodePropertyNameOrValue = function(state) {
        return this.regexp_eatUnicodePropertyValue(state);
      };
      pp$1.regexp_eatCharacterClass = function(state) {
        if (state.eat(
          91
          /* [ */
        )) {
          var negate = state.eat(
            94
            /* ^ */
          );
          var result = this.regexp_classContents(state);
          if (!state.eat(
            93
            /* ] */
          )) {
            state.raise("Unterminated character class");
          }
          if (negate && result === CharSetString) {
            state.raise("Negated character class may contain strings");
          }
          return true;
        }
        return false;
      };
      pp$1.regexp_classContents = function(state) {
        if (state.current() === 93) {
          return CharSetOk;
        }
        if (state.switchV) {
          return this.regexp_classSetExpression(state);
        }
        this.regexp_nonEmptyClassRanges(state);
        return CharSetOk;
      };
      pp$1.regexp_nonEmptyClassRanges = function(state) {
        while (this.regexp_eatClassAtom(state)) {
          var left = state.lastIntValue;
          if (state.eat(
            45
            /* - */
          ) && this.regexp_eatClassAtom(state)) {
            var right = state.lastIntValue;
            if (state.switchU && (left === -1 || right === -1)) {
              state.raise("Invalid character class");
            }
            if (left !== -1 && right !== -1 && left > right) {
              state.raise("Range out of order in character class");
            }
          }
        }
      };
      pp$1.regexp_eatClassAtom = function(state) {
        var start = state.pos;
        if (state.eat(
          92
          /* \ */
        )) {
          if (this.regexp_eatClassEscape(state)) {
            return true;
          }
          if (state.switchU) {
            var ch$1 = state.current();
            if (ch$1 === 99 || isOctalDigit(ch$1)) {
              state.raise("Invalid class escape");
            }
            state.raise("Invalid escape");
          }
          state.pos = start;
        }
        var ch = state.current();
        if (ch !== 93) {
          state.lastIntValue = ch;
          state.advance();
          return true;
        }
        return false;
      };
      pp$1.regexp_eatClassEscape = function(state) {
        var start = state.pos;
        if (state.eat(
          98
          /* b */
        )) {
          state.lastIntValue = 8;
          return true;
        }
        if (state.switchU && state.eat(
          45
          /* - */
        )) {
          state.lastIntValue = 45;
          return true;
        }
        if (!state.switchU && state.eat(
          99
          /* c */
        )) {
          if (this.regexp_eatClassControlLetter(state)) {
            return true;
          }
          state.pos = start;
        }
        return this.regexp_eatCharacterClassEscape(state) || this.regexp_eatCharacterEscape(state);
      };
      pp$1.regexp_classSetExpression = function(state) {
        var result = CharSetOk, subResult;
        if (this.regexp_eatClassSetRange(state)) ;
        else if (subResult = this.regexp_eatClassSetOperand(state)) {
          if (subResult === CharSetString) {
            result = CharSetString;
          }
          var start = state.pos;
          while (state.eatChars(
            [38, 38]
            /* && */
          )) {
            if (state.current() !== 38 && (subResult = this.regexp_eatClassSetOperand(state))) {
              if (subResult !== CharSetString) {
                result = CharSetOk;
              }
              continue;
            }
            state.raise("Invalid character in character class");
          }
          if (start !== state.pos) {
            return result;
          }
          while (state.eatChars(
            [45, 45]
            /* -- */
          )) {
            if (this.regexp_eatClassSetOperand(state)) {
              continue;
            }
            state.raise("Invalid character in character class");
          }
          if (start !== state.pos) {
            return result;
          }
        } else {
          state.raise("Invalid character in character class");
        }
        for (; ; ) {
          if (this.regexp_eatClassSetRange(state)) {
            continue;
          }
          subResult = this.regexp_eatClassSetOperand(state);
          if (!subResult) {
            return result;
          }
          if (subResult === CharSetString) {
            result = CharSetString;
          }
        }
      };
      pp$1.regexp_eatClassSetRange = function(state) {
        var start = state.pos;
        if (this.regexp_eatClassSetCharacter(state)) {
          var left = state.lastIntValue;
          if (state.eat(
            45
            /* - */
          ) && this.regexp_eatClassSetCharacter(state)) {
            var right = state.lastIntValue;
            if (left !== -1 && right !== -1 && left > right) {
              state.raise("Range out of order in character class");
            }
            return true;
          }
          state.pos = start;
        }
        return false;
      };
      pp$1.regexp_eatClassSetOperand = function(state) {
        if (this.regexp_eatClassSetCharacter(state)) {
          return CharSetOk;
        }
        return this.regexp_eatClassStringDisjunction(state) || this.regexp_eatNestedClass(state);
      };
      pp$1.regexp_eatNestedClass = function(state) {
        var start = state.pos;
        if (state.eat(
          91
          /* [ */
        )) {
          var negate = state.eat(
            94
            /* ^ */
          );
          var result = this.regexp_classContents(state);
          if (state.eat(
            93
            /* ] */
          )) {
            if (negate && result === CharSetString) {
              state.raise("Negated character class may contain strings");
            }
            return result;
          }
          state.pos = start;
        }
        if (state.eat(
          92
          /* \ */
        )) {
          var result$1 = this.regexp_eatCharacterClassEscape(state);
          if (result$1) {
            return result$1;
          }
          state.pos = start;
        }
        return null;
      };
      pp$1.regexp_eatClassStringDisjunction = function(state) {
        var start = state.pos;
        if (state.eatChars(
          [92, 113]
          /* \q */
        )) {
          if (state.eat(
            123
            /* { */
          )) {
            var result = this.regexp_classStringDisjunctionContents(state);
            if (state.eat(
              125
              /* } */
            )) {
              return result;
            }
          } else {
            state.raise("Invalid escape");
          }
          state.pos = start;
        }
        return null;
      };
      pp$1.regexp_classStringDisjunctionContents = function(state) {
        var result = this.regexp_classString(state);
        while (state.eat(
          124
          /* | */
        )) {
          if (this.regexp_classString(state) === CharSetString) {
            result = CharSetString;
          }
        }
        return result;
      };
      pp$1.regexp_classString = function(state) {
        var count = 0;
        while (this.regexp_eatClassSetCharacter(state)) {
          count++;
        }
        return count === 1 ? CharSetOk : CharSetString;
      };
      pp$1.regexp_eatClassSetCharacter = function(state) {
        var start = state.pos;
        if (state.eat(
          92
          /* \ */
        )) {
          if (this.regexp_eatCharacterEscape(state) || this.regexp_eatClassSetReservedPunctuator(state)) {
            return true;
          }
          if (state.eat(
            98
            /* b */
          )) {
            state.lastIntValue = 8;
            return true;
          }
          state.pos = start;
          return false;
        }
        var ch = state.current();
        if (ch < 0 || ch === state.lookahead() && isClassSetReservedDoublePunctuatorCharacter(ch)) {
          return false;
        }
        if (isClassSetSyntaxCharacter(ch)) {
          return false;
        }
        state.advance();
        state.lastIntValue = ch;
        return true;
      };
      function isClassSetReservedDoublePunctuatorCharacter(ch) {
        return ch === 33 || ch >= 35 && ch <= 38 || ch >= 42 && ch <= 44 || ch === 46 || ch >= 58 && ch <= 64 || ch === 94 || ch === 96 || ch === 126;
      }
      __name(isClassSetReservedDoublePunctuatorCharacter, "isClassSetReservedDoublePunctuatorCharacter");
      function isClassSetSyntaxCharacter(ch) {
        return ch === 40 || ch === 41 || ch === 45 || ch === 47 || ch >= 91 && ch <= 93 || ch >= 123 && ch <= 125;
      }
      __name(isClassSetSyntaxCharacter, "isClassSetSyntaxCharacter");
      pp$1.regexp_eatClassSetReservedPunctuator = function(state) {
        var ch = state.current();
        if (isClassSetReservedPunctuator(ch)) {
          state.lastIntValue = ch;
          state.advance();
          return true;
        }
        return false;
      };
      function isClassSetReservedPunctuator(ch) {
        return ch === 33 || ch === 35 || ch === 37 || ch === 38 || ch === 44 || ch === 45 || ch >= 58 && ch <= 62 || ch === 64 || ch === 96 || ch === 126;
      }
      __name(isClassSetReservedPunctuator, "isClassSetReservedPunctuator");
      pp$1.regexp_eatClassControlLetter = function(state) {
        var ch = state.current();
        if (isDecimalDigit(ch) || ch === 95) {
          state.lastIntValue = ch % 32;
          state.advance();
          return true;
        }
        return false;
      };
      pp$1.regexp_eatHexEscapeSequence = function(state) {
        var start = state.pos;
        if (state.eat(
          120
          /* x */
        )) {
          if (this.regexp_eatFixedHexDigits(state, 2)) {
            return true;
          }
          if (state.switchU) {
            state.raise("Invalid escape");
          }
          state.pos = start;
        }
        return false;
      };
      pp$1.regexp_eatDecimalDigits = function(state) {
        var start = state.pos;
        var ch = 0;
        state.lastIntValue = 0;
        while (isDecimalDigit(ch = state.current())) {
          state.lastIntValue = 10 * state.lastIntValue + (ch - 48);
          state.advance();
        }
        return state.pos !== start;
      };
      function isDecimalDigit(ch) {
        return ch >= 48 && ch <= 57;
      }
      __name(isDecimalDigit, "isDecimalDigit");
      pp$1.regexp_eatHexDigits = function(state) {
        var start = state.pos;
        var ch = 0;
        state.lastIntValue = 0;
        while (isHexDigit(ch = state.current())) {
          state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
          state.advance();
        }
        return state.pos !== start;
      };
      function isHexDigit(ch) {
        return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102;
      }
      __name(isHexDigit, "isHexDigit");
      function hexToInt(ch) {
        if (ch >= 65 && ch <= 70) {
          return 10 + (ch - 65);
        }
        if (ch >= 97 && ch <= 102) {
          return 10 + (ch - 97);
        }
        return ch - 48;
      }
      __name(hexToInt, "hexToInt");
      pp$1.regexp_eatLegacyOctalEscapeSequence = function(state) {
        if (this.regexp_eatOctalDigit(state)) {
          var n1 = state.lastIntValue;
          if (this.regexp_eatOctalDigit(state)) {
            var n2 = state.lastIntValue;
            if (n1 <= 3 && this.regexp_eatOctalDigit(state)) {
              state.lastIntValue = n1 * 64 + n2 * 8 + state.lastIntValue;
            } else {
              state.lastIntValue = n1 * 8 + n2;
            }
          } else {
            state.lastIntValue = n1;
          }
          return true;
        }
        return false;
      };
      pp$1.regexp_eatOctalDigit = function(state) {
        var ch = state.current();
        if (isOctalDigit(ch)) {
          state.lastIntValue = ch - 48;
          state.advance();
          return true;
        }
        state.lastIntValue = 0;
        return false;
      };
      function isOctalDigit(ch) {
        return ch >= 48 && ch <= 55;
      }
      __name(isOctalDigit, "isOctalDigit");
      pp$1.regexp_eatFixedHexDigits = function(state, length) {
        var start = state.pos;
        state.lastIntValue = 0;
        for (var i2 = 0; i2 < length; ++i2) {
          var ch = state.current();
          if (!isHexDigit(ch)) {
            state.pos = start;
            return false;
          }
          state.lastIntValue = 16 * state.lastIntValue + hexToInt(ch);
          state.advance();
        }
        return true;
      };
      var Token = /* @__PURE__ */ __name(function Token2(p) {
        this.type = p.type;
        this.value = p.value;
        this.start = p.start;
        this.end = p.end;
        if (p.options.locations) {
          this.loc = new SourceLocation(p, p.startLoc, p.endLoc);
        }
        if (p.options.ranges) {
          this.range = [p.start, p.end];
        }
      }, "Token");
      var pp = Parser.prototype;
      pp.next = function(ignoreEscapeSequenceInKeyword) {
        if (!ignoreEscapeSequenceInKeyword && this.type.keyword && this.containsEsc) {
          this.raiseRecoverable(this.start, "Escape sequence in keyword " + this.type.keyword);
        }
        if (this.options.onToken) {
          this.options.onToken(new Token(this));
        }
        this.lastTokEnd = this.end;
        this.lastTokStart = this.start;
        this.lastTokEndLoc = this.endLoc;
        this.lastTokStartLoc = this.startLoc;
        this.nextToken();
      };
      pp.getToken = function() {
        this.next();
        return new Token(this);
      };
      if (typeof Symbol !== "undefined") {
        pp[Symbol.iterator] = function() {
          var this$1$1 = this;
          return {
            next: /* @__PURE__ */ __name(function() {
              var token = this$1$1.getToken();
              return {
                done: token.type === types$1.eof,
                value: token
              };
            }, "next")
          };
        };
      }
      pp.nextToken = function() {
        var curContext = this.curContext();
        if (!curContext || !curContext.preserveSpace) {
          this.skipSpace();
        }
        this.start = this.pos;
        if (this.options.locations) {
          this.startLoc = this.curPosition();
        }
        if (this.pos >= this.input.length) {
          return this.finishToken(types$1.eof);
        }
        if (curContext.override) {
          return curContext.override(this);
        } else {
          this.readToken(this.fullCharCodeAtPos());
        }
      };
      pp.readToken = function(code) {
        if (isIdentifierStart(code, this.options.ecmaVersion >= 6) || code === 92) {
          return this.readWord();
        }
        return this.getTokenFromCode(code);
      };
      pp.fullCharCodeAt = function(pos) {
        var code = this.input.charCodeAt(pos);
        if (code <= 55295 || code >= 56320) {
          return code;
        }
        var next = this.input.charCodeAt(pos + 1);
        return next <= 56319 || next >= 57344 ? code : (code << 10) + next - 56613888;
      };
      pp.fullCharCodeAtPos = function() {
        return this.fullCharCodeAt(this.pos);
      };
      pp.skipBlockComment = function() {
        var startLoc = this.options.onComment && this.curPosition();
        var start = this.pos, end = this.input.indexOf("*/", this.pos += 2);
        if (end === -1) {
          this.raise(this.pos - 2, "Unterminated comment");
        }
        this.pos = end + 2;
        if (this.options.locations) {
          for (var nextBreak = void 0, pos = start; (nextBreak = nextLineBreak(this.input, pos, this.pos)) > -1; ) {
            ++this.curLine;
            pos = this.lineStart = nextBreak;
          }
        }
        if (this.options.onComment) {
          this.options.onComment(
            true,
            this.input.slice(start + 2, end),
            start,
            this.pos,
            startLoc,
            this.curPosition()
          );
        }
      };
      pp.skipLineComment = function(startSkip) {
        var start = this.pos;
        var startLoc = this.options.onComment && this.curPosition();
        var ch = this.input.charCodeAt(this.pos += startSkip);
        while (this.pos < this.input.length && !isNewLine(ch)) {
          ch = this.input.charCodeAt(++this.pos);
        }
        if (this.options.onComment) {
          this.options.onComment(
            false,
            this.input.slice(start + startSkip, this.pos),
            start,
            this.pos,
            startLoc,
            this.curPosition()
          );
        }
      };
      pp.skipSpace = function() {
        loop: while (this.pos < this.input.length) {
          var ch = this.input.charCodeAt(this.pos);
          switch (ch) {
            case 32:
            case 160:
              ++this.pos;
              break;
            case 13:
              if (this.input.charCodeAt(this.pos + 1) === 10) {
                ++this.pos;
              }
            case 10:
            case 8232:
            case 8233:
              ++this.pos;
              if (this.options.locations) {
                ++this.curLine;
                this.lineStart = this.pos;
              }
              break;
            case 47:
              switch (this.input.charCodeAt(this.pos + 1)) {
                case 42:
                  this.skipBlockComment();
                  break;
                case 47:
                  this.skipLineComment(2);
                  break;
                default:
                  break loop;
              }
              break;
            default:
              if (ch > 8 && ch < 14 || ch >= 5760 && nonASCIIwhitespace.test(String.fromCharCode(ch))) {
                ++this.pos;
              } else {
                break loop;
              }
          }
        }
      };
      pp.finishToken = function(type, val) {
        this.end = this.pos;
        if (this.options.locations) {
          this.endLoc = this.curPosition();
        }
        var prevType = this.type;
        this.type = type;
        this.value = val;
        this.updateContext(prevType);
      };
      pp.readToken_dot = function() {
        var next = this.input.charCodeAt(this.pos + 1);
        if (next >= 48 && next <= 57) {
          return this.readNumber(true);
        }
        var next2 = this.input.charCodeAt(this.pos + 2);
        if (this.options.ecmaVersion >= 6 && next === 46 && next2 === 46) {
          this.pos += 3;
          return this.finishToken(types$1.ellipsis);
        } else {
          ++this.pos;
          return this.finishToken(types$1.dot);
        }
      };
      pp.readToken_slash = function() {
        var next = this.input.charCodeAt(this.pos + 1);
        if (this.exprAllowed) {
          ++this.pos;
          return this.readRegexp();
        }
        if (next === 61) {
          return this.finishOp(types$1.assign, 2);
        }
        return this.finishOp(types$1.slash, 1);
      };
      pp.readToken_mult_modulo_exp = function(code) {
        var next = this.input.charCodeAt(this.pos + 1);
        var size = 1;
        var tokentype = code === 42 ? types$1.star : types$1.modulo;
        if (this.options.ecmaVersion >= 7 && code === 42 && next === 42) {
          ++size;
          tokentype = types$1.starstar;
          next = this.input.charCodeAt(this.pos + 2);
        }
        if (next === 61) {
          return this.finishOp(types$1.assign, size + 1);
        }
        return this.finishOp(tokentype, size);
      };
      pp.readToken_pipe_amp = function(code) {
        var next = this.input.charCodeAt(this.pos + 1);
        if (next === code) {
          if (this.options.ecmaVersion >= 12) {
            var next2 = this.input.charCodeAt(this.pos + 2);
            if (next2 === 61) {
              return this.finishOp(types$1.assign, 3);
            }
          }
          return this.finishOp(code === 124 ? types$1.logicalOR : types$1.logicalAND, 2);
        }
        if (next === 61) {
          return this.finishOp(types$1.assign, 2);
        }
        return this.finishOp(code === 124 ? types$1.bitwiseOR : types$1.bitwiseAND, 1);
      };
      pp.readToken_caret = function() {
        var next = this.input.charCodeAt(this.pos + 1);
        if (next === 61) {
          return this.finishOp(types$1.assign, 2);
        }
        return this.finishOp(types$1.bitwiseXOR, 1);
      };
      pp.readToken_plus_min = function(code) {
        var next = this.input.charCodeAt(this.pos + 1);
        if (next === code) {
          if (next === 45 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 62 && (this.lastTokEnd === 0 || lineBreak.test(this.input.slice(this.lastTokEnd, this.pos)))) {
            this.skipLineComment(3);
            this.skipSpace();
            return this.nextToken();
          }
          return this.finishOp(types$1.incDec, 2);
        }
        if (next === 61) {
          return this.finishOp(types$1.assign, 2);
        }
        return this.finishOp(types$1.plusMin, 1);
      };
      pp.readToken_lt_gt = function(code) {
        var next = this.input.charCodeAt(this.pos + 1);
        var size = 1;
        if (next === code) {
          size = code === 62 && this.input.charCodeAt(this.pos + 2) === 62 ? 3 : 2;
          if (this.input.charCodeAt(this.pos + size) === 61) {
            return this.finishOp(types$1.assign, size + 1);
          }
          return this.finishOp(types$1.bitShift, size);
        }
        if (next === 33 && code === 60 && !this.inModule && this.input.charCodeAt(this.pos + 2) === 45 && this.input.charCodeAt(this.pos + 3) === 45) {
          this.skipLineComment(4);
          this.skipSpace();
          return this.nextToken();
        }
        if (next === 61) {
          size = 2;
        }
        return this.finishOp(types$1.relational, size);
      };
      pp.readToken_eq_excl = function(code) {
        var next = this.input.charCodeAt(this.pos + 1);
        if (next === 61) {
          return this.finishOp(types$1.equality, this.input.charCodeAt(this.pos + 2) === 61 ? 3 : 2);
        }
        if (code === 61 && next === 62 && this.options.ecmaVersion >= 6) {
          this.pos += 2;
          return this.finishToken(types$1.arrow);
        }
        return this.finishOp(code === 61 ? types$1.eq : types$1.prefix, 1);
      };
      pp.readToken_question = function() {
        var ecmaVersion2 = this.options.ecmaVersion;
        if (ecmaVersion2 >= 11) {
          var next = this.input.charCodeAt(this.pos + 1);
          if (next === 46) {
            var next2 = this.input.charCodeAt(this.pos + 2);
            if (next2 < 48 || next2 > 57) {
              return this.finishOp(types$1.questionDot, 2);
            }
          }
          if (next === 63) {
            if (ecmaVersion2 >= 12) {
              var next2$1 = this.input.charCodeAt(this.pos + 2);
              if (next2$1 === 61) {
                return this.finishOp(types$1.assign, 3);
              }
            }
            return this.finishOp(types$1.coalesce, 2);
          }
        }
        return this.finishOp(types$1.question, 1);
      };
      pp.readToken_numberSign = function() {
        var ecmaVersion2 = this.options.ecmaVersion;
        var code = 35;
        if (ecmaVersion2 >= 13) {
          ++this.pos;
          code = this.fullCharCodeAtPos();
          if (isIdentifierStart(code, true) || code === 92) {
            return this.finishToken(types$1.privateId, this.readWord1());
          }
        }
        this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
      };
      pp.getTokenFromCode = function(code) {
        switch (code) {
          // The interpretation of a dot depends on whether it is followed
          // by a digit or another two dots.
          case 46:
            return this.readToken_dot();
          // Punctuation tokens.
          case 40:
            ++this.pos;
            return this.finishToken(types$1.parenL);
          case 41:
            ++this.pos;
            return this.finishToken(types$1.parenR);
          case 59:
            ++this.pos;
            return this.finishToken(types$1.semi);
          case 44:
            ++this.pos;
            return this.finishToken(types$1.comma);
          case 91:
            ++this.pos;
            return this.finishToken(types$1.bracketL);
          case 93:
            ++this.pos;
            return this.finishToken(types$1.bracketR);
          case 123:
            ++this.pos;
            return this.finishToken(types$1.braceL);
          case 125:
            ++this.pos;
            return this.finishToken(types$1.braceR);
          case 58:
            ++this.pos;
            return this.finishToken(types$1.colon);
          case 96:
            if (this.options.ecmaVersion < 6) {
              break;
            }
            ++this.pos;
            return this.finishToken(types$1.backQuote);
          case 48:
            var next = this.input.charCodeAt(this.pos + 1);
            if (next === 120 || next === 88) {
              return this.readRadixNumber(16);
            }
            if (this.options.ecmaVersion >= 6) {
              if (next === 111 || next === 79) {
                return this.readRadixNumber(8);
              }
              if (next === 98 || next === 66) {
                return this.readRadixNumber(2);
              }
            }
          // Anything else beginning with a digit is an integer, octal
          // number, or float.
          case 49:
          case 50:
          case 51:
          case 52:
          case 53:
          case 54:
          case 55:
          case 56:
          case 57:
            return this.readNumber(false);
          // Quotes produce strings.
          case 34:
          case 39:
            return this.readString(code);
          // Operators are parsed inline in tiny state machines. '=' (61) is
          // often referred to. `finishOp` simply skips the amount of
          // characters it is given as second argument, and returns a token
          // of the type given by its first argument.
          case 47:
            return this.readToken_slash();
          case 37:
          case 42:
            return this.readToken_mult_modulo_exp(code);
          case 124:
          case 38:
            return this.readToken_pipe_amp(code);
          case 94:
            return this.readToken_caret();
          case 43:
          case 45:
            return this.readToken_plus_min(code);
          case 60:
          case 62:
            return this.readToken_lt_gt(code);
          case 61:
          case 33:
            return this.readToken_eq_excl(code);
          case 63:
            return this.readToken_question();
          case 126:
            return this.finishOp(types$1.prefix, 1);
          case 35:
            return this.readToken_numberSign();
        }
        this.raise(this.pos, "Unexpected character '" + codePointToString(code) + "'");
      };
      pp.finishOp = function(type, size) {
        var str = this.input.slice(this.pos, this.pos + size);
        this.pos += size;
        return this.finishToken(type, str);
      };
      pp.readRegexp = function() {
        var escaped, inClass, start = this.pos;
        for (; ; ) {
          if (this.pos >= this.input.length) {
            this.raise(start, "Unterminated regular expression");
          }
          var ch = this.input.charAt(this.pos);
          if (lineBreak.test(ch)) {
            this.raise(start, "Unterminated regular expression");
          }
          if (!escaped) {
            if (ch === "[") {
              inClass = true;
            } else if (ch === "]" && inClass) {
              inClass = false;
            } else if (ch === "/" && !inClass) {
              break;
            }
            escaped = ch === "\\";
          } else {
            escaped = false;
          }
          ++this.pos;
        }
        var pattern = this.input.slice(start, this.pos);
        ++this.pos;
        var flagsStart = this.pos;
        var flags = this.readWord1();
        if (this.containsEsc) {
          this.unexpected(flagsStart);
        }
        var state = this.regexpState || (this.regexpState = new RegExpValidationState(this));
        state.reset(start, pattern, flags);
        this.validateRegExpFlags(state);
        this.validateRegExpPattern(state);
        var value = null;
        try {
          value = new RegExp(pattern, flags);
        } catch (e) {
        }
        return this.finishToken(types$1.regexp, { pattern, flags, value });
      };
      pp.readInt = function(radix, len, maybeLegacyOctalNumericLiteral) {
        var allowSeparators = this.options.ecmaVersion >= 12 && len === void 0;
        var isLegacyOctalNumericLiteral = maybeLegacyOctalNumericLiteral && this.input.charCodeAt(this.pos) === 48;
        var start = this.pos, total = 0, lastCode = 0;
        for (var i2 = 0, e = len == null ? Infinity : len; i2 < e; ++i2, ++this.pos) {
          var code = this.input.charCodeAt(this.pos), val = void 0;
          if (allowSeparators && code === 95) {
            if (isLegacyOctalNumericLiteral) {
              this.raiseRecoverable(this.pos, "Numeric separator is not allowed in legacy octal numeric literals");
            }
            if (lastCode === 95) {
              this.raiseRecoverable(this.pos, "Numeric separator must be exactly one underscore");
            }
            if (i2 === 0) {
              this.raiseRecoverable(this.pos, "Numeric separator is not allowed at the first of digits");
            }
            lastCode = code;
            continue;
          }
          if (code >= 97) {
            val = code - 97 + 10;
          } else if (code >= 65) {
            val = code - 65 + 10;
          } else if (code >= 48 && code <= 57) {
            val = code - 48;
          } else {
            val = Infinity;
          }
          if (val >= radix) {
            break;
          }
          lastCode = code;
          total = total * radix + val;
        }
        if (allowSeparators && lastCode === 95) {
          this.raiseRecoverable(this.pos - 1, "Numeric separator is not allowed at the last of digits");
        }
        if (this.pos === start || len != null && this.pos - start !== len) {
          return null;
        }
        return total;
      };
      function stringToNumber(str, isLegacyOctalNumericLiteral) {
        if (isLegacyOctalNumericLiteral) {
          return parseInt(str, 8);
        }
        return parseFloat(str.replace(/_/g, ""));
      }
      __name(stringToNumber, "stringToNumber");
      function stringToBigInt(str) {
        if (typeof BigInt !== "function") {
          return null;
        }
        return BigInt(str.replace(/_/g, ""));
      }
      __name(stringToBigInt, "stringToBigInt");
      pp.readRadixNumber = function(radix) {
        var start = this.pos;
        this.pos += 2;
        var val = this.readInt(radix);
        if (val == null) {
          this.raise(this.start + 2, "Expected number in radix " + radix);
        }
        if (this.options.ecmaVersion >= 11 && this.input.charCodeAt(this.pos) === 110) {
          val = stringToBigInt(this.input.slice(start, this.pos));
          ++this.pos;
        } else if (isIdentifierStart(this.fullCharCodeAtPos())) {
          this.raise(this.pos, "Identifier directly after number");
        }
        return this.finishToken(types$1.num, val);
      };
      pp.readNumber = function(startsWithDot) {
        var start = this.pos;
        if (!startsWithDot && this.readInt(10, void 0, true) === null) {
          this.raise(start, "Invalid number");
        }
        var octal = this.pos - start >= 2 && this.input.charCodeAt(start) === 48;
        if (octal && this.strict) {
          this.raise(start, "Invalid number");
        }
        var next = this.input.charCodeAt(this.pos);
        if (!octal && !startsWithDot && this.options.ecmaVersion >= 11 && next === 110) {
          var val$1 = stringToBigInt(this.input.slice(start, this.pos));
          ++this.pos;
          if (isIdentifierStart(this.fullCharCodeAtPos())) {
            this.raise(this.pos, "Identifier directly after number");
          }
          return this.finishToken(types$1.num, val$1);
        }
        if (octal && /[89]/.test(this.input.slice(start, this.pos))) {
          octal = false;
        }
        if (next === 46 && !octal) {
          ++this.pos;
          this.readInt(10);
          next = this.input.charCodeAt(this.pos);
        }
        if ((next === 69 || next === 101) && !octal) {
          next = this.input.charCodeAt(++this.pos);
          if (next === 43 || next === 45) {
            ++this.pos;
          }
          if (this.readInt(10) === null) {
            this.raise(start, "Invalid number");
          }
        }
        if (isIdentifierStart(this.fullCharCodeAtPos())) {
          this.raise(this.pos, "Identifier directly after number");
        }
        var val = stringToNumber(this.input.slice(start, this.pos), octal);
        return this.finishToken(types$1.num, val);
      };
      pp.readCodePoint = function() {
        var ch = this.input.charCodeAt(this.pos), code;
        if (ch === 123) {
          if (this.options.ecmaVersion < 6) {
            this.unexpected();
          }
          var codePos = ++this.pos;
          code = this.readHexChar(this.input.indexOf("}", this.pos) - this.pos);
          ++this.pos;
          if (code > 1114111) {
            this.invalidStringToken(codePos, "Code point out of bounds");
          }
        } else {
          code = this.readHexChar(4);
        }
        return code;
      };
      pp.readString = function(quote) {
        var out = "", chunkStart = ++this.pos;
        for (; ; ) {
          if (this.pos >= this.input.length) {
            this.raise(this.start, "Unterminated string constant");
          }
          var ch = this.input.charCodeAt(this.pos);
          if (ch === quote) {
            break;
          }
          if (ch === 92) {
            out += this.input.slice(chunkStart, this.pos);
            out += this.readEscapedChar(false);
            chunkStart = this.pos;
          } else if (ch === 8232 || ch === 8233) {
            if (this.options.ecmaVersion < 10) {
              this.raise(this.start, "Unterminated string constant");
            }
            ++this.pos;
            if (this.options.locations) {
              this.curLine++;
              this.lineStart = this.pos;
            }
          } else {
            if (isNewLine(ch)) {
              this.raise(this.start, "Unterminated string constant");
            }
            ++this.pos;
          }
        }
        out += this.input.slice(chunkStart, this.pos++);
        return this.finishToken(types$1.string, out);
      };
      var INVALID_TEMPLATE_ESCAPE_ERROR = {};
      pp.tryReadTemplateToken = function() {
        this.inTemplateElement = true;
        try {
          this.readTmplToken();
        } catch (err) {
          if (err === INVALID_TEMPLATE_ESCAPE_ERROR) {
            this.readInvalidTemplateToken();
          } else {
            throw err;
          }
        }
        this.inTemplateElement = false;
      };
      pp.invalidStringToken = function(position, message) {
        if (this.inTemplateElement && this.options.ecmaVersion >= 9) {
          throw INVALID_TEMPLATE_ESCAPE_ERROR;
        } else {
          this.raise(position, message);
        }
      };
      pp.readTmplToken = function() {
        var out = "", chunkStart = this.pos;
        for (; ; ) {
          if (this.pos >= this.input.length) {
            this.raise(this.start, "Unterminated template");
          }
          var ch = this.input.charCodeAt(this.pos);
          if (ch === 96 || ch === 36 && this.input.charCodeAt(this.pos + 1) === 123) {
            if (this.pos === this.start && (this.type === types$1.template || this.type === types$1.invalidTemplate)) {
              if (ch === 36) {
                this.pos += 2;
                return this.finishToken(types$1.dollarBraceL);
              } else {
                ++this.pos;
                return this.finishToken(types$1.backQuote);
              }
            }
            out += this.input.slice(chunkStart, this.pos);
            return this.finishToken(types$1.template, out);
          }
          if (ch === 92) {
            out += this.input.slice(chunkStart, this.pos);
            out += this.readEscapedChar(true);
            chunkStart = this.pos;
          } else if (isNewLine(ch)) {
            out += this.input.slice(chunkStart, this.pos);
            ++this.pos;
            switch (ch) {
              case 13:
                if (this.input.charCodeAt(this.pos) === 10) {
                  ++this.pos;
                }
              case 10:
                out += "\n";
                break;
              default:
                out += String.fromCharCode(ch);
                break;
            }
            if (this.options.locations) {
              ++this.curLine;
              this.lineStart = this.pos;
            }
            chunkStart = this.pos;
          } else {
            ++this.pos;
          }
        }
      };
      pp.readInvalidTemplateToken = function() {
        for (; this.pos < this.input.length; this.pos++) {
          switch (this.input[this.pos]) {
            case "\\":
              ++this.pos;
              break;
            case "$":
              if (this.input[this.pos + 1] !== "{") {
                break;
              }
            // fall through
            case "`":
              return this.finishToken(types$1.invalidTemplate, this.input.slice(this.start, this.pos));
            case "\r":
              if (this.input[this.pos + 1] === "\n") {
                ++this.pos;
              }
            // fall through
            case "\n":
            case "\u2028":
            case "\u2029":
              ++this.curLine;
              this.lineStart = this.pos + 1;
              break;
          }
        }
        this.raise(this.start, "Unterminated template");
      };
      pp.readEscapedChar = function(inTemplate) {
        var ch = this.input.charCodeAt(++this.pos);
        ++this.pos;
        switch (ch) {
          case 110:
            return "\n";
          // 'n' -> '\n'
          case 114:
            return "\r";
          // 'r' -> '\r'
          case 120:
            return String.fromCharCode(this.readHexChar(2));
          // 'x'
          case 117:
            return codePointToString(this.readCodePoint());
          // 'u'
          case 116:
            return "	";
          // 't' -> '\t'
          case 98:
            return "\b";
          // 'b' -> '\b'
          case 118:
            return "\v";
          // 'v' -> '\u000b'
          case 102:
            return "\f";
          // 'f' -> '\f'
          case 13:
            if (this.input.charCodeAt(this.pos) === 10) {
              ++this.pos;
            }
          // '\r\n'
          case 10:
            if (this.options.locations) {
              this.lineStart = this.pos;
              ++this.curLine;
            }
            return "";
          case 56:
          case 57:
            if (this.strict) {
              this.invalidStringToken(
                this.pos - 1,
                "Invalid escape sequence"
              );
            }
            if (inTemplate) {
              var codePos = this.pos - 1;
              this.invalidStringToken(
                codePos,
                "Invalid escape sequence in template string"
              );
            }
          default:
            if (ch >= 48 && ch <= 55) {
              var octalStr = this.input.substr(this.pos - 1, 3).match(/^[0-7]+/)[0];
              var octal = parseInt(octalStr, 8);
              if (octal > 255) {
                octalStr = octalStr.slice(0, -1);
                octal = parseInt(octalStr, 8);
              }
              this.pos += octalStr.length - 1;
              ch = this.input.charCodeAt(this.pos);
              if ((octalStr !== "0" || ch === 56 || ch === 57) && (this.strict || inTemplate)) {
                this.invalidStringToken(
                  this.pos - 1 - octalStr.length,
                  inTemplate ? "Octal literal in template string" : "Octal literal in strict mode"
                );
              }
              return String.fromCharCode(octal);
            }
            if (isNewLine(ch)) {
              if (this.options.locations) {
                this.lineStart = this.pos;
                ++this.curLine;
              }
              return "";
            }
            return String.fromCharCode(ch);
        }
      };
      pp.readHexChar = function(len) {
        var codePos = this.pos;
        var n = this.readInt(16, len);
        if (n === null) {
          this.invalidStringToken(codePos, "Bad character escape sequence");
        }
        return n;
      };
      pp.readWord1 = function() {
        this.containsEsc = false;
        var word = "", first = true, chunkStart = this.pos;
        var astral = this.options.ecmaVersion >= 6;
        while (this.pos < this.input.length) {
          var ch = this.fullCharCodeAtPos();
          if (isIdentifierChar(ch, astral)) {
            this.pos += ch <= 65535 ? 1 : 2;
          } else if (ch === 92) {
            this.containsEsc = true;
            word += this.input.slice(chunkStart, this.pos);
            var escStart = this.pos;
            if (this.input.charCodeAt(++this.pos) !== 117) {
              this.invalidStringToken(this.pos, "Expecting Unicode escape sequence \\uXXXX");
            }
            ++this.pos;
            var esc = this.readCodePoint();
            if (!(first ? isIdentifierStart : isIdentifierChar)(esc, astral)) {
              this.invalidStringToken(escStart, "Invalid Unicode escape");
            }
            word += codePointToString(esc);
            chunkStart = this.pos;
          } else {
            break;
          }
          first = false;
        }
        return word + this.input.slice(chunkStart, this.pos);
      };
      pp.readWord = function() {
        var word = this.readWord1();
        var type = types$1.name;
        if (this.keywords.test(word)) {
          type = keywords[word];
        }
        return this.finishToken(type, word);
      };
      var version = "8.19.0";
      Parser.acorn = {
        Parser,
        version,
        defaultOptions,
        Position,
        SourceLocation,
        getLineInfo,
        Node,
        TokenType,
        tokTypes: types$1,
        keywordTypes: keywords,
        TokContext,
        tokContexts: types,
        isIdentifierChar,
        isIdentifierStart,
        Token,
        isNewLine,
        lineBreak,
        lineBreakG,
        nonASCIIwhitespace
      };
      function parse(input, options) {
        return Parser.parse(input, options);
      }
      __name(parse, "parse");
      function parseExpressionAt(input, pos, options) {
        return Parser.parseExpressionAt(input, pos, options);
      }
      __name(parseExpressionAt, "parseExpressionAt");
      function tokenizer(input, options) {
        return Parser.tokenizer(input, options);
      }
      __name(tokenizer, "tokenizer");
      exports2.Node = Node;
      exports2.Parser = Parser;
      exports2.Position = Position;
      exports2.SourceLocation = SourceLocation;
      exports2.TokContext = TokContext;
      exports2.Token = Token;
      exports2.TokenType = TokenType;
      exports2.defaultOptions = defaultOptions;
      exports2.getLineInfo = getLineInfo;
      exports2.isIdentifierChar = isIdentifierChar;
      exports2.isIdentifierStart = isIdentifierStart;
      exports2.isNewLine = isNewLine;
      exports2.keywordTypes = keywords;
      exports2.lineBreak = lineBreak;
      exports2.lineBreakG = lineBreakG;
      exports2.nonASCIIwhitespace = nonASCIIwhitespace;
      exports2.parse = parse;
      exports2.parseExpressionAt = parseExpressionAt;
      exports2.tokContexts = types;
      exports2.tokTypes = types$1;
      exports2.tokenizer = tokenizer;
      exports2.version = version;
    }));
  }
});

// node_modules/acorn-walk/dist/walk.js
var require_walk = __commonJS({
  "node_modules/acorn-walk/dist/walk.js"(exports, module) {
    (function(global, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? factory(exports) : typeof define === "function" && define.amd ? define(["exports"], factory) : (global = typeof globalThis !== "undefined" ? globalThis : global || self, factory((global.acorn = global.acorn || {}, global.acorn.walk = {})));
    })(exports, (function(exports2) {
      "use strict";
      function simple(node, visitors, baseVisitor, state, override) {
        if (!baseVisitor) {
          baseVisitor = base;
        }
        (/* @__PURE__ */ __name((function c(node2, st, override2) {
          var type = override2 || node2.type;
          visitNode(baseVisitor, type, node2, st, c);
          if (visitors[type]) {
            visitors[type](node2, st);
          }
        }), "c"))(node, state, override);
      }
      __name(simple, "simple");
      function ancestor(node, visitors, baseVisitor, state, override) {
        var ancestors = [];
        if (!baseVisitor) {
          baseVisitor = base;
        }
        (/* @__PURE__ */ __name((function c(node2, st, override2) {
          var type = override2 || node2.type;
          var isNew = node2 !== ancestors[ancestors.length - 1];
          if (isNew) {
            ancestors.push(node2);
          }
          visitNode(baseVisitor, type, node2, st, c);
          if (visitors[type]) {
            visitors[type](node2, st || ancestors, ancestors);
          }
          if (isNew) {
            ancestors.pop();
          }
        }), "c"))(node, state, override);
      }
      __name(ancestor, "ancestor");
      function recursive(node, state, funcs, baseVisitor, override) {
        var visitor = funcs ? make(funcs, baseVisitor || void 0) : baseVisitor;
        (/* @__PURE__ */ __name((function c(node2, st, override2) {
          visitor[override2 || node2.type](node2, st, c);
        }), "c"))(node, state, override);
      }
      __name(recursive, "recursive");
      function makeTest(test) {
        if (typeof test === "string") {
          return function(type) {
            return type === test;
          };
        } else if (!test) {
          return function() {
            return true;
          };
        } else {
          return test;
        }
      }
      __name(makeTest, "makeTest");
      var Found = /* @__PURE__ */ __name(function Found2(node, state) {
        this.node = node;
        this.state = state;
      }, "Found");
      function full(node, callback, baseVisitor, state, override) {
        if (!baseVisitor) {
          baseVisitor = base;
        }
        var last;
        (/* @__PURE__ */ __name((function c(node2, st, override2) {
          var type = override2 || node2.type;
          visitNode(baseVisitor, type, node2, st, c);
          if (last !== node2) {
            callback(node2, st, type);
            last = node2;
          }
        }), "c"))(node, state, override);
      }
      __name(full, "full");
      function fullAncestor(node, callback, baseVisitor, state) {
        if (!baseVisitor) {
          baseVisitor = base;
        }
        var ancestors = [], last;
        (/* @__PURE__ */ __name((function c(node2, st, override) {
          var type = override || node2.type;
          var isNew = node2 !== ancestors[ancestors.length - 1];
          if (isNew) {
            ancestors.push(node2);
          }
          visitNode(baseVisitor, type, node2, st, c);
          if (last !== node2) {
            callback(node2, st || ancestors, ancestors, type);
            last = node2;
          }
          if (isNew) {
            ancestors.pop();
          }
        }), "c"))(node, state);
      }
      __name(fullAncestor, "fullAncestor");
      function findNodeAt(node, start, end, test, baseVisitor, state) {
        if (!baseVisitor) {
          baseVisitor = base;
        }
        test = makeTest(test);
        try {
          (/* @__PURE__ */ __name((function c(node2, st, override) {
            var type = override || node2.type;
            if ((start == null || node2.start <= start) && (end == null || node2.end >= end)) {
              visitNode(baseVisitor, type, node2, st, c);
            }
            if ((start == null || node2.start === start) && (end == null || node2.end === end) && test(type, node2)) {
              throw new Found(node2, st);
            }
          }), "c"))(node, state);
        } catch (e) {
          if (e instanceof Found) {
            return e;
          }
          throw e;
        }
      }
      __name(findNodeAt, "findNodeAt");
      function findNodeAround(node, pos, test, baseVisitor, state) {
        test = makeTest(test);
        if (!baseVisitor) {
          baseVisitor = base;
        }
        try {
          (/* @__PURE__ */ __name((function c(node2, st, override) {
            var type = override || node2.type;
            if (node2.start > pos || node2.end < pos) {
              return;
            }
            visitNode(baseVisitor, type, node2, st, c);
            if (test(type, node2)) {
              throw new Found(node2, st);
            }
          }), "c"))(node, state);
        } catch (e) {
          if (e instanceof Found) {
            return e;
          }
          throw e;
        }
      }
      __name(findNodeAround, "findNodeAround");
      function findNodeAfter(node, pos, test, baseVisitor, state) {
        test = makeTest(test);
        if (!baseVisitor) {
          baseVisitor = base;
        }
        try {
          (/* @__PURE__ */ __name((function c(node2, st, override) {
            if (node2.end < pos) {
              return;
            }
            var type = override || node2.type;
            if (node2.start >= pos && test(type, node2)) {
              throw new Found(node2, st);
            }
            visitNode(baseVisitor, type, node2, st, c);
          }), "c"))(node, state);
        } catch (e) {
          if (e instanceof Found) {
            return e;
          }
          throw e;
        }
      }
      __name(findNodeAfter, "findNodeAfter");
      function findNodeBefore(node, pos, test, baseVisitor, state) {
        test = makeTest(test);
        if (!baseVisitor) {
          baseVisitor = base;
        }
        var max;
        (/* @__PURE__ */ __name((function c(node2, st, override) {
          if (node2.start > pos) {
            return;
          }
          var type = override || node2.type;
          if (node2.end <= pos && (!max || max.node.end < node2.end) && test(type, node2)) {
            max = new Found(node2, st);
          }
          visitNode(baseVisitor, type, node2, st, c);
        }), "c"))(node, state);
        return max;
      }
      __name(findNodeBefore, "findNodeBefore");
      function make(funcs, baseVisitor) {
        var visitor = Object.create(baseVisitor || base);
        for (var type in funcs) {
          visitor[type] = funcs[type];
        }
        return visitor;
      }
      __name(make, "make");
      function skipThrough(node, st, c) {
        c(node, st);
      }
      __name(skipThrough, "skipThrough");
      function ignore(_node, _st, _c) {
      }
      __name(ignore, "ignore");
      function visitNode(baseVisitor, type, node, st, c) {
        if (baseVisitor[type] == null) {
          throw new Error("No walker function defined for node type " + type);
        }
        baseVisitor[type](node, st, c);
      }
      __name(visitNode, "visitNode");
      var base = {};
      base.Program = base.BlockStatement = base.StaticBlock = function(node, st, c) {
        for (var i = 0, list = node.body; i < list.length; i += 1) {
          var stmt = list[i];
          c(stmt, st, "Statement");
        }
      };
      base.Statement = skipThrough;
      base.EmptyStatement = ignore;
      base.ExpressionStatement = base.ParenthesizedExpression = base.ChainExpression = function(node, st, c) {
        return c(node.expression, st, "Expression");
      };
      base.IfStatement = function(node, st, c) {
        c(node.test, st, "Expression");
        c(node.consequent, st, "Statement");
        if (node.alternate) {
          c(node.alternate, st, "Statement");
        }
      };
      base.LabeledStatement = function(node, st, c) {
        return c(node.body, st, "Statement");
      };
      base.BreakStatement = base.ContinueStatement = ignore;
      base.WithStatement = function(node, st, c) {
        c(node.object, st, "Expression");
        c(node.body, st, "Statement");
      };
      base.SwitchStatement = function(node, st, c) {
        c(node.discriminant, st, "Expression");
        for (var i = 0, list = node.cases; i < list.length; i += 1) {
          var cs = list[i];
          c(cs, st);
        }
      };
      base.SwitchCase = function(node, st, c) {
        if (node.test) {
          c(node.test, st, "Expression");
        }
        for (var i = 0, list = node.consequent; i < list.length; i += 1) {
          var cons = list[i];
          c(cons, st, "Statement");
        }
      };
      base.ReturnStatement = base.YieldExpression = base.AwaitExpression = function(node, st, c) {
        if (node.argument) {
          c(node.argument, st, "Expression");
        }
      };
      base.ThrowStatement = base.SpreadElement = function(node, st, c) {
        return c(node.argument, st, "Expression");
      };
      base.TryStatement = function(node, st, c) {
        c(node.block, st, "Statement");
        if (node.handler) {
          c(node.handler, st);
        }
        if (node.finalizer) {
          c(node.finalizer, st, "Statement");
        }
      };
      base.CatchClause = function(node, st, c) {
        if (node.param) {
          c(node.param, st, "Pattern");
        }
        c(node.body, st, "Statement");
      };
      base.WhileStatement = base.DoWhileStatement = function(node, st, c) {
        c(node.test, st, "Expression");
        c(node.body, st, "Statement");
      };
      base.ForStatement = function(node, st, c) {
        if (node.init) {
          c(node.init, st, "ForInit");
        }
        if (node.test) {
          c(node.test, st, "Expression");
        }
        if (node.update) {
          c(node.update, st, "Expression");
        }
        c(node.body, st, "Statement");
      };
      base.ForInStatement = base.ForOfStatement = function(node, st, c) {
        c(node.left, st, "ForInit");
        c(node.right, st, "Expression");
        c(node.body, st, "Statement");
      };
      base.ForInit = function(node, st, c) {
        if (node.type === "VariableDeclaration") {
          c(node, st);
        } else {
          c(node, st, "Expression");
        }
      };
      base.DebuggerStatement = ignore;
      base.FunctionDeclaration = function(node, st, c) {
        return c(node, st, "Function");
      };
      base.VariableDeclaration = function(node, st, c) {
        for (var i = 0, list = node.declarations; i < list.length; i += 1) {
          var decl = list[i];
          c(decl, st);
        }
      };
      base.VariableDeclarator = function(node, st, c) {
        c(node.id, st, "Pattern");
        if (node.init) {
          c(node.init, st, "Expression");
        }
      };
      base.Function = function(node, st, c) {
        if (node.id) {
          c(node.id, st, "Pattern");
        }
        for (var i = 0, list = node.params; i < list.length; i += 1) {
          var param = list[i];
          c(param, st, "Pattern");
        }
        c(node.body, st, node.expression ? "Expression" : "Statement");
      };
      base.Pattern = function(node, st, c) {
        if (node.type === "Identifier") {
          c(node, st, "VariablePattern");
        } else if (node.type === "MemberExpression") {
          c(node, st, "MemberPattern");
        } else {
          c(node, st);
        }
      };
      base.VariablePattern = ignore;
      base.MemberPattern = skipThrough;
      base.RestElement = function(node, st, c) {
        return c(node.argument, st, "Pattern");
      };
      base.ArrayPattern = function(node, st, c) {
        for (var i = 0, list = node.elements; i < list.length; i += 1) {
          var elt = list[i];
          if (elt) {
            c(elt, st, "Pattern");
          }
        }
      };
      base.ObjectPattern = function(node, st, c) {
        for (var i = 0, list = node.properties; i < list.length; i += 1) {
          var prop = list[i];
          if (prop.type === "Property") {
            if (prop.computed) {
              c(prop.key, st, "Expression");
            }
            c(prop.value, st, "Pattern");
          } else if (prop.type === "RestElement") {
            c(prop.argument, st, "Pattern");
          }
        }
      };
      base.Expression = skipThrough;
      base.ThisExpression = base.Super = base.MetaProperty = ignore;
      base.ArrayExpression = function(node, st, c) {
        for (var i = 0, list = node.elements; i < list.length; i += 1) {
          var elt = list[i];
          if (elt) {
            c(elt, st, "Expression");
          }
        }
      };
      base.ObjectExpression = function(node, st, c) {
        for (var i = 0, list = node.properties; i < list.length; i += 1) {
          var prop = list[i];
          c(prop, st);
        }
      };
      base.FunctionExpression = base.ArrowFunctionExpression = base.FunctionDeclaration;
      base.SequenceExpression = function(node, st, c) {
        for (var i = 0, list = node.expressions; i < list.length; i += 1) {
          var expr = list[i];
          c(expr, st, "Expression");
        }
      };
      base.TemplateLiteral = function(node, st, c) {
        for (var i = 0, list = node.quasis; i < list.length; i += 1) {
          var quasi = list[i];
          c(quasi, st);
        }
        for (var i$1 = 0, list$1 = node.expressions; i$1 < list$1.length; i$1 += 1) {
          var expr = list$1[i$1];
          c(expr, st, "Expression");
        }
      };
      base.TemplateElement = ignore;
      base.UnaryExpression = base.UpdateExpression = function(node, st, c) {
        c(node.argument, st, "Expression");
      };
      base.BinaryExpression = base.LogicalExpression = function(node, st, c) {
        c(node.left, st, "Expression");
        c(node.right, st, "Expression");
      };
      base.AssignmentExpression = base.AssignmentPattern = function(node, st, c) {
        c(node.left, st, "Pattern");
        c(node.right, st, "Expression");
      };
      base.ConditionalExpression = function(node, st, c) {
        c(node.test, st, "Expression");
        c(node.consequent, st, "Expression");
        c(node.alternate, st, "Expression");
      };
      base.NewExpression = base.CallExpression = function(node, st, c) {
        c(node.callee, st, "Expression");
        if (node.arguments) {
          for (var i = 0, list = node.arguments; i < list.length; i += 1) {
            var arg = list[i];
            c(arg, st, "Expression");
          }
        }
      };
      base.MemberExpression = function(node, st, c) {
        c(node.object, st, "Expression");
        if (node.computed) {
          c(node.property, st, "Expression");
        }
      };
      base.ExportNamedDeclaration = base.ExportDefaultDeclaration = function(node, st, c) {
        if (node.declaration) {
          c(node.declaration, st, node.type === "ExportNamedDeclaration" || node.declaration.id ? "Statement" : "Expression");
        }
        if (node.source) {
          c(node.source, st, "Expression");
        }
        if (node.attributes) {
          for (var i = 0, list = node.attributes; i < list.length; i += 1) {
            var attr = list[i];
            c(attr, st);
          }
        }
      };
      base.ExportAllDeclaration = function(node, st, c) {
        if (node.exported) {
          c(node.exported, st);
        }
        c(node.source, st, "Expression");
        if (node.attributes) {
          for (var i = 0, list = node.attributes; i < list.length; i += 1) {
            var attr = list[i];
            c(attr, st);
          }
        }
      };
      base.ImportAttribute = function(node, st, c) {
        c(node.value, st, "Expression");
      };
      base.ImportDeclaration = function(node, st, c) {
        for (var i = 0, list = node.specifiers; i < list.length; i += 1) {
          var spec = list[i];
          c(spec, st);
        }
        c(node.source, st, "Expression");
        if (node.attributes) {
          for (var i$1 = 0, list$1 = node.attributes; i$1 < list$1.length; i$1 += 1) {
            var attr = list$1[i$1];
            c(attr, st);
          }
        }
      };
      base.ImportExpression = function(node, st, c) {
        c(node.source, st, "Expression");
        if (node.options) {
          c(node.options, st, "Expression");
        }
      };
      base.ImportSpecifier = base.ImportDefaultSpecifier = base.ImportNamespaceSpecifier = base.Identifier = base.PrivateIdentifier = base.Literal = ignore;
      base.TaggedTemplateExpression = function(node, st, c) {
        c(node.tag, st, "Expression");
        c(node.quasi, st, "Expression");
      };
      base.ClassDeclaration = base.ClassExpression = function(node, st, c) {
        return c(node, st, "Class");
      };
      base.Class = function(node, st, c) {
        if (node.id) {
          c(node.id, st, "Pattern");
        }
        if (node.superClass) {
          c(node.superClass, st, "Expression");
        }
        c(node.body, st);
      };
      base.ClassBody = function(node, st, c) {
        for (var i = 0, list = node.body; i < list.length; i += 1) {
          var elt = list[i];
          c(elt, st);
        }
      };
      base.MethodDefinition = base.PropertyDefinition = base.Property = function(node, st, c) {
        if (node.computed) {
          c(node.key, st, "Expression");
        }
        if (node.value) {
          c(node.value, st, "Expression");
        }
      };
      exports2.ancestor = ancestor;
      exports2.base = base;
      exports2.findNodeAfter = findNodeAfter;
      exports2.findNodeAround = findNodeAround;
      exports2.findNodeAt = findNodeAt;
      exports2.findNodeBefore = findNodeBefore;
      exports2.full = full;
      exports2.fullAncestor = fullAncestor;
      exports2.make = make;
      exports2.recursive = recursive;
      exports2.simple = simple;
    }));
  }
});

// node_modules/webpack-bundle-analyzer/lib/parseUtils.js
var require_parseUtils = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/parseUtils.js"(exports, module) {
    "use strict";
    var fs = __require("node:fs");
    var acorn = require_acorn();
    var walk = require_walk();
    function isNumericId(node) {
      return node.type === "Literal" && node.value !== null && node.value !== void 0 && Number.isInteger(node.value) && /** @type {number} */
      node.value >= 0;
    }
    __name(isNumericId, "isNumericId");
    function isModuleId(node) {
      return node !== null && node.type === "Literal" && (isNumericId(node) || typeof node.value === "string");
    }
    __name(isModuleId, "isModuleId");
    function isModuleWrapper(node) {
      return (
        // It's an anonymous function expression that wraps module
        (node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression") && !node.id || // If `DedupePlugin` is used it can be an ID of duplicated module...
        isModuleId(node) || // or an array of shape [<module_id>, ...args]
        node.type === "ArrayExpression" && node.elements.length > 1 && isModuleId(node.elements[0])
      );
    }
    __name(isModuleWrapper, "isModuleWrapper");
    function isModulesHash(node) {
      return node !== null && node.type === "ObjectExpression" && node.properties.filter((property) => property.type !== "SpreadElement").map((node2) => node2.value).every(isModuleWrapper);
    }
    __name(isModulesHash, "isModulesHash");
    function isModulesArray(node) {
      return node !== null && node.type === "ArrayExpression" && node.elements.every((elem) => (
        // Some of array items may be skipped because there is no module with such id
        !elem || isModuleWrapper(elem)
      ));
    }
    __name(isModulesArray, "isModulesArray");
    function isSimpleModulesList(node) {
      return (
        // Modules are contained in hash. Keys are module ids.
        isModulesHash(node) || // Modules are contained in array. Indexes are module ids.
        isModulesArray(node)
      );
    }
    __name(isSimpleModulesList, "isSimpleModulesList");
    function isOptimizedModulesArray(node) {
      return node !== null && node.type === "CallExpression" && node.callee.type === "MemberExpression" && // Make sure the object called is `Array(<some number>)`
      node.callee.object.type === "CallExpression" && node.callee.object.callee.type === "Identifier" && node.callee.object.callee.name === "Array" && node.callee.object.arguments.length === 1 && node.callee.object.arguments[0].type !== "SpreadElement" && isNumericId(node.callee.object.arguments[0]) && // Make sure the property X called for `Array(<some number>).X` is `concat`
      node.callee.property.type === "Identifier" && node.callee.property.name === "concat" && // Make sure exactly one array is passed in to `concat`
      node.arguments.length === 1 && isModulesArray(node.arguments[0]);
    }
    __name(isOptimizedModulesArray, "isOptimizedModulesArray");
    function isModulesList(node) {
      return isSimpleModulesList(node) || // Modules are contained in expression `Array([minimum ID]).concat([<module>, <module>, ...])`
      isOptimizedModulesArray(node);
    }
    __name(isModulesList, "isModulesList");
    function getModuleLocation(node) {
      return {
        start: node.start,
        end: node.end
      };
    }
    __name(getModuleLocation, "getModuleLocation");
    function getModulesLocations(node) {
      if (node.type === "ObjectExpression") {
        const modulesNodes = node.properties;
        return modulesNodes.reduce(
          (result, moduleNode) => {
            if (moduleNode.type !== "Property") {
              return result;
            }
            const moduleId = moduleNode.key.type === "Identifier" ? moduleNode.key.name : (
              // @ts-expect-error need verify why we need it, tests not cover it case
              moduleNode.key.value
            );
            if (moduleId === "undefined") {
              return result;
            }
            result[moduleId] = getModuleLocation(moduleNode.value);
            return result;
          },
          /** @type {ModulesLocations} */
          {}
        );
      }
      const isOptimizedArray = node.type === "CallExpression";
      if (node.type === "ArrayExpression" || isOptimizedArray) {
        const minId = isOptimizedArray && node.callee.type === "MemberExpression" && node.callee.object.type === "CallExpression" && node.callee.object.arguments[0].type === "Literal" ? (
          // Get the [minId] value from the Array() call first argument literal value
          /** @type {number} */
          node.callee.object.arguments[0].value
        ) : (
          // `0` for simple array
          0
        );
        const modulesNodes = isOptimizedArray ? (
          // The modules reside in the `concat()` function call arguments
          node.arguments[0].type === "ArrayExpression" ? node.arguments[0].elements : []
        ) : node.elements;
        return modulesNodes.reduce(
          (result, moduleNode, i) => {
            if (moduleNode) {
              result[i + minId] = getModuleLocation(moduleNode);
            }
            return result;
          },
          /** @type {ModulesLocations} */
          {}
        );
      }
      return {};
    }
    __name(getModulesLocations, "getModulesLocations");
    function getIIFECallExpression(node) {
      if (node.expression.type === "CallExpression") {
        return node.expression;
      }
      if (node.expression.type === "UnaryExpression" && node.expression.argument.type === "CallExpression") {
        return node.expression.argument;
      }
      return null;
    }
    __name(getIIFECallExpression, "getIIFECallExpression");
    function callsModulesMap(node, modulesVariableName) {
      let callsModule = false;
      walk.simple(node, {
        CallExpression(callExpression) {
          const {
            callee
          } = callExpression;
          if (callee.type === "MemberExpression" && (callee.object.type === "Identifier" && callee.object.name === modulesVariableName || callee.object.type === "MemberExpression" && callee.object.object.type === "Identifier" && callee.object.object.name === modulesVariableName)) {
            callsModule = true;
          }
        }
      });
      return callsModule;
    }
    __name(callsModulesMap, "callsModulesMap");
    function hasWebpackModulesRuntime(body, modulesDeclaration, modulesVariableName) {
      const declarationIndex = body.body.indexOf(modulesDeclaration);
      return body.body.slice(declarationIndex + 1).some((statement) => callsModulesMap(statement, modulesVariableName));
    }
    __name(hasWebpackModulesRuntime, "hasWebpackModulesRuntime");
    function getWebpack5IIFEModulesCandidate(node, isTopLevel) {
      if (node.arguments.length !== 0 || node.callee.type !== "FunctionExpression" && node.callee.type !== "ArrowFunctionExpression" || node.callee.params.length !== 0 || node.callee.body.type !== "BlockStatement") {
        return null;
      }
      const firstVariableDeclaration = node.callee.body.body.find((node2) => node2.type === "VariableDeclaration");
      if (firstVariableDeclaration) {
        for (const declaration of firstVariableDeclaration.declarations) {
          if (declaration.init && isModulesList(declaration.init)) {
            const locations = getModulesLocations(declaration.init);
            if (Object.keys(locations).length === 0) {
              continue;
            }
            return {
              locations,
              hasWebpackRuntime: declaration.id.type === "Identifier" && hasWebpackModulesRuntime(node.callee.body, firstVariableDeclaration, declaration.id.name),
              isTopLevel
            };
          }
        }
      }
      return null;
    }
    __name(getWebpack5IIFEModulesCandidate, "getWebpack5IIFEModulesCandidate");
    function selectWebpack5IIFECandidate(candidates) {
      return candidates.find((candidate) => candidate.hasWebpackRuntime && candidate.isTopLevel) || candidates.find((candidate) => candidate.hasWebpackRuntime) || candidates.find((candidate) => candidate.isTopLevel) || null;
    }
    __name(selectWebpack5IIFECandidate, "selectWebpack5IIFECandidate");
    function selectWebpack5IIFEModulesLocations(candidates, expectedModuleIds) {
      if (candidates.length === 0) {
        return null;
      }
      if (expectedModuleIds?.length) {
        const expectedIds = new Set(expectedModuleIds.map(String));
        const rankedCandidates = candidates.map((candidate) => ({
          candidate,
          expectedIdsIntersection: Object.keys(candidate.locations).filter((moduleId) => expectedIds.has(moduleId)).length
        })).toSorted((candidateA, candidateB) => candidateB.expectedIdsIntersection - candidateA.expectedIdsIntersection);
        if (rankedCandidates[0].expectedIdsIntersection > 0) {
          const bestCandidates = rankedCandidates.filter((rankedCandidate) => rankedCandidate.expectedIdsIntersection === rankedCandidates[0].expectedIdsIntersection).map((rankedCandidate) => rankedCandidate.candidate);
          return selectWebpack5IIFECandidate(bestCandidates)?.locations || null;
        }
      }
      return selectWebpack5IIFECandidate(candidates)?.locations || null;
    }
    __name(selectWebpack5IIFEModulesLocations, "selectWebpack5IIFEModulesLocations");
    function isChunkIds(node) {
      return node.type === "ArrayExpression" && node.elements.every(isModuleId);
    }
    __name(isChunkIds, "isChunkIds");
    function mayBeAsyncChunkArguments(args) {
      return args.length >= 2 && args[0] !== null && args[0].type !== "SpreadElement" && isChunkIds(args[0]);
    }
    __name(mayBeAsyncChunkArguments, "mayBeAsyncChunkArguments");
    function getBundleRuntime(content, modulesLocations) {
      const sortedLocations = Object.values(modulesLocations || {}).toSorted((a, b) => a.start - b.start);
      let result = "";
      let lastIndex = 0;
      for (const {
        start,
        end
      } of sortedLocations) {
        result += content.slice(lastIndex, start);
        lastIndex = end;
      }
      return result + content.slice(lastIndex);
    }
    __name(getBundleRuntime, "getBundleRuntime");
    function isAsyncChunkPushExpression(node) {
      const {
        callee,
        arguments: args
      } = node;
      return callee.type === "MemberExpression" && callee.property.type === "Identifier" && callee.property.name === "push" && callee.object.type === "AssignmentExpression" && args.length === 1 && args[0].type === "ArrayExpression" && mayBeAsyncChunkArguments(args[0].elements) && isModulesList(args[0].elements[1]);
    }
    __name(isAsyncChunkPushExpression, "isAsyncChunkPushExpression");
    function isAsyncWebWorkerChunkExpression(node) {
      const {
        callee,
        type,
        arguments: args
      } = node;
      return type === "CallExpression" && callee.type === "MemberExpression" && args.length === 2 && args[0].type !== "SpreadElement" && isChunkIds(args[0]) && isModulesList(args[1]);
    }
    __name(isAsyncWebWorkerChunkExpression, "isAsyncWebWorkerChunkExpression");
    module.exports.parseBundle = /* @__PURE__ */ __name(function parseBundle(bundlePath, opts) {
      const {
        sourceType = "script",
        expectedModuleIds
      } = opts || {};
      const content = fs.readFileSync(bundlePath, "utf8");
      const ast = acorn.parse(content, {
        sourceType,
        ecmaVersion: "latest"
      });
      const topLevelIIFECalls = /* @__PURE__ */ new Set();
      for (const node of ast.body) {
        if (node.type === "ExpressionStatement") {
          const iifeCall = getIIFECallExpression(node);
          if (iifeCall) {
            topLevelIIFECalls.add(iifeCall);
          }
        }
      }
      const walkState = {
        locations: null,
        webpack5IIFECandidates: []
      };
      walk.recursive(ast, walkState, {
        AssignmentExpression(node, state) {
          if (state.locations) return;
          const {
            left,
            right
          } = node;
          if (left && left.type === "MemberExpression" && left.object && left.object.type === "Identifier" && left.object.name === "exports" && left.property && left.property.type === "Identifier" && left.property.name === "modules" && isModulesHash(right)) {
            state.locations = getModulesLocations(right);
          }
        },
        CallExpression(node, state, callback) {
          if (state.locations) return;
          const args = node.arguments;
          const webpack5IIFEModulesCandidate = getWebpack5IIFEModulesCandidate(node, topLevelIIFECalls.has(node));
          if (webpack5IIFEModulesCandidate) {
            state.webpack5IIFECandidates.push(webpack5IIFEModulesCandidate);
          }
          if (node.callee.type === "FunctionExpression" && !node.callee.id && args.length === 1 && isSimpleModulesList(args[0])) {
            state.locations = getModulesLocations(args[0]);
            return;
          }
          if (node.callee.type === "Identifier" && mayBeAsyncChunkArguments(args) && args[1].type !== "SpreadElement" && isModulesList(args[1])) {
            state.locations = getModulesLocations(args[1]);
            return;
          }
          if (isAsyncChunkPushExpression(node) && args[0].type === "ArrayExpression" && args[0].elements[1]) {
            state.locations = getModulesLocations(args[0].elements[1]);
            return;
          }
          if (isAsyncWebWorkerChunkExpression(node)) {
            state.locations = getModulesLocations(args[1]);
            return;
          }
          for (const arg of args) {
            callback(arg, state);
          }
        }
      });
      const modulesLocations = walkState.locations || selectWebpack5IIFEModulesLocations(walkState.webpack5IIFECandidates, expectedModuleIds);
      const modules = {};
      if (modulesLocations) {
        for (const [id, loc] of Object.entries(modulesLocations)) {
          modules[id] = content.slice(loc.start, loc.end);
        }
      }
      return {
        modules,
        src: content,
        runtimeSrc: getBundleRuntime(content, modulesLocations)
      };
    }, "parseBundle");
  }
});

// node_modules/webpack-bundle-analyzer/lib/sizeUtils.js
var require_sizeUtils = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/sizeUtils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.getCompressedSize = getCompressedSize;
    exports.isZstdSupported = void 0;
    var _nodeZlib = _interopRequireDefault(__require("node:zlib"));
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    __name(_interopRequireDefault, "_interopRequireDefault");
    var isZstdSupported = exports.isZstdSupported = "createZstdCompress" in _nodeZlib.default;
    function getCompressedSize(algorithm, input) {
      if (algorithm === "gzip") {
        return _nodeZlib.default.gzipSync(input, {
          level: 9
        }).length;
      }
      if (algorithm === "brotli") {
        return _nodeZlib.default.brotliCompressSync(input).length;
      }
      if (algorithm === "zstd" && isZstdSupported) {
        return _nodeZlib.default.zstdCompressSync(input).length;
      }
      throw new Error(`Unsupported compression algorithm: ${algorithm}.`);
    }
    __name(getCompressedSize, "getCompressedSize");
  }
});

// node_modules/webpack-bundle-analyzer/lib/tree/Node.js
var require_Node = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/tree/Node.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = void 0;
    var Node = class {
      static {
        __name(this, "Node");
      }
      /**
       * @param {string} name name
       * @param {Node=} parent parent
       */
      constructor(name, parent) {
        this.name = name;
        this.parent = parent;
      }
      get path() {
        const path3 = [];
        let node = this;
        while (node) {
          path3.push(node.name);
          node = node.parent;
        }
        return path3.reverse().join("/");
      }
      get isRoot() {
        return !this.parent;
      }
    };
    exports.default = Node;
  }
});

// node_modules/webpack-bundle-analyzer/lib/tree/BaseFolder.js
var require_BaseFolder = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/tree/BaseFolder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = void 0;
    var _Node = _interopRequireDefault(require_Node());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    __name(_interopRequireDefault, "_interopRequireDefault");
    var BaseFolder = class _BaseFolder extends _Node.default {
      static {
        __name(this, "BaseFolder");
      }
      /**
       * @param {string} name name
       * @param {Node=} parent parent
       */
      constructor(name, parent) {
        super(name, parent);
        this.children = /* @__PURE__ */ Object.create(null);
      }
      /**
       * @returns {string} src
       */
      get src() {
        if (!Object.hasOwn(this, "_src")) {
          this._src = this.walk(
            (node, src) => src += node.src || "",
            /** @type {string} */
            "",
            false
          );
        }
        return (
          /** @type {string} */
          this._src
        );
      }
      /**
       * @returns {number} size
       */
      get size() {
        if (!Object.hasOwn(this, "_size")) {
          this._size = this.walk(
            (node, size) => size + node.size,
            /** @type {number} */
            0,
            false
          );
        }
        return (
          /** @type {number} */
          this._size
        );
      }
      /**
       * @param {string} name name
       * @returns {Children} child
       */
      getChild(name) {
        return this.children[name];
      }
      /**
       * @param {Module | ContentModule | ConcatenatedModule} module module
       */
      addChildModule(module2) {
        const {
          name
        } = module2;
        const currentChild = this.children[name];
        if (currentChild && currentChild instanceof _BaseFolder) return;
        if (currentChild) {
          currentChild.mergeData(module2.data);
        } else {
          module2.parent = this;
          this.children[name] = module2;
        }
        delete this._size;
        delete this._src;
      }
      /**
       * @param {ContentFolder | Folder} folder folder
       * @returns {ContentFolder | Folder} folder
       */
      addChildFolder(folder) {
        folder.parent = this;
        this.children[folder.name] = folder;
        delete this._size;
        delete this._src;
        return folder;
      }
      /**
       * @template T
       * @param {(node: Children, state: T, stop: (state: T) => void) => T} walker walker function
       * @param {T} state state state
       * @param {boolean | ((state: T) => T)=} deep true when need to deep walk, otherwise false
       * @returns {T} state
       */
      walk(walker, state = (
        /** @type T */
        {}
      ), deep = true) {
        let stopped = false;
        function stop(finalState) {
          stopped = true;
          return finalState;
        }
        __name(stop, "stop");
        for (const child of Object.values(this.children)) {
          state = deep && /** @type {BaseFolder} */
          child.walk ? (
            /** @type {BaseFolder} */
            child.walk(walker, state, stop)
          ) : walker(child, state, stop);
          if (stopped) return (
            /** @type {T} */
            false
          );
        }
        return state;
      }
      mergeNestedFolders() {
        if (!this.isRoot) {
          let childNames;
          while ((childNames = Object.keys(this.children)).length === 1) {
            const [childName] = childNames;
            const onlyChild = this.children[childName];
            if (onlyChild instanceof this.constructor) {
              this.name += `/${onlyChild.name}`;
              this.children = /** @type {BaseFolder} */
              onlyChild.children;
            } else {
              break;
            }
          }
        }
        this.walk((child, state) => {
          child.parent = this;
          if (
            /** @type {Folder | ContentFolder | ConcatenatedModule} */
            child.mergeNestedFolders
          ) {
            child.mergeNestedFolders();
          }
          return state;
        }, null, false);
      }
      /**
       * @returns {BaseFolderChartData} base folder chart data
       */
      toChartData() {
        return {
          label: this.name,
          path: this.path,
          statSize: this.size,
          groups: Object.values(this.children).map((child) => child.toChartData())
        };
      }
    };
    exports.default = BaseFolder;
  }
});

// node_modules/webpack-bundle-analyzer/lib/tree/ContentFolder.js
var require_ContentFolder = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/tree/ContentFolder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = void 0;
    var _BaseFolder = _interopRequireDefault(require_BaseFolder());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    __name(_interopRequireDefault, "_interopRequireDefault");
    var ContentFolder = class extends _BaseFolder.default {
      static {
        __name(this, "ContentFolder");
      }
      /**
       * @param {string} name name
       * @param {ConcatenatedModule} ownerModule owner module
       * @param {Node=} parent v
       */
      constructor(name, ownerModule, parent) {
        super(name, parent);
        this.ownerModule = ownerModule;
      }
      get parsedSize() {
        return this.getSize("parsedSize");
      }
      get gzipSize() {
        return this.getSize("gzipSize");
      }
      get brotliSize() {
        return this.getSize("brotliSize");
      }
      get zstdSize() {
        return this.getSize("zstdSize");
      }
      /**
       * @param {SizeType} sizeType size type
       * @returns {number | undefined} size
       */
      getSize(sizeType) {
        const ownerModuleSize = this.ownerModule[sizeType];
        if (ownerModuleSize !== void 0) {
          return Math.floor(this.size / this.ownerModule.size * ownerModuleSize);
        }
      }
      /**
       * @returns {ContentFolderChartData} chart data
       */
      toChartData() {
        return {
          ...super.toChartData(),
          parsedSize: this.parsedSize,
          gzipSize: this.gzipSize,
          brotliSize: this.brotliSize,
          zstdSize: this.zstdSize,
          inaccurateSizes: true
        };
      }
    };
    exports.default = ContentFolder;
  }
});

// node_modules/webpack-bundle-analyzer/lib/tree/Module.js
var require_Module = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/tree/Module.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = void 0;
    var _sizeUtils = require_sizeUtils();
    var _Node = _interopRequireDefault(require_Node());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    __name(_interopRequireDefault, "_interopRequireDefault");
    var Module = class extends _Node.default {
      static {
        __name(this, "Module");
      }
      /**
       * @param {string} name name
       * @param {StatsModule} data data
       * @param {Node | undefined} parent parent
       * @param {ModuleOptions} opts options
       */
      constructor(name, data, parent, opts) {
        super(name, parent);
        this.data = data;
        this.opts = opts;
      }
      get src() {
        return this.data.parsedSrc;
      }
      set src(value) {
        this.data.parsedSrc = value;
        delete /** @type {Module & SizeFields} */
        this._gzipSize;
        delete /** @type {Module & SizeFields} */
        this._brotliSize;
        delete /** @type {Module & SizeFields} */
        this._zstdSize;
      }
      /**
       * @returns {number} size
       */
      get size() {
        return (
          /** @type {number} */
          this.data.size
        );
      }
      set size(value) {
        this.data.size = value;
      }
      get parsedSize() {
        return this.getParsedSize();
      }
      get gzipSize() {
        return this.getGzipSize();
      }
      get brotliSize() {
        return this.getBrotliSize();
      }
      get zstdSize() {
        return this.getZstdSize();
      }
      getParsedSize() {
        return this.src ? this.src.length : void 0;
      }
      getGzipSize() {
        return this.opts.compressionAlgorithm === "gzip" ? this.getCompressedSize("gzip") : void 0;
      }
      getBrotliSize() {
        return this.opts.compressionAlgorithm === "brotli" ? this.getCompressedSize("brotli") : void 0;
      }
      getZstdSize() {
        return this.opts.compressionAlgorithm === "zstd" ? this.getCompressedSize("zstd") : void 0;
      }
      /**
       * @param {CompressionAlgorithm} compressionAlgorithm compression algorithm
       * @returns {number | undefined} compressed size
       */
      getCompressedSize(compressionAlgorithm) {
        const key = (
          /** @type {`_${CompressionAlgorithm}Size`} */
          `_${compressionAlgorithm}Size`
        );
        if (!(key in this)) {
          this[key] = this.src ? (0, _sizeUtils.getCompressedSize)(compressionAlgorithm, this.src) : void 0;
        }
        return (
          /** @type {Module & SizeFields} */
          this[key]
        );
      }
      /**
       * @param {StatsModule} data data
       */
      mergeData(data) {
        if (data.size) {
          this.size += data.size;
        }
        if (data.parsedSrc) {
          this.src = (this.src || "") + data.parsedSrc;
        }
      }
      /**
       * @returns {ModuleChartData} module chart data
       */
      toChartData() {
        return {
          id: this.data.id,
          label: this.name,
          path: this.path,
          statSize: this.size,
          parsedSize: this.parsedSize,
          gzipSize: this.gzipSize,
          brotliSize: this.brotliSize,
          zstdSize: this.zstdSize
        };
      }
    };
    exports.default = Module;
  }
});

// node_modules/webpack-bundle-analyzer/lib/tree/ContentModule.js
var require_ContentModule = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/tree/ContentModule.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = void 0;
    var _Module = _interopRequireDefault(require_Module());
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    __name(_interopRequireDefault, "_interopRequireDefault");
    var ContentModule = class extends _Module.default {
      static {
        __name(this, "ContentModule");
      }
      /**
       * @param {string} name name
       * @param {StatsModule} data data
       * @param {ConcatenatedModule} ownerModule owner module
       * @param {ModuleOptions} opts options
       */
      constructor(name, data, ownerModule, opts) {
        super(name, data, void 0, opts);
        this.ownerModule = ownerModule;
      }
      get parsedSize() {
        return this.getSize("parsedSize");
      }
      get gzipSize() {
        return this.getSize("gzipSize");
      }
      get brotliSize() {
        return this.getSize("brotliSize");
      }
      get zstdSize() {
        return this.getSize("zstdSize");
      }
      /**
       * @param {SizeType} sizeType size type
       * @returns {number | undefined} size
       */
      getSize(sizeType) {
        const ownerModuleSize = this.ownerModule[sizeType];
        if (ownerModuleSize !== void 0) {
          return Math.floor(this.size / this.ownerModule.size * ownerModuleSize);
        }
      }
      /**
       * @returns {ContentModuleChartData} chart data
       */
      toChartData() {
        return {
          ...super.toChartData(),
          inaccurateSizes: true
        };
      }
    };
    exports.default = ContentModule;
  }
});

// node_modules/webpack-bundle-analyzer/lib/tree/utils.js
var require_utils2 = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/tree/utils.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.getModulePathParts = getModulePathParts;
    var MULTI_MODULE_REGEXP = /^multi /u;
    function getModulePathParts(moduleData) {
      if (moduleData.identifier && MULTI_MODULE_REGEXP.test(moduleData.identifier)) {
        return [moduleData.identifier];
      }
      if (!moduleData.name) {
        return null;
      }
      const loaders = moduleData.name.split("!");
      const parsedPath = loaders[loaders.length - 1].split("/").slice(1).map((part) => part === "~" ? "node_modules" : part);
      return parsedPath.length ? parsedPath : null;
    }
    __name(getModulePathParts, "getModulePathParts");
  }
});

// node_modules/webpack-bundle-analyzer/lib/tree/ConcatenatedModule.js
var require_ConcatenatedModule = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/tree/ConcatenatedModule.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = void 0;
    var _ContentFolder = _interopRequireDefault(require_ContentFolder());
    var _ContentModule = _interopRequireDefault(require_ContentModule());
    var _Module = _interopRequireDefault(require_Module());
    var _utils = require_utils2();
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    __name(_interopRequireDefault, "_interopRequireDefault");
    var ConcatenatedModule = class _ConcatenatedModule extends _Module.default {
      static {
        __name(this, "ConcatenatedModule");
      }
      /**
       * @param {string} name name
       * @param {StatsModule} data data
       * @param {NodeType} parent parent
       * @param {{ compressionAlgorithm: CompressionAlgorithm }} opts options
       */
      constructor(name, data, parent, opts) {
        super(name, data, parent, opts);
        this.name += " (concatenated)";
        this.children = /* @__PURE__ */ Object.create(null);
        this.fillContentModules();
      }
      get parsedSize() {
        return this.getParsedSize() ?? this.getEstimatedSize("parsedSize");
      }
      get gzipSize() {
        return this.getGzipSize() ?? this.getEstimatedSize("gzipSize");
      }
      get brotliSize() {
        return this.getBrotliSize() ?? this.getEstimatedSize("brotliSize");
      }
      get zstdSize() {
        return this.getZstdSize() ?? this.getEstimatedSize("zstdSize");
      }
      /**
       * @param {SizeType} sizeType size type
       * @returns {number | undefined} size
       */
      getEstimatedSize(sizeType) {
        const parentModuleSize = (
          /** @type {Folder} */
          this.parent[sizeType]
        );
        if (parentModuleSize !== void 0) {
          return Math.floor(this.size / /** @type {Folder} */
          this.parent.size * parentModuleSize);
        }
      }
      fillContentModules() {
        for (const moduleData of this.data.modules || []) {
          this.addContentModule(moduleData);
        }
      }
      /**
       * @param {StatsModule} moduleData module data
       */
      addContentModule(moduleData) {
        const pathParts = (0, _utils.getModulePathParts)(moduleData);
        if (!pathParts) {
          return;
        }
        const [folders, fileName] = [pathParts.slice(0, -1), pathParts[pathParts.length - 1]];
        let currentFolder = this;
        for (const folderName of folders) {
          let childFolder = currentFolder.getChild(folderName);
          if (!childFolder) {
            childFolder = currentFolder.addChildFolder(new _ContentFolder.default(folderName, this));
          }
          currentFolder = /** @type {ConcatenatedModule | ContentFolder} */
          childFolder;
        }
        const ModuleConstructor = moduleData.modules ? _ConcatenatedModule : _ContentModule.default;
        const module2 = new ModuleConstructor(fileName, moduleData, this, this.opts);
        currentFolder.addChildModule(module2);
      }
      /**
       * @param {string} name name
       * @returns {ConcatenatedModule | ContentModule | ContentFolder} child folder
       */
      getChild(name) {
        return this.children[name];
      }
      /**
       * @param {ConcatenatedModule | ContentModule} module child module
       */
      addChildModule(module2) {
        module2.parent = this;
        this.children[module2.name] = module2;
      }
      /**
       * @param {ContentFolder} folder child folder
       * @returns {ContentFolder} child folder
       */
      addChildFolder(folder) {
        folder.parent = this;
        this.children[folder.name] = folder;
        return folder;
      }
      mergeNestedFolders() {
        for (const child of Object.values(this.children)) {
          if (
            /** @type {Folder | ContentFolder | ConcatenatedModule} */
            child.mergeNestedFolders
          ) {
            child.mergeNestedFolders();
          }
        }
      }
      /**
       * @returns {ConcatenatedModuleChartData} chart data
       */
      toChartData() {
        return {
          ...super.toChartData(),
          concatenated: true,
          groups: Object.values(this.children).map((child) => child.toChartData())
        };
      }
    };
    exports.default = ConcatenatedModule;
  }
});

// node_modules/webpack-bundle-analyzer/lib/tree/Folder.js
var require_Folder = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/tree/Folder.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = void 0;
    var _sizeUtils = require_sizeUtils();
    var _BaseFolder = _interopRequireDefault(require_BaseFolder());
    var _ConcatenatedModule = _interopRequireDefault(require_ConcatenatedModule());
    var _Module = _interopRequireDefault(require_Module());
    var _utils = require_utils2();
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : { default: e };
    }
    __name(_interopRequireDefault, "_interopRequireDefault");
    var Folder = class _Folder extends _BaseFolder.default {
      static {
        __name(this, "Folder");
      }
      /**
       * @param {string} name name
       * @param {AnalyzerOptions} opts options
       */
      constructor(name, opts) {
        super(name);
        this.opts = opts;
      }
      get parsedSize() {
        return this.src ? this.src.length : 0;
      }
      get gzipSize() {
        return this.opts.compressionAlgorithm === "gzip" ? this.getCompressedSize("gzip") : void 0;
      }
      get brotliSize() {
        return this.opts.compressionAlgorithm === "brotli" ? this.getCompressedSize("brotli") : void 0;
      }
      get zstdSize() {
        return this.opts.compressionAlgorithm === "zstd" ? this.getCompressedSize("zstd") : void 0;
      }
      /**
       * @param {CompressionAlgorithm} compressionAlgorithm compression algorithm
       * @returns {number | undefined} compressed size
       */
      getCompressedSize(compressionAlgorithm) {
        const key = (
          /** @type {`_${CompressionAlgorithm}Size`} */
          `_${compressionAlgorithm}Size`
        );
        if (!Object.hasOwn(this, key)) {
          this[key] = this.src ? (0, _sizeUtils.getCompressedSize)(compressionAlgorithm, this.src) : 0;
        }
        return (
          /** @type {Folder & SizeFields} */
          this[key]
        );
      }
      /**
       * @param {StatsModule} moduleData stats module
       */
      addModule(moduleData) {
        const pathParts = (0, _utils.getModulePathParts)(moduleData);
        if (!pathParts) {
          return;
        }
        const [folders, fileName] = [pathParts.slice(0, -1), pathParts[pathParts.length - 1]];
        let currentFolder = this;
        for (const folderName of folders) {
          let childNode = currentFolder.getChild(folderName);
          if (
            // Folder is not created yet
            !childNode || // In some situations (invalid usage of dynamic `require()`) webpack generates a module with empty require
            // context, but it's moduleId points to a directory in filesystem.
            // In this case we replace this `File` node with `Folder`.
            // See `test/stats/with-invalid-dynamic-require.json` as an example.
            !(childNode instanceof _Folder)
          ) {
            childNode = currentFolder.addChildFolder(new _Folder(folderName, this.opts));
          }
          currentFolder = childNode;
        }
        const ModuleConstructor = moduleData.modules ? _ConcatenatedModule.default : _Module.default;
        const module2 = new ModuleConstructor(fileName, moduleData, this, this.opts);
        currentFolder.addChildModule(module2);
      }
      /**
       * @returns {FolderChartData} chart data
       */
      toChartData() {
        return {
          ...super.toChartData(),
          parsedSize: this.parsedSize,
          gzipSize: this.gzipSize,
          brotliSize: this.brotliSize,
          zstdSize: this.zstdSize
        };
      }
    };
    exports.default = Folder;
  }
});

// node_modules/opener/lib/opener.js
var require_opener = __commonJS({
  "node_modules/opener/lib/opener.js"(exports, module) {
    "use strict";
    var childProcess = __require("child_process");
    var os = __require("os");
    module.exports = /* @__PURE__ */ __name(function opener(args, options, callback) {
      var platform = process.platform;
      if (platform === "linux" && os.release().indexOf("Microsoft") !== -1) {
        platform = "win32";
      }
      var command;
      switch (platform) {
        case "win32": {
          command = "cmd.exe";
          break;
        }
        case "darwin": {
          command = "open";
          break;
        }
        default: {
          command = "xdg-open";
          break;
        }
      }
      if (typeof args === "string") {
        args = [args];
      }
      if (typeof options === "function") {
        callback = options;
        options = {};
      }
      if (options && typeof options === "object" && options.command) {
        if (platform === "win32") {
          args = [options.command].concat(args);
        } else {
          command = options.command;
        }
      }
      if (platform === "win32") {
        args = args.map(function(value) {
          return value.replace(/[&^]/g, "^$&");
        });
        args = ["/c", "start", '""'].concat(args);
      }
      return childProcess.execFile(command, args, options, callback);
    }, "opener");
  }
});

// node_modules/webpack-bundle-analyzer/lib/utils.js
var require_utils3 = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/utils.js"(exports, module) {
    "use strict";
    var {
      inspect,
      types
    } = __require("node:util");
    var opener = require_opener();
    var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    function createAssetsFilter(excludePatterns) {
      const excludeFunctions = (Array.isArray(excludePatterns) ? excludePatterns : [excludePatterns]).filter(Boolean).map((pattern) => {
        if (typeof pattern === "string") {
          pattern = new RegExp(pattern, "u");
        }
        if (types.isRegExp(pattern)) {
          return (
            /**
             * @param {string} asset asset
             * @returns {boolean} true when need to exclude, otherwise false
             */
            ((asset) => pattern.test(asset))
          );
        }
        if (typeof pattern !== "function") {
          throw new TypeError(`Pattern should be either string, RegExp or a function, but "${inspect(pattern, {
            depth: 0
          })}" got.`);
        }
        return pattern;
      });
      if (excludeFunctions.length) {
        return (asset) => excludeFunctions.every((fn) => fn(asset) !== true);
      }
      return () => true;
    }
    __name(createAssetsFilter, "createAssetsFilter");
    function defaultAnalyzerUrl(options) {
      const {
        listenHost,
        boundAddress
      } = options;
      return `http://${listenHost}:${/** @type {AddressInfo} */
      boundAddress.port}`;
    }
    __name(defaultAnalyzerUrl, "defaultAnalyzerUrl");
    function defaultTitle() {
      const time = /* @__PURE__ */ new Date();
      const year = time.getFullYear();
      const month = MONTHS[time.getMonth()];
      const day = time.getDate();
      const hour = `0${time.getHours()}`.slice(-2);
      const minute = `0${time.getMinutes()}`.slice(-2);
      const currentTime = `${day} ${month} ${year} at ${hour}:${minute}`;
      return `${process.env.npm_package_name || "Webpack Bundle Analyzer"} [${currentTime}]`;
    }
    __name(defaultTitle, "defaultTitle");
    function open(uri, logger) {
      try {
        opener(uri);
      } catch (err) {
        logger.debug(`Opener failed to open "${uri}":
${err}`);
      }
    }
    __name(open, "open");
    module.exports = {
      createAssetsFilter,
      defaultAnalyzerUrl,
      defaultTitle,
      open
    };
  }
});

// node_modules/webpack-bundle-analyzer/lib/analyzer.js
var require_analyzer = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/analyzer.js"(exports, module) {
    "use strict";
    var fs = __require("node:fs");
    var path3 = __require("node:path");
    var {
      parseChunked
    } = require_cjs();
    var Logger = require_Logger();
    var {
      parseBundle
    } = require_parseUtils();
    var {
      getCompressedSize
    } = require_sizeUtils();
    var Folder = require_Folder().default;
    var {
      createAssetsFilter
    } = require_utils3();
    var FILENAME_QUERY_REGEXP = /\?.*$/u;
    var FILENAME_EXTENSIONS = /\.(js|mjs|cjs|bundle)$/iu;
    function createModulesTree(modules, options) {
      const root = new Folder(".", options);
      for (const module2 of modules) {
        root.addModule(module2);
      }
      root.mergeNestedFolders();
      return root;
    }
    __name(createModulesTree, "createModulesTree");
    function flatten(arr) {
      if (!arr) return [];
      const len = arr.length;
      if (!len) return [];
      let cur;
      const res = [];
      for (let i = 0; i < len; i++) {
        cur = arr[i];
        if (Array.isArray(cur)) {
          res.push(...cur);
        } else {
          res.push(cur);
        }
      }
      return res;
    }
    __name(flatten, "flatten");
    function getChildAssetBundles(bundleStats, assetName) {
      return flatten((bundleStats.children || /** @type {StatsCompilation} */
      []).find(
        /**
         * @param {StatsCompilation} child child stats
         * @returns {string[][]} assets by chunk name
         */
        (child) => Object.values(child.assetsByChunkName || [])
      )).includes(assetName);
    }
    __name(getChildAssetBundles, "getChildAssetBundles");
    function assetHasModule(statsAsset, statsModule) {
      return (statsModule.chunks || []).some((moduleChunk) => statsAsset.chunks && statsAsset.chunks.includes(moduleChunk));
    }
    __name(assetHasModule, "assetHasModule");
    function isRuntimeModule(statsModule) {
      return statsModule.moduleType === "runtime";
    }
    __name(isRuntimeModule, "isRuntimeModule");
    function getBundleModules(bundleStats) {
      const seenIds = /* @__PURE__ */ new Set();
      const modules = (
        /** @type {StatsModule[]} */
        [...bundleStats.chunks?.map((chunk) => chunk.modules) || [], ...bundleStats.modules || []].filter(Boolean)
      );
      return flatten(modules).filter((mod) => {
        if (isRuntimeModule(mod)) {
          return false;
        }
        if (seenIds.has(mod.id)) {
          return false;
        }
        seenIds.add(mod.id);
        return true;
      });
    }
    __name(getBundleModules, "getBundleModules");
    function getModulesByChunk(modules) {
      const modulesByChunk = /* @__PURE__ */ new Map();
      for (const [index, statsModule] of modules.entries()) {
        for (const chunk of statsModule.chunks || []) {
          let chunkModules = modulesByChunk.get(chunk);
          if (!chunkModules) {
            chunkModules = [];
            modulesByChunk.set(chunk, chunkModules);
          }
          chunkModules.push({
            module: statsModule,
            index
          });
        }
      }
      return modulesByChunk;
    }
    __name(getModulesByChunk, "getModulesByChunk");
    function getAssetModulesByChunk(statsAsset, modulesByChunk) {
      const indexedModules = /* @__PURE__ */ new Map();
      for (const chunk of statsAsset.chunks || []) {
        for (const indexedModule of modulesByChunk.get(chunk) || []) {
          indexedModules.set(indexedModule.module, indexedModule);
        }
      }
      return [...indexedModules.values()].toSorted((a, b) => a.index - b.index).map(({
        module: module2
      }) => module2);
    }
    __name(getAssetModulesByChunk, "getAssetModulesByChunk");
    function getChunkToInitialByEntrypoint(bundleStats) {
      if (bundleStats === null || bundleStats === void 0) {
        return {};
      }
      const chunkToEntrypointInititalMap = {};
      for (const entrypoint of Object.values(bundleStats.entrypoints || {})) {
        for (const asset of entrypoint.assets || []) {
          chunkToEntrypointInititalMap[asset.name] ??= {};
          chunkToEntrypointInititalMap[asset.name][
            /** @type {string} */
            entrypoint.name
          ] = true;
        }
      }
      return chunkToEntrypointInititalMap;
    }
    __name(getChunkToInitialByEntrypoint, "getChunkToInitialByEntrypoint");
    function isEntryModule(statsModule) {
      return statsModule.depth === 0;
    }
    __name(isEntryModule, "isEntryModule");
    function getViewerData(bundleStats, bundleDir, opts) {
      const {
        logger = new Logger(),
        compressionAlgorithm = "gzip",
        excludeAssets = null
      } = opts || {};
      const isAssetIncluded = createAssetsFilter(excludeAssets);
      if ((bundleStats.assets === null || bundleStats.assets === void 0 || bundleStats.assets.length === 0) && bundleStats.children && bundleStats.children.length > 0) {
        const {
          children
        } = bundleStats;
        [bundleStats] = bundleStats.children;
        for (let i = 1; i < children.length; i++) {
          for (const asset of children[i].assets || []) {
            asset.isChild = true;
            bundleStats.assets.push(asset);
          }
        }
      } else if (bundleStats.children && bundleStats.children.length > 0) {
        for (const child of bundleStats.children) {
          for (const asset of child.assets || []) {
            asset.isChild = true;
            bundleStats.assets.push(asset);
          }
        }
      }
      bundleStats.assets = (bundleStats.assets || []).filter((asset) => {
        if (asset.type && asset.type !== "asset") {
          return false;
        }
        asset.name = asset.name.replace(FILENAME_QUERY_REGEXP, "");
        return FILENAME_EXTENSIONS.test(asset.name) && asset.chunks && asset.chunks.length > 0 && isAssetIncluded(asset.name);
      });
      const rootModules = getBundleModules(bundleStats);
      const rootModulesByChunk = getModulesByChunk(rootModules);
      const rootAssetModules = /* @__PURE__ */ new Map();
      for (const statAsset of bundleStats.assets) {
        if (!statAsset.isChild) {
          rootAssetModules.set(statAsset, getAssetModulesByChunk(statAsset, rootModulesByChunk));
        }
      }
      let bundlesSources = null;
      let parsedModulesByAsset = null;
      if (bundleDir) {
        bundlesSources = {};
        parsedModulesByAsset = {};
        for (const statAsset of bundleStats.assets) {
          const assetFile = path3.join(bundleDir, statAsset.name);
          const expectedModuleIds = statAsset.isChild ? [] : (
            /** @type {StatsModule[]} */
            rootAssetModules.get(statAsset).reduce(
              (moduleIds, statsModule) => {
                if (typeof statsModule.id === "string" || typeof statsModule.id === "number") {
                  moduleIds.push(statsModule.id);
                }
                return moduleIds;
              },
              /** @type {(string | number)[]} */
              []
            )
          );
          let bundleInfo;
          try {
            bundleInfo = parseBundle(assetFile, {
              sourceType: statAsset.info.javascriptModule ? "module" : "script",
              expectedModuleIds
            });
          } catch (err) {
            const msg = (
              /** @type {NodeJS.ErrnoException} */
              err.code === "ENOENT" ? "no such file" : (
                /** @type {Error} */
                err.message
              )
            );
            logger.warn(`Error parsing bundle asset "${assetFile}": ${msg}`, {
              cause: err
            });
            continue;
          }
          bundlesSources[statAsset.name] = {
            src: bundleInfo.src,
            runtimeSrc: bundleInfo.runtimeSrc
          };
          parsedModulesByAsset[statAsset.name] = bundleInfo.modules;
        }
        if (Object.keys(bundlesSources).length === 0) {
          bundlesSources = null;
          parsedModulesByAsset = null;
          logger.warn("\nNo bundles were parsed. Analyzer will show only original module sizes from stats file.\n");
        }
      }
      const assets = bundleStats.assets.reduce(
        (result, statAsset) => {
          let assetModules;
          if (statAsset.isChild) {
            const assetBundles = getChildAssetBundles(bundleStats, statAsset.name);
            const modules = assetBundles ? (
              // @ts-expect-error TODO looks like we have a bug with child compilation parsing, need to add test cases
              getBundleModules(assetBundles)
            ) : [];
            assetModules = modules.filter((statModule) => assetHasModule(statAsset, statModule));
          } else {
            assetModules = /** @type {StatsModule[]} */
            rootAssetModules.get(statAsset);
          }
          assetModules = assetModules.map((statsModule) => ({
            ...statsModule
          }));
          const asset = result[statAsset.name] = /** @type {Asset} */
          {
            size: statAsset.size
          };
          const assetSources = bundlesSources && Object.hasOwn(bundlesSources, statAsset.name) ? bundlesSources[statAsset.name] : null;
          const assetParsedModules = parsedModulesByAsset && Object.hasOwn(parsedModulesByAsset, statAsset.name) ? parsedModulesByAsset[statAsset.name] : null;
          if (assetSources) {
            asset.parsedSize = Buffer.byteLength(assetSources.src);
            if (compressionAlgorithm === "gzip") {
              asset.gzipSize = getCompressedSize("gzip", assetSources.src);
            }
            if (compressionAlgorithm === "brotli") {
              asset.brotliSize = getCompressedSize("brotli", assetSources.src);
            }
            if (compressionAlgorithm === "zstd") {
              asset.zstdSize = getCompressedSize("zstd", assetSources.src);
            }
          }
          if (assetParsedModules) {
            const unparsedEntryModules = [];
            for (const statsModule of assetModules) {
              if (typeof statsModule.id !== "undefined" && Object.hasOwn(assetParsedModules, statsModule.id)) {
                statsModule.parsedSrc = assetParsedModules[statsModule.id];
              } else if (isEntryModule(statsModule)) {
                unparsedEntryModules.push(statsModule);
              }
            }
            if (unparsedEntryModules.length && assetSources) {
              if (unparsedEntryModules.length === 1) {
                unparsedEntryModules[0].parsedSrc = assetSources.runtimeSrc;
              } else {
                assetModules = (assetModules || []).filter((mod) => !unparsedEntryModules.includes(mod));
                assetModules.unshift({
                  identifier: "./entry modules",
                  name: "./entry modules",
                  modules: unparsedEntryModules,
                  size: unparsedEntryModules.reduce((totalSize, module2) => totalSize + /** @type {number} */
                  module2.size, 0),
                  parsedSrc: assetSources.runtimeSrc
                });
              }
            }
          }
          asset.modules = assetModules;
          asset.tree = createModulesTree(asset.modules, {
            compressionAlgorithm
          });
          return result;
        },
        /** @type {Record<string, Asset>} */
        {}
      );
      const chunkToInitialByEntrypoint = getChunkToInitialByEntrypoint(bundleStats);
      return Object.entries(assets).map(([filename, asset]) => ({
        label: filename,
        isAsset: true,
        // Not using `asset.size` here provided by Webpack because it can be very confusing when `UglifyJsPlugin` is used.
        // In this case all module sizes from stats file will represent unminified module sizes, but `asset.size` will
        // be the size of minified bundle.
        // Using `asset.size` only if current asset doesn't contain any modules (resulting size equals 0)
        statSize: asset.tree.size || asset.size,
        parsedSize: asset.parsedSize,
        gzipSize: asset.gzipSize,
        brotliSize: asset.brotliSize,
        zstdSize: asset.zstdSize,
        groups: Object.values(asset.tree.children).map((i) => i.toChartData()),
        isInitialByEntrypoint: chunkToInitialByEntrypoint[filename] ?? {}
      }));
    }
    __name(getViewerData, "getViewerData");
    function readStatsFromFile(filename) {
      return parseChunked(fs.createReadStream(filename, {
        encoding: "utf8"
      }));
    }
    __name(readStatsFromFile, "readStatsFromFile");
    module.exports = {
      getViewerData,
      readStatsFromFile
    };
  }
});

// node_modules/webpack-bundle-analyzer/node_modules/html-escaper/cjs/index.js
var require_cjs2 = __commonJS({
  "node_modules/webpack-bundle-analyzer/node_modules/html-escaper/cjs/index.js"(exports) {
    "use strict";
    var { replace } = "";
    var es = /&(?:amp|#38|lt|#60|gt|#62|apos|#39|quot|#34);/g;
    var ca = /[&<>'"]/g;
    var esca = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      "'": "&#39;",
      '"': "&quot;"
    };
    var pe = /* @__PURE__ */ __name((m) => esca[m], "pe");
    var escape = /* @__PURE__ */ __name((es2) => replace.call(es2, ca, pe), "escape");
    exports.escape = escape;
    var unes = {
      "&amp;": "&",
      "&#38;": "&",
      "&lt;": "<",
      "&#60;": "<",
      "&gt;": ">",
      "&#62;": ">",
      "&apos;": "'",
      "&#39;": "'",
      "&quot;": '"',
      "&#34;": '"'
    };
    var cape = /* @__PURE__ */ __name((m) => unes[m], "cape");
    var unescape = /* @__PURE__ */ __name((un) => replace.call(un, es, cape), "unescape");
    exports.unescape = unescape;
  }
});

// node_modules/webpack-bundle-analyzer/lib/template.js
var require_template = __commonJS({
  "node_modules/webpack-bundle-analyzer/lib/template.js"(exports, module) {
    "use strict";
    var fs = __require("node:fs");
    var path3 = __require("node:path");
    var {
      escape
    } = require_cjs2();
    var projectRoot = path3.resolve(__perfGateDirname, "..");
    var assetsRoot = path3.join(projectRoot, "public");
    function escapeJson(json) {
      return JSON.stringify(json).replaceAll("<", "\\u003c");
    }
    __name(escapeJson, "escapeJson");
    function getAssetContent(filename) {
      const assetPath = path3.join(assetsRoot, filename);
      if (!assetPath.startsWith(assetsRoot)) {
        throw new Error(`"${filename}" is outside of the assets root`);
      }
      const files = { "viewer.js": '/*! For license information please see viewer.js.LICENSE.txt */\n(()=>{var e={7(e,t,n){"use strict";n.d(t,{Ay:()=>l,vu:()=>u,x6:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".Button__button{background:var(--bg-primary);border:1px solid var(--border-color);border-radius:4px;color:var(--text-primary);cursor:pointer;display:inline-block;font:var(--main-font);outline:none;padding:5px 7px;transition:background .3s ease,border-color .3s ease,color .3s ease;white-space:nowrap}.Button__button:focus,.Button__button:hover{background:var(--hover-bg)}.Button__button.Button__active{background:orange;color:#000}.Button__button[disabled]{cursor:default}","",{version:3,sources:["webpack://./client/components/Button.css"],names:[],mappings:"AAAA,gBACE,4BAA6B,CAC7B,oCAAqC,CACrC,iBAAkB,CAWlB,yBAA0B,CAV1B,cAAe,CACf,oBAAqB,CACrB,qBAAsB,CACtB,YAAa,CACb,eAAgB,CAChB,mEAGiB,CACjB,kBAEF,CAEA,4CAEE,0BACF,CAEA,+BACE,iBAAmB,CACnB,UACF,CAEA,0BACE,cACF",sourcesContent:[".button {\\n  background: var(--bg-primary);\\n  border: 1px solid var(--border-color);\\n  border-radius: 4px;\\n  cursor: pointer;\\n  display: inline-block;\\n  font: var(--main-font);\\n  outline: none;\\n  padding: 5px 7px;\\n  transition:\\n    background 0.3s ease,\\n    border-color 0.3s ease,\\n    color 0.3s ease;\\n  white-space: nowrap;\\n  color: var(--text-primary);\\n}\\n\\n.button:focus,\\n.button:hover {\\n  background: var(--hover-bg);\\n}\\n\\n.button.active {\\n  background: #ffa500;\\n  color: #000;\\n}\\n\\n.button[disabled] {\\n  cursor: default;\\n}\\n"],sourceRoot:""}]);var s="Button__button",u="Button__active";const l=a},480(e,t,n){"use strict";n.d(t,{Ay:()=>c,Pf:()=>s,kv:()=>u,rv:()=>l});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".Checkbox__label{display:inline-block}.Checkbox__checkbox,.Checkbox__label{cursor:pointer}.Checkbox__itemText{margin-left:3px;position:relative;top:-2px;vertical-align:middle}","",{version:3,sources:["webpack://./client/components/Checkbox.css"],names:[],mappings:"AAAA,iBAEE,oBACF,CAEA,qCAJE,cAMF,CAEA,oBACE,eAAgB,CAChB,iBAAkB,CAClB,QAAS,CACT,qBACF",sourcesContent:[".label {\\n  cursor: pointer;\\n  display: inline-block;\\n}\\n\\n.checkbox {\\n  cursor: pointer;\\n}\\n\\n.itemText {\\n  margin-left: 3px;\\n  position: relative;\\n  top: -2px;\\n  vertical-align: middle;\\n}\\n"],sourceRoot:""}]);var s="Checkbox__label",u="Checkbox__checkbox",l="Checkbox__itemText";const c=a},660(e,t,n){"use strict";n.d(t,{AS:()=>l,Ay:()=>c,Pf:()=>u,kL:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".CheckboxList__container{font:var(--main-font);white-space:nowrap}.CheckboxList__label{font-size:11px;font-weight:700;margin-bottom:7px}.CheckboxList__item+.CheckboxList__item{margin-top:1px}","",{version:3,sources:["webpack://./client/components/CheckboxList.css"],names:[],mappings:"AAAA,yBACE,qBAAsB,CACtB,kBACF,CAEA,qBACE,cAAe,CACf,eAAiB,CACjB,iBACF,CAEA,wCACE,cACF",sourcesContent:[".container {\\n  font: var(--main-font);\\n  white-space: nowrap;\\n}\\n\\n.label {\\n  font-size: 11px;\\n  font-weight: bold;\\n  margin-bottom: 7px;\\n}\\n\\n.item + .item {\\n  margin-top: 1px;\\n}\\n"],sourceRoot:""}]);var s="CheckboxList__container",u="CheckboxList__label",l="CheckboxList__item";const c=a},831(e,t,n){"use strict";n.d(t,{Ay:()=>l,R:()=>u,kL:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".ContextMenu__container{background:#fff;border:1px solid #aaa;border-radius:4px;font:var(--main-font);list-style:none;opacity:1;padding:0;position:absolute;transition:opacity .2s ease,visibility .2s ease;visibility:visible;white-space:nowrap}.ContextMenu__hidden{opacity:0;visibility:hidden}","",{version:3,sources:["webpack://./client/components/ContextMenu.css"],names:[],mappings:"AAAA,wBAKE,eAAgB,CAChB,qBAAsB,CAFtB,iBAAkB,CAHlB,qBAAsB,CAMtB,eAAgB,CAChB,SAAU,CALV,SAAU,CADV,iBAAkB,CASlB,+CAEsB,CAHtB,kBAAmB,CADnB,kBAKF,CAEA,qBACE,SAAU,CACV,iBACF",sourcesContent:[".container {\\n  font: var(--main-font);\\n  position: absolute;\\n  padding: 0;\\n  border-radius: 4px;\\n  background: #fff;\\n  border: 1px solid #aaa;\\n  list-style: none;\\n  opacity: 1;\\n  white-space: nowrap;\\n  visibility: visible;\\n  transition:\\n    opacity 0.2s ease,\\n    visibility 0.2s ease;\\n}\\n\\n.hidden {\\n  opacity: 0;\\n  visibility: hidden;\\n}\\n"],sourceRoot:""}]);var s="ContextMenu__container",u="ContextMenu__hidden";const l=a},230(e,t,n){"use strict";n.d(t,{AS:()=>s,Ay:()=>l,r9:()=>u});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".ContextMenuItem__item{cursor:pointer;margin:0;padding:8px 14px;-webkit-user-select:none;user-select:none}.ContextMenuItem__item:hover{background:#ffefd7}.ContextMenuItem__disabled{color:gray;cursor:default}.ContextMenuItem__item.ContextMenuItem__disabled:hover{background:#0000}","",{version:3,sources:["webpack://./client/components/ContextMenuItem.css"],names:[],mappings:"AAAA,uBACE,cAAe,CACf,QAAS,CACT,gBAAiB,CACjB,wBAAiB,CAAjB,gBACF,CAEA,6BACE,kBACF,CAEA,2BAEE,UAAW,CADX,cAEF,CAEA,uDACE,gBACF",sourcesContent:[".item {\\n  cursor: pointer;\\n  margin: 0;\\n  padding: 8px 14px;\\n  user-select: none;\\n}\\n\\n.item:hover {\\n  background: #ffefd7;\\n}\\n\\n.disabled {\\n  cursor: default;\\n  color: gray;\\n}\\n\\n.item.disabled:hover {\\n  background: transparent;\\n}\\n"],sourceRoot:""}]);var s="ContextMenuItem__item",u="ContextMenuItem__disabled";const l=a},204(e,t,n){"use strict";n.d(t,{Ay:()=>h,Pf:()=>u,hF:()=>l,kL:()=>s,uK:()=>c});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".Dropdown__container{font:var(--main-font);white-space:nowrap}.Dropdown__label{font-size:11px;font-weight:700;margin-bottom:7px}.Dropdown__input{background:var(--bg-primary);border:1px solid var(--border-color);border-radius:4px;color:var(--text-secondary);display:block;height:27px;transition:background-color .3s ease,border-color .3s ease,color .3s ease;width:100%}.Dropdown__option{cursor:pointer;padding:4px 0}","",{version:3,sources:["webpack://./client/components/Dropdown.css"],names:[],mappings:"AAAA,qBACE,qBAAsB,CACtB,kBACF,CAEA,iBACE,cAAe,CACf,eAAiB,CACjB,iBACF,CAEA,iBAOE,4BAA6B,CAN7B,oCAAqC,CACrC,iBAAkB,CAGlB,2BAA4B,CAF5B,aAAc,CAGd,WAAY,CAEZ,yEAGiB,CAPjB,UAQF,CAEA,kBAEE,cAAe,CADf,aAEF",sourcesContent:[".container {\\n  font: var(--main-font);\\n  white-space: nowrap;\\n}\\n\\n.label {\\n  font-size: 11px;\\n  font-weight: bold;\\n  margin-bottom: 7px;\\n}\\n\\n.input {\\n  border: 1px solid var(--border-color);\\n  border-radius: 4px;\\n  display: block;\\n  width: 100%;\\n  color: var(--text-secondary);\\n  height: 27px;\\n  background: var(--bg-primary);\\n  transition:\\n    background-color 0.3s ease,\\n    border-color 0.3s ease,\\n    color 0.3s ease;\\n}\\n\\n.option {\\n  padding: 4px 0;\\n  cursor: pointer;\\n}\\n"],sourceRoot:""}]);var s="Dropdown__container",u="Dropdown__label",l="Dropdown__input",c="Dropdown__option";const h=a},376(e,t,n){"use strict";n.d(t,{A:()=>u,K:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".Icon__icon{background:no-repeat 50%/contain;display:inline-block;filter:invert(0)}[data-theme=dark] .Icon__icon{filter:invert(1)}","",{version:3,sources:["webpack://./client/components/Icon.css"],names:[],mappings:"AAAA,YACE,gCAAoC,CACpC,oBAAqB,CACrB,gBACF,CAEA,8BACE,gBACF",sourcesContent:[\'.icon {\\n  background: no-repeat center/contain;\\n  display: inline-block;\\n  filter: invert(0);\\n}\\n\\n[data-theme="dark"] .icon {\\n  filter: invert(1);\\n}\\n\'],sourceRoot:""}]);var s="Icon__icon";const u=a},410(e,t,n){"use strict";n.d(t,{Ay:()=>x,TV:()=>y,iv:()=>C,kL:()=>m,q4:()=>A,xG:()=>_});var i=n(354),r=n.n(i),o=n(314),a=n.n(o),s=n(417),u=n.n(s),l=new URL(n(90),n.b),c=new URL(n(46),n.b),h=new URL(n(501),n.b),f=new URL(n(995),n.b),d=a()(r()),p=u()(l),v=u()(c),g=u()(h),b=u()(f);d.push([e.id,`.ModuleItem__container{background:no-repeat 0;cursor:pointer;margin-bottom:4px;padding-left:18px;position:relative;white-space:nowrap}.ModuleItem__container.ModuleItem__module{background-image:url(${p});background-position-x:1px}.ModuleItem__container.ModuleItem__folder{background-image:url(${v})}.ModuleItem__container.ModuleItem__chunk{background-image:url(${g})}.ModuleItem__container.ModuleItem__invisible:hover:before{background:url(${b}) no-repeat 0;content:"";height:100%;left:0;position:absolute;top:1px;width:13px}`,"",{version:3,sources:["webpack://./client/components/ModuleItem.css"],names:[],mappings:"AAAA,uBACE,sBAAiC,CACjC,cAAe,CACf,iBAAkB,CAClB,iBAAkB,CAClB,iBAAkB,CAClB,kBACF,CAEA,0CACE,wDAAkD,CAClD,yBACF,CAEA,0CACE,wDACF,CAEA,yCACE,wDACF,CAEA,0DACE,8DAAqE,CACrE,UAAW,CACX,WAAY,CACZ,MAAO,CAEP,iBAAkB,CADlB,OAAQ,CAER,UACF",sourcesContent:[\'.container {\\n  background: no-repeat left center;\\n  cursor: pointer;\\n  margin-bottom: 4px;\\n  padding-left: 18px;\\n  position: relative;\\n  white-space: nowrap;\\n}\\n\\n.container.module {\\n  background-image: url("../assets/icon-module.svg");\\n  background-position-x: 1px;\\n}\\n\\n.container.folder {\\n  background-image: url("../assets/icon-folder.svg");\\n}\\n\\n.container.chunk {\\n  background-image: url("../assets/icon-chunk.svg");\\n}\\n\\n.container.invisible:hover::before {\\n  background: url("../assets/icon-invisible.svg") no-repeat left center;\\n  content: "";\\n  height: 100%;\\n  left: 0;\\n  top: 1px;\\n  position: absolute;\\n  width: 13px;\\n}\\n\'],sourceRoot:""}]);var m="ModuleItem__container",_="ModuleItem__module",y="ModuleItem__folder",C="ModuleItem__chunk",A="ModuleItem__invisible";const x=d},180(e,t,n){"use strict";n.d(t,{A:()=>u,k:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".ModulesList__container{font:var(--main-font)}","",{version:3,sources:["webpack://./client/components/ModulesList.css"],names:[],mappings:"AAAA,wBACE,qBACF",sourcesContent:[".container {\\n  font: var(--main-font);\\n}\\n"],sourceRoot:""}]);var s="ModulesList__container";const u=a},380(e,t,n){"use strict";n.d(t,{Ay:()=>m,D7:()=>c,DB:()=>v,Nr:()=>p,ON:()=>h,Qb:()=>b,Tj:()=>u,Us:()=>l,Xi:()=>d,as:()=>f,kL:()=>s,oE:()=>g});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".ModulesTreemap__container{align-items:stretch;display:flex;height:100%;position:relative;width:100%}.ModulesTreemap__map{flex:1}.ModulesTreemap__sidebarGroup{font:var(--main-font);margin-bottom:20px}.ModulesTreemap__showOption{margin-top:5px}.ModulesTreemap__activeSize{font-weight:700}.ModulesTreemap__foundModulesInfo{display:flex;font:var(--main-font);margin:8px 0 0}.ModulesTreemap__foundModulesInfoItem+.ModulesTreemap__foundModulesInfoItem{margin-left:15px}.ModulesTreemap__foundModulesContainer{margin-top:15px;max-height:600px;overflow:auto}.ModulesTreemap__foundModulesChunk+.ModulesTreemap__foundModulesChunk{margin-top:15px}.ModulesTreemap__foundModulesChunkName{cursor:pointer;font:var(--main-font);font-weight:700;margin-bottom:7px}.ModulesTreemap__foundModulesList{margin-left:7px}","",{version:3,sources:["webpack://./client/components/ModulesTreemap.css"],names:[],mappings:"AAAA,2BACE,mBAAoB,CACpB,YAAa,CACb,WAAY,CACZ,iBAAkB,CAClB,UACF,CAEA,qBACE,MACF,CAEA,8BACE,qBAAsB,CACtB,kBACF,CAEA,4BACE,cACF,CAEA,4BACE,eACF,CAEA,kCACE,YAAa,CACb,qBAAsB,CACtB,cACF,CAEA,4EACE,gBACF,CAEA,uCACE,eAAgB,CAChB,gBAAiB,CACjB,aACF,CAEA,sEACE,eACF,CAEA,uCACE,cAAe,CACf,qBAAsB,CACtB,eAAiB,CACjB,iBACF,CAEA,kCACE,eACF",sourcesContent:[".container {\\n  align-items: stretch;\\n  display: flex;\\n  height: 100%;\\n  position: relative;\\n  width: 100%;\\n}\\n\\n.map {\\n  flex: 1;\\n}\\n\\n.sidebarGroup {\\n  font: var(--main-font);\\n  margin-bottom: 20px;\\n}\\n\\n.showOption {\\n  margin-top: 5px;\\n}\\n\\n.activeSize {\\n  font-weight: bold;\\n}\\n\\n.foundModulesInfo {\\n  display: flex;\\n  font: var(--main-font);\\n  margin: 8px 0 0;\\n}\\n\\n.foundModulesInfoItem + .foundModulesInfoItem {\\n  margin-left: 15px;\\n}\\n\\n.foundModulesContainer {\\n  margin-top: 15px;\\n  max-height: 600px;\\n  overflow: auto;\\n}\\n\\n.foundModulesChunk + .foundModulesChunk {\\n  margin-top: 15px;\\n}\\n\\n.foundModulesChunkName {\\n  cursor: pointer;\\n  font: var(--main-font);\\n  font-weight: bold;\\n  margin-bottom: 7px;\\n}\\n\\n.foundModulesList {\\n  margin-left: 7px;\\n}\\n"],sourceRoot:""}]);var s="ModulesTreemap__container",u="ModulesTreemap__map",l="ModulesTreemap__sidebarGroup",c="ModulesTreemap__showOption",h="ModulesTreemap__activeSize",f="ModulesTreemap__foundModulesInfo",d="ModulesTreemap__foundModulesInfoItem",p="ModulesTreemap__foundModulesContainer",v="ModulesTreemap__foundModulesChunk",g="ModulesTreemap__foundModulesChunkName",b="ModulesTreemap__foundModulesList";const m=a},607(e,t,n){"use strict";n.d(t,{Ay:()=>f,IU:()=>h,Pf:()=>u,hF:()=>c,kL:()=>s,nM:()=>l});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".Search__container{font:var(--main-font);white-space:nowrap}.Search__label{font-weight:700;margin-bottom:7px}.Search__row{display:flex}.Search__input{background:var(--bg-primary);border:1px solid var(--border-color);border-radius:4px;color:var(--text-primary);display:block;flex:1;padding:5px;transition:background-color .3s ease,color .3s ease,border-color .3s ease}.Search__input:focus{border-color:var(--text-secondary);outline:none}.Search__clear{flex:0 0 auto;line-height:1;margin-left:3px;padding:5px 8px 7px}","",{version:3,sources:["webpack://./client/components/Search.css"],names:[],mappings:"AAAA,mBACE,qBAAsB,CACtB,kBACF,CAEA,eACE,eAAiB,CACjB,iBACF,CAEA,aACE,YACF,CAEA,eAME,4BAA6B,CAL7B,oCAAqC,CACrC,iBAAkB,CAKlB,yBAA0B,CAJ1B,aAAc,CACd,MAAO,CACP,WAAY,CAGZ,yEAIF,CAEA,qBAEE,kCAAmC,CADnC,YAEF,CAEA,eACE,aAAc,CACd,aAAc,CACd,eAAgB,CAChB,mBACF",sourcesContent:[".container {\\n  font: var(--main-font);\\n  white-space: nowrap;\\n}\\n\\n.label {\\n  font-weight: bold;\\n  margin-bottom: 7px;\\n}\\n\\n.row {\\n  display: flex;\\n}\\n\\n.input {\\n  border: 1px solid var(--border-color);\\n  border-radius: 4px;\\n  display: block;\\n  flex: 1;\\n  padding: 5px;\\n  background: var(--bg-primary);\\n  color: var(--text-primary);\\n  transition:\\n    background-color 0.3s ease,\\n    color 0.3s ease,\\n    border-color 0.3s ease;\\n}\\n\\n.input:focus {\\n  outline: none;\\n  border-color: var(--text-secondary);\\n}\\n\\n.clear {\\n  flex: 0 0 auto;\\n  line-height: 1;\\n  margin-left: 3px;\\n  padding: 5px 8px 7px;\\n}\\n"],sourceRoot:""}]);var s="Search__container",u="Search__label",l="Search__row",c="Search__input",h="Search__clear";const f=a},727(e,t,n){"use strict";n.d(t,{Ay:()=>b,Ie:()=>d,Qs:()=>f,R:()=>l,Rm:()=>v,Yf:()=>p,_C:()=>s,dp:()=>c,kL:()=>u,kb:()=>h,tS:()=>g});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".Sidebar__container{background:var(--bg-primary);border:none;border-right:1px solid var(--border-color);box-sizing:border-box;max-width:calc(50% - 10px);opacity:.95;transition:background-color .3s ease,border-color .3s ease;z-index:1}.Sidebar__container:not(.Sidebar__hidden){min-width:200px}.Sidebar__container:not(.Sidebar__pinned){bottom:0;position:absolute;top:0;transition:transform .2s ease}.Sidebar__container.Sidebar__pinned{position:relative}.Sidebar__container.Sidebar__left{left:0}.Sidebar__container.Sidebar__left.Sidebar__hidden{transform:translateX(calc(-100% + 7px))}.Sidebar__content{box-sizing:border-box;height:100%;overflow-y:auto;padding:25px 20px 20px;width:100%}.Sidebar__empty.Sidebar__pinned .Sidebar__content{padding:0}.Sidebar__container .themeToggle{height:26px;left:15px;padding:0;position:absolute;top:10px;width:27px;z-index:10}.Sidebar__pinButton,.Sidebar__toggleButton{cursor:pointer;height:26px;line-height:0;position:absolute;top:10px;width:27px}.Sidebar__pinButton{right:47px}.Sidebar__toggleButton{padding-left:6px;right:15px}.Sidebar__hidden .Sidebar__toggleButton{right:-35px;transition:transform .2s ease}.Sidebar__hidden .Sidebar__toggleButton:hover{transform:translateX(4px)}.Sidebar__resizer{bottom:0;cursor:col-resize;position:absolute;right:0;top:0;width:7px}","",{version:3,sources:["webpack://./client/components/Sidebar.css"],names:[],mappings:"AAAA,oBACE,4BAA6B,CAC7B,WAAY,CACZ,0CAA2C,CAC3C,qBAAsB,CACtB,0BAA2B,CAC3B,WAAa,CAEb,0DAEwB,CAHxB,SAIF,CAEA,0CACE,eACF,CAEA,0CACE,QAAS,CACT,iBAAkB,CAClB,KAAM,CACN,6BACF,CAEA,oCACE,iBACF,CAEA,kCACE,MACF,CAEA,kDACE,uCACF,CAEA,kBACE,qBAAsB,CACtB,WAAY,CACZ,eAAgB,CAChB,sBAAuB,CACvB,UACF,CAEA,kDACE,SACF,CAEA,iCAKE,WAAY,CAFZ,SAAU,CAIV,SAAU,CANV,iBAAkB,CAClB,QAAS,CAIT,UAAW,CAFX,UAIF,CAEA,2CAEE,cAAe,CACf,WAAY,CACZ,aAAc,CACd,iBAAkB,CAClB,QAAS,CACT,UACF,CAEA,oBACE,UACF,CAEA,uBACE,gBAAiB,CACjB,UACF,CAEA,wCACE,WAAY,CACZ,6BACF,CAEA,8CACE,yBACF,CAEA,kBACE,QAAS,CACT,iBAAkB,CAClB,iBAAkB,CAClB,OAAQ,CACR,KAAM,CACN,SACF",sourcesContent:[".container {\\n  background: var(--bg-primary);\\n  border: none;\\n  border-right: 1px solid var(--border-color);\\n  box-sizing: border-box;\\n  max-width: calc(50% - 10px);\\n  opacity: 0.95;\\n  z-index: 1;\\n  transition:\\n    background-color 0.3s ease,\\n    border-color 0.3s ease;\\n}\\n\\n.container:not(.hidden) {\\n  min-width: 200px;\\n}\\n\\n.container:not(.pinned) {\\n  bottom: 0;\\n  position: absolute;\\n  top: 0;\\n  transition: transform 200ms ease;\\n}\\n\\n.container.pinned {\\n  position: relative;\\n}\\n\\n.container.left {\\n  left: 0;\\n}\\n\\n.container.left.hidden {\\n  transform: translateX(calc(-100% + 7px));\\n}\\n\\n.content {\\n  box-sizing: border-box;\\n  height: 100%;\\n  overflow-y: auto;\\n  padding: 25px 20px 20px;\\n  width: 100%;\\n}\\n\\n.empty.pinned .content {\\n  padding: 0;\\n}\\n\\n.container :global(.themeToggle) {\\n  position: absolute;\\n  top: 10px;\\n  left: 15px;\\n  z-index: 10;\\n  height: 26px;\\n  width: 27px;\\n  padding: 0;\\n}\\n\\n.pinButton,\\n.toggleButton {\\n  cursor: pointer;\\n  height: 26px;\\n  line-height: 0;\\n  position: absolute;\\n  top: 10px;\\n  width: 27px;\\n}\\n\\n.pinButton {\\n  right: 47px;\\n}\\n\\n.toggleButton {\\n  padding-left: 6px;\\n  right: 15px;\\n}\\n\\n.hidden .toggleButton {\\n  right: -35px;\\n  transition: transform 0.2s ease;\\n}\\n\\n.hidden .toggleButton:hover {\\n  transform: translateX(4px);\\n}\\n\\n.resizer {\\n  bottom: 0;\\n  cursor: col-resize;\\n  position: absolute;\\n  right: 0;\\n  top: 0;\\n  width: 7px;\\n}\\n\\n:export {\\n  toggleTime: 200ms;\\n}\\n"],sourceRoot:""}]);var s=".2s",u="Sidebar__container",l="Sidebar__hidden",c="Sidebar__pinned",h="Sidebar__left",f="Sidebar__content",d="Sidebar__empty",p="Sidebar__pinButton",v="Sidebar__toggleButton",g="Sidebar__resizer";const b=a},214(e,t,n){"use strict";n.d(t,{AS:()=>l,Ay:()=>c,Pf:()=>u,kL:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".Switcher__container{font:var(--main-font);white-space:nowrap}.Switcher__label{font-size:11px;font-weight:700;margin-bottom:7px}.Switcher__item+.Switcher__item{margin-left:5px}","",{version:3,sources:["webpack://./client/components/Switcher.css"],names:[],mappings:"AAAA,qBACE,qBAAsB,CACtB,kBACF,CAEA,iBAEE,cAAe,CADf,eAAiB,CAEjB,iBACF,CAEA,gCACE,eACF",sourcesContent:[".container {\\n  font: var(--main-font);\\n  white-space: nowrap;\\n}\\n\\n.label {\\n  font-weight: bold;\\n  font-size: 11px;\\n  margin-bottom: 7px;\\n}\\n\\n.item + .item {\\n  margin-left: 5px;\\n}\\n"],sourceRoot:""}]);var s="Switcher__container",u="Switcher__label",l="Switcher__item";const c=a},284(e,t,n){"use strict";n.d(t,{A:()=>u,y:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".ThemeToggle__themeToggle{align-items:center;background:#0000;border:none;border-radius:4px;cursor:pointer;display:flex;justify-content:center;padding:8px;transition:background-color .2s ease}.ThemeToggle__themeToggle:hover{background:#0000001a}[data-theme=dark] .ThemeToggle__themeToggle:hover{background:#ffffff1a}","",{version:3,sources:["webpack://./client/components/ThemeToggle.css"],names:[],mappings:"AAAA,0BAME,kBAAmB,CALnB,gBAAuB,CACvB,WAAY,CAMZ,iBAAkB,CALlB,cAAe,CAEf,YAAa,CAEb,sBAAuB,CAHvB,WAAY,CAKZ,oCACF,CAEA,gCACE,oBACF,CAEA,kDACE,oBACF",sourcesContent:[\'.themeToggle {\\n  background: transparent;\\n  border: none;\\n  cursor: pointer;\\n  padding: 8px;\\n  display: flex;\\n  align-items: center;\\n  justify-content: center;\\n  border-radius: 4px;\\n  transition: background-color 0.2s ease;\\n}\\n\\n.themeToggle:hover {\\n  background: rgba(0, 0, 0, 0.1);\\n}\\n\\n[data-theme="dark"] .themeToggle:hover {\\n  background: rgba(255, 255, 255, 0.1);\\n}\\n\'],sourceRoot:""}]);var s="ThemeToggle__themeToggle";const u=a},630(e,t,n){"use strict";n.d(t,{Ay:()=>l,R:()=>u,kL:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,".Tooltip__container{background:#fff;border:1px solid #aaa;border-radius:4px;font:var(--main-font);opacity:.9;padding:5px 10px;position:absolute;transition:opacity .2s ease,visibility .2s ease;visibility:visible;white-space:nowrap}.Tooltip__hidden{opacity:0;visibility:hidden}html[data-theme=dark] .Tooltip__container{background:var(--bg-primary);border:1px solid var(--border-color);color:var(--text-primary)}","",{version:3,sources:["webpack://./client/components/Tooltip.css"],names:[],mappings:"AAAA,oBAKE,eAAgB,CAChB,qBAAsB,CAFtB,iBAAkB,CAHlB,qBAAsB,CAMtB,UAAY,CAJZ,gBAAiB,CADjB,iBAAkB,CAQlB,+CAEsB,CAHtB,kBAAmB,CADnB,kBAKF,CAEA,iBACE,SAAU,CACV,iBACF,CAEA,0CACE,4BAA6B,CAE7B,oCAAqC,CADrC,yBAEF",sourcesContent:[\'.container {\\n  font: var(--main-font);\\n  position: absolute;\\n  padding: 5px 10px;\\n  border-radius: 4px;\\n  background: #fff;\\n  border: 1px solid #aaa;\\n  opacity: 0.9;\\n  white-space: nowrap;\\n  visibility: visible;\\n  transition:\\n    opacity 0.2s ease,\\n    visibility 0.2s ease;\\n}\\n\\n.hidden {\\n  opacity: 0;\\n  visibility: hidden;\\n}\\n\\n:global(html[data-theme="dark"]) .container {\\n  background: var(--bg-primary);\\n  color: var(--text-primary);\\n  border: 1px solid var(--border-color);\\n}\\n\'],sourceRoot:""}]);var s="Tooltip__container",u="Tooltip__hidden";const l=a},99(e,t,n){"use strict";n.d(t,{A:()=>s});var i=n(354),r=n.n(i),o=n(314),a=n.n(o)()(r());a.push([e.id,":root{--main-font:normal 11px Verdana,sans-serif;--bg-primary:#fff;--bg-secondary:#f5f5f5;--text-primary:#000;--text-secondary:#666;--border-color:#aaa;--border-light:#ddd;--shadow:#0000001a;--hover-bg:#0000000d}[data-theme=dark]{--bg-primary:#1e1e1e;--bg-secondary:#252525;--text-primary:#e0e0e0;--text-secondary:#a0a0a0;--border-color:#404040;--border-light:#333;--shadow:#0000004d;--hover-bg:#ffffff0d}#app,body,html{background:var(--bg-primary);color:var(--text-primary);height:100%;margin:0;overflow:hidden;padding:0;transition:background-color .3s ease,color .3s ease;width:100%}body.resizing{-webkit-user-select:none!important;user-select:none!important}body.resizing *{pointer-events:none}body.resizing.col{cursor:col-resize!important}","",{version:3,sources:["webpack://./client/viewer.css"],names:[],mappings:"AAAA,MACE,0CAA4C,CAC5C,iBAAkB,CAClB,sBAAuB,CACvB,mBAAoB,CACpB,qBAAsB,CACtB,mBAAoB,CACpB,mBAAoB,CACpB,kBAA4B,CAC5B,oBACF,CAEA,kBACE,oBAAqB,CACrB,sBAAuB,CACvB,sBAAuB,CACvB,wBAAyB,CACzB,sBAAuB,CACvB,mBAAoB,CACpB,kBAA4B,CAC5B,oBACF,CAEA,eAQE,4BAA6B,CAC7B,yBAA0B,CAN1B,WAAY,CACZ,QAAS,CACT,eAAgB,CAChB,SAAU,CAIV,mDAEiB,CALjB,UAMF,CAEA,cACE,kCAA4B,CAA5B,0BACF,CAEA,gBACE,mBACF,CAEA,kBACE,2BACF",sourcesContent:[\':root {\\n  --main-font: normal 11px Verdana, sans-serif;\\n  --bg-primary: #fff;\\n  --bg-secondary: #f5f5f5;\\n  --text-primary: #000;\\n  --text-secondary: #666;\\n  --border-color: #aaa;\\n  --border-light: #ddd;\\n  --shadow: rgba(0, 0, 0, 0.1);\\n  --hover-bg: rgba(0, 0, 0, 0.05);\\n}\\n\\n[data-theme="dark"] {\\n  --bg-primary: #1e1e1e;\\n  --bg-secondary: #252525;\\n  --text-primary: #e0e0e0;\\n  --text-secondary: #a0a0a0;\\n  --border-color: #404040;\\n  --border-light: #333;\\n  --shadow: rgba(0, 0, 0, 0.3);\\n  --hover-bg: rgba(255, 255, 255, 0.05);\\n}\\n\\n:global html,\\n:global body,\\n:global #app {\\n  height: 100%;\\n  margin: 0;\\n  overflow: hidden;\\n  padding: 0;\\n  width: 100%;\\n  background: var(--bg-primary);\\n  color: var(--text-primary);\\n  transition:\\n    background-color 0.3s ease,\\n    color 0.3s ease;\\n}\\n\\n:global body.resizing {\\n  user-select: none !important;\\n}\\n\\n:global body.resizing * {\\n  pointer-events: none;\\n}\\n\\n:global body.resizing.col {\\n  cursor: col-resize !important;\\n}\\n\'],sourceRoot:""}]);const s=a},314(e){"use strict";e.exports=function(e){var t=[];return t.toString=function(){return this.map(function(t){var n="",i=void 0!==t[5];return t[4]&&(n+="@supports (".concat(t[4],") {")),t[2]&&(n+="@media ".concat(t[2]," {")),i&&(n+="@layer".concat(t[5].length>0?" ".concat(t[5]):""," {")),n+=e(t),i&&(n+="}"),t[2]&&(n+="}"),t[4]&&(n+="}"),n}).join("")},t.i=function(e,n,i,r,o){"string"==typeof e&&(e=[[null,e,void 0]]);var a={};if(i)for(var s=0;s<this.length;s++){var u=this[s][0];null!=u&&(a[u]=!0)}for(var l=0;l<e.length;l++){var c=[].concat(e[l]);i&&a[c[0]]||(void 0!==o&&(void 0===c[5]||(c[1]="@layer".concat(c[5].length>0?" ".concat(c[5]):""," {").concat(c[1],"}")),c[5]=o),n&&(c[2]?(c[1]="@media ".concat(c[2]," {").concat(c[1],"}"),c[2]=n):c[2]=n),r&&(c[4]?(c[1]="@supports (".concat(c[4],") {").concat(c[1],"}"),c[4]=r):c[4]="".concat(r)),t.push(c))}},t}},417(e){"use strict";e.exports=function(e,t){return t||(t={}),e?(e=String(e.__esModule?e.default:e),/^[\'"].*[\'"]$/.test(e)&&(e=e.slice(1,-1)),t.hash&&(e+=t.hash),/["\'() \\t\\n]|(%20)/.test(e)||t.needQuotes?\'"\'.concat(e.replace(/"/g,\'\\\\"\').replace(/\\n/g,"\\\\n"),\'"\'):e):e}},354(e){"use strict";e.exports=function(e){var t=e[1],n=e[3];if(!n)return t;if("function"==typeof btoa){var i=btoa(unescape(encodeURIComponent(JSON.stringify(n)))),r="sourceMappingURL=data:application/json;charset=utf-8;base64,".concat(i),o="/*# ".concat(r," */");return[t].concat([o]).join("\\n")}return[t].join("\\n")}},299(e,t,n){"use strict";n.r(t),n.d(t,{Children:()=>$,Component:()=>s.uA,Fragment:()=>s.FK,PureComponent:()=>H,StrictMode:()=>Ne,Suspense:()=>ne,SuspenseList:()=>oe,__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED:()=>Te,cloneElement:()=>je,createContext:()=>s.q6,createElement:()=>s.n,createFactory:()=>ze,createPortal:()=>le,createRef:()=>s._3,default:()=>Fe,findDOMNode:()=>Oe,flushSync:()=>Pe,forwardRef:()=>Z,hydrate:()=>be,isElement:()=>Re,isFragment:()=>De,isMemo:()=>Ee,isValidElement:()=>Be,lazy:()=>re,memo:()=>W,render:()=>ge,startTransition:()=>G,unmountComponentAtNode:()=>Le,unstable_batchedUpdates:()=>Ie,useCallback:()=>S,useContext:()=>M,useDebugValue:()=>T,useDeferredValue:()=>q,useEffect:()=>y,useErrorBoundary:()=>k,useId:()=>z,useImperativeHandle:()=>x,useInsertionEffect:()=>V,useLayoutEffect:()=>C,useMemo:()=>w,useReducer:()=>_,useRef:()=>A,useState:()=>m,useSyncExternalStore:()=>R,useTransition:()=>U,version:()=>ke});var i,r,o,a,s=n(172),u=0,l=[],c=s.fF,h=c.__b,f=c.__r,d=c.diffed,p=c.__c,v=c.unmount,g=c.__;function b(e,t){c.__h&&c.__h(r,e,u||t),u=0;var n=r.__H||(r.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function m(e){return u=1,_(I,e)}function _(e,t,n){var o=b(i++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):I(void 0,t),function(e){var t=o.__N?o.__N[0]:o.__[0],n=o.t(t,e);t!==n&&(o.__N=[n,o.__[1]],o.__c.setState({}))}],o.__c=r,!r.__f)){var a=function(e,t,n){if(!o.__c.__H)return!0;var i=o.__c.__H.__.filter(function(e){return!!e.__c});if(i.every(function(e){return!e.__N}))return!s||s.call(this,e,t,n);var r=o.__c.props!==e;return i.forEach(function(e){if(e.__N){var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(r=!0)}}),s&&s.call(this,e,t,n)||r};r.__f=!0;var s=r.shouldComponentUpdate,u=r.componentWillUpdate;r.componentWillUpdate=function(e,t,n){if(this.__e){var i=s;s=void 0,a(e,t,n),s=i}u&&u.call(this,e,t,n)},r.shouldComponentUpdate=a}return o.__N||o.__}function y(e,t){var n=b(i++,3);!c.__s&&O(n.__H,t)&&(n.__=e,n.u=t,r.__H.__h.push(n))}function C(e,t){var n=b(i++,4);!c.__s&&O(n.__H,t)&&(n.__=e,n.u=t,r.__h.push(n))}function A(e){return u=5,w(function(){return{current:e}},[])}function x(e,t,n){u=6,C(function(){if("function"==typeof e){var n=e(t());return function(){e(null),n&&"function"==typeof n&&n()}}if(e)return e.current=t(),function(){return e.current=null}},null==n?n:n.concat(e))}function w(e,t){var n=b(i++,7);return O(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function S(e,t){return u=8,w(function(){return e},t)}function M(e){var t=r.context[e.__c],n=b(i++,9);return n.c=e,t?(null==n.__&&(n.__=!0,t.sub(r)),t.props.value):e.__}function T(e,t){c.useDebugValue&&c.useDebugValue(t?t(e):e)}function k(e){var t=b(i++,10),n=m();return t.__=e,r.componentDidCatch||(r.componentDidCatch=function(e,i){t.__&&t.__(e,i),n[1](e)}),[n[0],function(){n[1](void 0)}]}function z(){var e=b(i++,11);if(!e.__){for(var t=r.__v;null!==t&&!t.__m&&null!==t.__;)t=t.__;var n=t.__m||(t.__m=[0,0]);e.__="P"+n[0]+"-"+n[1]++}return e.__}function B(){for(var e;e=l.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(j),e.__H.__h.forEach(L),e.__H.__h=[]}catch(i){e.__H.__h=[],c.__e(i,e.__v)}}c.__b=function(e){r=null,h&&h(e)},c.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),g&&g(e,t)},c.__r=function(e){f&&f(e),i=0;var t=(r=e.__c).__H;t&&(o===r?(t.__h=[],r.__h=[],t.__.forEach(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.forEach(j),t.__h.forEach(L),t.__h=[],i=0)),o=r},c.diffed=function(e){d&&d(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(1!==l.push(t)&&a===c.requestAnimationFrame||((a=c.requestAnimationFrame)||E)(B)),t.__H.__.forEach(function(e){e.u&&(e.__H=e.u),e.u=void 0})),o=r=null},c.__c=function(e,t){t.some(function(e){try{e.__h.forEach(j),e.__h=e.__h.filter(function(e){return!e.__||L(e)})}catch(r){t.some(function(e){e.__h&&(e.__h=[])}),t=[],c.__e(r,e.__v)}}),p&&p(e,t)},c.unmount=function(e){v&&v(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(e){try{j(e)}catch(e){t=e}}),n.__H=void 0,t&&c.__e(t,n.__v))};var D="function"==typeof requestAnimationFrame;function E(e){var t,n=function(){clearTimeout(i),D&&cancelAnimationFrame(t),setTimeout(e)},i=setTimeout(n,35);D&&(t=requestAnimationFrame(n))}function j(e){var t=r,n=e.__c;"function"==typeof n&&(e.__c=void 0,n()),r=t}function L(e){var t=r;e.__c=e.__(),r=t}function O(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function I(e,t){return"function"==typeof t?t(e):t}function P(e,t){for(var n in t)e[n]=t[n];return e}function N(e,t){for(var n in e)if("__source"!==n&&!(n in t))return!0;for(var i in t)if("__source"!==i&&e[i]!==t[i])return!0;return!1}function R(e,t){var n=t(),i=m({t:{__:n,u:t}}),r=i[0].t,o=i[1];return C(function(){r.__=n,r.u=t,F(r)&&o({t:r})},[e,n,t]),y(function(){return F(r)&&o({t:r}),e(function(){F(r)&&o({t:r})})},[e]),n}function F(e){var t,n,i=e.u,r=e.__;try{var o=i();return!((t=r)===(n=o)&&(0!==t||1/t==1/n)||t!=t&&n!=n)}catch(e){return!0}}function G(e){e()}function q(e){return e}function U(){return[!1,G]}var V=C;function H(e,t){this.props=e,this.context=t}function W(e,t){function n(e){var n=this.props.ref,i=n==e.ref;return!i&&n&&(n.call?n(null):n.current=null),t?!t(this.props,e)||!i:N(this.props,e)}function i(t){return this.shouldComponentUpdate=n,(0,s.n)(e,t)}return i.displayName="Memo("+(e.displayName||e.name)+")",i.prototype.isReactComponent=!0,i.__f=!0,i.type=e,i}(H.prototype=new s.uA).isPureReactComponent=!0,H.prototype.shouldComponentUpdate=function(e,t){return N(this.props,e)||N(this.state,t)};var K=s.fF.__b;s.fF.__b=function(e){e.type&&e.type.__f&&e.ref&&(e.props.ref=e.ref,e.ref=null),K&&K(e)};var Y="undefined"!=typeof Symbol&&Symbol.for&&Symbol.for("react.forward_ref")||3911;function Z(e){function t(t){var n=P({},t);return delete n.ref,e(n,t.ref||null)}return t.$$typeof=Y,t.render=e,t.prototype.isReactComponent=t.__f=!0,t.displayName="ForwardRef("+(e.displayName||e.name)+")",t}var X=function(e,t){return null==e?null:(0,s.v2)((0,s.v2)(e).map(t))},$={map:X,forEach:X,count:function(e){return e?(0,s.v2)(e).length:0},only:function(e){var t=(0,s.v2)(e);if(1!==t.length)throw"Children.only";return t[0]},toArray:s.v2},Q=s.fF.__e;s.fF.__e=function(e,t,n,i){if(e.then)for(var r,o=t;o=o.__;)if((r=o.__c)&&r.__c)return null==t.__e&&(t.__e=n.__e,t.__k=n.__k),r.__c(e,t);Q(e,t,n,i)};var J=s.fF.unmount;function ee(e,t,n){return e&&(e.__c&&e.__c.__H&&(e.__c.__H.__.forEach(function(e){"function"==typeof e.__c&&e.__c()}),e.__c.__H=null),null!=(e=P({},e)).__c&&(e.__c.__P===n&&(e.__c.__P=t),e.__c.__e=!0,e.__c=null),e.__k=e.__k&&e.__k.map(function(e){return ee(e,t,n)})),e}function te(e,t,n){return e&&n&&(e.__v=null,e.__k=e.__k&&e.__k.map(function(e){return te(e,t,n)}),e.__c&&e.__c.__P===t&&(e.__e&&n.appendChild(e.__e),e.__c.__e=!0,e.__c.__P=n)),e}function ne(){this.__u=0,this.o=null,this.__b=null}function ie(e){if(!e.__)return null;var t=e.__.__c;return t&&t.__a&&t.__a(e)}function re(e){var t,n,i,r=null;function o(o){if(t||(t=e()).then(function(e){e&&(r=e.default||e),i=!0},function(e){n=e,i=!0}),n)throw n;if(!i)throw t;return r?(0,s.n)(r,o):null}return o.displayName="Lazy",o.__f=!0,o}function oe(){this.i=null,this.l=null}s.fF.unmount=function(e){var t=e.__c;t&&(t.__z=!0),t&&t.__R&&t.__R(),t&&32&e.__u&&(e.type=null),J&&J(e)},(ne.prototype=new s.uA).__c=function(e,t){var n=t.__c,i=this;null==i.o&&(i.o=[]),i.o.push(n);var r=ie(i.__v),o=!1,a=function(){o||i.__z||(o=!0,n.__R=null,r?r(u):u())};n.__R=a;var s=n.__P;n.__P=null;var u=function(){if(! --i.__u){if(i.state.__a){var e=i.state.__a;i.__v.__k[0]=te(e,e.__c.__P,e.__c.__O)}var t;for(i.setState({__a:i.__b=null});t=i.o.pop();)t.__P=s,t.forceUpdate()}};i.__u++||32&t.__u||i.setState({__a:i.__b=i.__v.__k[0]}),e.then(a,a)},ne.prototype.componentWillUnmount=function(){this.o=[]},ne.prototype.render=function(e,t){if(this.__b){if(this.__v.__k){var n=document.createElement("div"),i=this.__v.__k[0].__c;this.__v.__k[0]=ee(this.__b,n,i.__O=i.__P)}this.__b=null}var r=t.__a&&(0,s.n)(s.FK,null,e.fallback);return r&&(r.__u&=-33),[(0,s.n)(s.FK,null,t.__a?null:e.children),r]};var ae=function(e,t,n){if(++n[1]===n[0]&&e.l.delete(t),e.props.revealOrder&&("t"!==e.props.revealOrder[0]||!e.l.size))for(n=e.i;n;){for(;n.length>3;)n.pop()();if(n[1]<n[0])break;e.i=n=n[2]}};function se(e){return this.getChildContext=function(){return e.context},e.children}function ue(e){var t=this,n=e.h;if(t.componentWillUnmount=function(){(0,s.XX)(null,t.v),t.v=null,t.h=null},t.h&&t.h!==n&&t.componentWillUnmount(),!t.v){for(var i=t.__v;null!==i&&!i.__m&&null!==i.__;)i=i.__;t.h=n,t.v={nodeType:1,parentNode:n,childNodes:[],__k:{__m:i.__m},contains:function(){return!0},namespaceURI:n.namespaceURI,insertBefore:function(e,n){this.childNodes.push(e),t.h.insertBefore(e,n)},removeChild:function(e){this.childNodes.splice(this.childNodes.indexOf(e)>>>1,1),t.h.removeChild(e)}}}(0,s.XX)((0,s.n)(se,{context:t.context},e.__v),t.v)}function le(e,t){var n=(0,s.n)(ue,{__v:e,h:t});return n.containerInfo=t,n}(oe.prototype=new s.uA).__a=function(e){var t=this,n=ie(t.__v),i=t.l.get(e);return i[0]++,function(r){var o=function(){t.props.revealOrder?(i.push(r),ae(t,e,i)):r()};n?n(o):o()}},oe.prototype.render=function(e){this.i=null,this.l=new Map;var t=(0,s.v2)(e.children);e.revealOrder&&"b"===e.revealOrder[0]&&t.reverse();for(var n=t.length;n--;)this.l.set(t[n],this.i=[1,0,this.i]);return e.children},oe.prototype.componentDidUpdate=oe.prototype.componentDidMount=function(){var e=this;this.l.forEach(function(t,n){ae(e,n,t)})};var ce="undefined"!=typeof Symbol&&Symbol.for&&Symbol.for("react.element")||60103,he=/^(?:accent|alignment|arabic|baseline|cap|clip(?!PathU)|color|dominant|fill|flood|font|glyph(?!R)|horiz|image(!S)|letter|lighting|marker(?!H|W|U)|overline|paint|pointer|shape|stop|strikethrough|stroke|text(?!L)|transform|underline|unicode|units|v|vector|vert|word|writing|x(?!C))[A-Z]/,fe=/^on(Ani|Tra|Tou|BeforeInp|Compo)/,de=/[A-Z0-9]/g,pe="undefined"!=typeof document,ve=function(e){return("undefined"!=typeof Symbol&&"symbol"==typeof Symbol()?/fil|che|rad/:/fil|che|ra/).test(e)};function ge(e,t,n){return null==t.__k&&(t.textContent=""),(0,s.XX)(e,t),"function"==typeof n&&n(),e?e.__c:null}function be(e,t,n){return(0,s.Qv)(e,t),"function"==typeof n&&n(),e?e.__c:null}s.uA.prototype.isReactComponent={},["componentWillMount","componentWillReceiveProps","componentWillUpdate"].forEach(function(e){Object.defineProperty(s.uA.prototype,e,{configurable:!0,get:function(){return this["UNSAFE_"+e]},set:function(t){Object.defineProperty(this,e,{configurable:!0,writable:!0,value:t})}})});var me=s.fF.event;function _e(){}function ye(){return this.cancelBubble}function Ce(){return this.defaultPrevented}s.fF.event=function(e){return me&&(e=me(e)),e.persist=_e,e.isPropagationStopped=ye,e.isDefaultPrevented=Ce,e.nativeEvent=e};var Ae,xe={enumerable:!1,configurable:!0,get:function(){return this.class}},we=s.fF.vnode;s.fF.vnode=function(e){"string"==typeof e.type&&function(e){var t=e.props,n=e.type,i={},r=-1===n.indexOf("-");for(var o in t){var a=t[o];if(!("value"===o&&"defaultValue"in t&&null==a||pe&&"children"===o&&"noscript"===n||"class"===o||"className"===o)){var u=o.toLowerCase();"defaultValue"===o&&"value"in t&&null==t.value?o="value":"download"===o&&!0===a?a="":"translate"===u&&"no"===a?a=!1:"o"===u[0]&&"n"===u[1]?"ondoubleclick"===u?o="ondblclick":"onchange"!==u||"input"!==n&&"textarea"!==n||ve(t.type)?"onfocus"===u?o="onfocusin":"onblur"===u?o="onfocusout":fe.test(o)&&(o=u):u=o="oninput":r&&he.test(o)?o=o.replace(de,"-$&").toLowerCase():null===a&&(a=void 0),"oninput"===u&&i[o=u]&&(o="oninputCapture"),i[o]=a}}"select"==n&&i.multiple&&Array.isArray(i.value)&&(i.value=(0,s.v2)(t.children).forEach(function(e){e.props.selected=-1!=i.value.indexOf(e.props.value)})),"select"==n&&null!=i.defaultValue&&(i.value=(0,s.v2)(t.children).forEach(function(e){e.props.selected=i.multiple?-1!=i.defaultValue.indexOf(e.props.value):i.defaultValue==e.props.value})),t.class&&!t.className?(i.class=t.class,Object.defineProperty(i,"className",xe)):(t.className&&!t.class||t.class&&t.className)&&(i.class=i.className=t.className),e.props=i}(e),e.$$typeof=ce,we&&we(e)};var Se=s.fF.__r;s.fF.__r=function(e){Se&&Se(e),Ae=e.__c};var Me=s.fF.diffed;s.fF.diffed=function(e){Me&&Me(e);var t=e.props,n=e.__e;null!=n&&"textarea"===e.type&&"value"in t&&t.value!==n.value&&(n.value=null==t.value?"":t.value),Ae=null};var Te={ReactCurrentDispatcher:{current:{readContext:function(e){return Ae.__n[e.__c].props.value},useCallback:S,useContext:M,useDebugValue:T,useDeferredValue:q,useEffect:y,useId:z,useImperativeHandle:x,useInsertionEffect:V,useLayoutEffect:C,useMemo:w,useReducer:_,useRef:A,useState:m,useSyncExternalStore:R,useTransition:U}}},ke="18.3.1";function ze(e){return s.n.bind(null,e)}function Be(e){return!!e&&e.$$typeof===ce}function De(e){return Be(e)&&e.type===s.FK}function Ee(e){return!!e&&!!e.displayName&&("string"==typeof e.displayName||e.displayName instanceof String)&&e.displayName.startsWith("Memo(")}function je(e){return Be(e)?s.Ob.apply(null,arguments):e}function Le(e){return!!e.__k&&((0,s.XX)(null,e),!0)}function Oe(e){return e&&(e.base||1===e.nodeType&&e)||null}var Ie=function(e,t){return e(t)},Pe=function(e,t){return e(t)},Ne=s.FK,Re=Be,Fe={useState:m,useId:z,useReducer:_,useEffect:y,useLayoutEffect:C,useInsertionEffect:V,useTransition:U,useDeferredValue:q,useSyncExternalStore:R,startTransition:G,useRef:A,useImperativeHandle:x,useMemo:w,useCallback:S,useContext:M,useDebugValue:T,version:"18.3.1",Children:$,render:ge,hydrate:be,unmountComponentAtNode:Le,createPortal:le,createElement:s.n,createContext:s.q6,createFactory:ze,cloneElement:je,createRef:s._3,Fragment:s.FK,isValidElement:Be,isElement:Re,isFragment:De,isMemo:Ee,findDOMNode:Oe,Component:s.uA,PureComponent:H,memo:W,forwardRef:Z,flushSync:Pe,unstable_batchedUpdates:Ie,StrictMode:Ne,Suspense:ne,SuspenseList:oe,lazy:re,__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED:Te}},172(e,t,n){"use strict";n.d(t,{FK:()=>w,Ob:()=>Y,Qv:()=>K,XX:()=>W,_3:()=>x,fF:()=>r,n:()=>C,q6:()=>Z,uA:()=>S,v2:()=>j});var i,r,o,a,s,u,l,c,h,f,d,p,v={},g=[],b=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,m=Array.isArray;function _(e,t){for(var n in t)e[n]=t[n];return e}function y(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function C(e,t,n){var r,o,a,s={};for(a in t)"key"==a?r=t[a]:"ref"==a?o=t[a]:s[a]=t[a];if(arguments.length>2&&(s.children=arguments.length>3?i.call(arguments,2):n),"function"==typeof e&&null!=e.defaultProps)for(a in e.defaultProps)void 0===s[a]&&(s[a]=e.defaultProps[a]);return A(e,s,r,o,null)}function A(e,t,n,i,a){var s={type:e,props:t,key:n,ref:i,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:null==a?++o:a,__i:-1,__u:0};return null==a&&null!=r.vnode&&r.vnode(s),s}function x(){return{current:null}}function w(e){return e.children}function S(e,t){this.props=e,this.context=t}function M(e,t){if(null==t)return e.__?M(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if(null!=(n=e.__k[t])&&null!=n.__e)return n.__e;return"function"==typeof e.type?M(e):null}function T(e){var t,n;if(null!=(e=e.__)&&null!=e.__c){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if(null!=(n=e.__k[t])&&null!=n.__e){e.__e=e.__c.base=n.__e;break}return T(e)}}function k(e){(!e.__d&&(e.__d=!0)&&a.push(e)&&!z.__r++||s!=r.debounceRendering)&&((s=r.debounceRendering)||u)(z)}function z(){for(var e,t,n,i,o,s,u,c=1;a.length;)a.length>c&&a.sort(l),e=a.shift(),c=a.length,e.__d&&(n=void 0,i=void 0,o=(i=(t=e).__v).__e,s=[],u=[],t.__P&&((n=_({},i)).__v=i.__v+1,r.vnode&&r.vnode(n),N(t.__P,n,i,t.__n,t.__P.namespaceURI,32&i.__u?[o]:null,s,null==o?M(i):o,!!(32&i.__u),u),n.__v=i.__v,n.__.__k[n.__i]=n,F(s,n,u),i.__e=i.__=null,n.__e!=o&&T(n)));z.__r=0}function B(e,t,n,i,r,o,a,s,u,l,c){var h,f,d,p,b,m,_,y=i&&i.__k||g,C=t.length;for(u=D(n,t,y,u,C),h=0;h<C;h++)null!=(d=n.__k[h])&&(f=-1==d.__i?v:y[d.__i]||v,d.__i=h,m=N(e,d,f,r,o,a,s,u,l,c),p=d.__e,d.ref&&f.ref!=d.ref&&(f.ref&&U(f.ref,null,d),c.push(d.ref,d.__c||p,d)),null==b&&null!=p&&(b=p),(_=!!(4&d.__u))||f.__k===d.__k?u=E(d,u,e,_):"function"==typeof d.type&&void 0!==m?u=m:p&&(u=p.nextSibling),d.__u&=-7);return n.__e=b,u}function D(e,t,n,i,r){var o,a,s,u,l,c=n.length,h=c,f=0;for(e.__k=new Array(r),o=0;o<r;o++)null!=(a=t[o])&&"boolean"!=typeof a&&"function"!=typeof a?("string"==typeof a||"number"==typeof a||"bigint"==typeof a||a.constructor==String?a=e.__k[o]=A(null,a,null,null,null):m(a)?a=e.__k[o]=A(w,{children:a},null,null,null):void 0===a.constructor&&a.__b>0?a=e.__k[o]=A(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[o]=a,u=o+f,a.__=e,a.__b=e.__b+1,s=null,-1!=(l=a.__i=L(a,n,u,h))&&(h--,(s=n[l])&&(s.__u|=2)),null==s||null==s.__v?(-1==l&&(r>c?f--:r<c&&f++),"function"!=typeof a.type&&(a.__u|=4)):l!=u&&(l==u-1?f--:l==u+1?f++:(l>u?f--:f++,a.__u|=4))):e.__k[o]=null;if(h)for(o=0;o<c;o++)null!=(s=n[o])&&!(2&s.__u)&&(s.__e==i&&(i=M(s)),V(s,s));return i}function E(e,t,n,i){var r,o;if("function"==typeof e.type){for(r=e.__k,o=0;r&&o<r.length;o++)r[o]&&(r[o].__=e,t=E(r[o],t,n,i));return t}e.__e!=t&&(i&&(t&&e.type&&!t.parentNode&&(t=M(e)),n.insertBefore(e.__e,t||null)),t=e.__e);do{t=t&&t.nextSibling}while(null!=t&&8==t.nodeType);return t}function j(e,t){return t=t||[],null==e||"boolean"==typeof e||(m(e)?e.some(function(e){j(e,t)}):t.push(e)),t}function L(e,t,n,i){var r,o,a,s=e.key,u=e.type,l=t[n],c=null!=l&&!(2&l.__u);if(null===l&&null==s||c&&s==l.key&&u==l.type)return n;if(i>(c?1:0))for(r=n-1,o=n+1;r>=0||o<t.length;)if(null!=(l=t[a=r>=0?r--:o++])&&!(2&l.__u)&&s==l.key&&u==l.type)return a;return-1}function O(e,t,n){"-"==t[0]?e.setProperty(t,null==n?"":n):e[t]=null==n?"":"number"!=typeof n||b.test(t)?n:n+"px"}function I(e,t,n,i,r){var o,a;e:if("style"==t)if("string"==typeof n)e.style.cssText=n;else{if("string"==typeof i&&(e.style.cssText=i=""),i)for(t in i)n&&t in n||O(e.style,t,"");if(n)for(t in n)i&&n[t]==i[t]||O(e.style,t,n[t])}else if("o"==t[0]&&"n"==t[1])o=t!=(t=t.replace(c,"$1")),a=t.toLowerCase(),t=a in e||"onFocusOut"==t||"onFocusIn"==t?a.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+o]=n,n?i?n.u=i.u:(n.u=h,e.addEventListener(t,o?d:f,o)):e.removeEventListener(t,o?d:f,o);else{if("http://www.w3.org/2000/svg"==r)t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if("width"!=t&&"height"!=t&&"href"!=t&&"list"!=t&&"form"!=t&&"tabIndex"!=t&&"download"!=t&&"rowSpan"!=t&&"colSpan"!=t&&"role"!=t&&"popover"!=t&&t in e)try{e[t]=null==n?"":n;break e}catch(e){}"function"==typeof n||(null==n||!1===n&&"-"!=t[4]?e.removeAttribute(t):e.setAttribute(t,"popover"==t&&1==n?"":n))}}function P(e){return function(t){if(this.l){var n=this.l[t.type+e];if(null==t.t)t.t=h++;else if(t.t<n.u)return;return n(r.event?r.event(t):t)}}}function N(e,t,n,i,o,a,s,u,l,c){var h,f,d,p,v,g,b,C,A,x,M,T,k,z,D,E,j,L=t.type;if(void 0!==t.constructor)return null;128&n.__u&&(l=!!(32&n.__u),a=[u=t.__e=n.__e]),(h=r.__b)&&h(t);e:if("function"==typeof L)try{if(C=t.props,A="prototype"in L&&L.prototype.render,x=(h=L.contextType)&&i[h.__c],M=h?x?x.props.value:h.__:i,n.__c?b=(f=t.__c=n.__c).__=f.__E:(A?t.__c=f=new L(C,M):(t.__c=f=new S(C,M),f.constructor=L,f.render=H),x&&x.sub(f),f.state||(f.state={}),f.__n=i,d=f.__d=!0,f.__h=[],f._sb=[]),A&&null==f.__s&&(f.__s=f.state),A&&null!=L.getDerivedStateFromProps&&(f.__s==f.state&&(f.__s=_({},f.__s)),_(f.__s,L.getDerivedStateFromProps(C,f.__s))),p=f.props,v=f.state,f.__v=t,d)A&&null==L.getDerivedStateFromProps&&null!=f.componentWillMount&&f.componentWillMount(),A&&null!=f.componentDidMount&&f.__h.push(f.componentDidMount);else{if(A&&null==L.getDerivedStateFromProps&&C!==p&&null!=f.componentWillReceiveProps&&f.componentWillReceiveProps(C,M),t.__v==n.__v||!f.__e&&null!=f.shouldComponentUpdate&&!1===f.shouldComponentUpdate(C,f.__s,M)){for(t.__v!=n.__v&&(f.props=C,f.state=f.__s,f.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(e){e&&(e.__=t)}),T=0;T<f._sb.length;T++)f.__h.push(f._sb[T]);f._sb=[],f.__h.length&&s.push(f);break e}null!=f.componentWillUpdate&&f.componentWillUpdate(C,f.__s,M),A&&null!=f.componentDidUpdate&&f.__h.push(function(){f.componentDidUpdate(p,v,g)})}if(f.context=M,f.props=C,f.__P=e,f.__e=!1,k=r.__r,z=0,A){for(f.state=f.__s,f.__d=!1,k&&k(t),h=f.render(f.props,f.state,f.context),D=0;D<f._sb.length;D++)f.__h.push(f._sb[D]);f._sb=[]}else do{f.__d=!1,k&&k(t),h=f.render(f.props,f.state,f.context),f.state=f.__s}while(f.__d&&++z<25);f.state=f.__s,null!=f.getChildContext&&(i=_(_({},i),f.getChildContext())),A&&!d&&null!=f.getSnapshotBeforeUpdate&&(g=f.getSnapshotBeforeUpdate(p,v)),E=h,null!=h&&h.type===w&&null==h.key&&(E=G(h.props.children)),u=B(e,m(E)?E:[E],t,n,i,o,a,s,u,l,c),f.base=t.__e,t.__u&=-161,f.__h.length&&s.push(f),b&&(f.__E=f.__=null)}catch(e){if(t.__v=null,l||null!=a)if(e.then){for(t.__u|=l?160:128;u&&8==u.nodeType&&u.nextSibling;)u=u.nextSibling;a[a.indexOf(u)]=null,t.__e=u}else{for(j=a.length;j--;)y(a[j]);R(t)}else t.__e=n.__e,t.__k=n.__k,e.then||R(t);r.__e(e,t,n)}else null==a&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):u=t.__e=q(n.__e,t,n,i,o,a,s,l,c);return(h=r.diffed)&&h(t),128&t.__u?void 0:u}function R(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(R)}function F(e,t,n){for(var i=0;i<n.length;i++)U(n[i],n[++i],n[++i]);r.__c&&r.__c(t,e),e.some(function(t){try{e=t.__h,t.__h=[],e.some(function(e){e.call(t)})}catch(e){r.__e(e,t.__v)}})}function G(e){return"object"!=typeof e||null==e||e.__b&&e.__b>0?e:m(e)?e.map(G):_({},e)}function q(e,t,n,o,a,s,u,l,c){var h,f,d,p,g,b,_,C=n.props||v,A=t.props,x=t.type;if("svg"==x?a="http://www.w3.org/2000/svg":"math"==x?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),null!=s)for(h=0;h<s.length;h++)if((g=s[h])&&"setAttribute"in g==!!x&&(x?g.localName==x:3==g.nodeType)){e=g,s[h]=null;break}if(null==e){if(null==x)return document.createTextNode(A);e=document.createElementNS(a,x,A.is&&A),l&&(r.__m&&r.__m(t,s),l=!1),s=null}if(null==x)C===A||l&&e.data==A||(e.data=A);else{if(s=s&&i.call(e.childNodes),!l&&null!=s)for(C={},h=0;h<e.attributes.length;h++)C[(g=e.attributes[h]).name]=g.value;for(h in C)if(g=C[h],"children"==h);else if("dangerouslySetInnerHTML"==h)d=g;else if(!(h in A)){if("value"==h&&"defaultValue"in A||"checked"==h&&"defaultChecked"in A)continue;I(e,h,null,g,a)}for(h in A)g=A[h],"children"==h?p=g:"dangerouslySetInnerHTML"==h?f=g:"value"==h?b=g:"checked"==h?_=g:l&&"function"!=typeof g||C[h]===g||I(e,h,g,C[h],a);if(f)l||d&&(f.__html==d.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[];else if(d&&(e.innerHTML=""),B("template"==t.type?e.content:e,m(p)?p:[p],t,n,o,"foreignObject"==x?"http://www.w3.org/1999/xhtml":a,s,u,s?s[0]:n.__k&&M(n,0),l,c),null!=s)for(h=s.length;h--;)y(s[h]);l||(h="value","progress"==x&&null==b?e.removeAttribute("value"):null!=b&&(b!==e[h]||"progress"==x&&!b||"option"==x&&b!=C[h])&&I(e,h,b,C[h],a),h="checked",null!=_&&_!=e[h]&&I(e,h,_,C[h],a))}return e}function U(e,t,n){try{if("function"==typeof e){var i="function"==typeof e.__u;i&&e.__u(),i&&null==t||(e.__u=e(t))}else e.current=t}catch(e){r.__e(e,n)}}function V(e,t,n){var i,o;if(r.unmount&&r.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||U(i,null,t)),null!=(i=e.__c)){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){r.__e(e,t)}i.base=i.__P=null}if(i=e.__k)for(o=0;o<i.length;o++)i[o]&&V(i[o],t,n||"function"!=typeof e.type);n||y(e.__e),e.__c=e.__=e.__e=void 0}function H(e,t,n){return this.constructor(e,n)}function W(e,t,n){var o,a,s,u;t==document&&(t=document.documentElement),r.__&&r.__(e,t),a=(o="function"==typeof n)?null:n&&n.__k||t.__k,s=[],u=[],N(t,e=(!o&&n||t).__k=C(w,null,[e]),a||v,v,t.namespaceURI,!o&&n?[n]:a?null:t.firstChild?i.call(t.childNodes):null,s,!o&&n?n:a?a.__e:t.firstChild,o,u),F(s,e,u)}function K(e,t){W(e,t,K)}function Y(e,t,n){var r,o,a,s,u=_({},e.props);for(a in e.type&&e.type.defaultProps&&(s=e.type.defaultProps),t)"key"==a?r=t[a]:"ref"==a?o=t[a]:u[a]=void 0===t[a]&&null!=s?s[a]:t[a];return arguments.length>2&&(u.children=arguments.length>3?i.call(arguments,2):n),A(e.type,u,r||e.key,o||e.ref,null)}function Z(e){function t(e){var n,i;return this.getChildContext||(n=new Set,(i={})[t.__c]=this,this.getChildContext=function(){return i},this.componentWillUnmount=function(){n=null},this.shouldComponentUpdate=function(e){this.props.value!=e.value&&n.forEach(function(e){e.__e=!0,k(e)})},this.sub=function(e){n.add(e);var t=e.componentWillUnmount;e.componentWillUnmount=function(){n&&n.delete(e),t&&t.call(e)}}),e.children}return t.__c="__cC"+p++,t.__=e,t.Provider=t.__l=(t.Consumer=function(e,t){return e.children(t)}).contextType=t,t}i=g.slice,r={__e:function(e,t,n,i){for(var r,o,a;t=t.__;)if((r=t.__c)&&!r.__)try{if((o=r.constructor)&&null!=o.getDerivedStateFromError&&(r.setState(o.getDerivedStateFromError(e)),a=r.__d),null!=r.componentDidCatch&&(r.componentDidCatch(e,i||{}),a=r.__d),a)return r.__E=r}catch(t){e=t}throw e}},o=0,S.prototype.setState=function(e,t){var n;n=null!=this.__s&&this.__s!=this.state?this.__s:this.__s=_({},this.state),"function"==typeof e&&(e=e(_({},n),this.props)),e&&_(n,e),null!=e&&this.__v&&(t&&this._sb.push(t),k(this))},S.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),k(this))},S.prototype.render=w,a=[],u="function"==typeof Promise?Promise.prototype.then.bind(Promise.resolve()):setTimeout,l=function(e,t){return e.__v.__b-t.__v.__b},z.__r=0,c=/(PointerCapture)$|Capture$/i,h=0,f=P(!1),d=P(!0),p=0},694(e,t,n){"use strict";\n/**\n * Copyright (c) 2013-present, Facebook, Inc.\n *\n * This source code is licensed under the MIT license found in the\n * LICENSE file in the root directory of this source tree.\n */var i=n(925);function r(){}function o(){}o.resetWarningCache=r,e.exports=function(){function e(e,t,n,r,o,a){if(a!==i){var s=new Error("Calling PropTypes validators directly is not supported by the `prop-types` package. Use PropTypes.checkPropTypes() to call them. Read more at http://fb.me/use-check-prop-types");throw s.name="Invariant Violation",s}}function t(){return e}e.isRequired=e;var n={array:e,bigint:e,bool:e,func:e,number:e,object:e,string:e,symbol:e,any:e,arrayOf:t,element:e,elementType:e,instanceOf:t,node:e,objectOf:t,oneOf:t,oneOfType:t,shape:t,exact:t,checkPropTypes:o,resetWarningCache:r};return n.PropTypes=n,n}},556(e,t,n){e.exports=n(694)()},925(e){"use strict";\n/**\n * Copyright (c) 2013-present, Facebook, Inc.\n *\n * This source code is licensed under the MIT license found in the\n * LICENSE file in the root directory of this source tree.\n */e.exports="SECRET_DO_NOT_PASS_THIS_OR_YOU_WILL_BE_FIRED"},72(e){"use strict";var t=[];function n(e){for(var n=-1,i=0;i<t.length;i++)if(t[i].identifier===e){n=i;break}return n}function i(e,i){for(var o={},a=[],s=0;s<e.length;s++){var u=e[s],l=i.base?u[0]+i.base:u[0],c=o[l]||0,h="".concat(l," ").concat(c);o[l]=c+1;var f=n(h),d={css:u[1],media:u[2],sourceMap:u[3],supports:u[4],layer:u[5]};if(-1!==f)t[f].references++,t[f].updater(d);else{var p=r(d,i);i.byIndex=s,t.splice(s,0,{identifier:h,updater:p,references:1})}a.push(h)}return a}function r(e,t){var n=t.domAPI(t);n.update(e);return function(t){if(t){if(t.css===e.css&&t.media===e.media&&t.sourceMap===e.sourceMap&&t.supports===e.supports&&t.layer===e.layer)return;n.update(e=t)}else n.remove()}}e.exports=function(e,r){var o=i(e=e||[],r=r||{});return function(e){e=e||[];for(var a=0;a<o.length;a++){var s=n(o[a]);t[s].references--}for(var u=i(e,r),l=0;l<o.length;l++){var c=n(o[l]);0===t[c].references&&(t[c].updater(),t.splice(c,1))}o=u}}},659(e){"use strict";var t={};e.exports=function(e,n){var i=function(e){if(void 0===t[e]){var n=document.querySelector(e);if(window.HTMLIFrameElement&&n instanceof window.HTMLIFrameElement)try{n=n.contentDocument.head}catch(i){n=null}t[e]=n}return t[e]}(e);if(!i)throw new Error("Couldn\'t find a style target. This probably means that the value for the \'insert\' parameter is invalid.");i.appendChild(n)}},540(e){"use strict";e.exports=function(e){var t=document.createElement("style");return e.setAttributes(t,e.attributes),e.insert(t,e.options),t}},56(e,t,n){"use strict";e.exports=function(e){var t=n.nc;t&&e.setAttribute("nonce",t)}},825(e){"use strict";e.exports=function(e){if("undefined"==typeof document)return{update:function(){},remove:function(){}};var t=e.insertStyleElement(e);return{update:function(n){!function(e,t,n){var i="";n.supports&&(i+="@supports (".concat(n.supports,") {")),n.media&&(i+="@media ".concat(n.media," {"));var r=void 0!==n.layer;r&&(i+="@layer".concat(n.layer.length>0?" ".concat(n.layer):""," {")),i+=n.css,r&&(i+="}"),n.media&&(i+="}"),n.supports&&(i+="}");var o=n.sourceMap;o&&"undefined"!=typeof btoa&&(i+="\\n/*# sourceMappingURL=data:application/json;base64,".concat(btoa(unescape(encodeURIComponent(JSON.stringify(o))))," */")),t.styleTagTransform(i,e,t.options)}(t,e,n)},remove:function(){!function(e){if(null===e.parentNode)return!1;e.parentNode.removeChild(e)}(t)}}}},113(e){"use strict";e.exports=function(e,t){if(t.styleSheet)t.styleSheet.cssText=e;else{for(;t.firstChild;)t.removeChild(t.firstChild);t.appendChild(document.createTextNode(e))}}},493(e,t,n){"use strict";\n/**\n * @license React\n * use-sync-external-store-shim.production.js\n *\n * Copyright (c) Meta Platforms, Inc. and affiliates.\n *\n * This source code is licensed under the MIT license found in the\n * LICENSE file in the root directory of this source tree.\n */var i=n(299);var r="function"==typeof Object.is?Object.is:function(e,t){return e===t&&(0!==e||1/e==1/t)||e!=e&&t!=t},o=i.useState,a=i.useEffect,s=i.useLayoutEffect,u=i.useDebugValue;function l(e){var t=e.getSnapshot;e=e.value;try{var n=t();return!r(e,n)}catch(i){return!0}}var c="undefined"==typeof window||void 0===window.document||void 0===window.document.createElement?function(e,t){return t()}:function(e,t){var n=t(),i=o({inst:{value:n,getSnapshot:t}}),r=i[0].inst,c=i[1];return s(function(){r.value=n,r.getSnapshot=t,l(r)&&c({inst:r})},[e,n,t]),a(function(){return l(r)&&c({inst:r}),e(function(){l(r)&&c({inst:r})})},[e]),u(n),n};t.useSyncExternalStore=void 0!==i.useSyncExternalStore?i.useSyncExternalStore:c},888(e,t,n){"use strict";e.exports=n(493)},501(e){"use strict";e.exports="data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMTIiIGhlaWdodD0iMTIiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyI+PGcgZmlsbD0ibm9uZSIgZmlsbC1ydWxlPSJldmVub2RkIj48cGF0aCBkPSJNMCAwdjExLjI1YzAgLjQxNC4zMzYuNzUuNzUuNzVoMTAuNWEuNzUuNzUgMCAwIDAgLjc1LS43NVYwSDB6IiBmaWxsPSIjRkM2IiBmaWxsLXJ1bGU9Im5vbnplcm8iLz48cGF0aCBkPSJNMCAwcy4xNTYgMyAxLjEyNSAzaDkuNzVDMTEuODQ1IDMgMTIgMCAxMiAwSDB6IiBmaWxsPSIjQ0NBMzUyIiBmaWxsLXJ1bGU9Im5vbnplcm8iLz48cGF0aCBkPSJNNi43NSAxLjVoLS4zNzVMNiAyLjVsLS4zNzUtMUg1LjI1TDUuODEzIDMgNS4yNSA0LjVoLjM3NUw2IDMuNWwuMzc1IDFoLjM3NUw2LjE4NyAzeiIgZmlsbD0iIzk5N0EzRCIvPjxjaXJjbGUgY3g9Ii43NSIgY3k9Ii43NSIgcj0iMSIgdHJhbnNmb3JtPSJ0cmFuc2xhdGUoNS4yNSAzLjc1KSIgZmlsbD0iI0ZGRiIgZmlsbC1ydWxlPSJub256ZXJvIi8+PGNpcmNsZSBjeD0iLjc1IiBjeT0iLjc1IiByPSIxIiB0cmFuc2Zvcm09InRyYW5zbGF0ZSg1LjI1IC43NSkiIGZpbGw9IiNGRkYiIGZpbGwtcnVsZT0ibm9uemVybyIvPjwvZz48L3N2Zz4="},46(e){"use strict";e.exports="data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMTMiIGhlaWdodD0iMTAiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyI+PGcgZmlsbD0ibm9uZSI+PHBhdGggZD0iTTExLjcgMS4zMzNINS44NUw0LjU1IDBIMS4zQy41ODUgMCAwIC42IDAgMS4zMzNWNGgxM1YyLjY2N2MwLS43MzMtLjU4NS0xLjMzNC0xLjMtMS4zMzR6IiBmaWxsPSIjRkZBMDAwIi8+PHBhdGggZD0iTTExLjcgMUgxLjNDLjU4NSAxIDAgMS41NzkgMCAyLjI4NnY2LjQyOEMwIDkuNDIxLjU4NSAxMCAxLjMgMTBoMTAuNGMuNzE1IDAgMS4zLS41NzkgMS4zLTEuMjg2VjIuMjg2QzEzIDEuNTc5IDEyLjQxNSAxIDExLjcgMXoiIGZpbGw9IiNGRkNBMjgiLz48L2c+PC9zdmc+"},995(e){"use strict";e.exports="data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMTMiIGhlaWdodD0iMTEiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyI+PHBhdGggZD0iTTEwLjMyNy4wNjRMOC40MzMgMS45NTdhNi4wMjUgNi4wMjUgMCAwIDAtMS45NTItLjM0MkMyLjkxMiAxLjYxNS4wMTkgNS4xOTYuMDE5IDUuMTk2czEuMDk4IDEuMzU4IDIuNzc0IDIuNDAxTC45NiA5LjQzMWwuOTM2LjkzNkwxMS4yNjMgMWwtLjkzNi0uOTM2ek00LjA1IDYuMzRhMi42ODYgMi42ODYgMCAwIDEgMy41NzQtMy41NzRMNC4wNSA2LjM0em02LjQ0OC0zLjMzYTEyLjM0NCAxMi4zNDQgMCAwIDEgMi40NDQgMi4xODZzLTIuODkzIDMuNTgtNi40NjEgMy41OGMtLjUzIDAtMS4wNDQtLjA3OC0xLjUzNy0uMjEzbC43ODgtLjc4OEEyLjY4NCAyLjY4NCAwIDAgMCA5LjA2IDQuNDQ4bDEuNDM4LTEuNDM5eiIgZmlsbD0iIzIzMUYyMCIgZmlsbC1vcGFjaXR5PSIuNTk3Ii8+PC9zdmc+"},90(e){"use strict";e.exports="data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMTEiIGhlaWdodD0iMTMiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyI+PHBhdGggZD0iTTEuNjI1IDBBMS42MyAxLjYzIDAgMCAwIDAgMS42MjV2OS43NUExLjYzIDEuNjMgMCAwIDAgMS42MjUgMTNoNy41ODNhMS42MyAxLjYzIDAgMCAwIDEuNjI1LTEuNjI1VjMuNTY3TDcuMjY2IDBIMS42MjV6bTAgMS4wODNINi41djMuMjVoMy4yNXY3LjA0MmEuNTM1LjUzNSAwIDAgMS0uNTQyLjU0MkgxLjYyNWEuNTM1LjUzNSAwIDAgMS0uNTQyLS41NDJ2LTkuNzVjMC0uMzA1LjIzNy0uNTQyLjU0Mi0uNTQyem01Ljk1OC43NjZMOC45ODQgMy4yNWgtMS40di0xLjR6TTMuMjUgNi41djEuMDgzaDQuMzMzVjYuNUgzLjI1em0wIDIuMTY3VjkuNzVINi41VjguNjY3SDMuMjV6IiBmaWxsLW9wYWNpdHk9Ii40MDMiLz48L3N2Zz4="},942(e,t){var n;\n/*!\n	Copyright (c) 2018 Jed Watson.\n	Licensed under the MIT License (MIT), see\n	http://jedwatson.github.io/classnames\n*/!function(){"use strict";var i={}.hasOwnProperty;function r(){for(var e="",t=0;t<arguments.length;t++){var n=arguments[t];n&&(e=a(e,o(n)))}return e}function o(e){if("string"==typeof e||"number"==typeof e)return e;if("object"!=typeof e)return"";if(Array.isArray(e))return r.apply(null,e);if(e.toString!==Object.prototype.toString&&!e.toString.toString().includes("[native code]"))return e.toString();var t="";for(var n in e)i.call(e,n)&&e[n]&&(t=a(t,n));return t}function a(e,t){return t?e?e+" "+t:e+t:e}e.exports?(r.default=r,e.exports=r):void 0===(n=function(){return r}.apply(t,[]))||(e.exports=n)}()}},t={};function n(i){var r=t[i];if(void 0!==r)return r.exports;var o=t[i]={id:i,exports:{}};return e[i](o,o.exports,n),o.exports}n.m=e,n.n=e=>{var t=e&&e.__esModule?()=>e.default:()=>e;return n.d(t,{a:t}),t},n.d=(e,t)=>{for(var i in t)n.o(t,i)&&!n.o(e,i)&&Object.defineProperty(e,i,{enumerable:!0,get:t[i]})},n.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t),n.r=e=>{"undefined"!=typeof Symbol&&Symbol.toStringTag&&Object.defineProperty(e,Symbol.toStringTag,{value:"Module"}),Object.defineProperty(e,"__esModule",{value:!0})},n.b="undefined"!=typeof document&&document.baseURI||self.location.href,n.nc=void 0,(()=>{"use strict";var e={};n.r(e),n.d(e,{chunk:()=>_o.iv,container:()=>_o.kL,default:()=>Co,folder:()=>_o.TV,invisible:()=>_o.q4,module:()=>_o.xG});var t=n(172);\n/**\n * filesize\n *\n * @copyright 2025 Jason Mulligan <jason.mulligan@avoidwork.com>\n * @license BSD-3-Clause\n * @version 11.0.13\n */\nconst i="iec",r="jedec",o="si",a="bits",s="byte",u="bytes",l="array",c="object",h="string",f="exponent",d="round",p="",v={symbol:{iec:{bits:["bit","Kibit","Mibit","Gibit","Tibit","Pibit","Eibit","Zibit","Yibit"],bytes:["B","KiB","MiB","GiB","TiB","PiB","EiB","ZiB","YiB"]},jedec:{bits:["bit","Kbit","Mbit","Gbit","Tbit","Pbit","Ebit","Zbit","Ybit"],bytes:["B","KB","MB","GB","TB","PB","EB","ZB","YB"]}},fullform:{iec:["","kibi","mebi","gibi","tebi","pebi","exbi","zebi","yobi"],jedec:["","kilo","mega","giga","tera","peta","exa","zetta","yotta"]}},g=[1,1024,1048576,1073741824,1099511627776,0x4000000000000,0x1000000000000000,11805916207174113e5,12089258196146292e8],b=[1,1e3,1e6,1e9,1e12,1e15,1e18,1e21,1e24],m=Math.log(1024),_=Math.log(1e3),y={[o]:{isDecimal:!0,ceil:1e3,actualStandard:r},[i]:{isDecimal:!1,ceil:1024,actualStandard:i},[r]:{isDecimal:!1,ceil:1024,actualStandard:r}};function C(e,t,n,i,r){let o=e/(n?b[t]:g[t]);return i&&(o*=8,o>=r&&t<8&&(o/=r,t++)),{result:o,e:t}}function A(e,{bits:t=!1,pad:n=!1,base:o=-1,round:g=2,locale:b="",localeOptions:A={},separator:x="",spacer:w=" ",symbols:S={},standard:M="",output:T=h,fullform:k=!1,fullforms:z=[],exponent:B=-1,roundingMethod:D=d,precision:E=0}={}){let j=B,L=Number(e),O=[],I=0,P=p;const{isDecimal:N,ceil:R,actualStandard:F}=function(e,t){return y[e]?y[e]:2===t?{isDecimal:!1,ceil:1024,actualStandard:i}:{isDecimal:!0,ceil:1e3,actualStandard:r}}(M,o),G=!0===k,q=L<0,U=Math[D];if("bigint"!=typeof e&&isNaN(e))throw new TypeError("Invalid number");if("function"!=typeof U)throw new TypeError("Invalid rounding method");if(q&&(L=-L),0===L)return function(e,t,n,i,r,o,h,d){const p=[];p[0]=e>0?(0).toPrecision(e):0;const g=p[1]=v.symbol[t][n?a:u][0];return h===f?0:(i[p[1]]&&(p[1]=i[p[1]]),r&&(p[1]=o[0]||v.fullform[t][0]+(n?"bit":s)),h===l?p:h===c?{value:p[0],symbol:p[1],exponent:0,unit:g}:p.join(d))}(E,F,t,S,G,z,T,w);if((-1===j||isNaN(j))&&(j=N?Math.floor(Math.log(L)/_):Math.floor(Math.log(L)/m),j<0&&(j=0)),j>8&&(E>0&&(E+=8-j),j=8),T===f)return j;const{result:V,e:H}=C(L,j,N,t,R);I=V,j=H;const W=j>0&&g>0?Math.pow(10,g):1;if(O[0]=1===W?U(I):U(I*W)/W,O[0]===R&&j<8&&-1===B&&(O[0]=1,j++),E>0){const e=function(e,t,n,i,r,o,a,s,u){let l=e.toPrecision(t);if(l.includes("e")&&n<8){n++;const{result:e}=C(i,n,r,o,a),c=u>0?Math.pow(10,u):1;l=(1===c?s(e):s(e*c)/c).toPrecision(t)}return{value:l,e:n}}(O[0],E,j,L,N,t,R,U,g);O[0]=e.value,j=e.e}const K=v.symbol[F][t?a:u];return P=O[1]=N&&1===j?t?"kbit":"kB":K[j],q&&(O[0]=-O[0]),S[O[1]]&&(O[1]=S[O[1]]),O[0]=function(e,t,n,i,r,o){let a=e;if(!0===t?a=a.toLocaleString():t.length>0?a=a.toLocaleString(t,n):i.length>0&&(a=a.toString().replace(".",i)),r&&o>0){const e=a.toString(),t=i||(e.match(/(\\D)/g)||[]).pop()||".",n=e.split(t),r=n[1]||p,s=r.length,u=o-s;a=`${n[0]}${t}${r.padEnd(s+u,"0")}`}return a}(O[0],b,A,x,n,g),G&&(O[1]=z[j]||v.fullform[F][j]+(t?"bit":s)+(1===O[0]?p:"s")),T===l?O:T===c?{value:O[0],symbol:O[1],exponent:j,unit:P}:" "===w?`${O[0]} ${O[1]}`:O.join(w)}function x(e){for(var t=arguments.length,n=new Array(t>1?t-1:0),i=1;i<t;i++)n[i-1]=arguments[i];throw new Error("number"==typeof e?"[MobX] minified error nr: "+e+(n.length?" "+n.map(String).join(","):"")+". Find the full error at: https://github.com/mobxjs/mobx/blob/main/packages/mobx/src/errors.ts":"[MobX] "+e)}var w={};function S(){return"undefined"!=typeof globalThis?globalThis:"undefined"!=typeof window?window:"undefined"!=typeof self?self:w}var M=Object.assign,T=Object.getOwnPropertyDescriptor,k=Object.defineProperty,z=Object.prototype,B=[];Object.freeze(B);var D={};Object.freeze(D);var E="undefined"!=typeof Proxy,j=Object.toString();function L(){E||x("Proxy not available")}function O(e){var t=!1;return function(){if(!t)return t=!0,e.apply(this,arguments)}}var I=function(){};function P(e){return"function"==typeof e}function N(e){switch(typeof e){case"string":case"symbol":case"number":return!0}return!1}function R(e){return null!==e&&"object"==typeof e}function F(e){if(!R(e))return!1;var t=Object.getPrototypeOf(e);if(null==t)return!0;var n=Object.hasOwnProperty.call(t,"constructor")&&t.constructor;return"function"==typeof n&&n.toString()===j}function G(e){var t=null==e?void 0:e.constructor;return!!t&&("GeneratorFunction"===t.name||"GeneratorFunction"===t.displayName)}function q(e,t,n){k(e,t,{enumerable:!1,writable:!0,configurable:!0,value:n})}function U(e,t,n){k(e,t,{enumerable:!1,writable:!1,configurable:!0,value:n})}function V(e,t){var n="isMobX"+e;return t.prototype[n]=!0,function(e){return R(e)&&!0===e[n]}}function H(e){return null!=e&&"[object Map]"===Object.prototype.toString.call(e)}function W(e){return null!=e&&"[object Set]"===Object.prototype.toString.call(e)}var K=void 0!==Object.getOwnPropertySymbols;var Y="undefined"!=typeof Reflect&&Reflect.ownKeys?Reflect.ownKeys:K?function(e){return Object.getOwnPropertyNames(e).concat(Object.getOwnPropertySymbols(e))}:Object.getOwnPropertyNames;function Z(e){return null===e?null:"object"==typeof e?""+e:e}function X(e,t){return z.hasOwnProperty.call(e,t)}var $=Object.getOwnPropertyDescriptors||function(e){var t={};return Y(e).forEach(function(n){t[n]=T(e,n)}),t};function Q(e,t){return!!(e&t)}function J(e,t,n){return n?e|=t:e&=~t,e}function ee(e,t){(null==t||t>e.length)&&(t=e.length);for(var n=0,i=Array(t);n<t;n++)i[n]=e[n];return i}function te(e,t){for(var n=0;n<t.length;n++){var i=t[n];i.enumerable=i.enumerable||!1,i.configurable=!0,"value"in i&&(i.writable=!0),Object.defineProperty(e,se(i.key),i)}}function ne(e,t,n){return t&&te(e.prototype,t),n&&te(e,n),Object.defineProperty(e,"prototype",{writable:!1}),e}function ie(e,t){var n="undefined"!=typeof Symbol&&e[Symbol.iterator]||e["@@iterator"];if(n)return(n=n.call(e)).next.bind(n);if(Array.isArray(e)||(n=function(e,t){if(e){if("string"==typeof e)return ee(e,t);var n={}.toString.call(e).slice(8,-1);return"Object"===n&&e.constructor&&(n=e.constructor.name),"Map"===n||"Set"===n?Array.from(e):"Arguments"===n||/^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)?ee(e,t):void 0}}(e))||t&&e&&"number"==typeof e.length){n&&(e=n);var i=0;return function(){return i>=e.length?{done:!0}:{done:!1,value:e[i++]}}}throw new TypeError("Invalid attempt to iterate non-iterable instance.\\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.")}function re(){return re=Object.assign?Object.assign.bind():function(e){for(var t=1;t<arguments.length;t++){var n=arguments[t];for(var i in n)({}).hasOwnProperty.call(n,i)&&(e[i]=n[i])}return e},re.apply(null,arguments)}function oe(e,t){e.prototype=Object.create(t.prototype),e.prototype.constructor=e,ae(e,t)}function ae(e,t){return ae=Object.setPrototypeOf?Object.setPrototypeOf.bind():function(e,t){return e.__proto__=t,e},ae(e,t)}function se(e){var t=function(e,t){if("object"!=typeof e||!e)return e;var n=e[Symbol.toPrimitive];if(void 0!==n){var i=n.call(e,t||"default");if("object"!=typeof i)return i;throw new TypeError("@@toPrimitive must return a primitive value.")}return("string"===t?String:Number)(e)}(e,"string");return"symbol"==typeof t?t:t+""}var ue=Symbol("mobx-stored-annotations");function le(e){return Object.assign(function(t,n){if(he(n))return e.decorate_20223_(t,n);ce(t,n,e)},e)}function ce(e,t,n){X(e,ue)||q(e,ue,re({},e[ue])),function(e){return e.annotationType_===_e}(n)||(e[ue][t]=n)}function he(e){return"object"==typeof e&&"string"==typeof e.kind}var fe=Symbol("mobx administration"),de=function(){function e(e){void 0===e&&(e="Atom"),this.name_=void 0,this.flags_=0,this.observers_=new Set,this.lastAccessedBy_=0,this.lowestObserverState_=mt.NOT_TRACKING_,this.onBOL=void 0,this.onBUOL=void 0,this.name_=e}var t=e.prototype;return t.onBO=function(){this.onBOL&&this.onBOL.forEach(function(e){return e()})},t.onBUO=function(){this.onBUOL&&this.onBUOL.forEach(function(e){return e()})},t.reportObserved=function(){return qt(this)},t.reportChanged=function(){Ft(),Ut(this),Gt()},t.toString=function(){return this.name_},ne(e,[{key:"isBeingObserved",get:function(){return Q(this.flags_,e.isBeingObservedMask_)},set:function(t){this.flags_=J(this.flags_,e.isBeingObservedMask_,t)}},{key:"isPendingUnobservation",get:function(){return Q(this.flags_,e.isPendingUnobservationMask_)},set:function(t){this.flags_=J(this.flags_,e.isPendingUnobservationMask_,t)}},{key:"diffValue",get:function(){return Q(this.flags_,e.diffValueMask_)?1:0},set:function(t){this.flags_=J(this.flags_,e.diffValueMask_,1===t)}}])}();de.isBeingObservedMask_=1,de.isPendingUnobservationMask_=2,de.diffValueMask_=4;var pe=V("Atom",de);function ve(e,t,n){void 0===t&&(t=I),void 0===n&&(n=I);var i,r=new de(e);return t!==I&&pn(hn,r,t,i),n!==I&&dn(r,n),r}var ge={identity:function(e,t){return e===t},structural:function(e,t){return ji(e,t)},default:function(e,t){return Object.is?Object.is(e,t):e===t?0!==e||1/e==1/t:e!=e&&t!=t},shallow:function(e,t){return ji(e,t,1)}};function be(e,t,n){return kn(e)?e:Array.isArray(e)?nt.array(e,{name:n}):F(e)?nt.object(e,void 0,{name:n}):H(e)?nt.map(e,{name:n}):W(e)?nt.set(e,{name:n}):"function"!=typeof e||sn(e)||Mn(e)?e:G(e)?wn(e):an(n,e)}function me(e){return e}var _e="override";function ye(e,t){return{annotationType_:e,options_:t,make_:Ce,extend_:Ae,decorate_20223_:xe}}function Ce(e,t,n,i){var r;if(null!=(r=this.options_)&&r.bound)return null===this.extend_(e,t,n,!1)?0:1;if(i===e.target_)return null===this.extend_(e,t,n,!1)?0:2;if(sn(n.value))return 1;var o=we(e,this,t,n,!1);return k(i,t,o),2}function Ae(e,t,n,i){var r=we(e,this,t,n);return e.defineProperty_(t,r,i)}function xe(e,t){var n,i=t.kind,r=t.name,o=t.addInitializer,a=this,s=function(e){var t,n,i,o;return ht(null!=(t=null==(n=a.options_)?void 0:n.name)?t:r.toString(),e,null!=(i=null==(o=a.options_)?void 0:o.autoAction)&&i)};return"field"==i?function(e){var t,n=e;return sn(n)||(n=s(n)),null!=(t=a.options_)&&t.bound&&((n=n.bind(this)).isMobxAction=!0),n}:"method"==i?(sn(e)||(e=s(e)),null!=(n=this.options_)&&n.bound&&o(function(){var e=this,t=e[r].bind(e);t.isMobxAction=!0,e[r]=t}),e):void x("Cannot apply \'"+a.annotationType_+"\' to \'"+String(r)+"\' (kind: "+i+"):\\n\'"+a.annotationType_+"\' can only be used on properties with a function value.")}function we(e,t,n,i,r){var o,a,s,u,l,c,h,f;void 0===r&&(r=It.safeDescriptors),f=i,t.annotationType_,f.value;var d,p=i.value;null!=(o=t.options_)&&o.bound&&(p=p.bind(null!=(d=e.proxy_)?d:e.target_));return{value:ht(null!=(a=null==(s=t.options_)?void 0:s.name)?a:n.toString(),p,null!=(u=null==(l=t.options_)?void 0:l.autoAction)&&u,null!=(c=t.options_)&&c.bound?null!=(h=e.proxy_)?h:e.target_:void 0),configurable:!r||e.isPlainObject_,enumerable:!1,writable:!r}}function Se(e,t){return{annotationType_:e,options_:t,make_:Me,extend_:Te,decorate_20223_:ke}}function Me(e,t,n,i){var r;if(i===e.target_)return null===this.extend_(e,t,n,!1)?0:2;if(null!=(r=this.options_)&&r.bound&&(!X(e.target_,t)||!Mn(e.target_[t]))&&null===this.extend_(e,t,n,!1))return 0;if(Mn(n.value))return 1;var o=ze(e,this,t,n,!1,!1);return k(i,t,o),2}function Te(e,t,n,i){var r,o=ze(e,this,t,n,null==(r=this.options_)?void 0:r.bound);return e.defineProperty_(t,o,i)}function ke(e,t){var n;var i=t.name,r=t.addInitializer;return Mn(e)||(e=wn(e)),null!=(n=this.options_)&&n.bound&&r(function(){var e=this,t=e[i].bind(e);t.isMobXFlow=!0,e[i]=t}),e}function ze(e,t,n,i,r,o){var a;void 0===o&&(o=It.safeDescriptors),a=i,t.annotationType_,a.value;var s,u=i.value;(Mn(u)||(u=wn(u)),r)&&((u=u.bind(null!=(s=e.proxy_)?s:e.target_)).isMobXFlow=!0);return{value:u,configurable:!o||e.isPlainObject_,enumerable:!1,writable:!o}}function Be(e,t){return{annotationType_:e,options_:t,make_:De,extend_:Ee,decorate_20223_:je}}function De(e,t,n){return null===this.extend_(e,t,n,!1)?0:1}function Ee(e,t,n,i){return function(e,t,n,i){t.annotationType_,i.get;0}(0,this,0,n),e.defineComputedProperty_(t,re({},this.options_,{get:n.get,set:n.set}),i)}function je(e,t){var n=this,i=t.name;return(0,t.addInitializer)(function(){var t=ci(this)[fe],r=re({},n.options_,{get:e,context:this});r.name||(r.name="ObservableObject."+i.toString()),t.values_.set(i,new bt(r))}),function(){return this[fe].getObservablePropValue_(i)}}function Le(e,t){return{annotationType_:e,options_:t,make_:Oe,extend_:Ie,decorate_20223_:Pe}}function Oe(e,t,n){return null===this.extend_(e,t,n,!1)?0:1}function Ie(e,t,n,i){var r,o;return function(e,t){t.annotationType_;0}(0,this),e.defineObservableProperty_(t,n.value,null!=(r=null==(o=this.options_)?void 0:o.enhancer)?r:be,i)}function Pe(e,t){var n=this,i=t.kind,r=t.name,o=new WeakSet;function a(e,t){var i,a,s=ci(e)[fe],u=new gt(t,null!=(i=null==(a=n.options_)?void 0:a.enhancer)?i:be,"ObservableObject."+r.toString(),!1);s.values_.set(r,u),o.add(e)}if("accessor"==i)return{get:function(){return o.has(this)||a(this,e.get.call(this)),this[fe].getObservablePropValue_(r)},set:function(e){return o.has(this)||a(this,e),this[fe].setObservablePropValue_(r,e)},init:function(e){return o.has(this)||a(this,e),e}}}var Ne="true",Re=Fe();function Fe(e){return{annotationType_:Ne,options_:e,make_:Ge,extend_:qe,decorate_20223_:Ue}}function Ge(e,t,n,i){var r,o,a,s;if(n.get)return at.make_(e,t,n,i);if(n.set){var u=sn(n.set)?n.set:ht(t.toString(),n.set);return i===e.target_?null===e.defineProperty_(t,{configurable:!It.safeDescriptors||e.isPlainObject_,set:u})?0:2:(k(i,t,{configurable:!0,set:u}),2)}if(i!==e.target_&&"function"==typeof n.value)return G(n.value)?(null!=(s=this.options_)&&s.autoBind?wn.bound:wn).make_(e,t,n,i):(null!=(a=this.options_)&&a.autoBind?an.bound:an).make_(e,t,n,i);var l,c=!1===(null==(r=this.options_)?void 0:r.deep)?nt.ref:nt;"function"==typeof n.value&&null!=(o=this.options_)&&o.autoBind&&(n.value=n.value.bind(null!=(l=e.proxy_)?l:e.target_));return c.make_(e,t,n,i)}function qe(e,t,n,i){var r,o,a;if(n.get)return at.extend_(e,t,n,i);if(n.set)return e.defineProperty_(t,{configurable:!It.safeDescriptors||e.isPlainObject_,set:ht(t.toString(),n.set)},i);"function"==typeof n.value&&null!=(r=this.options_)&&r.autoBind&&(n.value=n.value.bind(null!=(a=e.proxy_)?a:e.target_));return(!1===(null==(o=this.options_)?void 0:o.deep)?nt.ref:nt).extend_(e,t,n,i)}function Ue(e,t){x("\'"+this.annotationType_+"\' cannot be used as a decorator")}var Ve={deep:!0,name:void 0,defaultDecorator:void 0,proxy:!0};function He(e){return e||Ve}Object.freeze(Ve);var We=Le("observable"),Ke=Le("observable.ref",{enhancer:me}),Ye=Le("observable.shallow",{enhancer:function(e,t,n){return null==e||di(e)||Xn(e)||ti(e)||oi(e)?e:Array.isArray(e)?nt.array(e,{name:n,deep:!1}):F(e)?nt.object(e,void 0,{name:n,deep:!1}):H(e)?nt.map(e,{name:n,deep:!1}):W(e)?nt.set(e,{name:n,deep:!1}):void 0}}),Ze=Le("observable.struct",{enhancer:function(e,t){return ji(e,t)?t:e}}),Xe=le(We);function $e(e){return!0===e.deep?be:!1===e.deep?me:(t=e.defaultDecorator)&&null!=(n=null==(i=t.options_)?void 0:i.enhancer)?n:be;var t,n,i}function Qe(e,t,n){return he(t)?We.decorate_20223_(e,t):N(t)?void ce(e,t,We):kn(e)?e:F(e)?nt.object(e,t,n):Array.isArray(e)?nt.array(e,t):H(e)?nt.map(e,t):W(e)?nt.set(e,t):"object"==typeof e&&null!==e?e:nt.box(e,t)}M(Qe,Xe);var Je,et,tt={box:function(e,t){var n=He(t);return new gt(e,$e(n),n.name,!0,n.equals)},array:function(e,t){var n=He(t);return(!1===It.useProxies||!1===n.proxy?Mi:Un)(e,$e(n),n.name)},map:function(e,t){var n=He(t);return new ei(e,$e(n),n.name)},set:function(e,t){var n=He(t);return new ri(e,$e(n),n.name)},object:function(e,t,n){return Bi(function(){return bn(!1===It.useProxies||!1===(null==n?void 0:n.proxy)?ci({},n):function(e,t){var n,i;return L(),e=ci(e,t),null!=(i=(n=e[fe]).proxy_)?i:n.proxy_=new Proxy(e,Dn)}({},n),e,t)})},ref:le(Ke),shallow:le(Ye),deep:Xe,struct:le(Ze)},nt=M(Qe,tt),it="computed",rt=Be(it),ot=Be("computed.struct",{equals:ge.structural}),at=function(e,t){if(he(t))return rt.decorate_20223_(e,t);if(N(t))return ce(e,t,rt);if(F(e))return le(Be(it,e));var n=F(t)?t:{};return n.get=e,n.name||(n.name=e.name||""),new bt(n)};Object.assign(at,rt),at.struct=le(ot);var st=0,ut=1,lt=null!=(Je=null==(et=T(function(){},"name"))?void 0:et.configurable)&&Je,ct={value:"action",configurable:!0,writable:!1,enumerable:!1};function ht(e,t,n,i){function r(){return ft(e,n,t,i||this,arguments)}return void 0===n&&(n=!1),r.isMobxAction=!0,r.toString=function(){return t.toString()},lt&&(ct.value=e,k(r,"name",ct)),r}function ft(e,t,n,i,r){var o=function(e,t){var n=!1,i=0;0;var r=It.trackingDerivation,o=!t||!r;Ft();var a=It.allowStateChanges;o&&(kt(),a=pt(!0));var s=Bt(!0),u={runAsAction_:o,prevDerivation_:r,prevAllowStateChanges_:a,prevAllowStateReads_:s,notifySpy_:n,startTime_:i,actionId_:ut++,parentActionId_:st};return st=u.actionId_,u}(0,t);try{return n.apply(i,r)}catch(a){throw o.error_=a,a}finally{!function(e){st!==e.actionId_&&x(30);st=e.parentActionId_,void 0!==e.error_&&(It.suppressReactionErrors=!0);vt(e.prevAllowStateChanges_),Dt(e.prevAllowStateReads_),Gt(),e.runAsAction_&&zt(e.prevDerivation_);0;It.suppressReactionErrors=!1}(o)}}function dt(e,t){var n=pt(e);try{return t()}finally{vt(n)}}function pt(e){var t=It.allowStateChanges;return It.allowStateChanges=e,t}function vt(e){It.allowStateChanges=e}var gt=function(e){function t(t,n,i,r,o){var a;return void 0===i&&(i="ObservableValue"),void 0===r&&(r=!0),void 0===o&&(o=ge.default),(a=e.call(this,i)||this).enhancer=void 0,a.name_=void 0,a.equals=void 0,a.hasUnreportedChange_=!1,a.interceptors_=void 0,a.changeListeners_=void 0,a.value_=void 0,a.dehancer=void 0,a.enhancer=n,a.name_=i,a.equals=o,a.value_=n(t,void 0,i),a}oe(t,e);var n=t.prototype;return n.dehanceValue=function(e){return void 0!==this.dehancer?this.dehancer(e):e},n.set=function(e){this.value_;if((e=this.prepareNewValue_(e))!==It.UNCHANGED){0,this.setNewValue_(e)}},n.prepareNewValue_=function(e){if(wt(this),En(this)){var t=Ln(this,{object:this,type:Fn,newValue:e});if(!t)return It.UNCHANGED;e=t.newValue}return e=this.enhancer(e,this.value_,this.name_),this.equals(this.value_,e)?It.UNCHANGED:e},n.setNewValue_=function(e){var t=this.value_;this.value_=e,this.reportChanged(),On(this)&&Pn(this,{type:Fn,object:this,newValue:e,oldValue:t})},n.get=function(){return this.reportObserved(),this.dehanceValue(this.value_)},n.intercept_=function(e){return jn(this,e)},n.observe_=function(e,t){return t&&e({observableKind:"value",debugObjectName:this.name_,object:this,type:Fn,newValue:this.value_,oldValue:void 0}),In(this,e)},n.raw=function(){return this.value_},n.toJSON=function(){return this.get()},n.toString=function(){return this.name_+"["+this.value_+"]"},n.valueOf=function(){return Z(this.get())},n[Symbol.toPrimitive]=function(){return this.valueOf()},t}(de),bt=function(){function e(e){this.dependenciesState_=mt.NOT_TRACKING_,this.observing_=[],this.newObserving_=null,this.observers_=new Set,this.runId_=0,this.lastAccessedBy_=0,this.lowestObserverState_=mt.UP_TO_DATE_,this.unboundDepsCount_=0,this.value_=new Ct(null),this.name_=void 0,this.triggeredBy_=void 0,this.flags_=0,this.derivation=void 0,this.setter_=void 0,this.isTracing_=_t.NONE,this.scope_=void 0,this.equals_=void 0,this.requiresReaction_=void 0,this.keepAlive_=void 0,this.onBOL=void 0,this.onBUOL=void 0,e.get||x(31),this.derivation=e.get,this.name_=e.name||"ComputedValue",e.set&&(this.setter_=ht("ComputedValue-setter",e.set)),this.equals_=e.equals||(e.compareStructural||e.struct?ge.structural:ge.default),this.scope_=e.context,this.requiresReaction_=e.requiresReaction,this.keepAlive_=!!e.keepAlive}var t=e.prototype;return t.onBecomeStale_=function(){!function(e){if(e.lowestObserverState_!==mt.UP_TO_DATE_)return;e.lowestObserverState_=mt.POSSIBLY_STALE_,e.observers_.forEach(function(e){e.dependenciesState_===mt.UP_TO_DATE_&&(e.dependenciesState_=mt.POSSIBLY_STALE_,e.onBecomeStale_())})}(this)},t.onBO=function(){this.onBOL&&this.onBOL.forEach(function(e){return e()})},t.onBUO=function(){this.onBUOL&&this.onBUOL.forEach(function(e){return e()})},t.get=function(){if(this.isComputing&&x(32,this.name_,this.derivation),0!==It.inBatch||0!==this.observers_.size||this.keepAlive_){if(qt(this),xt(this)){var e=It.trackingContext;this.keepAlive_&&!e&&(It.trackingContext=this),this.trackAndCompute()&&function(e){if(e.lowestObserverState_===mt.STALE_)return;e.lowestObserverState_=mt.STALE_,e.observers_.forEach(function(t){t.dependenciesState_===mt.POSSIBLY_STALE_?t.dependenciesState_=mt.STALE_:t.dependenciesState_===mt.UP_TO_DATE_&&(e.lowestObserverState_=mt.UP_TO_DATE_)})}(this),It.trackingContext=e}}else xt(this)&&(this.warnAboutUntrackedRead_(),Ft(),this.value_=this.computeValue_(!1),Gt());var t=this.value_;if(At(t))throw t.cause;return t},t.set=function(e){if(this.setter_){this.isRunningSetter&&x(33,this.name_),this.isRunningSetter=!0;try{this.setter_.call(this.scope_,e)}finally{this.isRunningSetter=!1}}else x(34,this.name_)},t.trackAndCompute=function(){var e=this.value_,t=this.dependenciesState_===mt.NOT_TRACKING_,n=this.computeValue_(!0),i=t||At(e)||At(n)||!this.equals_(e,n);return i&&(this.value_=n),i},t.computeValue_=function(e){this.isComputing=!0;var t,n=pt(!1);if(e)t=St(this,this.derivation,this.scope_);else if(!0===It.disableErrorBoundaries)t=this.derivation.call(this.scope_);else try{t=this.derivation.call(this.scope_)}catch(i){t=new Ct(i)}return vt(n),this.isComputing=!1,t},t.suspend_=function(){this.keepAlive_||(Mt(this),this.value_=void 0)},t.observe_=function(e,t){var n=this,i=!0,r=void 0;return un(function(){var o=n.get();if(!i||t){var a=kt();e({observableKind:"computed",debugObjectName:n.name_,type:Fn,object:n,newValue:o,oldValue:r}),zt(a)}i=!1,r=o})},t.warnAboutUntrackedRead_=function(){},t.toString=function(){return this.name_+"["+this.derivation.toString()+"]"},t.valueOf=function(){return Z(this.get())},t[Symbol.toPrimitive]=function(){return this.valueOf()},ne(e,[{key:"isComputing",get:function(){return Q(this.flags_,e.isComputingMask_)},set:function(t){this.flags_=J(this.flags_,e.isComputingMask_,t)}},{key:"isRunningSetter",get:function(){return Q(this.flags_,e.isRunningSetterMask_)},set:function(t){this.flags_=J(this.flags_,e.isRunningSetterMask_,t)}},{key:"isBeingObserved",get:function(){return Q(this.flags_,e.isBeingObservedMask_)},set:function(t){this.flags_=J(this.flags_,e.isBeingObservedMask_,t)}},{key:"isPendingUnobservation",get:function(){return Q(this.flags_,e.isPendingUnobservationMask_)},set:function(t){this.flags_=J(this.flags_,e.isPendingUnobservationMask_,t)}},{key:"diffValue",get:function(){return Q(this.flags_,e.diffValueMask_)?1:0},set:function(t){this.flags_=J(this.flags_,e.diffValueMask_,1===t)}}])}();bt.isComputingMask_=1,bt.isRunningSetterMask_=2,bt.isBeingObservedMask_=4,bt.isPendingUnobservationMask_=8,bt.diffValueMask_=16;var mt,_t,yt=V("ComputedValue",bt);!function(e){e[e.NOT_TRACKING_=-1]="NOT_TRACKING_",e[e.UP_TO_DATE_=0]="UP_TO_DATE_",e[e.POSSIBLY_STALE_=1]="POSSIBLY_STALE_",e[e.STALE_=2]="STALE_"}(mt||(mt={})),function(e){e[e.NONE=0]="NONE",e[e.LOG=1]="LOG",e[e.BREAK=2]="BREAK"}(_t||(_t={}));var Ct=function(e){this.cause=void 0,this.cause=e};function At(e){return e instanceof Ct}function xt(e){switch(e.dependenciesState_){case mt.UP_TO_DATE_:return!1;case mt.NOT_TRACKING_:case mt.STALE_:return!0;case mt.POSSIBLY_STALE_:for(var t=Bt(!0),n=kt(),i=e.observing_,r=i.length,o=0;o<r;o++){var a=i[o];if(yt(a)){if(It.disableErrorBoundaries)a.get();else try{a.get()}catch(s){return zt(n),Dt(t),!0}if(e.dependenciesState_===mt.STALE_)return zt(n),Dt(t),!0}}return Et(e),zt(n),Dt(t),!1}}function wt(e){}function St(e,t,n){var i=Bt(!0);Et(e),e.newObserving_=new Array(0===e.runId_?100:e.observing_.length),e.unboundDepsCount_=0,e.runId_=++It.runId;var r,o=It.trackingDerivation;if(It.trackingDerivation=e,It.inBatch++,!0===It.disableErrorBoundaries)r=t.call(n);else try{r=t.call(n)}catch(a){r=new Ct(a)}return It.inBatch--,It.trackingDerivation=o,function(e){for(var t=e.observing_,n=e.observing_=e.newObserving_,i=mt.UP_TO_DATE_,r=0,o=e.unboundDepsCount_,a=0;a<o;a++){var s=n[a];0===s.diffValue&&(s.diffValue=1,r!==a&&(n[r]=s),r++),s.dependenciesState_>i&&(i=s.dependenciesState_)}n.length=r,e.newObserving_=null,o=t.length;for(;o--;){var u=t[o];0===u.diffValue&&Nt(u,e),u.diffValue=0}for(;r--;){var l=n[r];1===l.diffValue&&(l.diffValue=0,Pt(l,e))}i!==mt.UP_TO_DATE_&&(e.dependenciesState_=i,e.onBecomeStale_())}(e),Dt(i),r}function Mt(e){var t=e.observing_;e.observing_=[];for(var n=t.length;n--;)Nt(t[n],e);e.dependenciesState_=mt.NOT_TRACKING_}function Tt(e){var t=kt();try{return e()}finally{zt(t)}}function kt(){var e=It.trackingDerivation;return It.trackingDerivation=null,e}function zt(e){It.trackingDerivation=e}function Bt(e){var t=It.allowStateReads;return It.allowStateReads=e,t}function Dt(e){It.allowStateReads=e}function Et(e){if(e.dependenciesState_!==mt.UP_TO_DATE_){e.dependenciesState_=mt.UP_TO_DATE_;for(var t=e.observing_,n=t.length;n--;)t[n].lowestObserverState_=mt.UP_TO_DATE_}}var jt=function(){this.version=6,this.UNCHANGED={},this.trackingDerivation=null,this.trackingContext=null,this.runId=0,this.mobxGuid=0,this.inBatch=0,this.pendingUnobservations=[],this.pendingReactions=[],this.isRunningReactions=!1,this.allowStateChanges=!1,this.allowStateReads=!0,this.enforceActions=!0,this.spyListeners=[],this.globalReactionErrorHandlers=[],this.computedRequiresReaction=!1,this.reactionRequiresObservable=!1,this.observableRequiresReaction=!1,this.disableErrorBoundaries=!1,this.suppressReactionErrors=!1,this.useProxies=!0,this.verifyProxies=!1,this.safeDescriptors=!0},Lt=!0,Ot=!1,It=function(){var e=S();return e.__mobxInstanceCount>0&&!e.__mobxGlobals&&(Lt=!1),e.__mobxGlobals&&e.__mobxGlobals.version!==(new jt).version&&(Lt=!1),Lt?e.__mobxGlobals?(e.__mobxInstanceCount+=1,e.__mobxGlobals.UNCHANGED||(e.__mobxGlobals.UNCHANGED={}),e.__mobxGlobals):(e.__mobxInstanceCount=1,e.__mobxGlobals=new jt):(setTimeout(function(){Ot||x(35)},1),new jt)}();function Pt(e,t){e.observers_.add(t),e.lowestObserverState_>t.dependenciesState_&&(e.lowestObserverState_=t.dependenciesState_)}function Nt(e,t){e.observers_.delete(t),0===e.observers_.size&&Rt(e)}function Rt(e){!1===e.isPendingUnobservation&&(e.isPendingUnobservation=!0,It.pendingUnobservations.push(e))}function Ft(){It.inBatch++}function Gt(){if(0===--It.inBatch){Kt();for(var e=It.pendingUnobservations,t=0;t<e.length;t++){var n=e[t];n.isPendingUnobservation=!1,0===n.observers_.size&&(n.isBeingObserved&&(n.isBeingObserved=!1,n.onBUO()),n instanceof bt&&n.suspend_())}It.pendingUnobservations=[]}}function qt(e){var t=It.trackingDerivation;return null!==t?(t.runId_!==e.lastAccessedBy_&&(e.lastAccessedBy_=t.runId_,t.newObserving_[t.unboundDepsCount_++]=e,!e.isBeingObserved&&It.trackingContext&&(e.isBeingObserved=!0,e.onBO())),e.isBeingObserved):(0===e.observers_.size&&It.inBatch>0&&Rt(e),!1)}function Ut(e){e.lowestObserverState_!==mt.STALE_&&(e.lowestObserverState_=mt.STALE_,e.observers_.forEach(function(e){e.dependenciesState_===mt.UP_TO_DATE_&&e.onBecomeStale_(),e.dependenciesState_=mt.STALE_}))}var Vt=function(){function e(e,t,n,i){void 0===e&&(e="Reaction"),this.name_=void 0,this.onInvalidate_=void 0,this.errorHandler_=void 0,this.requiresObservable_=void 0,this.observing_=[],this.newObserving_=[],this.dependenciesState_=mt.NOT_TRACKING_,this.runId_=0,this.unboundDepsCount_=0,this.flags_=0,this.isTracing_=_t.NONE,this.name_=e,this.onInvalidate_=t,this.errorHandler_=n,this.requiresObservable_=i}var t=e.prototype;return t.onBecomeStale_=function(){this.schedule_()},t.schedule_=function(){this.isScheduled||(this.isScheduled=!0,It.pendingReactions.push(this),Kt())},t.runReaction_=function(){if(!this.isDisposed){Ft(),this.isScheduled=!1;var e=It.trackingContext;if(It.trackingContext=this,xt(this)){this.isTrackPending=!0;try{this.onInvalidate_()}catch(t){this.reportExceptionInDerivation_(t)}}It.trackingContext=e,Gt()}},t.track=function(e){if(!this.isDisposed){Ft();0,this.isRunning=!0;var t=It.trackingContext;It.trackingContext=this;var n=St(this,e,void 0);It.trackingContext=t,this.isRunning=!1,this.isTrackPending=!1,this.isDisposed&&Mt(this),At(n)&&this.reportExceptionInDerivation_(n.cause),Gt()}},t.reportExceptionInDerivation_=function(e){var t=this;if(this.errorHandler_)this.errorHandler_(e,this);else{if(It.disableErrorBoundaries)throw e;var n="[mobx] uncaught error in \'"+this+"\'";It.suppressReactionErrors||console.error(n,e),It.globalReactionErrorHandlers.forEach(function(n){return n(e,t)})}},t.dispose=function(){this.isDisposed||(this.isDisposed=!0,this.isRunning||(Ft(),Mt(this),Gt()))},t.getDisposer_=function(e){var t=this,n=function n(){t.dispose(),null==e||null==e.removeEventListener||e.removeEventListener("abort",n)};return null==e||null==e.addEventListener||e.addEventListener("abort",n),n[fe]=this,"dispose"in Symbol&&"symbol"==typeof Symbol.dispose&&(n[Symbol.dispose]=n),n},t.toString=function(){return"Reaction["+this.name_+"]"},t.trace=function(e){void 0===e&&(e=!1)},ne(e,[{key:"isDisposed",get:function(){return Q(this.flags_,e.isDisposedMask_)},set:function(t){this.flags_=J(this.flags_,e.isDisposedMask_,t)}},{key:"isScheduled",get:function(){return Q(this.flags_,e.isScheduledMask_)},set:function(t){this.flags_=J(this.flags_,e.isScheduledMask_,t)}},{key:"isTrackPending",get:function(){return Q(this.flags_,e.isTrackPendingMask_)},set:function(t){this.flags_=J(this.flags_,e.isTrackPendingMask_,t)}},{key:"isRunning",get:function(){return Q(this.flags_,e.isRunningMask_)},set:function(t){this.flags_=J(this.flags_,e.isRunningMask_,t)}},{key:"diffValue",get:function(){return Q(this.flags_,e.diffValueMask_)?1:0},set:function(t){this.flags_=J(this.flags_,e.diffValueMask_,1===t)}}])}();Vt.isDisposedMask_=1,Vt.isScheduledMask_=2,Vt.isTrackPendingMask_=4,Vt.isRunningMask_=8,Vt.diffValueMask_=16;var Ht=100,Wt=function(e){return e()};function Kt(){It.inBatch>0||It.isRunningReactions||Wt(Yt)}function Yt(){It.isRunningReactions=!0;for(var e=It.pendingReactions,t=0;e.length>0;){++t===Ht&&(console.error("[mobx] cycle in reaction: "+e[0]),e.splice(0));for(var n=e.splice(0),i=0,r=n.length;i<r;i++)n[i].runReaction_()}It.isRunningReactions=!1}var Zt=V("Reaction",Vt);var Xt="action",$t="autoAction",Qt="<unnamed action>",Jt=ye(Xt),en=ye("action.bound",{bound:!0}),tn=ye($t,{autoAction:!0}),nn=ye("autoAction.bound",{autoAction:!0,bound:!0});function rn(e){return function(t,n){return P(t)?ht(t.name||Qt,t,e):P(n)?ht(t,n,e):he(n)?(e?tn:Jt).decorate_20223_(t,n):N(n)?ce(t,n,e?tn:Jt):N(t)?le(ye(e?$t:Xt,{name:t,autoAction:e})):void 0}}var on=rn(!1);Object.assign(on,Jt);var an=rn(!0);function sn(e){return P(e)&&!0===e.isMobxAction}function un(e,t){var n,i,r,o;void 0===t&&(t=D);var a,s=null!=(n=null==(i=t)?void 0:i.name)?n:"Autorun";if(!t.scheduler&&!t.delay)a=new Vt(s,function(){this.track(c)},t.onError,t.requiresObservable);else{var u=cn(t),l=!1;a=new Vt(s,function(){l||(l=!0,u(function(){l=!1,a.isDisposed||a.track(c)}))},t.onError,t.requiresObservable)}function c(){e(a)}return null!=(r=t)&&null!=(r=r.signal)&&r.aborted||a.schedule_(),a.getDisposer_(null==(o=t)?void 0:o.signal)}Object.assign(an,tn),on.bound=le(en),an.bound=le(nn);var ln=function(e){return e()};function cn(e){return e.scheduler?e.scheduler:e.delay?function(t){return setTimeout(t,e.delay)}:ln}var hn="onBO",fn="onBUO";function dn(e,t,n){return pn(fn,e,t,n)}function pn(e,t,n,i){var r="function"==typeof i?Ti(t,n):Ti(t),o=P(i)?i:n,a=e+"L";return r[a]?r[a].add(o):r[a]=new Set([o]),function(){var e=r[a];e&&(e.delete(o),0===e.size&&delete r[a])}}var vn="always";function gn(e){!0===e.isolateGlobalState&&function(){if((It.pendingReactions.length||It.inBatch||It.isRunningReactions)&&x(36),Ot=!0,Lt){var e=S();0===--e.__mobxInstanceCount&&(e.__mobxGlobals=void 0),It=new jt}}();var t,n,i=e.useProxies,r=e.enforceActions;if(void 0!==i&&(It.useProxies=i===vn||"never"!==i&&"undefined"!=typeof Proxy),"ifavailable"===i&&(It.verifyProxies=!0),void 0!==r){var o=r===vn?vn:"observed"===r;It.enforceActions=o,It.allowStateChanges=!0!==o&&o!==vn}["computedRequiresReaction","reactionRequiresObservable","observableRequiresReaction","disableErrorBoundaries","safeDescriptors"].forEach(function(t){t in e&&(It[t]=!!e[t])}),It.allowStateReads=!It.observableRequiresReaction,e.reactionScheduler&&(t=e.reactionScheduler,n=Wt,Wt=function(e){return t(function(){return n(e)})})}function bn(e,t,n,i){var r=$(t);return Bi(function(){var t=ci(e,i)[fe];Y(r).forEach(function(e){t.extend_(e,r[e],!n||(!(e in n)||n[e]))})}),e}function mn(e,t){return _n(Ti(e,t))}function _n(e){var t,n={name:e.name_};return e.observing_&&e.observing_.length>0&&(n.dependencies=(t=e.observing_,Array.from(new Set(t))).map(_n)),n}var yn=0;function Cn(){this.message="FLOW_CANCELLED"}Cn.prototype=Object.create(Error.prototype);var An=Se("flow"),xn=Se("flow.bound",{bound:!0}),wn=Object.assign(function(e,t){if(he(t))return An.decorate_20223_(e,t);if(N(t))return ce(e,t,An);var n=e,i=n.name||"<unnamed flow>",r=function(){var e,t=arguments,r=++yn,o=on(i+" - runid: "+r+" - init",n).apply(this,t),a=void 0,s=new Promise(function(t,n){var s=0;function u(e){var t;a=void 0;try{t=on(i+" - runid: "+r+" - yield "+s++,o.next).call(o,e)}catch(u){return n(u)}c(t)}function l(e){var t;a=void 0;try{t=on(i+" - runid: "+r+" - yield "+s++,o.throw).call(o,e)}catch(u){return n(u)}c(t)}function c(e){if(!P(null==e?void 0:e.then))return e.done?t(e.value):(a=Promise.resolve(e.value)).then(u,l);e.then(c,n)}e=n,u(void 0)});return s.cancel=on(i+" - runid: "+r+" - cancel",function(){try{a&&Sn(a);var t=o.return(void 0),n=Promise.resolve(t.value);n.then(I,I),Sn(n),e(new Cn)}catch(i){e(i)}}),s};return r.isMobXFlow=!0,r},An);function Sn(e){P(e.cancel)&&e.cancel()}function Mn(e){return!0===(null==e?void 0:e.isMobXFlow)}function Tn(e,t){return!!e&&(void 0!==t?!!di(e)&&e[fe].values_.has(t):di(e)||!!e[fe]||pe(e)||Zt(e)||yt(e))}function kn(e){return Tn(e)}function zn(e,t){void 0===t&&(t=void 0),Ft();try{return e.apply(t)}finally{Gt()}}function Bn(e){return e[fe]}wn.bound=le(xn);var Dn={has:function(e,t){return Bn(e).has_(t)},get:function(e,t){return Bn(e).get_(t)},set:function(e,t,n){var i;return!!N(t)&&(null==(i=Bn(e).set_(t,n,!0))||i)},deleteProperty:function(e,t){var n;return!!N(t)&&(null==(n=Bn(e).delete_(t,!0))||n)},defineProperty:function(e,t,n){var i;return null==(i=Bn(e).defineProperty_(t,n))||i},ownKeys:function(e){return Bn(e).ownKeys_()},preventExtensions:function(e){x(13)}};function En(e){return void 0!==e.interceptors_&&e.interceptors_.length>0}function jn(e,t){var n=e.interceptors_||(e.interceptors_=[]);return n.push(t),O(function(){var e=n.indexOf(t);-1!==e&&n.splice(e,1)})}function Ln(e,t){var n=kt();try{for(var i=[].concat(e.interceptors_||[]),r=0,o=i.length;r<o&&((t=i[r](t))&&!t.type&&x(14),t);r++);return t}finally{zt(n)}}function On(e){return void 0!==e.changeListeners_&&e.changeListeners_.length>0}function In(e,t){var n=e.changeListeners_||(e.changeListeners_=[]);return n.push(t),O(function(){var e=n.indexOf(t);-1!==e&&n.splice(e,1)})}function Pn(e,t){var n=kt(),i=e.changeListeners_;if(i){for(var r=0,o=(i=i.slice()).length;r<o;r++)i[r](t);zt(n)}}function Nn(e,t,n){return Bi(function(){var i=ci(e,n)[fe];null!=t||(t=function(e){return X(e,ue)||q(e,ue,re({},e[ue])),e[ue]}(e)),Y(t).forEach(function(e){return i.make_(e,t[e])})}),e}var Rn="splice",Fn="update",Gn={get:function(e,t){var n=e[fe];return t===fe?n:"length"===t?n.getArrayLength_():"string"!=typeof t||isNaN(t)?X(Vn,t)?Vn[t]:e[t]:n.get_(parseInt(t))},set:function(e,t,n){var i=e[fe];return"length"===t&&i.setArrayLength_(n),"symbol"==typeof t||isNaN(t)?e[t]=n:i.set_(parseInt(t),n),!0},preventExtensions:function(){x(15)}},qn=function(){function e(e,t,n,i){void 0===e&&(e="ObservableArray"),this.owned_=void 0,this.legacyMode_=void 0,this.atom_=void 0,this.values_=[],this.interceptors_=void 0,this.changeListeners_=void 0,this.enhancer_=void 0,this.dehancer=void 0,this.proxy_=void 0,this.lastKnownLength_=0,this.owned_=n,this.legacyMode_=i,this.atom_=new de(e),this.enhancer_=function(e,n){return t(e,n,"ObservableArray[..]")}}var t=e.prototype;return t.dehanceValue_=function(e){return void 0!==this.dehancer?this.dehancer(e):e},t.dehanceValues_=function(e){return void 0!==this.dehancer&&e.length>0?e.map(this.dehancer):e},t.intercept_=function(e){return jn(this,e)},t.observe_=function(e,t){return void 0===t&&(t=!1),t&&e({observableKind:"array",object:this.proxy_,debugObjectName:this.atom_.name_,type:"splice",index:0,added:this.values_.slice(),addedCount:this.values_.length,removed:[],removedCount:0}),In(this,e)},t.getArrayLength_=function(){return this.atom_.reportObserved(),this.values_.length},t.setArrayLength_=function(e){("number"!=typeof e||isNaN(e)||e<0)&&x("Out of range: "+e);var t=this.values_.length;if(e!==t)if(e>t){for(var n=new Array(e-t),i=0;i<e-t;i++)n[i]=void 0;this.spliceWithArray_(t,0,n)}else this.spliceWithArray_(e,t-e)},t.updateArrayLength_=function(e,t){e!==this.lastKnownLength_&&x(16),this.lastKnownLength_+=t,this.legacyMode_&&t>0&&Si(e+t+1)},t.spliceWithArray_=function(e,t,n){var i=this;this.atom_;var r=this.values_.length;if(void 0===e?e=0:e>r?e=r:e<0&&(e=Math.max(0,r+e)),t=1===arguments.length?r-e:null==t?0:Math.max(0,Math.min(t,r-e)),void 0===n&&(n=B),En(this)){var o=Ln(this,{object:this.proxy_,type:Rn,index:e,removedCount:t,added:n});if(!o)return B;t=o.removedCount,n=o.added}if(n=0===n.length?n:n.map(function(e){return i.enhancer_(e,void 0)}),this.legacyMode_){var a=n.length-t;this.updateArrayLength_(r,a)}var s=this.spliceItemsIntoValues_(e,t,n);return 0===t&&0===n.length||this.notifyArraySplice_(e,n,s),this.dehanceValues_(s)},t.spliceItemsIntoValues_=function(e,t,n){var i;if(n.length<1e4)return(i=this.values_).splice.apply(i,[e,t].concat(n));var r=this.values_.slice(e,e+t),o=this.values_.slice(e+t);this.values_.length+=n.length-t;for(var a=0;a<n.length;a++)this.values_[e+a]=n[a];for(var s=0;s<o.length;s++)this.values_[e+n.length+s]=o[s];return r},t.notifyArrayChildUpdate_=function(e,t,n){var i=!this.owned_&&!1,r=On(this),o=r||i?{observableKind:"array",object:this.proxy_,type:Fn,debugObjectName:this.atom_.name_,index:e,newValue:t,oldValue:n}:null;this.atom_.reportChanged(),r&&Pn(this,o)},t.notifyArraySplice_=function(e,t,n){var i=!this.owned_&&!1,r=On(this),o=r||i?{observableKind:"array",object:this.proxy_,debugObjectName:this.atom_.name_,type:Rn,index:e,removed:n,added:t,removedCount:n.length,addedCount:t.length}:null;this.atom_.reportChanged(),r&&Pn(this,o)},t.get_=function(e){if(!(this.legacyMode_&&e>=this.values_.length))return this.atom_.reportObserved(),this.dehanceValue_(this.values_[e]);console.warn("[mobx] Out of bounds read: "+e)},t.set_=function(e,t){var n=this.values_;if(this.legacyMode_&&e>n.length&&x(17,e,n.length),e<n.length){this.atom_;var i=n[e];if(En(this)){var r=Ln(this,{type:Fn,object:this.proxy_,index:e,newValue:t});if(!r)return;t=r.newValue}(t=this.enhancer_(t,i))!==i&&(n[e]=t,this.notifyArrayChildUpdate_(e,t,i))}else{for(var o=new Array(e+1-n.length),a=0;a<o.length-1;a++)o[a]=void 0;o[o.length-1]=t,this.spliceWithArray_(n.length,0,o)}},e}();function Un(e,t,n,i){return void 0===n&&(n="ObservableArray"),void 0===i&&(i=!1),L(),Bi(function(){var r=new qn(n,t,i,!1);U(r.values_,fe,r);var o=new Proxy(r.values_,Gn);return r.proxy_=o,e&&e.length&&r.spliceWithArray_(0,0,e),o})}var Vn={clear:function(){return this.splice(0)},replace:function(e){var t=this[fe];return t.spliceWithArray_(0,t.values_.length,e)},toJSON:function(){return this.slice()},splice:function(e,t){for(var n=arguments.length,i=new Array(n>2?n-2:0),r=2;r<n;r++)i[r-2]=arguments[r];var o=this[fe];switch(arguments.length){case 0:return[];case 1:return o.spliceWithArray_(e);case 2:return o.spliceWithArray_(e,t)}return o.spliceWithArray_(e,t,i)},spliceWithArray:function(e,t,n){return this[fe].spliceWithArray_(e,t,n)},push:function(){for(var e=this[fe],t=arguments.length,n=new Array(t),i=0;i<t;i++)n[i]=arguments[i];return e.spliceWithArray_(e.values_.length,0,n),e.values_.length},pop:function(){return this.splice(Math.max(this[fe].values_.length-1,0),1)[0]},shift:function(){return this.splice(0,1)[0]},unshift:function(){for(var e=this[fe],t=arguments.length,n=new Array(t),i=0;i<t;i++)n[i]=arguments[i];return e.spliceWithArray_(0,0,n),e.values_.length},reverse:function(){return It.trackingDerivation&&x(37,"reverse"),this.replace(this.slice().reverse()),this},sort:function(){It.trackingDerivation&&x(37,"sort");var e=this.slice();return e.sort.apply(e,arguments),this.replace(e),this},remove:function(e){var t=this[fe],n=t.dehanceValues_(t.values_).indexOf(e);return n>-1&&(this.splice(n,1),!0)}};function Hn(e,t){"function"==typeof Array.prototype[e]&&(Vn[e]=t(e))}function Wn(e){return function(){var t=this[fe];t.atom_.reportObserved();var n=t.dehanceValues_(t.values_);return n[e].apply(n,arguments)}}function Kn(e){return function(t,n){var i=this,r=this[fe];return r.atom_.reportObserved(),r.dehanceValues_(r.values_)[e](function(e,r){return t.call(n,e,r,i)})}}function Yn(e){return function(){var t=this,n=this[fe];n.atom_.reportObserved();var i=n.dehanceValues_(n.values_),r=arguments[0];return arguments[0]=function(e,n,i){return r(e,n,i,t)},i[e].apply(i,arguments)}}Hn("at",Wn),Hn("concat",Wn),Hn("flat",Wn),Hn("includes",Wn),Hn("indexOf",Wn),Hn("join",Wn),Hn("lastIndexOf",Wn),Hn("slice",Wn),Hn("toString",Wn),Hn("toLocaleString",Wn),Hn("toSorted",Wn),Hn("toSpliced",Wn),Hn("with",Wn),Hn("every",Kn),Hn("filter",Kn),Hn("find",Kn),Hn("findIndex",Kn),Hn("findLast",Kn),Hn("findLastIndex",Kn),Hn("flatMap",Kn),Hn("forEach",Kn),Hn("map",Kn),Hn("some",Kn),Hn("toReversed",Kn),Hn("reduce",Yn),Hn("reduceRight",Yn);var Zn=V("ObservableArrayAdministration",qn);function Xn(e){return R(e)&&Zn(e[fe])}var $n={},Qn="add",Jn="delete",ei=function(){function e(e,t,n){var i=this;void 0===t&&(t=be),void 0===n&&(n="ObservableMap"),this.enhancer_=void 0,this.name_=void 0,this[fe]=$n,this.data_=void 0,this.hasMap_=void 0,this.keysAtom_=void 0,this.interceptors_=void 0,this.changeListeners_=void 0,this.dehancer=void 0,this.enhancer_=t,this.name_=n,P(Map)||x(18),Bi(function(){i.keysAtom_=ve("ObservableMap.keys()"),i.data_=new Map,i.hasMap_=new Map,e&&i.merge(e)})}var t=e.prototype;return t.has_=function(e){return this.data_.has(e)},t.has=function(e){var t=this;if(!It.trackingDerivation)return this.has_(e);var n=this.hasMap_.get(e);if(!n){var i=n=new gt(this.has_(e),me,"ObservableMap.key?",!1);this.hasMap_.set(e,i),dn(i,function(){return t.hasMap_.delete(e)})}return n.get()},t.set=function(e,t){var n=this.has_(e);if(En(this)){var i=Ln(this,{type:n?Fn:Qn,object:this,newValue:t,name:e});if(!i)return this;t=i.newValue}return n?this.updateValue_(e,t):this.addValue_(e,t),this},t.delete=function(e){var t=this;if((this.keysAtom_,En(this))&&!Ln(this,{type:Jn,object:this,name:e}))return!1;if(this.has_(e)){var n=On(this),i=n?{observableKind:"map",debugObjectName:this.name_,type:Jn,object:this,oldValue:this.data_.get(e).value_,name:e}:null;return zn(function(){var n;t.keysAtom_.reportChanged(),null==(n=t.hasMap_.get(e))||n.setNewValue_(!1),t.data_.get(e).setNewValue_(void 0),t.data_.delete(e)}),n&&Pn(this,i),!0}return!1},t.updateValue_=function(e,t){var n=this.data_.get(e);if((t=n.prepareNewValue_(t))!==It.UNCHANGED){var i=On(this),r=i?{observableKind:"map",debugObjectName:this.name_,type:Fn,object:this,oldValue:n.value_,name:e,newValue:t}:null;0,n.setNewValue_(t),i&&Pn(this,r)}},t.addValue_=function(e,t){var n=this;this.keysAtom_,zn(function(){var i,r=new gt(t,n.enhancer_,"ObservableMap.key",!1);n.data_.set(e,r),t=r.value_,null==(i=n.hasMap_.get(e))||i.setNewValue_(!0),n.keysAtom_.reportChanged()});var i=On(this),r=i?{observableKind:"map",debugObjectName:this.name_,type:Qn,object:this,name:e,newValue:t}:null;i&&Pn(this,r)},t.get=function(e){return this.has(e)?this.dehanceValue_(this.data_.get(e).get()):this.dehanceValue_(void 0)},t.dehanceValue_=function(e){return void 0!==this.dehancer?this.dehancer(e):e},t.keys=function(){return this.keysAtom_.reportObserved(),this.data_.keys()},t.values=function(){var e=this,t=this.keys();return ni({next:function(){var n=t.next(),i=n.done,r=n.value;return{done:i,value:i?void 0:e.get(r)}}})},t.entries=function(){var e=this,t=this.keys();return ni({next:function(){var n=t.next(),i=n.done,r=n.value;return{done:i,value:i?void 0:[r,e.get(r)]}}})},t[Symbol.iterator]=function(){return this.entries()},t.forEach=function(e,t){for(var n,i=ie(this);!(n=i()).done;){var r=n.value,o=r[0],a=r[1];e.call(t,a,o,this)}},t.merge=function(e){var t=this;return ti(e)&&(e=new Map(e)),zn(function(){var n,i,r;F(e)?function(e){var t=Object.keys(e);if(!K)return t;var n=Object.getOwnPropertySymbols(e);return n.length?[].concat(t,n.filter(function(t){return z.propertyIsEnumerable.call(e,t)})):t}(e).forEach(function(n){return t.set(n,e[n])}):Array.isArray(e)?e.forEach(function(e){var n=e[0],i=e[1];return t.set(n,i)}):H(e)?(n=e,i=Object.getPrototypeOf(n),r=Object.getPrototypeOf(i),null!==Object.getPrototypeOf(r)&&x(19,e),e.forEach(function(e,n){return t.set(n,e)})):null!=e&&x(20,e)}),this},t.clear=function(){var e=this;zn(function(){Tt(function(){for(var t,n=ie(e.keys());!(t=n()).done;){var i=t.value;e.delete(i)}})})},t.replace=function(e){var t=this;return zn(function(){for(var n,i=function(e){if(H(e)||ti(e))return e;if(Array.isArray(e))return new Map(e);if(F(e)){var t=new Map;for(var n in e)t.set(n,e[n]);return t}return x(21,e)}(e),r=new Map,o=!1,a=ie(t.data_.keys());!(n=a()).done;){var s=n.value;if(!i.has(s))if(t.delete(s))o=!0;else{var u=t.data_.get(s);r.set(s,u)}}for(var l,c=ie(i.entries());!(l=c()).done;){var h=l.value,f=h[0],d=h[1],p=t.data_.has(f);if(t.set(f,d),t.data_.has(f)){var v=t.data_.get(f);r.set(f,v),p||(o=!0)}}if(!o)if(t.data_.size!==r.size)t.keysAtom_.reportChanged();else for(var g=t.data_.keys(),b=r.keys(),m=g.next(),_=b.next();!m.done;){if(m.value!==_.value){t.keysAtom_.reportChanged();break}m=g.next(),_=b.next()}t.data_=r}),this},t.toString=function(){return"[object ObservableMap]"},t.toJSON=function(){return Array.from(this)},t.observe_=function(e,t){return In(this,e)},t.intercept_=function(e){return jn(this,e)},ne(e,[{key:"size",get:function(){return this.keysAtom_.reportObserved(),this.data_.size}},{key:Symbol.toStringTag,get:function(){return"Map"}}])}(),ti=V("ObservableMap",ei);function ni(e){return e[Symbol.toStringTag]="MapIterator",Pi(e)}var ii={},ri=function(){function e(e,t,n){var i=this;void 0===t&&(t=be),void 0===n&&(n="ObservableSet"),this.name_=void 0,this[fe]=ii,this.data_=new Set,this.atom_=void 0,this.changeListeners_=void 0,this.interceptors_=void 0,this.dehancer=void 0,this.enhancer_=void 0,this.name_=n,P(Set)||x(22),this.enhancer_=function(e,i){return t(e,i,n)},Bi(function(){i.atom_=ve(i.name_),e&&i.replace(e)})}var t=e.prototype;return t.dehanceValue_=function(e){return void 0!==this.dehancer?this.dehancer(e):e},t.clear=function(){var e=this;zn(function(){Tt(function(){for(var t,n=ie(e.data_.values());!(t=n()).done;){var i=t.value;e.delete(i)}})})},t.forEach=function(e,t){for(var n,i=ie(this);!(n=i()).done;){var r=n.value;e.call(t,r,r,this)}},t.add=function(e){var t=this;if(this.atom_,En(this)){var n=Ln(this,{type:Qn,object:this,newValue:e});if(!n)return this;e=n.newValue}if(!this.has(e)){zn(function(){t.data_.add(t.enhancer_(e,void 0)),t.atom_.reportChanged()});var i=!1,r=On(this),o=r?{observableKind:"set",debugObjectName:this.name_,type:Qn,object:this,newValue:e}:null;i,r&&Pn(this,o)}return this},t.delete=function(e){var t=this;if(En(this)&&!Ln(this,{type:Jn,object:this,oldValue:e}))return!1;if(this.has(e)){var n=On(this),i=n?{observableKind:"set",debugObjectName:this.name_,type:Jn,object:this,oldValue:e}:null;return zn(function(){t.atom_.reportChanged(),t.data_.delete(e)}),n&&Pn(this,i),!0}return!1},t.has=function(e){return this.atom_.reportObserved(),this.data_.has(this.dehanceValue_(e))},t.entries=function(){var e=this.values();return ai({next:function(){var t=e.next(),n=t.value,i=t.done;return i?{value:void 0,done:i}:{value:[n,n],done:i}}})},t.keys=function(){return this.values()},t.values=function(){this.atom_.reportObserved();var e=this,t=this.data_.values();return ai({next:function(){var n=t.next(),i=n.value,r=n.done;return r?{value:void 0,done:r}:{value:e.dehanceValue_(i),done:r}}})},t.intersection=function(e){return W(e)&&!oi(e)?e.intersection(this):new Set(this).intersection(e)},t.union=function(e){return W(e)&&!oi(e)?e.union(this):new Set(this).union(e)},t.difference=function(e){return new Set(this).difference(e)},t.symmetricDifference=function(e){return W(e)&&!oi(e)?e.symmetricDifference(this):new Set(this).symmetricDifference(e)},t.isSubsetOf=function(e){return new Set(this).isSubsetOf(e)},t.isSupersetOf=function(e){return new Set(this).isSupersetOf(e)},t.isDisjointFrom=function(e){return W(e)&&!oi(e)?e.isDisjointFrom(this):new Set(this).isDisjointFrom(e)},t.replace=function(e){var t=this;return oi(e)&&(e=new Set(e)),zn(function(){Array.isArray(e)||W(e)?(t.clear(),e.forEach(function(e){return t.add(e)})):null!=e&&x("Cannot initialize set from "+e)}),this},t.observe_=function(e,t){return In(this,e)},t.intercept_=function(e){return jn(this,e)},t.toJSON=function(){return Array.from(this)},t.toString=function(){return"[object ObservableSet]"},t[Symbol.iterator]=function(){return this.values()},ne(e,[{key:"size",get:function(){return this.atom_.reportObserved(),this.data_.size}},{key:Symbol.toStringTag,get:function(){return"Set"}}])}(),oi=V("ObservableSet",ri);function ai(e){return e[Symbol.toStringTag]="SetIterator",Pi(e)}var si=Object.create(null),ui="remove",li=function(){function e(e,t,n,i){void 0===t&&(t=new Map),void 0===i&&(i=Re),this.target_=void 0,this.values_=void 0,this.name_=void 0,this.defaultAnnotation_=void 0,this.keysAtom_=void 0,this.changeListeners_=void 0,this.interceptors_=void 0,this.proxy_=void 0,this.isPlainObject_=void 0,this.appliedAnnotations_=void 0,this.pendingKeys_=void 0,this.target_=e,this.values_=t,this.name_=n,this.defaultAnnotation_=i,this.keysAtom_=new de("ObservableObject.keys"),this.isPlainObject_=F(this.target_)}var t=e.prototype;return t.getObservablePropValue_=function(e){return this.values_.get(e).get()},t.setObservablePropValue_=function(e,t){var n=this.values_.get(e);if(n instanceof bt)return n.set(t),!0;if(En(this)){var i=Ln(this,{type:Fn,object:this.proxy_||this.target_,name:e,newValue:t});if(!i)return null;t=i.newValue}if((t=n.prepareNewValue_(t))!==It.UNCHANGED){var r=On(this),o=r?{type:Fn,observableKind:"object",debugObjectName:this.name_,object:this.proxy_||this.target_,oldValue:n.value_,name:e,newValue:t}:null;0,n.setNewValue_(t),r&&Pn(this,o)}return!0},t.get_=function(e){return It.trackingDerivation&&!X(this.target_,e)&&this.has_(e),this.target_[e]},t.set_=function(e,t,n){return void 0===n&&(n=!1),X(this.target_,e)?this.values_.has(e)?this.setObservablePropValue_(e,t):n?Reflect.set(this.target_,e,t):(this.target_[e]=t,!0):this.extend_(e,{value:t,enumerable:!0,writable:!0,configurable:!0},this.defaultAnnotation_,n)},t.has_=function(e){if(!It.trackingDerivation)return e in this.target_;this.pendingKeys_||(this.pendingKeys_=new Map);var t=this.pendingKeys_.get(e);return t||(t=new gt(e in this.target_,me,"ObservableObject.key?",!1),this.pendingKeys_.set(e,t)),t.get()},t.make_=function(e,t){if(!0===t&&(t=this.defaultAnnotation_),!1!==t){if(vi(this,t,e),!(e in this.target_)){var n;if(null!=(n=this.target_[ue])&&n[e])return;x(1,t.annotationType_,this.name_+"."+e.toString())}for(var i=this.target_;i&&i!==z;){var r=T(i,e);if(r){var o=t.make_(this,e,r,i);if(0===o)return;if(1===o)break}i=Object.getPrototypeOf(i)}pi(this,t,e)}},t.extend_=function(e,t,n,i){if(void 0===i&&(i=!1),!0===n&&(n=this.defaultAnnotation_),!1===n)return this.defineProperty_(e,t,i);vi(this,n,e);var r=n.extend_(this,e,t,i);return r&&pi(this,n,e),r},t.defineProperty_=function(e,t,n){void 0===n&&(n=!1),this.keysAtom_;try{Ft();var i=this.delete_(e);if(!i)return i;if(En(this)){var r=Ln(this,{object:this.proxy_||this.target_,name:e,type:Qn,newValue:t.value});if(!r)return null;var o=r.newValue;t.value!==o&&(t=re({},t,{value:o}))}if(n){if(!Reflect.defineProperty(this.target_,e,t))return!1}else k(this.target_,e,t);this.notifyPropertyAddition_(e,t.value)}finally{Gt()}return!0},t.defineObservableProperty_=function(e,t,n,i){void 0===i&&(i=!1),this.keysAtom_;try{Ft();var r=this.delete_(e);if(!r)return r;if(En(this)){var o=Ln(this,{object:this.proxy_||this.target_,name:e,type:Qn,newValue:t});if(!o)return null;t=o.newValue}var a=fi(e),s={configurable:!It.safeDescriptors||this.isPlainObject_,enumerable:!0,get:a.get,set:a.set};if(i){if(!Reflect.defineProperty(this.target_,e,s))return!1}else k(this.target_,e,s);var u=new gt(t,n,"ObservableObject.key",!1);this.values_.set(e,u),this.notifyPropertyAddition_(e,u.value_)}finally{Gt()}return!0},t.defineComputedProperty_=function(e,t,n){void 0===n&&(n=!1),this.keysAtom_;try{Ft();var i=this.delete_(e);if(!i)return i;if(En(this))if(!Ln(this,{object:this.proxy_||this.target_,name:e,type:Qn,newValue:void 0}))return null;t.name||(t.name="ObservableObject.key"),t.context=this.proxy_||this.target_;var r=fi(e),o={configurable:!It.safeDescriptors||this.isPlainObject_,enumerable:!1,get:r.get,set:r.set};if(n){if(!Reflect.defineProperty(this.target_,e,o))return!1}else k(this.target_,e,o);this.values_.set(e,new bt(t)),this.notifyPropertyAddition_(e,void 0)}finally{Gt()}return!0},t.delete_=function(e,t){if(void 0===t&&(t=!1),this.keysAtom_,!X(this.target_,e))return!0;if(En(this)&&!Ln(this,{object:this.proxy_||this.target_,name:e,type:ui}))return null;try{var n;Ft();var i,r=On(this),o=this.values_.get(e),a=void 0;if(!o&&r)a=null==(i=T(this.target_,e))?void 0:i.value;if(t){if(!Reflect.deleteProperty(this.target_,e))return!1}else delete this.target_[e];if(o&&(this.values_.delete(e),o instanceof gt&&(a=o.value_),Ut(o)),this.keysAtom_.reportChanged(),null==(n=this.pendingKeys_)||null==(n=n.get(e))||n.set(e in this.target_),r){var s={type:ui,observableKind:"object",object:this.proxy_||this.target_,debugObjectName:this.name_,oldValue:a,name:e};0,r&&Pn(this,s)}}finally{Gt()}return!0},t.observe_=function(e,t){return In(this,e)},t.intercept_=function(e){return jn(this,e)},t.notifyPropertyAddition_=function(e,t){var n,i=On(this);if(i){var r=i?{type:Qn,observableKind:"object",debugObjectName:this.name_,object:this.proxy_||this.target_,name:e,newValue:t}:null;0,i&&Pn(this,r)}null==(n=this.pendingKeys_)||null==(n=n.get(e))||n.set(!0),this.keysAtom_.reportChanged()},t.ownKeys_=function(){return this.keysAtom_.reportObserved(),Y(this.target_)},t.keys_=function(){return this.keysAtom_.reportObserved(),Object.keys(this.target_)},e}();function ci(e,t){var n;if(X(e,fe))return e;var i=null!=(n=null==t?void 0:t.name)?n:"ObservableObject",r=new li(e,new Map,String(i),function(e){var t;return e?null!=(t=e.defaultDecorator)?t:Fe(e):void 0}(t));return q(e,fe,r),e}var hi=V("ObservableObjectAdministration",li);function fi(e){return si[e]||(si[e]={get:function(){return this[fe].getObservablePropValue_(e)},set:function(t){return this[fe].setObservablePropValue_(e,t)}})}function di(e){return!!R(e)&&hi(e[fe])}function pi(e,t,n){var i;null==(i=e.target_[ue])||delete i[n]}function vi(e,t,n){}var gi,bi,mi=xi(0),_i=function(){var e=!1,t={};return Object.defineProperty(t,"0",{set:function(){e=!0}}),Object.create(t)[0]=1,!1===e}(),yi=0,Ci=function(){};gi=Ci,bi=Array.prototype,Object.setPrototypeOf?Object.setPrototypeOf(gi.prototype,bi):void 0!==gi.prototype.__proto__?gi.prototype.__proto__=bi:gi.prototype=bi;var Ai=function(e){function t(t,n,i,r){var o;return void 0===i&&(i="ObservableArray"),void 0===r&&(r=!1),o=e.call(this)||this,Bi(function(){var e=new qn(i,n,r,!0);e.proxy_=o,U(o,fe,e),t&&t.length&&o.spliceWithArray(0,0,t),_i&&Object.defineProperty(o,"0",mi)}),o}oe(t,e);var n=t.prototype;return n.concat=function(){this[fe].atom_.reportObserved();for(var e=arguments.length,t=new Array(e),n=0;n<e;n++)t[n]=arguments[n];return Array.prototype.concat.apply(this.slice(),t.map(function(e){return Xn(e)?e.slice():e}))},n[Symbol.iterator]=function(){var e=this,t=0;return Pi({next:function(){return t<e.length?{value:e[t++],done:!1}:{done:!0,value:void 0}}})},ne(t,[{key:"length",get:function(){return this[fe].getArrayLength_()},set:function(e){this[fe].setArrayLength_(e)}},{key:Symbol.toStringTag,get:function(){return"Array"}}])}(Ci);function xi(e){return{enumerable:!1,configurable:!0,get:function(){return this[fe].get_(e)},set:function(t){this[fe].set_(e,t)}}}function wi(e){k(Ai.prototype,""+e,xi(e))}function Si(e){if(e>yi){for(var t=yi;t<e+100;t++)wi(t);yi=e}}function Mi(e,t,n){return new Ai(e,t,n)}function Ti(e,t){if("object"==typeof e&&null!==e){if(Xn(e))return void 0!==t&&x(23),e[fe].atom_;if(oi(e))return e.atom_;if(ti(e)){if(void 0===t)return e.keysAtom_;var n=e.data_.get(t)||e.hasMap_.get(t);return n||x(25,t,zi(e)),n}if(di(e)){if(!t)return x(26);var i=e[fe].values_.get(t);return i||x(27,t,zi(e)),i}if(pe(e)||yt(e)||Zt(e))return e}else if(P(e)&&Zt(e[fe]))return e[fe];x(28)}function ki(e,t){return e||x(29),void 0!==t?ki(Ti(e,t)):pe(e)||yt(e)||Zt(e)||ti(e)||oi(e)?e:e[fe]?e[fe]:void x(24,e)}function zi(e,t){var n;if(void 0!==t)n=Ti(e,t);else{if(sn(e))return e.name;n=di(e)||ti(e)||oi(e)?ki(e):Ti(e)}return n.name_}function Bi(e){var t=kt(),n=pt(!0);Ft();try{return e()}finally{Gt(),vt(n),zt(t)}}Object.entries(Vn).forEach(function(e){var t=e[0],n=e[1];"concat"!==t&&q(Ai.prototype,t,n)}),Si(1e3);var Di,Ei=z.toString;function ji(e,t,n){return void 0===n&&(n=-1),Li(e,t,n)}function Li(e,t,n,i,r){if(e===t)return 0!==e||1/e==1/t;if(null==e||null==t)return!1;if(e!=e)return t!=t;var o=typeof e;if("function"!==o&&"object"!==o&&"object"!=typeof t)return!1;var a=Ei.call(e);if(a!==Ei.call(t))return!1;switch(a){case"[object RegExp]":case"[object String]":return""+e==""+t;case"[object Number]":return+e!=+e?+t!=+t:0===+e?1/+e==1/t:+e===+t;case"[object Date]":case"[object Boolean]":return+e===+t;case"[object Symbol]":return"undefined"!=typeof Symbol&&Symbol.valueOf.call(e)===Symbol.valueOf.call(t);case"[object Map]":case"[object Set]":n>=0&&n++}e=Oi(e),t=Oi(t);var s="[object Array]"===a;if(!s){if("object"!=typeof e||"object"!=typeof t)return!1;var u=e.constructor,l=t.constructor;if(u!==l&&!(P(u)&&u instanceof u&&P(l)&&l instanceof l)&&"constructor"in e&&"constructor"in t)return!1}if(0===n)return!1;n<0&&(n=-1),r=r||[];for(var c=(i=i||[]).length;c--;)if(i[c]===e)return r[c]===t;if(i.push(e),r.push(t),s){if((c=e.length)!==t.length)return!1;for(;c--;)if(!Li(e[c],t[c],n-1,i,r))return!1}else{var h=Object.keys(e),f=h.length;if(Object.keys(t).length!==f)return!1;for(var d=0;d<f;d++){var p=h[d];if(!X(t,p)||!Li(e[p],t[p],n-1,i,r))return!1}}return i.pop(),r.pop(),!0}function Oi(e){return Xn(e)?e.slice():H(e)||ti(e)||W(e)||oi(e)?Array.from(e.entries()):e}var Ii=(null==(Di=S().Iterator)?void 0:Di.prototype)||{};function Pi(e){return e[Symbol.iterator]=Ni,Object.assign(Object.create(Ii),e)}function Ni(){return this}["Symbol","Map","Set"].forEach(function(e){void 0===S()[e]&&x("MobX requires global \'"+e+"\' to be available or polyfilled")}),"object"==typeof __MOBX_DEVTOOLS_GLOBAL_HOOK__&&__MOBX_DEVTOOLS_GLOBAL_HOOK__.injectMobx({spy:function(e){return console.warn("[mobx.spy] Is a no-op in production builds"),function(){}},extras:{getDebugName:zi},$mobx:fe});var Ri=n(299);if(!Ri.useState)throw new Error("mobx-react-lite requires React with Hooks support");if(!Nn)throw new Error("mobx-react-lite@3 requires mobx at least version 6 to be available");function Fi(e){e()}function Gi(e){return mn(e)}var qi=!1;function Ui(){return qi}var Vi,Hi,Wi=function(){function e(e){var t=this;Object.defineProperty(this,"finalize",{enumerable:!0,configurable:!0,writable:!0,value:e}),Object.defineProperty(this,"registrations",{enumerable:!0,configurable:!0,writable:!0,value:new Map}),Object.defineProperty(this,"sweepTimeout",{enumerable:!0,configurable:!0,writable:!0,value:void 0}),Object.defineProperty(this,"sweep",{enumerable:!0,configurable:!0,writable:!0,value:function(e){void 0===e&&(e=1e4),clearTimeout(t.sweepTimeout),t.sweepTimeout=void 0;var n=Date.now();t.registrations.forEach(function(i,r){n-i.registeredAt>=e&&(t.finalize(i.value),t.registrations.delete(r))}),t.registrations.size>0&&t.scheduleSweep()}}),Object.defineProperty(this,"finalizeAllImmediately",{enumerable:!0,configurable:!0,writable:!0,value:function(){t.sweep(0)}})}return Object.defineProperty(e.prototype,"register",{enumerable:!1,configurable:!0,writable:!0,value:function(e,t,n){this.registrations.set(n,{value:t,registeredAt:Date.now()}),this.scheduleSweep()}}),Object.defineProperty(e.prototype,"unregister",{enumerable:!1,configurable:!0,writable:!0,value:function(e){this.registrations.delete(e)}}),Object.defineProperty(e.prototype,"scheduleSweep",{enumerable:!1,configurable:!0,writable:!0,value:function(){void 0===this.sweepTimeout&&(this.sweepTimeout=setTimeout(this.sweep,1e4))}}),e}(),Ki=new("undefined"!=typeof FinalizationRegistry?FinalizationRegistry:Wi)(function(e){var t;null===(t=e.reaction)||void 0===t||t.dispose(),e.reaction=null}),Yi=n(888);function Zi(e){e.reaction=new Vt("observer".concat(e.name),function(){var t;e.stateVersion=Symbol(),null===(t=e.onStoreChange)||void 0===t||t.call(e)})}function Xi(e,t){if(void 0===t&&(t="observed"),Ui())return e();var n=Ri.default.useRef(null);if(!n.current){var i={reaction:null,onStoreChange:null,stateVersion:Symbol(),name:t,subscribe:function(e){return Ki.unregister(i),i.onStoreChange=e,i.reaction||(Zi(i),i.stateVersion=Symbol()),function(){var e;i.onStoreChange=null,null===(e=i.reaction)||void 0===e||e.dispose(),i.reaction=null}},getSnapshot:function(){return i.stateVersion}};n.current=i}var r,o,a=n.current;if(a.reaction||(Zi(a),Ki.register(n,a,a)),Ri.default.useDebugValue(a.reaction,Gi),(0,Yi.useSyncExternalStore)(a.subscribe,a.getSnapshot,a.getSnapshot),a.reaction.track(function(){try{r=e()}catch(t){o=t}}),o)throw o;return r}var $i="function"==typeof Symbol&&Symbol.for,Qi=null!==(Hi=null===(Vi=Object.getOwnPropertyDescriptor(function(){},"name"))||void 0===Vi?void 0:Vi.configurable)&&void 0!==Hi&&Hi,Ji=$i?Symbol.for("react.forward_ref"):"function"==typeof Ri.forwardRef&&(0,Ri.forwardRef)(function(e){return null}).$$typeof,er=$i?Symbol.for("react.memo"):"function"==typeof Ri.memo&&(0,Ri.memo)(function(e){return null}).$$typeof;function tr(e,t){var n;if(er&&e.$$typeof===er)throw new Error("[mobx-react-lite] You are trying to use `observer` on a function component wrapped in either another `observer` or `React.memo`. The observer already applies \'React.memo\' for you.");if(Ui())return e;var i=null!==(n=null==t?void 0:t.forwardRef)&&void 0!==n&&n,r=e,o=e.displayName||e.name;if(Ji&&e.$$typeof===Ji&&(i=!0,"function"!=typeof(r=e.render)))throw new Error("[mobx-react-lite] `render` property of ForwardRef was not a function");var a,s,u=function(e,t){return Xi(function(){return r(e,t)},o)};return u.displayName=e.displayName,Qi&&Object.defineProperty(u,"name",{value:e.name,writable:!0,configurable:!0}),e.contextTypes&&(u.contextTypes=e.contextTypes),i&&(u=(0,Ri.forwardRef)(u)),u=(0,Ri.memo)(u),a=e,s=u,Object.keys(a).forEach(function(e){ir[e]||Object.defineProperty(s,e,Object.getOwnPropertyDescriptor(a,e))}),u}var nr,ir={$$typeof:!0,render:!0,compare:!0,type:!0,displayName:!0};(function(e){e||(e=Fi),gn({reactionScheduler:e})})(Ri.unstable_batchedUpdates);nr=Ki.finalizeAllImmediately;function rr(e,t){return e===t?0!==e||1/e==1/t:e!=e&&t!=t}var or=Symbol("patchMixins"),ar=Symbol("patchedDefinition");function sr(e,t){for(var n=this,i=arguments.length,r=new Array(i>2?i-2:0),o=2;o<i;o++)r[o-2]=arguments[o];t.locks++;try{var a;return null!=e&&(a=e.apply(this,r)),a}finally{t.locks--,0===t.locks&&t.methods.forEach(function(e){e.apply(n,r)})}}function ur(e,t){return function(){for(var n=arguments.length,i=new Array(n),r=0;r<n;r++)i[r]=arguments[r];sr.call.apply(sr,[this,e,t].concat(i))}}function lr(e,t,n){var i=function(e,t){var n=e[or]=e[or]||{},i=n[t]=n[t]||{};return i.locks=i.locks||0,i.methods=i.methods||[],i}(e,t);i.methods.indexOf(n)<0&&i.methods.push(n);var r=Object.getOwnPropertyDescriptor(e,t);if(!r||!r[ar]){var o=e[t],a=cr(e,t,r?r.enumerable:void 0,i,o);Object.defineProperty(e,t,a)}}function cr(e,t,n,i,r){var o,a=ur(r,i);return(o={})[ar]=!0,o.get=function(){return a},o.set=function(r){if(this===e)a=ur(r,i);else{var o=cr(this,t,n,i,r);Object.defineProperty(this,t,o)}},o.configurable=!0,o.enumerable=n,o}var hr=Symbol("ObserverAdministration"),fr=Symbol("isMobXReactObserver");function dr(e){var t;return null!=(t=e[hr])?t:e[hr]={reaction:null,mounted:!1,reactionInvalidatedBeforeMount:!1,forceUpdate:null,name:pr(e.constructor),state:void 0,props:void 0,context:void 0}}function pr(e){return e.displayName||e.name||"<component>"}function vr(e){var t=e.bind(this),n=dr(this);return function(){n.reaction||(n.reaction=function(t){return new Vt(t.name+".render()",function(){if(t.mounted)try{null==t.forceUpdate||t.forceUpdate()}catch(e){var n;null==(n=t.reaction)||n.dispose(),t.reaction=null}else t.reactionInvalidatedBeforeMount=!0})}(n),n.mounted||Ki.register(this,n,this));var e=void 0,i=void 0;if(n.reaction.track(function(){try{i=dt(!1,t)}catch(n){e=n}}),e)throw e;return i}}function gr(e,t){return Ui()&&console.warn("[mobx-react] It seems that a re-rendering of a React component is triggered while in static (server-side) mode. Please make sure components are rendered only once server-side."),this.state!==t||!function(e,t){if(rr(e,t))return!0;if("object"!=typeof e||null===e||"object"!=typeof t||null===t)return!1;var n=Object.keys(e),i=Object.keys(t);if(n.length!==i.length)return!1;for(var r=0;r<n.length;r++)if(!Object.hasOwnProperty.call(t,n[r])||!rr(e[n[r]],t[n[r]]))return!1;return!0}(this.props,e)}function br(e,t){if(t&&"class"!==t.kind)throw new Error("The @observer decorator can be used on classes only");return!0===e.isMobxInjector&&console.warn("Mobx observer: You are trying to use `observer` on a component that already has `inject`. Please apply `observer` before applying `inject`"),Object.prototype.isPrototypeOf.call(Ri.Component,e)||Object.prototype.isPrototypeOf.call(Ri.PureComponent,e)?function(e){var t=e.prototype;if(e[fr]){var n=pr(e);throw new Error("The provided component class ("+n+") has already been declared as an observer component.")}if(e[fr]=!0,t.componentWillReact)throw new Error("The componentWillReact life-cycle event is no longer supported");if(e.__proto__!==Ri.PureComponent)if(t.shouldComponentUpdate){if(t.shouldComponentUpdate!==gr)throw new Error("It is not allowed to use shouldComponentUpdate in observer based components.")}else t.shouldComponentUpdate=gr;var i=t.render;if("function"!=typeof i){var r=pr(e);throw new Error("[mobx-react] class component ("+r+") is missing `render` method.\\n`observer` requires `render` being a function defined on prototype.\\n`render = () => {}` or `render = function() {}` is not supported.")}t.render=function(){return Object.defineProperty(this,"render",{configurable:!1,writable:!1,value:Ui()?i:vr.call(this,i)}),this.render()};var o=t.componentDidMount;return t.componentDidMount=function(){var e=this,t=dr(this);return t.mounted=!0,Ki.unregister(this),t.forceUpdate=function(){return e.forceUpdate()},t.reaction&&!t.reactionInvalidatedBeforeMount||t.forceUpdate(),null==o?void 0:o.apply(this,arguments)},lr(t,"componentWillUnmount",function(){var e;if(!Ui()){var t=dr(this);null==(e=t.reaction)||e.dispose(),t.reaction=null,t.forceUpdate=null,t.mounted=!1,t.reactionInvalidatedBeforeMount=!1}}),e}(e):tr(e)}Ri.default.version.split(".")[0];if(!Ri.Component)throw new Error("mobx-react requires React to be available");if(!nt)throw new Error("mobx-react requires mobx to be available");const mr="wba",_r={getItem(e){try{return JSON.parse(globalThis.localStorage.getItem(`${mr}.${e}`))}catch{return null}},setItem(e,t){try{globalThis.localStorage.setItem(`${mr}.${e}`,JSON.stringify(t))}catch{}},removeItem(e){try{globalThis.localStorage.removeItem(`${mr}.${e}`)}catch{}}};function yr(e){return"number"==typeof e.parsedSize}function Cr(e,t){for(const n of e){if(!1===t(n))return!1;if(n.groups&&!1===Cr(n.groups,t))return!1}}const Ar=new class{constructor(){this.cid=0,this.sizes=new Set(["statSize","parsedSize","gzipSize","brotliSize","zstdSize"]),this.allChunks=void 0,this.selectedChunks=void 0,this.searchQuery="",this.defaultSize=void 0,this.selectedSize=void 0,this.showConcatenatedModulesContent=!0===_r.getItem("showConcatenatedModulesContent"),this.darkMode=(()=>{const e=globalThis.matchMedia("(prefers-color-scheme: dark)").matches;try{const e=_r.getItem("darkMode");if(null!==e)return"true"===e}catch{}return e})(),Nn(this,{allChunks:nt.ref,selectedChunks:nt.shallow,searchQuery:nt,defaultSize:nt,selectedSize:nt,showConcatenatedModulesContent:nt,darkMode:nt,toggleDarkMode:on,setModules:on,setSelectedChunks:on,setSelectedSize:on,setSearchQuery:on,hasParsedSizes:at,activeSize:at,visibleChunks:at,allChunksSelected:at,totalChunksSize:at,searchQueryRegexp:at,isSearching:at,foundModulesByChunk:at,foundModules:at,hasFoundModules:at,hasConcatenatedModules:at,foundModulesSize:at})}setModules(e){Cr(e,e=>{e.cid=this.cid++}),this.allChunks=e,this.selectedChunks=this.allChunks}setEntrypoints(e){this.entrypoints=e}get hasParsedSizes(){return this.allChunks.some(yr)}setSelectedSize(e){this.selectedSize=e}get activeSize(){const e=this.selectedSize||this.defaultSize;return this.hasParsedSizes&&this.sizes.has(e)?e:"statSize"}setSelectedChunks(e){this.selectedChunks=e}get visibleChunks(){const e=this.allChunks.filter(e=>this.selectedChunks.includes(e));return this.filterModulesForSize(e,this.activeSize)}get allChunksSelected(){return this.visibleChunks.length===this.allChunks.length}get totalChunksSize(){return this.allChunks.reduce((e,t)=>e+(t[this.activeSize]||0),0)}get searchQueryRegexp(){const e=this.searchQuery.trim();if(!e)return null;try{return new RegExp(e,"iu")}catch{return null}}get isSearching(){return Boolean(this.searchQueryRegexp)}get foundModulesByChunk(){if(!this.isSearching)return[];const e=this.searchQueryRegexp;return this.visibleChunks.map(t=>{let n=[];Cr(t.groups,t=>{let i=0;if(e.test(t.label)?i+=3:t.path&&e.test(t.path)&&i++,!i)return;t.groups||(i+=1);(n[i-1]=n[i-1]||[]).push(t)});const{activeSize:i}=this;n=n.filter(Boolean).reverse();for(const e of n)e.sort((e,t)=>t[i]-e[i]);return{chunk:t,modules:n.flat()}}).filter(e=>e.modules.length>0).toSorted((e,t)=>e.modules.length-t.modules.length)}setSearchQuery(e){this.searchQuery=e}get foundModules(){return this.foundModulesByChunk.reduce((e,t)=>[...e,...t.modules],[])}get hasFoundModules(){return this.foundModules.length>0}get hasConcatenatedModules(){let e=!1;return Cr(this.visibleChunks,t=>{if(t.concatenated)return e=!0,!1}),e}get foundModulesSize(){return this.foundModules.reduce((e,t)=>e+t[this.activeSize],0)}filterModulesForSize(e,t){return e.reduce((e,n)=>{if(n[t]){if(n.groups){const e=!n.concatenated||this.showConcatenatedModulesContent;n={...n,groups:e?this.filterModulesForSize(n.groups,t):null}}n.weight=n[t],e.push(n)}return e},[])}toggleDarkMode(){this.darkMode=!this.darkMode;try{_r.setItem("darkMode",this.darkMode)}catch{}this.updateTheme()}updateTheme(){this.darkMode?document.documentElement.dataset.theme="dark":delete document.documentElement.dataset.theme}};var xr=n(942),wr=n.n(xr),Sr=n(556),Mr=n.n(Sr),Tr=n(72),kr=n.n(Tr),zr=n(825),Br=n.n(zr),Dr=n(659),Er=n.n(Dr),jr=n(56),Lr=n.n(jr),Or=n(540),Ir=n.n(Or),Pr=n(113),Nr=n.n(Pr),Rr=n(480),Fr={};Fr.styleTagTransform=Nr(),Fr.setAttributes=Lr(),Fr.insert=Er().bind(null,"head"),Fr.domAPI=Br(),Fr.insertStyleElement=Ir();kr()(Rr.Ay,Fr);Rr.Ay&&Rr.Ay.locals&&Rr.Ay.locals;var Gr=0;Array.isArray;function qr(e,n,i,r,o,a){n||(n={});var s,u,l=n;if("ref"in l)for(u in l={},n)"ref"==u?s=n[u]:l[u]=n[u];var c={type:e,props:l,key:i,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Gr,__i:-1,__u:0,__source:o,__self:a};if("function"==typeof e&&(s=e.defaultProps))for(u in s)void 0===l[u]&&(l[u]=s[u]);return t.fF.vnode&&t.fF.vnode(c),c}class Ur extends t.uA{constructor(...e){super(...e),this.handleChange=()=>{this.props.onChange(!this.props.checked)}}render(){const{checked:e,className:t,children:n}=this.props;return qr("label",{className:wr()(Rr.Pf,t),children:[qr("input",{className:Rr.kv,type:"checkbox",checked:e,onChange:this.handleChange}),n&&qr("span",{className:Rr.rv,children:n})]})}}function Vr(e,t){if(e===t)return!0;const n=Object.keys(e);if(n.length!==Object.keys(t).length)return!1;for(let i=0;i<n.length;i++){const r=n[i];if(e[r]!==t[r])return!1}return!0}Ur.propTypes={className:Mr().string,checked:Mr().bool,onChange:Mr().func.isRequired,children:Mr().node};class Hr extends t.uA{shouldComponentUpdate(e,t){return!Vr(e,this.props)||!Vr(this.state,t)}}var Wr=n(660),Kr={};Kr.styleTagTransform=Nr(),Kr.setAttributes=Lr(),Kr.insert=Er().bind(null,"head"),Kr.domAPI=Br(),Kr.insertStyleElement=Ir();kr()(Wr.Ay,Kr);Wr.Ay&&Wr.Ay.locals&&Wr.Ay.locals;const Yr=Mr().shape({cid:Mr().number.isRequired,label:Mr().string.isRequired,path:Mr().string.isRequired,groups:Mr().arrayOf((...e)=>Yr(...e)),statSize:Mr().number.isRequired,parsedSize:Mr().number.isRequired,gzipSize:Mr().number,brotliSize:Mr().number,zstdSize:Mr().number}),Zr=Mr().shape({cid:Mr().number.isRequired,label:Mr().string.isRequired,isAsset:Mr().bool,statSize:Mr().number.isRequired,parsedSize:Mr().number.isRequired,gzipSize:Mr().number,brotliSize:Mr().number,zstdSize:Mr().number,groups:Mr().arrayOf(Yr).isRequired,isInitialByEntrypoint:Mr().objectOf(Mr().bool)}),Xr=Mr().arrayOf(Zr),$r=Mr().shape({cid:Mr().number.isRequired,label:Mr().string.isRequired,path:Mr().string,statSize:Mr().number.isRequired,parsedSize:Mr().number.isRequired,gzipSize:Mr().number,brotliSize:Mr().number,zstdSize:Mr().number,weight:Mr().number.isRequired}),Qr=Mr().oneOf(["statSize","parsedSize","gzipSize"]),Jr=Mr().shape({label:Mr().string,prop:Qr});class eo extends t.uA{constructor(...e){super(...e),this.handleChange=()=>{this.props.onChange(this.props.item)}}render(){return qr("div",{className:Wr.AS,children:qr(Ur,{...this.props,onChange:this.handleChange,children:this.renderLabel()})})}renderLabel(){const{children:e,item:t}=this.props;return e?e(t):t===no.ALL_ITEM?"All":t.label}}eo.propTypes={item:Mr().oneOfType([Zr,Mr().symbol]).isRequired,onChange:Mr().func.isRequired,children:Mr().func};const to=Symbol("ALL_ITEM");class no extends Hr{constructor(e){super(e),this.handleToggleAllCheck=()=>{const e=this.isAllChecked()?[]:this.props.items;this.setState({checkedItems:e}),this.informAboutChange(e)},this.handleItemCheck=e=>{let t;t=this.isItemChecked(e)?this.state.checkedItems.filter(t=>t!==e):[...this.state.checkedItems,e],this.setState({checkedItems:t}),this.informAboutChange(t)},this.state={checkedItems:e.checkedItems||e.items}}componentWillReceiveProps(e){if(e.items!==this.props.items){if(this.isAllChecked())this.setState({checkedItems:e.items}),this.informAboutChange(e.items);else if(this.state.checkedItems.length){const t=e.items.filter(e=>this.state.checkedItems.find(t=>t.label===e.label));this.setState({checkedItems:t}),this.informAboutChange(t)}}else e.checkedItems!==this.props.checkedItems&&this.setState({checkedItems:e.checkedItems})}render(){const{label:e,items:t,renderLabel:n}=this.props;return qr("div",{className:Wr.kL,children:[qr("div",{className:Wr.Pf,children:[e,":"]}),qr("div",{children:[qr(eo,{item:to,checked:this.isAllChecked(),onChange:this.handleToggleAllCheck,children:n}),t.map(e=>qr(eo,{item:e,checked:this.isItemChecked(e),onChange:this.handleItemCheck,children:n},e.label))]})]})}isItemChecked(e){return this.state.checkedItems.includes(e)}isAllChecked(){return this.props.items.length===this.state.checkedItems.length}informAboutChange(e){setTimeout(()=>this.props.onChange(e))}}no.propTypes={label:Mr().string.isRequired,renderLabel:Mr().func.isRequired,items:Mr().oneOfType([Xr,Mr().symbol]),checkedItems:Mr().oneOfType([Xr,Mr().symbol]),onChange:Mr().func.isRequired},no.ALL_ITEM=to;var io=n(831),ro={};ro.styleTagTransform=Nr(),ro.setAttributes=Lr(),ro.insert=Er().bind(null,"head"),ro.domAPI=Br(),ro.insertStyleElement=Ir();kr()(io.Ay,ro);io.Ay&&io.Ay.locals&&io.Ay.locals;var oo=n(230),ao={};ao.styleTagTransform=Nr(),ao.setAttributes=Lr(),ao.insert=Er().bind(null,"head"),ao.domAPI=Br(),ao.insertStyleElement=Ir();kr()(oo.Ay,ao);oo.Ay&&oo.Ay.locals&&oo.Ay.locals;function so(){return!1}function uo({children:e,disabled:t,onClick:n}){return qr("li",{className:wr()({[oo.AS]:!0,[oo.r9]:t}),onClick:t?so:n,children:e})}uo.propTypes={disabled:Mr().bool,children:Mr().node.isRequired,onClick:Mr().func};class lo extends Hr{constructor(...e){super(...e),this.handleClickHideChunk=()=>{const{chunk:e}=this.props;if(e&&e.label){const t=Ar.selectedChunks.filter(t=>t.label!==e.label);Ar.setSelectedChunks(t)}this.hide()},this.handleClickFilterToChunk=()=>{const{chunk:e}=this.props;if(e&&e.label){const t=Ar.allChunks.filter(t=>t.label===e.label);Ar.setSelectedChunks(t)}this.hide()},this.handleClickShowAllChunks=()=>{Ar.setSelectedChunks(Ar.allChunks),this.hide()},this.handleDocumentMousedown=e=>{var t,n;e.ctrlKey||2===e.button||(t=e.target,n=this.node,t===n||n.contains(t))||(e.preventDefault(),e.stopPropagation(),this.hide())},this.saveNode=e=>this.node=e}componentDidMount(){this.boundingRect=this.node.getBoundingClientRect()}componentDidUpdate(e){this.props.visible&&!e.visible?document.addEventListener("mousedown",this.handleDocumentMousedown,!0):e.visible&&!this.props.visible&&document.removeEventListener("mousedown",this.handleDocumentMousedown,!0)}render(){const{visible:e}=this.props,t=wr()({[io.kL]:!0,[io.R]:!e}),n=Ar.selectedChunks.length>1;return qr("ul",{ref:this.saveNode,className:t,style:this.getStyle(),children:[qr(uo,{disabled:!n,onClick:this.handleClickHideChunk,children:"Hide chunk"}),qr(uo,{disabled:!n,onClick:this.handleClickFilterToChunk,children:"Hide all other chunks"}),qr("hr",{}),qr(uo,{disabled:Ar.allChunksSelected,onClick:this.handleClickShowAllChunks,children:"Show all chunks"})]})}hide(){this.props.onHide&&this.props.onHide()}getStyle(){const{boundingRect:e}=this;if(!e)return;const{coords:t}=this.props,n={left:t.x,top:t.y};return n.left+e.width>window.innerWidth&&(n.left=window.innerWidth-e.width),n.top+e.height>window.innerHeight&&(n.top=t.y-e.height),n}}lo.propTypes={visible:Mr().bool,chunk:Zr,coords:Mr().shape({x:Mr().number,y:Mr().number}).isRequired,onHide:Mr().func};var co=n(204),ho={};ho.styleTagTransform=Nr(),ho.setAttributes=Lr(),ho.insert=Er().bind(null,"head"),ho.domAPI=Br(),ho.insertStyleElement=Ir();kr()(co.Ay,ho);co.Ay&&co.Ay.locals&&co.Ay.locals;class fo extends Hr{constructor(...e){super(...e),this.input=(0,t._3)(),this.state={query:"",showOptions:!1},this.handleClickOutside=e=>{const t=this.input.current;t&&e&&!t.contains(e.target)&&(this.setState({showOptions:!1}),this.state.query&&!this.props.options.includes(this.state.query)&&(this.setState({query:""}),this.props.onSelectionChange(void 0)))},this.handleInput=e=>{const{value:t}=e.target;this.setState({query:t}),t||this.props.onSelectionChange(void 0)},this.handleFocus=()=>{this.input.current.value=this.state.query,this.setState({showOptions:!0})},this.getOptionClickHandler=e=>()=>{this.props.onSelectionChange(e),this.setState({query:e,showOptions:!1})}}componentDidMount(){document.addEventListener("click",this.handleClickOutside,!0)}componentWillUnmount(){document.removeEventListener("click",this.handleClickOutside,!0)}render(){const{label:e,options:t}=this.props,n=this.state.query?t.filter(e=>e.toLowerCase().includes(this.state.query.toLowerCase())):t;return qr("div",{className:co.kL,children:[qr("div",{className:co.Pf,children:[e,":"]}),qr("div",{children:[qr("input",{ref:this.input,className:co.hF,type:"text",value:this.state.query,onInput:this.handleInput,onFocus:this.handleFocus}),this.state.showOptions?qr("div",{children:n.map(e=>qr("div",{className:co.uK,onClick:this.getOptionClickHandler(e),children:e},e))}):null]})]})}}fo.propTypes={label:Mr().string.isRequired,options:Mr().arrayOf(Mr().string).isRequired,onSelectionChange:Mr().func.isRequired};\n/**\n * Copyright (C) 2017-present by Andrea Giammarchi - @WebReflection\n *\n * Permission is hereby granted, free of charge, to any person obtaining a copy\n * of this software and associated documentation files (the "Software"), to deal\n * in the Software without restriction, including without limitation the rights\n * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n * copies of the Software, and to permit persons to whom the Software is\n * furnished to do so, subject to the following conditions:\n *\n * The above copyright notice and this permission notice shall be included in\n * all copies or substantial portions of the Software.\n *\n * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\n * THE SOFTWARE.\n */\nconst{replace:po}="",vo=/[&<>\'"]/g,go={"&":"&amp;","<":"&lt;",">":"&gt;","\'":"&#39;",\'"\':"&quot;"},bo=e=>go[e],mo=e=>po.call(e,vo,bo);var _o=n(410),yo={};yo.styleTagTransform=Nr(),yo.setAttributes=Lr(),yo.insert=Er().bind(null,"head"),yo.domAPI=Br(),yo.insertStyleElement=Ir();kr()(_o.Ay,yo);const Co=_o.Ay&&_o.Ay.locals?_o.Ay.locals:void 0;class Ao extends Hr{constructor(...e){super(...e),this.state={visible:!0},this.handleClick=()=>this.props.onClick(this.props.module),this.handleMouseEnter=()=>{this.props.isVisible&&this.setState({visible:this.isVisible})}}render({module:n,showSize:i}){const r=!this.state.visible;return qr("div",{className:wr()(_o.kL,e[this.itemType],{[_o.q4]:r}),title:r?this.invisibleHint:null,onClick:this.handleClick,onMouseEnter:this.handleMouseEnter,onMouseLeave:this.handleMouseLeave,children:[qr("span",{dangerouslySetInnerHTML:{__html:this.titleHtml}}),i&&qr(t.FK,{children:[" (",qr("strong",{children:A(n[i])}),")"]})]})}get itemType(){const{module:e}=this.props;return e.path?e.groups?"folder":"module":"chunk"}get titleHtml(){let e;const{module:t}=this.props,n=t.path||t.label,i=this.props.highlightedText;if(i){const t=i instanceof RegExp?new RegExp(i.source,"igu"):new RegExp(`(?:${function(e){if("string"!=typeof e)throw new TypeError("Expected a string");return e.replace(/[|\\\\{}()[\\]^$+*?.]/g,"\\\\$&").replace(/-/g,"\\\\x2d")}(i)})+`,"iu");let r,o;do{o=r,r=t.exec(n)}while(r);o&&(e=`${mo(n.slice(0,o.index))}<strong>${mo(o[0])}</strong>${mo(n.slice(o.index+o[0].length))}`)}return e||(e=mo(n)),e}get invisibleHint(){return`${this.itemType.charAt(0).toUpperCase()+this.itemType.slice(1)} is not rendered in the treemap because it\'s too small.`}get isVisible(){const{isVisible:e}=this.props;return!e||e(this.props.module)}}Ao.propTypes={module:$r.isRequired,showSize:Qr.isRequired,highlightedText:Mr().instanceOf(RegExp),isVisible:Mr().func.isRequired,onClick:Mr().func.isRequired};var xo=n(180),wo={};wo.styleTagTransform=Nr(),wo.setAttributes=Lr(),wo.insert=Er().bind(null,"head"),wo.domAPI=Br(),wo.insertStyleElement=Ir();kr()(xo.A,wo);xo.A&&xo.A.locals&&xo.A.locals;class So extends Hr{constructor(...e){super(...e),this.handleModuleClick=e=>this.props.onModuleClick(e)}render({modules:e,showSize:t,highlightedText:n,isModuleVisible:i,className:r}){return qr("div",{className:wr()(xo.k,r),children:e.map(e=>qr(Ao,{module:e,showSize:t,highlightedText:n,isVisible:i,onClick:this.handleModuleClick},e.cid))})}}So.propTypes={className:Mr().string,modules:Mr().arrayOf($r).isRequired,showSize:Qr.isRequired,highlightedText:Mr().instanceOf(RegExp),isModuleVisible:Mr().func.isRequired,onModuleClick:Mr().func.isRequired};var Mo=n(380),To={};To.styleTagTransform=Nr(),To.setAttributes=Lr(),To.insert=Er().bind(null,"head"),To.domAPI=Br(),To.insertStyleElement=Ir();kr()(Mo.Ay,To);Mo.Ay&&Mo.Ay.locals&&Mo.Ay.locals;var ko=n(7),zo={};zo.styleTagTransform=Nr(),zo.setAttributes=Lr(),zo.insert=Er().bind(null,"head"),zo.domAPI=Br(),zo.insertStyleElement=Ir();kr()(ko.Ay,zo);ko.Ay&&ko.Ay.locals&&ko.Ay.locals;class Bo extends Hr{constructor(...e){super(...e),this.handleClick=e=>{this.elem&&this.elem.blur(),this.props.onClick(e)},this.saveRef=e=>this.elem=e}render({active:e,className:t,children:n,...i}){const r=wr()(t,{[ko.x6]:!0,[ko.vu]:e});return qr("button",{...i,ref:this.saveRef,type:"button",className:r,disabled:this.disabled,onClick:this.handleClick,children:n})}get disabled(){const{disabled:e,active:t,toggle:n}=this.props;return e||t&&!n}}Bo.propTypes={className:Mr().string,active:Mr().bool,toggle:Mr().bool,disabled:Mr().bool,onClick:Mr().func.isRequired,children:Mr().node};var Do=n(607),Eo={};Eo.styleTagTransform=Nr(),Eo.setAttributes=Lr(),Eo.insert=Er().bind(null,"head"),Eo.domAPI=Br(),Eo.insertStyleElement=Ir();kr()(Do.Ay,Eo);Do.Ay&&Do.Ay.locals&&Do.Ay.locals;class jo extends Hr{constructor(...e){super(...e),this.handleValueChange=function(e,t=100,n={}){if("function"!=typeof e)throw new TypeError(`Expected the first parameter to be a function, got \\`${typeof e}\\`.`);if(t<0)throw new RangeError("`wait` must not be negative.");if("boolean"==typeof n)throw new TypeError("The `options` parameter must be an object, not a boolean. Use `{immediate: true}` instead.");const{immediate:i}=n;let r,o,a,s,u;function l(){const t=r,n=o;return r=void 0,o=void 0,u=e.apply(t,n),u}function c(){const e=Date.now()-s;e<t&&e>=0?a=setTimeout(c,t-e):(a=void 0,i||(u=l()))}const h=function(...e){if(r&&this!==r&&Object.getPrototypeOf(this)===Object.getPrototypeOf(r))throw new Error("Debounced method called with different contexts of the same prototype.");r=this,o=e,s=Date.now();const n=i&&!a;if(a||(a=setTimeout(c,t)),n)return u=l(),u};return Object.defineProperty(h,"isPending",{get:()=>void 0!==a}),h.clear=()=>{a&&(clearTimeout(a),a=void 0,r=void 0,o=void 0)},h.flush=()=>{a&&h.trigger()},h.trigger=()=>{u=l(),h.clear()},h}(e=>{this.informChange(e.target.value)},400),this.handleInputBlur=()=>{this.handleValueChange.flush()},this.handleClearClick=()=>{this.clear(),this.focus()},this.handleKeyDown=e=>{let t=!0;switch(e.key){case"Escape":this.clear();break;case"Enter":this.handleValueChange.flush();break;default:t=!1}t&&e.stopPropagation()},this.saveInputNode=e=>this.input=e}componentDidMount(){this.props.autofocus&&this.focus()}componentWillUnmount(){this.handleValueChange.clear()}render(){const{label:e,query:t}=this.props;return qr("div",{className:Do.kL,children:[qr("div",{className:Do.Pf,children:[e,":"]}),qr("div",{className:Do.nM,children:[qr("input",{ref:this.saveInputNode,className:Do.hF,type:"text",value:t,placeholder:"Enter regexp",onInput:this.handleValueChange,onBlur:this.handleInputBlur,onKeyDown:this.handleKeyDown}),qr(Bo,{className:Do.IU,onClick:this.handleClearClick,children:"x"})]})]})}focus(){this.input&&this.input.focus()}clear(){this.handleValueChange.clear(),this.informChange(""),this.input.value=""}informChange(e){this.props.onQueryChange(e)}}jo.propTypes={className:Mr().string,label:Mr().string.isRequired,query:Mr().string.isRequired,autofocus:Mr().bool,onQueryChange:Mr().func.isRequired};var Lo=n(376),Oo={};Oo.styleTagTransform=Nr(),Oo.setAttributes=Lr(),Oo.insert=Er().bind(null,"head"),Oo.domAPI=Br(),Oo.insertStyleElement=Ir();kr()(Lo.A,Oo);Lo.A&&Lo.A.locals&&Lo.A.locals;const Io={"arrow-right":{src:"data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iNyIgaGVpZ2h0PSIxMyIgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48cGF0aCBkPSJNLjgyMiAxMi44MTFhLjQ0NS40NDUgMCAwIDEtLjMyMi4xMzMuNDU2LjQ1NiAwIDAgMS0uMzIyLS43NzhMNS44NDQgNi41LjE3OC44MzNBLjQ1Ni40NTYgMCAwIDEgLjgyMi4xOWw1Ljk5IDUuOTg5YS40NTYuNDU2IDAgMCAxIDAgLjY0NGwtNS45OSA1Ljk5eiIvPjwvc3ZnPg==",size:[7,13]},pin:{src:"data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMTIiIGhlaWdodD0iMTgiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyI+PHBhdGggZD0iTTYuMDEyIDE3Ljk0OWwtMS40OTMtNi4zNzZhMTAuOTM1IDEwLjkzNSAwIDAgMCAyLjk4NS4wMDJMNi4wMTIgMTcuOTV6TTkuMjQ2IDEuODU3YzAgLjUyLS40MTUuOTg1LTEuMDcgMS4zMDhsLS4wMDEgMi42MTZjMS43MjUuNDEgMi45MjIgMS4yOTQgMi45MjIgMi4zMiAwIC40MTYtLjE5NS44MDktLjU0MiAxLjE1Ni0uNjQuNjM5LTEuNzk0IDEuMTI0LTMuMTg3IDEuMzE4LS4wMy4wMDUtLjA2Mi4wMDgtLjA5My4wMTJhOC45MTcgOC45MTcgMCAwIDEtLjcyNS4wNjVsLS4xMi4wMDdhMTAuMTU0IDEwLjE1NCAwIDAgMS0uODk1LS4wMDNjLS4wOTgtLjAwNS0uMTkzLS4wMTMtLjI4OC0uMDItLjA1My0uMDA0LS4xMDYtLjAwNy0uMTU4LS4wMTJhOS4yNDcgOS4yNDcgMCAwIDEtLjM3Mi0uMDQzbC0uMDQ1LS4wMDZDMi41MTQgMTAuMjc4LjkyNiA5LjI4NS45MjYgOC4xMDFjMC0uNDE1LjE5Ni0uODA3LjU0My0xLjE1NC41MTEtLjUxMiAxLjM1Mi0uOTI0IDIuMzgtMS4xNjhWMy4xNjVjLS42NTYtLjMyMy0xLjA3LS43ODktMS4wNy0xLjMwOUMyLjc3OC44ODIgNC4yMjUuMDkyIDYuMDExLjA5MnMzLjIzNC43OSAzLjIzNCAxLjc2NXoiLz48L3N2Zz4=",size:[12,18]},moon:{src:"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iY3VycmVudENvbG9yIj4KICA8cGF0aCBkPSJNMjEgMTIuNzlBOSA5IDAgMSAxIDExLjIxIDMgNyA3IDAgMCAwIDIxIDEyLjc5eiIvPgo8L3N2Zz4K",size:[24,24]},sun:{src:"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iY3VycmVudENvbG9yIj4KICA8Y2lyY2xlIGN4PSIxMiIgY3k9IjEyIiByPSI1Ii8+CiAgPHBhdGggZD0iTTEyIDF2Mm0wIDE4djJNNC4yMiA0LjIybDEuNDIgMS40Mm0xMi43MiAxMi43MmwxLjQyIDEuNDJNMSAxMmgybTE4IDBoMk00LjIyIDE5Ljc4bDEuNDItMS40Mk0xOC4zNiA1LjY0bDEuNDItMS40MiIvPgo8L3N2Zz4K",size:[24,24]}};class Po extends Hr{render({className:e}){return qr("i",{className:wr()(Lo.K,e),style:this.style})}get style(){const{name:e,size:t,rotate:n}=this.props,i=Io[e];if(!i)throw new TypeError(`Can\'t find "${e}" icon.`);let[r,o]=i.size;if(t){const e=t/Math.max(r,o);r=Math.min(Math.ceil(r*e),t),o=Math.min(Math.ceil(o*e),t)}return{backgroundImage:`url(${i.src})`,width:`${r}px`,height:`${o}px`,transform:n?`rotate(${n}deg)`:""}}}Po.propTypes={className:Mr().string,name:Mr().string.isRequired,size:Mr().number,rotate:Mr().number};var No=n(727),Ro={};Ro.styleTagTransform=Nr(),Ro.setAttributes=Lr(),Ro.insert=Er().bind(null,"head"),Ro.domAPI=Br(),Ro.insertStyleElement=Ir();kr()(No.Ay,Ro);No.Ay&&No.Ay.locals&&No.Ay.locals;var Fo=n(284),Go={};Go.styleTagTransform=Nr(),Go.setAttributes=Lr(),Go.insert=Er().bind(null,"head"),Go.domAPI=Br(),Go.insertStyleElement=Ir();kr()(Fo.A,Go);Fo.A&&Fo.A.locals&&Fo.A.locals;class qo extends t.uA{constructor(...e){super(...e),this.handleToggle=()=>{Ar.toggleDarkMode()}}render(){const{darkMode:e}=Ar;return qr(Bo,{type:"button",title:e?"Switch to Light Mode":"Switch to Dark Mode",className:Fo.y,onClick:this.handleToggle,children:qr(Po,{name:e?"sun":"moon",size:16})})}}const Uo=br(qo),Vo=Number.parseInt(No._C,10);class Ho extends t.uA{constructor(...e){super(...e),this.allowHide=!0,this.toggling=!1,this.hideContentTimeout=null,this.width=null,this.state={visible:!0,renderContent:!0},this.handleClick=()=>{this.allowHide=!1},this.handleMouseEnter=()=>{this.toggling||this.props.pinned||(clearTimeout(this.hideTimeoutId),this.toggleVisibility(!0))},this.handleMouseMove=()=>{this.allowHide=!0},this.handleMouseLeave=()=>{!this.allowHide||this.toggling||this.props.pinned||this.toggleVisibility(!1)},this.handleToggleButtonClick=()=>{this.toggleVisibility()},this.handlePinButtonClick=()=>{const e=!this.props.pinned;this.width=e?this.node.getBoundingClientRect().width:null,this.updateNodeWidth(),this.props.onPinStateChange(e)},this.handleResizeStart=e=>{this.resizeInfo={startPageX:e.pageX,initialWidth:this.width},document.body.classList.add("resizing","col"),document.addEventListener("mousemove",this.handleResize,!0),document.addEventListener("mouseup",this.handleResizeEnd,!0)},this.handleResize=e=>{this.width=this.resizeInfo.initialWidth+(e.pageX-this.resizeInfo.startPageX),this.updateNodeWidth()},this.handleResizeEnd=()=>{document.body.classList.remove("resizing","col"),document.removeEventListener("mousemove",this.handleResize,!0),document.removeEventListener("mouseup",this.handleResizeEnd,!0),this.props.onResize()},this.saveNode=e=>this.node=e}componentDidMount(){this.hideTimeoutId=setTimeout(()=>this.toggleVisibility(!1),3e3)}componentWillUnmount(){clearTimeout(this.hideTimeoutId),clearTimeout(this.hideContentTimeout)}render(){const{position:e,pinned:t,children:n}=this.props,{visible:i,renderContent:r}=this.state,o=wr()({[No.kL]:!0,[No.dp]:t,[No.kb]:"left"===e,[No.R]:!i,[No.Ie]:!r});return qr("div",{ref:this.saveNode,className:o,onClick:this.handleClick,onMouseLeave:this.handleMouseLeave,children:[qr(Uo,{}),i&&qr(Bo,{type:"button",title:"Pin",className:No.Yf,active:t,toggle:!0,onClick:this.handlePinButtonClick,children:qr(Po,{name:"pin",size:13})}),qr(Bo,{type:"button",title:i?"Hide":"Show sidebar",className:No.Rm,onClick:this.handleToggleButtonClick,children:qr(Po,{name:"arrow-right",size:10,rotate:i?180:0})}),t&&i&&qr("div",{className:No.tS,onMouseDown:this.handleResizeStart}),qr("div",{className:No.Qs,onMouseEnter:this.handleMouseEnter,onMouseMove:this.handleMouseMove,children:r?n:null})]})}toggleVisibility(e){clearTimeout(this.hideContentTimeout);const{visible:t}=this.state,{onToggle:n,pinned:i}=this.props;if(void 0===e)e=!t;else if(e===t)return;this.setState({visible:e}),this.toggling=!0,setTimeout(()=>{this.toggling=!1},Vo),i&&this.updateNodeWidth(e?this.width:null),e||i?(this.setState({renderContent:e}),n(e)):e||(this.hideContentTimeout=setTimeout(()=>{this.hideContentTimeout=null,this.setState({renderContent:!1}),n(!1)},Vo))}updateNodeWidth(e=this.width){this.node.style.width=e?`${e}px`:""}}Ho.propTypes={pinned:Mr().bool.isRequired,position:Mr().string,onToggle:Mr().func.isRequired,onResize:Mr().func.isRequired,onPinStateChange:Mr().func.isRequired,children:Mr().node.isRequired},Ho.defaultProps={pinned:!1,position:"left"};var Wo=n(214),Ko={};Ko.styleTagTransform=Nr(),Ko.setAttributes=Lr(),Ko.insert=Er().bind(null,"head"),Ko.domAPI=Br(),Ko.insertStyleElement=Ir();kr()(Wo.Ay,Ko);Wo.Ay&&Wo.Ay.locals&&Wo.Ay.locals;class Yo extends Hr{constructor(...e){super(...e),this.handleClick=()=>{this.props.onClick(this.props.item)}}render({item:e,...t}){return qr(Bo,{...t,onClick:this.handleClick,children:e.label})}}Yo.propTypes={active:Mr().bool.isRequired,item:Jr.isRequired,onClick:Mr().func.isRequired};class Zo extends Hr{render(){const{label:e,items:t,activeItem:n,onSwitch:i}=this.props;return qr("div",{className:Wo.kL,children:[qr("div",{className:Wo.Pf,children:[e,":"]}),qr("div",{children:t.map(e=>qr(Yo,{className:Wo.AS,item:e,active:e===n,onClick:i},e.label))})]})}}Zo.propTypes={label:Mr().string.isRequired,items:Mr().arrayOf(Jr).isRequired,activeItem:Jr.isRequired,onSwitch:Mr().func.isRequired};var Xo=n(630),$o={};$o.styleTagTransform=Nr(),$o.setAttributes=Lr(),$o.insert=Er().bind(null,"head"),$o.domAPI=Br(),$o.insertStyleElement=Ir();kr()(Xo.Ay,$o);Xo.Ay&&Xo.Ay.locals&&Xo.Ay.locals;class Qo extends t.uA{constructor(...e){super(...e),this.mouseCoords={x:0,y:0},this.state={left:0,top:0},this.handleMouseMove=e=>{Object.assign(this.mouseCoords,{x:e.pageX,y:e.pageY}),this.props.visible&&this.updatePosition()},this.saveNode=e=>this.node=e}componentDidMount(){document.addEventListener("mousemove",this.handleMouseMove,!0)}shouldComponentUpdate(e){return this.props.visible||e.visible}componentWillUnmount(){document.removeEventListener("mousemove",this.handleMouseMove,!0)}render(){const{children:e,visible:t}=this.props,n=wr()({[Xo.kL]:!0,[Xo.R]:!t});return qr("div",{ref:this.saveNode,className:n,style:this.getStyle(),children:e})}getStyle(){return{left:this.state.left,top:this.state.top}}updatePosition(){if(!this.props.visible)return;const e={left:this.mouseCoords.x+Qo.marginX,top:this.mouseCoords.y+Qo.marginY},t=this.node.getBoundingClientRect();e.left+t.width>window.innerWidth&&(e.left=window.innerWidth-t.width),e.top+t.height>window.innerHeight&&(e.top=this.mouseCoords.y-Qo.marginY-t.height),this.setState(e)}}Qo.propTypes={visible:Mr().bool.isRequired,children:Mr().node.isRequired},Qo.marginX=10,Qo.marginY=30,\n/**\n * Carrot Search FoamTree HTML5 (demo variant)\n * v3.5.7, bugfix/3.5.x/83c8d550, build [unset], Oct 19, 2025\n * \n * Carrot Search confidential.\n * Copyright 2002-2025, Carrot Search s.c, All Rights Reserved.\n */\nfunction(){var e="function"==typeof Object.defineProperties?Object.defineProperty:function(e,t,n){return e==Array.prototype||e==Object.prototype||(e[t]=n.value),e};var t=function(e){e=["object"==typeof globalThis&&globalThis,e,"object"==typeof window&&window,"object"==typeof self&&self,!1];for(var t=0;t<e.length;++t){var n=e[t];if(n&&n.Math==Math)return n}throw Error("Cannot find global object")}(this);function n(n,i){if(i)e:{var r=t;n=n.split(".");for(var o=0;o<n.length-1;o++){var a=n[o];if(!(a in r))break e;r=r[a]}(i=i(o=r[n=n[n.length-1]]))!=o&&null!=i&&e(r,n,{configurable:!0,writable:!0,value:i})}}function i(e){return e||Array.prototype.fill}n("String.prototype.repeat",function(e){return e||function(e){if(null==this)throw new TypeError("The \'this\' value for String.prototype.repeat must not be null or undefined");var t=this;if(0>e||1342177279<e)throw new RangeError("Invalid count value");e|=0;for(var n="";e;)1&e&&(n+=t),(e>>>=1)&&(t+=t);return n}}),n("Array.prototype.fill",function(e){return e||function(e,t,n){var i=this.length||0;for(0>t&&(t=Math.max(0,i+t)),(null==n||n>i)&&(n=i),0>(n=Number(n))&&(n=Math.max(0,i+n)),t=Number(t||0);t<n;t++)this[t]=e;return this}}),n("Int8Array.prototype.fill",i),n("Uint8Array.prototype.fill",i),n("Uint8ClampedArray.prototype.fill",i),n("Int16Array.prototype.fill",i),n("Uint16Array.prototype.fill",i),n("Int32Array.prototype.fill",i),n("Uint32Array.prototype.fill",i),n("Float32Array.prototype.fill",i),n("Float64Array.prototype.fill",i);var r,o=function(){var e=window.navigator.userAgent;return{Xh:function(){return/webkit/i.test(e)},Wh:function(){return/Mac/.test(e)},Xe:function(){return/iPad|iPod|iPhone/.test(e)},Vh:function(){return/Android/.test(e)},Sh:function(){return"ontouchstart"in window||!!window.DocumentTouch&&document instanceof window.DocumentTouch},Rh:function(){var e=document.createElement("canvas");return!(!e.getContext||!e.getContext("2d"))},rd:function(e,t){return[].forEach&&o.Rh()?e&&e():t&&t()}}}(),a=function(){function e(){return window.performance&&(window.performance.now||window.performance.mozNow||window.performance.msNow||window.performance.oNow||window.performance.webkitNow)||Date.now}var t=e();return{create:function(){return{now:(t=e(),function(){return t.call(window.performance)})};var t},now:function(){return t.call(window.performance)}}}();function s(){function e(){if(!u)throw"AF0";var e=a.now();0!==l&&(n.xd=e-l),l=e,s=s.filter(function(e){return null!==e}),n.frames++;for(var i=0;i<s.length;i++){var r=s[i];null!==r&&(!0===r.le.call(r.context)?s[i]=null:A.Gc(r.repeat)&&(r.repeat=r.repeat-1,0>=r.repeat&&(s[i]=null)))}s=s.filter(function(e){return null!==e}),u=!1,t(),0!==(e=a.now()-e)&&(n.wd=e),n.totalTime+=e,n.Ae=1e3*n.frames/n.totalTime,l=0===s.length?0:a.now()}function t(){0<s.length&&!u&&(u=!0,i(e))}var n=this.dg={frames:0,totalTime:0,wd:0,xd:0,Ae:0};r=n;var i=o.Xe()?function(e){window.setTimeout(e,0)}:window.requestAnimationFrame||window.webkitRequestAnimationFrame||window.mozRequestAnimationFrame||window.oRequestAnimationFrame||window.msRequestAnimationFrame||function(){var e=a.create();return function(t){var n=0;window.setTimeout(function(){var i=e.now();t(),n=e.now()-i},16>n?16-n:0)}}(),s=[],u=!1,l=0;this.repeat=function(e,n,i){this.cancel(e),s.push({le:e,context:i,repeat:n}),t()},this.once=function(e,t){this.repeat(e,1,t)},this.cancel=function(e){for(var t=0;t<s.length;t++){var n=s[t];null!==n&&n.le===e&&(s[t]=null)}},this.m=function(){s=[]}}var u=o.rd(function(){function e(){this.buffer=[],this.ka=0,this.current=A.extend({},a)}function t(e){return function(){var t,n=this.buffer,i=this.ka;for(n[i++]="call",n[i++]=e,n[i++]=arguments.length,t=0;t<arguments.length;t++)n[i++]=arguments[t];this.ka=i}}function n(e){return function(){return r[e].apply(r,arguments)}}var i=document.createElement("canvas");i.width=1,i.height=1;var r=i.getContext("2d");i=["font"];var o="fillStyle globalAlpha globalCompositeOperation lineCap lineDashOffset lineJoin lineWidth miterLimit shadowBlur shadowColor shadowOffsetX shadowOffsetY strokeStyle textAlign textBaseline".split(" "),a={};return o.concat(i).forEach(function(e){a[e]=r[e]}),e.prototype.clear=function(){this.ka=0},e.prototype.Aa=function(){return 0===this.ka},e.prototype.La=function(e){e instanceof u?function(e,t,n){for(var i=0,r=e.ka,o=e.buffer;i<n;)o[r++]=t[i++];e.ka=r}(e,this.buffer,this.ka):function(e,t,n,i){for(var r=0;r<n;)switch(t[r++]){case"set":e[t[r++]]=t[r++];break;case"setGlobalAlpha":e[t[r++]]=t[r++]*i;break;case"call":var o=t[r++];switch(t[r++]){case 0:e[o]();break;case 1:e[o](t[r++]);break;case 2:e[o](t[r++],t[r++]);break;case 3:e[o](t[r++],t[r++],t[r++]);break;case 4:e[o](t[r++],t[r++],t[r++],t[r++]);break;case 5:e[o](t[r++],t[r++],t[r++],t[r++],t[r++]);break;case 6:e[o](t[r++],t[r++],t[r++],t[r++],t[r++],t[r++]);break;case 7:e[o](t[r++],t[r++],t[r++],t[r++],t[r++],t[r++],t[r++]);break;case 8:e[o](t[r++],t[r++],t[r++],t[r++],t[r++],t[r++],t[r++],t[r++]);break;case 9:e[o](t[r++],t[r++],t[r++],t[r++],t[r++],t[r++],t[r++],t[r++],t[r++]);break;default:throw"CB0"}}}(e,this.buffer,this.ka,A.G(e.globalAlpha,1))},e.prototype.replay=e.prototype.La,e.prototype.m=function(){return new e},e.prototype.scratch=e.prototype.m,"arc arcTo beginPath bezierCurveTo clearRect clip closePath drawImage fill fillRect fillText lineTo moveTo putImageData quadraticCurveTo rect rotate scale setLineDash setTransform stroke strokeRect strokeText transform translate".split(" ").forEach(function(n){e.prototype[n]=t(n)}),["measureText","createLinearGradient","createRadialGradient","createPattern","getLineDash"].forEach(function(t){e.prototype[t]=n(t)}),["save","restore"].forEach(function(i){var r=n(i),o=t(i);e.prototype[i]=function(e,t){return function(){e.apply(this,arguments),t.apply(this,arguments)}}(o,r)}),i.forEach(function(t){Object.defineProperty(e.prototype,t,{set:function(e){r[t]=e,this.current[t]=e;var n=this.buffer;n[this.ka++]="set",n[this.ka++]=t,n[this.ka++]=e},get:function(){return this.current[t]}})}),o.forEach(function(t){Object.defineProperty(e.prototype,t,{set:function(e){this.current[t]=e;var n=this.buffer;n[this.ka++]="globalAlpha"===t?"setGlobalAlpha":"set",n[this.ka++]=t,n[this.ka++]=e},get:function(){return this.current[t]}})}),e.prototype.roundRect=function(e,t,n,i,r){this.beginPath(),this.moveTo(e+r,t),this.lineTo(e+n-r,t),this.quadraticCurveTo(e+n,t,e+n,t+r),this.lineTo(e+n,t+i-r),this.quadraticCurveTo(e+n,t+i,e+n-r,t+i),this.lineTo(e+r,t+i),this.quadraticCurveTo(e,t+i,e,t+i-r),this.lineTo(e,t+r),this.quadraticCurveTo(e,t,e+r,t),this.closePath()},e.prototype.fillPolygonWithText=function(e,t,n,i,r){r||(r={});var o={ib:A.G(r.maxFontSize,j.xa.ib),Mc:A.G(r.minFontSize,j.xa.Mc),lineHeight:A.G(r.lineHeight,j.xa.lineHeight),eb:A.G(r.horizontalPadding,j.xa.eb),Ua:A.G(r.verticalPadding,j.xa.Ua),jb:A.G(r.maxTotalTextHeight,j.xa.jb),fontFamily:A.G(r.fontFamily,j.xa.fontFamily),fontStyle:A.G(r.fontStyle,j.xa.fontStyle),fontVariant:A.G(r.fontVariant,j.xa.fontVariant),fontWeight:A.G(r.fontWeight,j.xa.fontWeight),verticalAlign:A.G(r.verticalAlign,j.xa.verticalAlign)},a=r.cache;if(a&&A.has(r,"area")){a.Wc||(a.Wc=new u);var s=r.area,l=A.G(r.cacheInvalidationThreshold,.05);e=j.ke(o,this,i,e,k.D(e,{}),{x:t,y:n},r.allowForcedSplit||!1,r.allowEllipsis||!1,a,s,l,r.invalidateCache)}else e=j.xe(o,this,i,e,k.D(e,{}),{x:t,y:n},r.allowForcedSplit||!1,r.allowEllipsis||!1);return e.ha?{fit:!0,lineCount:e.ec,fontSize:e.fontSize,box:{x:e.box.x,y:e.box.y,w:e.box.w,h:e.box.o},ellipsis:e.Xb}:{fit:!1}},e}),l=o.rd(function(){function e(e){this.R=e,this.canvas=e.canvas,this.m=[],this.Ab=[void 0],this.Cc=["#SIZE#px sans-serif"],this.yd=[0],this.zd=[1],this.Wd=[0],this.Xd=[0],this.Yd=[0],this.Dd=[10],this.$b=[10],this.Ib=[this.Ab,this.Cc,this.$b,this.yd,this.zd,this.Wd,this.Dd,this.Xd,this.Yd],this.matrix=[1,0,0,1,0,0]}function t(e){var t=e.R,n=e.Ib[0].length-1;e.Ab[n]&&(t.setLineDash(e.Ab[n]),t.lineDashOffset=e.yd[n]),t.miterLimit=e.Dd[n],t.lineWidth=e.zd[n],t.shadowBlur=e.Wd[n],t.shadowOffsetX=e.Xd[n],t.shadowOffsetY=e.Yd[n],t.font=e.Cc[n].replace("#SIZE#",e.$b[n].toString())}function n(e,t,n){return e*n[0]+t*n[2]+n[4]}function i(e,t,n){return e*n[1]+t*n[3]+n[5]}function r(e,t){for(var n=0;n<e.length;n++)e[n]*=t[0];return e}e.prototype.save=function(){this.m.push(this.matrix.slice(0));for(var e=0;e<this.Ib.length;e++){var t=this.Ib[e];t.push(t[t.length-1])}this.R.save()},e.prototype.restore=function(){this.matrix=this.m.pop();for(var e=0;e<this.Ib.length;e++)this.Ib[e].pop();this.R.restore(),t(this)},e.prototype.scale=function(e,n){var i=this.matrix;i[0]*=e,i[1]*=e,i[2]*=n,i[3]*=n,e=this.matrix,i=(n=this.Ib)[0].length-1;var o=this.Ab[i];for(o&&r(o,e),o=2;o<n.length;o++){n[o][i]*=e[0]}t(this)},e.prototype.translate=function(e,t){var n=this.matrix;n[4]+=n[0]*e+n[2]*t,n[5]+=n[1]*e+n[3]*t},["moveTo","lineTo"].forEach(function(t){e.prototype[t]=function(e){return function(t,r){var o=this.matrix;return this.R[e].call(this.R,n(t,r,o),i(t,r,o))}}(t)}),["clearRect","fillRect","strokeRect","rect"].forEach(function(t){e.prototype[t]=function(e){return function(t,r,o,a){var s=this.matrix;return this.R[e].call(this.R,n(t,r,s),i(t,r,s),o*s[0],a*s[3])}}(t)}),"fill stroke beginPath closePath clip createImageData createPattern getImageData putImageData getLineDash setLineDash".split(" ").forEach(function(t){e.prototype[t]=function(e){return function(){return this.R[e].apply(this.R,arguments)}}(t)}),[{p:"lineDashOffset",a:function(e){return e.yd}},{p:"lineWidth",a:function(e){return e.zd}},{p:"miterLimit",a:function(e){return e.Dd}},{p:"shadowBlur",a:function(e){return e.Wd}},{p:"shadowOffsetX",a:function(e){return e.Xd}},{p:"shadowOffsetY",a:function(e){return e.Yd}}].forEach(function(t){Object.defineProperty(e.prototype,t.p,{set:function(e){var n=t.a(this);e*=this.matrix[0],n[n.length-1]=e,this.R[t.p]=e}})});var o=/(\\d+(?:\\.\\d+)?)px/;return Object.defineProperty(e.prototype,"font",{set:function(e){var t=o.exec(e);if(1<t.length){var n=this.$b.length-1;this.$b[n]=parseFloat(t[1]),this.Cc[n]=e.replace(o,"#SIZE#px"),e=this.R,n=this.Cc[n].replace("#SIZE#",(this.$b[n]*this.matrix[0]).toString()),e.font=n}}}),"fillStyle globalAlpha globalCompositeOperation lineCap lineJoin shadowColor strokeStyle textAlign textBaseline".split(" ").forEach(function(t){Object.defineProperty(e.prototype,t,{set:function(e){this.R[t]=e},get:function(){return this.R[t]}})}),e.prototype.arc=function(e,t,r,o,a,s){var u=this.matrix;this.R.arc(n(e,t,u),i(e,t,u),r*u[0],o,a,s)},e.prototype.arcTo=function(e,t,r,o,a){var s=this.matrix;this.R.arc(n(e,t,s),i(e,t,s),n(r,o,s),i(r,o,s),a*s[0])},e.prototype.transform=function(){throw"transform() is not implemented in double wrapper context."},e.prototype.bezierCurveTo=function(e,t,r,o,a,s){var u=this.matrix;this.R.bezierCurveTo(n(e,t,u),i(e,t,u),n(r,o,u),i(r,o,u),n(a,s,u),i(a,s,u))},e.prototype.drawImage=function(e,t,r,o,a,s,u,l,c){function h(t,r,o,a){d.push(n(t,r,f)),d.push(i(t,r,f)),o=A.U(o)?e.width:o,a=A.U(a)?e.height:a,d.push(o*f[0]),d.push(a*f[3])}var f=this.matrix,d=[e];A.U(s)?h(t,r,o,a):h(s,u,l,c),this.R.drawImage.apply(this.R,d)},e.prototype.quadraticCurveTo=function(e,t,r,o){var a=this.matrix;this.R.quadraticCurveTo(n(e,t,a),i(e,t,a),n(r,o,a),i(r,o,a))},e.prototype.fillText=function(e,t,r,o){var a=this.matrix;this.R.fillText(e,n(t,r,a),i(t,r,a),A.Gc(o)?o*a[0]:1e20)},e.prototype.setLineDash=function(e){e=r(e.slice(0),this.matrix),this.Ab[this.Ab.length-1]=e,this.R.setLineDash(e)},e}),c=function(e,t){var n=t[0];e.moveTo(n.x,n.y);for(var i=t.length-1;0<i;i--)n=t[i],e.lineTo(n.x,n.y)},h=function(e,t,n,i){var r,o=[],a=0,s=t.length;for(r=0;r<s;r++){var u=t[r],l=t[(r+1)%s];u=k.m(u,l),u=Math.sqrt(u),o.push(u),a+=u}n=i*(n+.5*i*a/s),a={};var c={},h={};for(r=0;r<s;r++){u=t[r],l=t[(r+1)%s],i=t[(r+2)%s];var f=o[(r+1)%s];f=Math.min(.5,n/f),k.sa(1-f,l,i,c),k.sa(f,l,i,h),0==r&&(k.sa(Math.min(.5,n/o[0]),u,l,a),e.moveTo(a.x,a.y)),e.quadraticCurveTo(l.x,l.y,c.x,c.y),e.lineTo(h.x,h.y)}return!0};function f(e){function t(){return"embedded"===r.getAttribute("data-foamtree")}function n(e){h[e]&&(h[e].style.opacity=d*f[e])}function i(e){e.width=Math.round(a*e.A),e.height=Math.round(s*e.A)}var r,o,a,s,u,l,c=[],h={},f={},d=0;this.M=function(n){0!==(r=n).clientWidth&&0!==r.clientHeight||I.Ga("element has zero dimensions: "+r.clientWidth+" x "+r.clientHeight+"."),r.innerHTML="",a=r.clientWidth,s=r.clientHeight,u=0!==a?a:void 0,l=0!==s?s:void 0,t()&&I.Ga("visualization already embedded in the element."),r.setAttribute("data-foamtree","embedded"),(o=document.createElement("div")).style.width="100%",o.style.height="100%",o.style.position="relative",r.appendChild(o),e.i.C("stage:initialized",this,o,a,s)},this.$a=function(){t()&&(r.removeAttribute("data-foamtree"),c=[],h={},r.removeChild(o),e.i.C("stage:disposed",this,o))},this.u=function(){if(a=r.clientWidth,s=r.clientHeight,0!==a&&0!==s&&(a!==u||s!==l)){for(var t=c.length-1;0<=t;t--)i(c[t]);e.i.C("stage:resized",u,l,a,s),u=a,l=s}},this.Ui=function(e,t){e.A=t,i(e)},this.hc=function(t,r,a){var s=document.createElement("canvas");return s.setAttribute("style","position: absolute; top: 0; bottom: 0; left: 0; right: 0; width: 100%; height: 100%; -webkit-touch-callout: none; -webkit-user-select: none; -moz-user-select: none; -ms-user-select: none; user-select: none;"),s.A=r,i(s),c.push(s),h[t]=s,f[t]=1,n(t),a||o.appendChild(s),e.i.C("stage:newLayer",t,s),s},this.cc=function(e,t){return A.U(t)||(f[e]=t,n(e)),f[e]},this.m=function(e){return A.U(e)||(d=e,A.za(h,function(e,t){n(t)})),d}}function d(e){function t(e,t,n){return m=!0,p.x=0,p.y=0,v.x=0,v.y=0,a=f,s.x=d.x,s.y=d.y,t(),u*=e,!((l=n?u/a:e)<(e=.25/a))||(l=e,!1)}function n(e,t){return t.x=e.x/f+d.x,t.y=e.y/f+d.y,t}function i(e,t,n,i,r,o,a,s,u){var l=(e-n)*(o-s)-(t-i)*(r-a);return!(1e-5>Math.abs(l))&&(u.x=((e*i-t*n)*(r-a)-(e-n)*(r*s-o*a))/l,u.y=((e*i-t*n)*(o-s)-(t-i)*(r*s-o*a))/l,!0)}var r,o,a=1,s={x:0,y:0},u=1,l=1,c=1,h={x:0,y:0},f=1,d={x:0,y:0},p={x:0,y:0},v={x:0,y:0},g={x:0,y:0,w:0,o:0},b={x:0,y:0,w:0,o:0,scale:1},m=!0;e.i.subscribe("stage:initialized",function(e,t,n,i){r=n,o=i,g.x=0,g.y=0,g.w=n,g.o=i,b.x=0,b.y=0,b.w=n,b.o=i,b.scale=1}),e.i.subscribe("stage:resized",function(e,t,n,i){function a(e){e.x*=l,e.y*=c}function u(e){a(e),e.w*=l,e.o*=c}r=n,o=i;var l=n/e,c=i/t;a(s),a(d),a(h),a(p),a(v),u(g),u(b)}),this.Qb=function(e,i){return t(i,function(){n(e,h)},!0)},this.ia=function(e,n){if(1==Math.round(1e4*n)/1e4){n=g.x-d.x;var r=g.y-d.y;return t(1,function(){},!0),this.m(-n,-r)}return t(n,function(){for(var t=!1;!t;){t=Math.random();var n=Math.random(),r=Math.random(),o=Math.random();t=i(e.x+t*e.w,e.y+n*e.o,g.x+t*g.w,g.y+n*g.o,e.x+r*e.w,e.y+o*e.o,g.x+r*g.w,g.y+o*g.o,h)}},!0)},this.lc=function(e,n){var a=e.w/e.o,s=r/o;if(a<s){var u=e.o*s,l=e.o;a=e.x-.5*(u-e.w),s=e.y}else a>s?(u=e.w,l=e.w*o/r,a=e.x,s=e.y-.5*(l-e.o)):(a=e.x,s=e.y,u=e.w,l=e.o);return a-=u*n,u*=1+2*n,i(a,s-=l*n,d.x,d.y,a+u,s,d.x+r/f,d.y,h)?t(r/f/u,A.oa,!1):(m=!1,this.m(f*(d.x-a),f*(d.y-s)))},this.m=function(e,t){return e=Math.round(1e4*e)/1e4,t=Math.round(1e4*t)/1e4,v.x+=e/f,v.y+=t/f,0!==e||0!==t},this.reset=function(e){return e&&this.content(0,0,r,o),this.ia({x:g.x+d.x,y:g.y+d.y,w:g.w/f,o:g.o/f},c/u)},this.Gb=function(e){c=Math.min(1,Math.round(1e4*(e||u))/1e4)},this.u=function(){return d.x<g.x?(g.x-d.x)*f:d.x+r/f>g.x+g.w?-(d.x+r/f-g.x-g.w)*f:0},this.I=function(){return d.y<g.y?(g.y-d.y)*f:d.y+o/f>g.y+g.o?-(d.y+o/f-g.y-g.o)*f:0},this.update=function(e){var t=Math.abs(Math.log(l));6>t?t=2:(t/=4,t+=3*t*(1<l?e:1-e)),t=1<l?Math.pow(e,t):1-Math.pow(1-e,t),f=a*(t=(m?t:1)*(l-1)+1),d.x=h.x-(h.x-s.x)/t,d.y=h.y-(h.y-s.y)/t,d.x-=p.x*(1-e)+v.x*e,d.y-=p.y*(1-e)+v.y*e,1===e&&(p.x=v.x,p.y=v.y),b.x=d.x,b.y=d.y,b.w=r/f,b.o=o/f,b.scale=f},this.T=function(e){return e.x=b.x,e.y=b.y,e.scale=b.scale,e},this.absolute=function(e,t){return n(e,t||{})},this.$c=function(e,t){return(t=t||{}).x=(e.x-d.x)*f,t.y=(e.y-d.y)*f,t},this.wc=function(e){return this.scale()<c/e},this.Ed=function(){return A.td(f,1)},this.scale=function(){return Math.round(1e4*f)/1e4},this.content=function(e,t,n,i){g.x=e,g.y=t,g.w=n,g.o=i},this.yc=function(e,t){var n;for(n=e.length-1;0<=n;n--){var i=e[n];i.save(),i.scale(f,f),i.translate(-d.x,-d.y)}for(t(b),n=e.length-1;0<=n;n--)(i=e[n]).restore()}}var p=new function(){function e(e){if("hsl"==e.model||"hsla"==e.model)return e;var t=e.r/=255,n=e.g/=255,i=e.b/=255,r=Math.max(t,n,i),o=Math.min(t,n,i),a=(r+o)/2;if(r==o)var s=o=0;else{var u=r-o;switch(o=.5<a?u/(2-r-o):u/(r+o),r){case t:s=(n-i)/u+(n<i?6:0);break;case n:s=(i-t)/u+2;break;case i:s=(t-n)/u+4}s/=6}return e.h=360*s,e.s=100*o,e.l=100*a,e.model="hsl",e}var t={h:0,s:0,l:0,a:1,model:"hsla"};this.ta=function(n){return A.Hc(n)?e(p.tg(n)):A.xb(n)?e(n):t},this.tg=function(e){var n;return(n=/rgba\\(\\s*([^,\\s]+)\\s*,\\s*([^,\\s]+)\\s*,\\s*([^,\\s]+)\\s*,\\s*([^,\\s]+)\\s*\\)/.exec(e))&&5==n.length?{r:parseFloat(n[1]),g:parseFloat(n[2]),b:parseFloat(n[3]),a:parseFloat(n[4]),model:"rgba"}:(n=/hsla\\(\\s*([^,\\s]+)\\s*,\\s*([^,%\\s]+)%\\s*,\\s*([^,\\s%]+)%\\s*,\\s*([^,\\s]+)\\s*\\)/.exec(e))&&5==n.length?{h:parseFloat(n[1]),s:parseFloat(n[2]),l:parseFloat(n[3]),a:parseFloat(n[4]),model:"hsla"}:(n=/rgb\\(\\s*([^,\\s]+)\\s*,\\s*([^,\\s]+)\\s*,\\s*([^,\\s]+)\\s*\\)/.exec(e))&&4==n.length?{r:parseFloat(n[1]),g:parseFloat(n[2]),b:parseFloat(n[3]),a:1,model:"rgb"}:(n=/hsl\\(\\s*([^,\\s]+)\\s*,\\s*([^,\\s%]+)%\\s*,\\s*([^,\\s%]+)%\\s*\\)/.exec(e))&&4==n.length?{h:parseFloat(n[1]),s:parseFloat(n[2]),l:parseFloat(n[3]),a:1,model:"hsl"}:(n=/#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})/.exec(e))&&4==n.length?{r:parseInt(n[1],16),g:parseInt(n[2],16),b:parseInt(n[3],16),a:1,model:"rgb"}:(n=/#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])/.exec(e))&&4==n.length?{r:17*parseInt(n[1],16),g:17*parseInt(n[2],16),b:17*parseInt(n[3],16),a:1,model:"rgb"}:t},this.pg=function(e){function t(e,t,n){return 0>n&&(n+=1),1<n&&--n,n<1/6?e+6*(t-e)*n:.5>n?t:n<2/3?e+(t-e)*(2/3-n)*6:e}function n(e,t,n){return Math.sqrt(e*e*.241+t*t*.691+n*n*.068)/255}if("rgb"==e.model||"rgba"==e.model)return n(e.r,e.g,e.b);var i=e.l/100,r=e.s/100,o=e.h/360;if(0==e.Nj)i=e=o=i;else{var a=2*i-(r=.5>i?i*(1+r):i+r-i*r);i=t(a,r,o+1/3),e=t(a,r,o),o=t(a,r,o-1/3)}return n(255*i,255*e,255*o)},this.Fg=function(e){if(A.Hc(e))return e;if(!A.xb(e))return"#000";switch(e.model){case"hsla":return p.ug(e);case"hsl":return p.qc(e);case"rgba":return p.wg(e);case"rgb":return p.ng(e);default:return"#000"}},this.wg=function(e){return"rgba("+(.5+e.r|0)+","+(.5+e.g|0)+","+(.5+e.b|0)+","+e.a+")"},this.ng=function(e){return"rgba("+(.5+e.r|0)+","+(.5+e.g|0)+","+(.5+e.b|0)+")"},this.ug=function(e){return"hsla("+(.5+e.h|0)+","+(.5+e.s|0)+"%,"+(.5+e.l|0)+"%,"+e.a+")"},this.qc=function(e){return"hsl("+(.5+e.h|0)+","+(.5+e.s|0)+"%,"+(.5+e.l|0)+"%)"},this.ia=function(e,t,n){return"hsl("+(.5+e|0)+","+(.5+t|0)+"%,"+(.5+n|0)+"%)"}};function v(){var e,t=!1,n=[],i=this,r=new function(){this.then=function(r){return r&&(t?r.apply(i,e):n.push(r)),this},this.Rg=function(e){return i=e,{then:this.then}}};this.resolve=function(){e=arguments;for(var r=0;r<n.length;r++)n[r].apply(i,e);return t=!0,this},this.promise=function(){return r}}function g(e){var t=new v,n=e.length;if(0<e.length)for(var i=e.length-1;0<=i;i--)e[i].then(function(){0===--n&&t.resolve()});else t.resolve();return t.promise()}function b(e){var t=0;this.m=function(){t++},this.u=function(){0===--t&&e()},this.clear=function(){t=0},this.initial=function(){return 0===t}}var m={ue:function(e,t,n,i){i=i||{};try{var r=e.getBoundingClientRect()}catch(a){if(!m.Th){m.Th=!0,window.console.log("getBoundingClientRect() failed."),window.console.log("Element",e);for(var o=(r=window.console).log;null!==e.parentElement;)e=e.parentElement;o.call(r,"Attached to DOM",e===document.body.parentElement)}r={left:0,top:0}}return i.x=t-r.left,i.y=n-r.top,i}};function _(){var e=document,t={};this.addEventListener=function(n,i,r){var o=t[n];o||(o=[],t[n]=o),o.push(i),e.addEventListener(n,i,r)},this.m=function(){A.za(t,function(t,n){for(var i=t.length-1;0<=i;i--)e.removeEventListener(n,t[i])})}}function y(e){function t(e){return function(t){n(t)&&e.apply(this,arguments)}}function n(t){for(t=t.target;t;){if(t===e)return!0;t=t.parentElement}return!1}function i(e,t,n){r(e,n=n||{});for(var i=0;i<t.length;i++)t[i].call(e.target,n);return r(e,n),(void 0===n.Eb&&n.mi||"prevent"===n.Eb)&&e.preventDefault(),n}function r(t,n){return m.ue(e,t.clientX,t.clientY,n),n.altKey=t.altKey,n.metaKey=t.metaKey,n.ctrlKey=t.ctrlKey,n.shiftKey=t.shiftKey,n.nb=3===t.which,n}var o=new _,a=[],s=[],u=[],l=[],c=[],h=[],f=[],d=[],p=[],v=[],g=[];this.m=function(e){a.push(e)},this.u=function(e){c.push(e)},this.va=function(e){s.push(e)},this.ta=function(e){u.push(e)},this.Ga=function(e){l.push(e)},this.sa=function(e){g.push(e)},this.ra=function(e){h.push(e)},this.wa=function(e){f.push(e)},this.ia=function(e){d.push(e)},this.I=function(e){p.push(e)},this.T=function(e){v.push(e)},this.$a=function(){o.m()};var b,y,C,A,x={x:0,y:0},w={x:0,y:0},S=!1,M=!1;o.addEventListener("mousedown",t(function(t){if(t.target!==e){var n=i(t,u);w.x=n.x,w.y=n.y,x.x=n.x,x.y=n.y,S=!0,i(t,d),y=!1,b=window.setTimeout(function(){100>k.m(x,n)&&(window.clearTimeout(A),i(t,s),y=!0)},400)}})),o.addEventListener("mouseup",function(e){var t=i(e,l);S&&(M&&i(e,v),window.clearTimeout(b),y||M||!n(e)||(t={x:t.x,y:t.y},C&&100>k.m(t,C)?i(e,c):i(e,a),C=t,A=window.setTimeout(function(){C=null},350)),M=S=!1)}),o.addEventListener("mousemove",function(e){var t=r(e,{});n(e)&&i(e,h,{type:"move"}),x.x=t.x,x.y=t.y,S&&!M&&100<k.m(w,x)&&(M=!0),M&&i(e,p,t)}),o.addEventListener("mouseout",t(function(e){i(e,f,{type:"out"})})),o.addEventListener("wheel",t(function(e){if("deltaY"in e)var t=e.deltaY;else t=0,"detail"in e&&(t=e.detail),"wheelDelta"in e&&(t=-e.wheelDelta/120),"wheelDeltaY"in e&&(t=-e.wheelDeltaY/120),"axis"in e&&e.axis===e.HORIZONTAL_AXIS&&(t=0),t*=10;t&&e.deltaMode&&(t=1===e.deltaMode?67*t:800*t),i(e,g,{kd:-t/200,mi:!0})}),{passive:!1}),o.addEventListener("contextmenu",t(function(e){e.preventDefault()}))}var C=function(){function e(e){return function(t){return Math.pow(t,e)}}function t(e){return function(t){return 1-Math.pow(1-t,e)}}function n(e){return function(t){return 1>(t*=2)?.5*Math.pow(t,e):1-.5*Math.abs(Math.pow(2-t,e))}}function i(e){return function(t){for(var n=0;n<e.length;n++)t=(0,e[n])(t);return t}}return{ba:function(e){switch(e){case"linear":default:return C.Bb;case"bounce":return C.Eg;case"squareIn":return C.ag;case"squareOut":return C.Hb;case"squareInOut":return C.bg;case"cubicIn":return C.Ig;case"cubicOut":return C.me;case"cubicInOut":return C.Jg;case"quadIn":return C.Fi;case"quadOut":return C.Hi;case"quadInOut":return C.Gi}},Bb:function(e){return e},Eg:i([n(2),function(e){return 0===e?0:1===e?1:e*(e*(e*(e*(25.9425*e-85.88)+105.78)-58.69)+13.8475)}]),ag:e(2),Hb:t(2),bg:n(2),Ig:e(3),me:t(3),Jg:n(3),Fi:e(2),Hi:t(2),Gi:n(2),Cj:i}}(),A={U:function(e){return void 0===e},Ye:function(e){return null===e},Gc:function(e){return"[object Number]"===Object.prototype.toString.call(e)},Hc:function(e){return"[object String]"===Object.prototype.toString.call(e)},We:function(e){return"function"==typeof e},xb:function(e){return e===Object(e)},td:function(e,t){return 1e-6>e-t&&-1e-6<e-t},Ue:function(e){return A.U(e)||A.Ye(e)||A.Hc(e)&&!/\\S/.test(e)},has:function(e,t){return e&&e.hasOwnProperty(t)},cb:function(e,t){if(e)for(var n=t.length-1;0<=n;n--)if(e.hasOwnProperty(t[n]))return!0;return!1},extend:function(e){return A.Ng(Array.prototype.slice.call(arguments,1),function(t){if(t)for(var n in t)t.hasOwnProperty(n)&&(e[n]=t[n])}),e},Lj:function(e,t){return e.map(function(e){return e[t]},[])},Ng:function(e,t,n){null!=e&&(e.forEach?e.forEach(t,n):A.za(e,t,n))},za:function(e,t,n){for(var i in e)if(e.hasOwnProperty(i)&&!1===t.call(n,e[i],i,e))break},G:function(){for(var e=0;e<arguments.length;e++){var t=arguments[e];if(!(A.U(t)||A.Gc(t)&&isNaN(t)||A.Hc(t)&&A.Ue(t)))return t}},Pf:function(e,t){0<=(t=e.indexOf(t))&&e.splice(t,1)},Kg:function(e,t,n){var i;return function(){var r=this,o=arguments,a=n&&!i;clearTimeout(i),i=setTimeout(function(){i=null,n||e.apply(r,o)},t),a&&e.apply(r,o)}},defer:function(e){setTimeout(e,1)},Jj:function(e){return e},oa:function(){}},x=function(e,t){function n(){var n=[];if(Array.isArray(e))for(var i=0;i<e.length;i++){var r=e[i];r&&n.push(r.apply(t,arguments))}else e&&n.push(e.apply(t,arguments));return n}return n.empty=function(){return 0===e.length&&!A.We(e)},n};function w(){var e={};this.subscribe=function(t,n){var i=e[t];i||(i=[],e[t]=i),i.push(n)},this.C=function(t,n){var i=e[t];if(i)for(var r=Array.prototype.slice.call(arguments,1),o=0;o<i.length;o++)i[o].apply(this,r)}}var S=function(e){for(var t="",n=0;n<e.length;n++)t+=String.fromCharCode(1^e.charCodeAt(n));return t};function M(e){function t(t,a,u){var l,c=this,h=0;this.id=r++,this.name=u||"{unnamed on "+t+"}",this.target=function(){return t},this.yb=function(){return-1!=s.indexOf(c)},this.start=function(){if(!c.yb()){if(-1==s.indexOf(c)){var t=o.now();!0===c.gf(t)&&(s=s.slice()).push(c)}0<s.length&&e.repeat(n)}return this},this.stop=function(){for(i(c);l<a.length;l++){var e=a[l];e.Ya&&e.hb.call()}return this},this.gf=function(e){if(h++,0!==a.length){if(A.U(l)){var t=a[l=0];t.before&&t.before.call(t,e,h,c)}else t=a[l];for(;l<a.length;){if(t.hb&&t.hb.call(t,e,h,c))return!0;t.after&&t.after.call(t,e,h,c),A.U(l)&&(l=-1),++l<a.length&&((t=a[l]).before&&t.before.call(t,e,h,c))}}return!1}}function n(){var t;t=o.now(),s.forEach(function(e){!0!==e.gf(t)&&i(e)}),0==s.length&&e.cancel(n)}function i(e){s=s.filter(function(t){return t!==e})}var r=0,o=a.create(),s=[];this.m=function(){for(var e=s.length-1;0<=e;e--)s[e].stop();s=[]},this.J=function(){function e(){}function n(e){function t(e){return A.We(e)?e.call(void 0):e}var n,i,r=e.target,a=e.duration,s=e.aa;this.before=function(){for(var a in n={},e.P)r.hasOwnProperty(a)&&(n[a]={start:A.U(e.P[a].start)?r[a]:t(e.P[a].start),end:A.U(e.P[a].end)?r[a]:t(e.P[a].end),easing:A.U(e.P[a].easing)?C.Bb:e.P[a].easing});i=o.now()},this.hb=function(){var e=o.now()-i;for(var t in e=0===a?1:Math.min(a,e)/a,n){var u=n[t];r[t]=u.start+(u.end-u.start)*u.easing(e)}return s&&s.call(r,e),1>e}}function i(e,t,n){this.Ya=n,this.hb=function(){return e.call(t),!1}}function r(e){var t;this.before=function(n,i){t=i+e},this.hb=function(e,n){return n<t}}function a(e){var t;this.before=function(n){t=n+e},this.hb=function(e){return e<t}}function u(e){this.before=function(){e.forEach(function(e){e.start()})},this.hb=function(){for(var t=0;t<e.length;t++)if(e[t].yb())return!0;return!1}}return e.v=function(e,o){return new function(){function s(t,n,r,o){return n?(A.U(r)&&(r=e),t.Pb(new i(n,r,o))):t}var l=[];this.Pb=function(e){return l.push(e),this},this.wait=function(e){return this.Pb(new a(e))},this.be=function(e){return this.Pb(new r(e||1))},this.call=function(e,t){return s(this,e,t,!1)},this.Ya=function(e,t){return s(this,e,t,!0)},this.ea=function(t){return A.U(t.target)&&(t.target=e),this.Pb(new n(t))},this.Qa=function(e){return this.Pb(new u(e))},this.done=function(){return new t(e,l,o)},this.start=function(){return this.done().start()},this.sg=function(){var e=new v;return this.be().call(e.resolve).done(),e.promise()},this.Ta=function(){var e=this.sg();return this.start(),e}}},e.mc=function(t){return function(e){return A.U(e)?s.slice():s.filter(function(t){return t.target()===e})}(t).forEach(function(e){e.stop()}),e.v(t,void 0)},e}()}var T=function(){var e={te:function(e,t){if(e.j){e=e.j;for(var n=0;n<e.length;n++)t(e[n],n)}},zc:function(t,n){if(t.j){t=t.j;for(var i=0;i<t.length;i++)if(!1===e.zc(t[i],n)||!1===n(t[i],i))return!1}}};return e.K=e.zc,e.Ac=function(t,n){if(t.j){t=t.j;for(var i=0;i<t.length;i++)if(!1===n(t[i],i)||!1===e.Ac(t[i],n))return!1}},e.ya=function(t,n){if(t.j)for(var i=t.j,r=0;r<i.length;r++)if(!1===e.ya(i[r],n))return!1;return n(t)},e.Dj=e.ya,e.ld=function(t,n){!1!==n(t)&&e.Ac(t,n)},e.Bc=function(t,n){var i=[];return e.Ac(t,function(e){i.push(e)}),n?i.filter(n):i},e.se=function(e,t){for(e=e.parent;e&&!1!==t(e);)e=e.parent},e.Uh=function(e,t){for(e=e.parent;e&&e!==t;)e=e.parent;return!!e},e}(),k=new function(){function e(e,t){var n=e.x-t.x;return n*n+(e=e.y-t.y)*e}function t(e,t,n){for(var i=0;i<e.length;i++){var r=k.ra(e[i],e[i+1]||e[0],t,n,!0);if(r)return r}}return this.ra=function(e,t,n,i,r){var o=e.x;e=e.y;var a=t.x-o;t=t.y-e;var s=n.x,u=n.y;n=i.x-s;var l=i.y-u;if(!(1e-12>=(i=a*l-n*t)&&-1e-12<=i)&&(n=((s-=o)*l-n*(u-=e))/i,0<=(i=(s*t-a*u)/i)&&(r||1>=i)&&0<=n&&1>=n))return{x:o+a*n,y:e+t*n}},this.vg=function(e,t,n,i){var r=e.x;e=e.y;var o=t.x-r;t=t.y-e;var a=n.x;n=n.y;var s=i.x-a,u=o*(i=i.y-n)-s*t;if(!(1e-12>=u&&-1e-12<=u)&&(0<=(i=((a-r)*i-s*(n-e))/u)&&1>=i))return{x:r+o*i,y:e+t*i}},this.rc=function(e,n,i){var r=k.u(n,{}),o=k.u(i,{}),a=o.x-r.x,s=o.y-r.y,u=[];for(o=0;o<i.length;o++){var l=i[o];u.push({x:l.x-a,y:l.y-s})}for(i=[],l=[],o=0;o<e.length;o++){var c=e[o],h=t(n,r,c);h?(i.push(h),l.push(t(u,r,c))):(i.push(null),l.push(null))}for(o=0;o<e.length;o++)if(h=i[o],c=l[o],h&&c){n=e[o],u=r;var f=h.x-r.x;if(h=h.y-r.y,1e-12<(h=Math.sqrt(f*f+h*h))){f=n.x-r.x;var d=n.y-r.y;h=Math.sqrt(f*f+d*d)/h,n.x=u.x+h*(c.x-u.x),n.y=u.y+h*(c.y-u.y)}else n.x=u.x,n.y=u.y}for(o=0;o<e.length;o++)(l=e[o]).x+=a,l.y+=s},this.D=function(e,t){if(0!==e.length){for(var n,i,r=n=e[0].x,o=i=e[0].y,a=e.length;0<--a;)r=Math.min(r,e[a].x),n=Math.max(n,e[a].x),o=Math.min(o,e[a].y),i=Math.max(i,e[a].y);return t.x=r,t.y=o,t.w=n-r,t.o=i-o,t}},this.I=function(e){return[{x:e.x,y:e.y},{x:e.x+e.w,y:e.y},{x:e.x+e.w,y:e.y+e.o},{x:e.x,y:e.y+e.o}]},this.u=function(e,t){for(var n=0,i=0,r=e.length,o=e[0],a=0,s=1;s<r-1;s++){var u=e[s],l=e[s+1],c=o.y+u.y+l.y,h=(u.x-o.x)*(l.y-o.y)-(l.x-o.x)*(u.y-o.y);n+=h*(o.x+u.x+l.x),i+=h*c,a+=h}return t.x=n/(3*a),t.y=i/(3*a),t.fa=a/2,t},this.sc=function(e,t){this.u(e,t),t.r=Math.sqrt(t.fa/Math.PI)},this.Wa=function(e,t){for(var n=0;n<e.length;n++){var i=e[n],r=e[n+1]||e[0];if(0>(t.y-i.y)*(r.x-i.x)-(t.x-i.x)*(r.y-i.y))return!1}return!0},this.Dg=function(e,t,n){var i=e.x,r=t.x;if(e.x>t.x&&(i=t.x,r=e.x),r>n.x+n.w&&(r=n.x+n.w),i<n.x&&(i=n.x),i>r)return!1;var o=e.y,a=t.y,s=t.x-e.x;return 1e-7<Math.abs(s)&&(o=(a=(t.y-e.y)/s)*i+(e=e.y-a*e.x),a=a*r+e),o>a&&(i=a,a=o,o=i),a>n.y+n.o&&(a=n.y+n.o),o<n.y&&(o=n.y),o<=a},this.de=function(n,i,r,o,a){var s;function u(r,o,a){if(i.x===h.x&&i.y===h.y)return a;var u=t(n,i,h),f=Math.sqrt(e(u,i)/(r*r+o*o));return f<l?(l=f,s=u.x,c=u.y,0!==o?Math.abs(c-i.y)/Math.abs(o):Math.abs(s-i.x)/Math.abs(r)):a}o=A.G(o,.5),a=A.G(a,.5),r=A.G(r,1);var l=Number.MAX_VALUE,c=s=0,h={x:0,y:0},f=o*r;r*=1-o,o=1-a,h.x=i.x-f,h.y=i.y-a;var d=u(f,a,d);return h.x=i.x+r,h.y=i.y-a,d=u(r,a,d),h.x=i.x-f,h.y=i.y+o,d=u(f,o,d),h.x=i.x+r,h.y=i.y+o,u(r,o,d)},this.rg=function(e,t){function n(e,t,n){var i=t.x,r=n.x;t=t.y;var o=r-i,a=(n=n.y)-t;return Math.abs(a*e.x-o*e.y-i*n+r*t)/Math.sqrt(o*o+a*a)}for(var i=e.length,r=n(t,e[i-1],e[0]),o=0;o<i-1;o++){var a=n(t,e[o],e[o+1]);a<r&&(r=a)}return r},this.Nb=function(e,t,n){var i;n={x:t.x+Math.cos(n),y:t.y-Math.sin(n)};var r=[],o=[],a=e.length;for(i=0;i<a;i++){var s=k.vg(e[i],e[(i+1)%a],t,n);if(s&&(r.push(s),2==o.push(i)))break}if(2==r.length){s=r[0],r=r[1];var u=o[0];o=o[1];var l=[r,s];for(i=u+1;i<=o;i++)l.push(e[i]);for(i=[s,r];o!=u;)o=(o+1)%a,i.push(e[o]);return e=[l,i],a=n.x-t.x,i=r.x-s.x,0===a&&(a=n.y-t.y,i=r.y-s.y),(0>a?-1:0<a?1:0)!=(0>i?-1:0<i?1:0)&&e.reverse(),e}},this.sa=function(e,t,n,i){return i.x=e*(t.x-n.x)+n.x,i.y=e*(t.y-n.y)+n.y,i},this.m=e,this.Lb=function(e,n,i){if(A.Gc(n))var r=2*Math.PI*n/360;else switch(r=k.D(e,{}),n){case"random":r=Math.random()*Math.PI*2;break;case"top":r=Math.atan2(-r.o,0);break;case"bottom":r=Math.atan2(r.o,0);break;case"left":r=Math.atan2(0,-r.w);break;case"right":r=Math.atan2(0,r.w);break;case"topleft":r=Math.atan2(-r.o,-r.w);break;case"topright":r=Math.atan2(-r.o,r.w);break;case"bottomleft":r=Math.atan2(r.o,-r.w);break;default:r=Math.atan2(r.o,r.w)}return e=t(e,n=k.u(e,{}),{x:n.x+Math.cos(r),y:n.y+Math.sin(r)}),k.sa(i,e,n,{})},this},z=new function(){function e(e,t){this.face=e,this.Xc=t,this.ic=this.Rc=null}function t(e,t,n){this.ja=[e,t,n],this.H=Array(3);var i=t.y-e.y,r=n.z-e.z,o=t.x-e.x;t=t.z-e.z;var a=n.x-e.x;e=n.y-e.y,this.Ia={x:i*r-t*e,y:t*a-o*r,z:o*e-i*a},this.Za=[],this.fd=this.visible=!1}this.T=function(i){function o(t,n,i){var r=t.ja[0],o=t.Ia,a=o.x,l=o.y;o=o.z;var c=Array(u),h=(n=n.Za).length;for(s=0;s<h;s++){var f=n[s].Xc;c[f.index]=!0,0>a*(f.x-r.x)+l*(f.y-r.y)+o*(f.z-r.z)&&e.add(t,f)}for(h=(n=i.Za).length,s=0;s<h;s++)!0!==c[(f=n[s].Xc).index]&&0>a*(f.x-r.x)+l*(f.y-r.y)+o*(f.z-r.z)&&e.add(t,f)}var a,s,u=i.length;for(a=0;a<u;a++)i[a].index=a,i[a].Sb=null;var l,c=[];if(0<(l=function(){function n(e,n,i,r){var o={x:n.x-e.x,y:n.y-e.y,z:n.z-e.z},a=i.x-e.x,s=i.y-e.y,u=i.z-e.z,l=o.y*u-o.z*s,c=o.z*a-o.x*u;return o=o.x*s-o.y*a,l*r.x+c*r.y+o*r.z>l*e.x+c*e.y+o*e.z?new t(e,n,i):new t(i,n,e)}function r(e,t,n,i){function r(e,t,n){return(e=e.ja)[((t=e[0]==t?0:e[1]==t?1:2)+1)%3]!=n?(t+2)%3:t}t.H[r(t,n,i)]=e,e.H[r(e,i,n)]=t}if(4>u)return 0;var o=i[0],a=i[1],s=i[2],l=i[3],h=n(o,a,s,l),f=n(o,s,l,a),d=n(o,a,l,s),p=n(a,s,l,o);for(r(h,f,s,o),r(h,d,o,a),r(h,p,a,s),r(f,d,l,o),r(f,p,s,l),r(d,p,l,a),c.push(h,f,d,p),o=4;o<u;o++)for(a=i[o],s=0;4>s;s++)h=(l=c[s]).ja[0],0>(f=l.Ia).x*(a.x-h.x)+f.y*(a.y-h.y)+f.z*(a.z-h.z)&&e.add(l,a);return 4}())){for(;l<u;){var h=i[l];if(h.Sb){for(a=h.Sb;null!==a;)a.face.visible=!0,a=a.ic;a=0;e:for(;a<c.length;a++){var f=c[a];if(!1===f.visible){var d=f.H;for(s=0;3>s;s++)if(!0===d[s].visible){var p=f,v=s;break e}}}f=[],d=[];var g=p,b=v;do{if(f.push(g),d.push(b),b=(b+1)%3,!1===g.H[b].visible)do{for(a=g.ja[b],g=g.H[b],s=0;3>s;s++)g.ja[s]==a&&(b=s)}while(!1===g.H[b].visible&&(g!==p||b!==v))}while(g!==p||b!==v);var m=null,_=null;for(a=0;a<f.length;a++){g=f[a],b=d[a];var y=g.H[b],C=g.ja[(b+1)%3],A=g.ja[b],x=C.y-h.y,w=A.z-h.z,S=C.x-h.x,M=C.z-h.z,T=A.x-h.x,k=A.y-h.y;if(0<r.length){var z=r.pop();z.ja[0]=h,z.ja[1]=C,z.ja[2]=A,z.Ia.x=x*w-M*k,z.Ia.y=M*T-S*w,z.Ia.z=S*k-x*T,z.Za.length=0,z.visible=!1,z.fd=!0}else z={ja:[h,C,A],H:Array(3),Ia:{x:x*w-M*k,y:M*T-S*w,z:S*k-x*T},Za:[],visible:!1};c.push(z),g.H[b]=z,z.H[1]=g,null!==_&&(_.H[0]=z,z.H[2]=_),_=z,null===m&&(m=z),o(z,g,y)}for(_.H[0]=m,m.H[2]=_,a=[],s=0;s<c.length;s++)if(!0===(f=c[s]).visible){for(g=(d=f.Za).length,h=0;h<g;h++)m=(b=d[h]).Rc,_=b.ic,null!==m&&(m.ic=_),null!==_&&(_.Rc=m),null===m&&(b.Xc.Sb=_),n.push(b);f.fd&&r.push(f)}else a.push(f);c=a}l++}for(a=0;a<c.length;a++)(f=c[a]).fd&&r.push(f)}return{ve:c}},e.add=function(t,i){if(0<n.length){var r=n.pop();r.face=t,r.Xc=i,r.ic=null,r.Rc=null}else r=new e(t,i);t.Za.push(r),null!==(t=i.Sb)&&(t.Rc=r),r.ic=t,i.Sb=r};for(var n=Array(2e3),i=0;i<n.length;i++)n[i]=new e(null,null);var r=Array(1e3);for(i=0;i<r.length;i++)r[i]={ja:Array(3),H:Array(3),Ia:{x:0,y:0,z:0},Za:[],visible:!1}},B=new function(){function e(e,t,n,i,r,o,a,s){var u=(e-n)*(o-s)-(t-i)*(r-a);if(!(1e-12>Math.abs(u)))return{x:((e*i-t*n)*(r-a)-(e-n)*(r*s-o*a))/u,y:((e*i-t*n)*(o-s)-(t-i)*(r*s-o*a))/u}}return this.Na=function(t,n){for(var i=t[0],r=i.x,o=i.y,a=i.x,s=i.y,u=t.length-1;0<u;u--)i=t[u],r=Math.min(r,i.x),o=Math.min(o,i.y),a=Math.max(a,i.x),s=Math.max(s,i.y);if(!(a-r<3*n||s-o<3*n)){e:{for(null==(i=!0)&&(i=!1),r=[],o=t.length,a=0;a<=o;a++){s=t[a%o],u=t[(a+1)%o];var l=t[(a+2)%o],c=u.x-s.x,h=u.y-s.y,f=Math.sqrt(c*c+h*h),d=n*c/f,p=n*h/f;if(c=l.x-u.x,h=l.y-u.y,c=n*c/(f=Math.sqrt(c*c+h*h)),h=n*h/f,(s=e(s.x-p,s.y+d,u.x-p,u.y+d,u.x-h,u.y+c,l.x-h,l.y+c))&&(r.push(s),l=r.length,i&&3<=l&&(s=r[l-3],u=r[l-2],l=r[l-1],0>(u.x-s.x)*(l.y-s.y)-(l.x-s.x)*(u.y-s.y)))){i=void 0;break e}}r.shift(),i=3>r.length?void 0:r}if(!i)e:{for(r=t.slice(0),i=0;i<t.length;i++){if(a=t[i%t.length],l=(u=t[(i+1)%t.length]).x-a.x,o=u.y-a.y,l=n*l/(s=Math.sqrt(l*l+o*o)),s=n*o/s,o=a.x-s,a=a.y+l,s=u.x-s,l=u.y+l,0!=r.length){for(p=o-s,h=a-l,d=[],c=f=!0,u=0;u<r.length;u++){var v=p*(a-r[u].y)-(o-r[u].x)*h;1e-12>=v&&-1e-12<=v&&(v=0),d.push(v),0<v&&(f=!1),0>v&&(c=!1)}if(f)r=[];else if(!c){for(p=[],u=0;u<r.length;u++)h=(u+1)%r.length,f=d[u],c=d[h],0<=f&&p.push(r[u]),(0<f&&0>c||0>f&&0<c)&&p.push(e(r[u].x,r[u].y,r[h].x,r[h].y,o,a,s,l));r=p}}if(3>r.length){i=void 0;break e}}i=r}return i}},this},D=new function(){function e(e){for(var t=e[0].x,n=e[0].y,i=t,r=n,o=1;o<e.length;o++){var a=e[o];t=Math.min(t,a.x),n=Math.min(n,a.y),i=Math.max(i,a.x),r=Math.max(r,a.y)}return[{x:t+2*(e=i-t),y:n+2*(r-=n),w:0},{x:t+2*e,y:n-2*r,w:0},{x:t-2*e,y:n+2*r,w:0}]}this.T=function(t,n){function i(e){var t=[e[0]],n=e[0][0],i=e[0][1],r=e.length,o=1;e:for(;o<r;o++)for(var a=1;a<r;a++){var s=e[a];if(null!==s){if(s[1]===n){if(t.unshift(s),n=s[0],e[a]=null,t.length===r)break e;continue}if(s[0]===i&&(t.push(s),i=s[1],e[a]=null,t.length===r))break e}}return t[0][0]!=t[r-1][1]&&t.push([t[r-1][1],t[0][0]]),t}function r(e,t,n,i){var r,o,a=[],s=[],u=n.length,l=t.length,c=0,h=-1,f=-1,d=i;for(i=0;i<u;i++){var p=(d+1)%u,v=n[d][0],g=n[p][0];if(1e-12<k.m(v.da,g.da))if(v.kb&&g.kb){var b=[],m=[];for(r=0;r<l;r++){var _=(c+1)%l;if((o=k.ra(t[c],t[_],v.da,g.da,!1))&&(m.push(c),2===b.push(o)))break;c=_}if(2===b.length){if(r=b[1],v=(o=k.m(v.da,b[0]))<(r=k.m(v.da,r))?0:1,o=o<r?1:0,r=m[v],-1===h&&(h=r),-1!==f)for(;r!=f;)f=(f+1)%l,a.push(t[f]),s.push(null);a.push(b[v],b[o]),s.push(n[d][2],null),f=m[o]}}else if(v.kb&&!g.kb)for(r=0;r<l;r++){if(_=(c+1)%l,o=k.ra(t[c],t[_],v.da,g.da,!1)){if(-1!==f)for(b=f;c!=b;)b=(b+1)%l,a.push(t[b]),s.push(null);a.push(o),s.push(n[d][2]),-1===h&&(h=c);break}c=_}else if(!v.kb&&g.kb)for(r=0;r<l;r++){if(_=(c+1)%l,o=k.ra(t[c],t[_],v.da,g.da,!1)){a.push(v.da,o),s.push(n[d][2],null),f=c;break}c=_}else a.push(v.da),s.push(n[d][2]);d=p}if(0==a.length)s=a=null;else if(-1!==f)for(;h!=f;)f=(f+1)%l,a.push(t[f]),s.push(null);e.B=a,e.H=s}if(1===t.length)t[0].B=n.slice(0),t[0].H=[];else{var o,a=e(n),s=[];for(o=0;o<a.length;o++){var u=a[o];s.push({x:u.x,y:u.y,z:u.x*u.x+u.y*u.y-u.w})}for(o=0;o<t.length;o++)(u=t[o]).B=null,s.push({x:u.x,y:u.y,z:u.x*u.x+u.y*u.y-u.w});var l=z.T(s).ve;for(function(){for(o=0;o<l.length;o++){var e=l[o],t=e.ja,n=t[0],i=t[1],r=t[2];t=n.x;var a=n.y;n=n.z;var s=i.x,u=i.y;i=i.z;var c=r.x,h=r.y;r=r.z;var f=t*(u-h)+s*(h-a)+c*(a-u);e.da={x:-(a*(i-r)+u*(r-n)+h*(n-i))/f/2,y:-(n*(s-c)+i*(c-t)+r*(t-s))/f/2}}}(),function(e){for(o=0;o<l.length;o++){var t=l[o];t.kb=!k.Wa(e,t.da)}}(n),s=function(e,t){var n,i=Array(t.length);for(n=0;n<i.length;n++)i[n]=[];for(n=0;n<e.length;n++){var r=e[n];if(!(0>r.Ia.z))for(var o=r.H,a=0;a<o.length;a++){var s=o[a];if(!(0>s.Ia.z)){var u=r.ja,l=u[(a+1)%3].index;u=u[a].index,2<l&&i[l-3].push([r,s,2<u?t[u-3]:null])}}}return i}(l,t),o=0;o<t.length;o++)if(0!==(u=s[o]).length){var c=t[o],h=(u=i(u)).length,f=-1;for(a=0;a<h;a++)u[a][0].kb&&(f=a);if(0<=f)r(c,n,u,f);else{f=[];var d=[];for(a=0;a<h;a++)1e-12<k.m(u[a][0].da,u[(a+1)%h][0].da)&&(f.push(u[a][0].da),d.push(u[a][2]));c.B=f,c.H=d}c.B&&3>c.B.length&&(c.B=null,c.H=null)}}},this.pc=function(t,n){var i,r=!1,o=t.length;for(i=0;i<o;i++){var a=t[i];null===a.B&&(r=!0),a.ce=a.w}if(r){r=e(n);var s=[];for(i=t.length,a=0;a<r.length;a++){var u=r[a];s.push({x:u.x,y:u.y,z:u.x*u.x+u.y*u.y})}for(a=0;a<i;a++)u=t[a],s.push({x:u.x,y:u.y,z:u.x*u.x+u.y*u.y});for(u=z.T(s).ve,r=Array(i),a=0;a<i;a++)r[a]={};for(s=u.length,a=0;a<s;a++){var l=u[a];if(0<l.Ia.z){var c=l.ja,h=c.length;for(l=0;l<h-1;l++){var f=c[l].index-3,d=c[l+1].index-3;0<=f&&0<=d&&(r[f][d]=!0,r[d][f]=!0)}l=c[0].index-3,0<=d&&0<=l&&(r[d][l]=!0,r[l][d]=!0)}}for(a=0;a<i;a++){for(var p in l=r[a],u=t[a],d=Number.MAX_VALUE,s=null,l)l=t[p],d>(c=k.m(u,l))&&(d=c,s=l);u.Kj=s,u.ef=Math.sqrt(d)}for(i=0;i<o;i++)a=t[i],p=Math.min(Math.sqrt(a.w),.95*a.ef),a.w=p*p;for(this.T(t,n),i=0;i<o;i++)(a=t[i]).ce!==a.w&&0<a.nc&&(n=Math.min(a.nc,a.ce-a.w),a.w+=n,a.nc-=n)}}},E=new function(){this.qg=function(e){for(var t=0,n=(e=e.j).length,i=0;i<n;i++){var r=e[i];if(r.B){var o=r.x,a=r.y;k.u(r.B,r),t<(r=(0<(o-=r.x)?o:-o)+(0<(r=a-r.y)?r:-r))&&(t=r)}}return t},this.va=function(e,t){var n=e.j;switch(t){case"random":return e.j[Math.floor(n.length*Math.random())];case"topleft":var i=(e=n[0]).x+e.y;for(t=1;t<n.length;t++){var r=n[t],o=r.x+r.y;o<i&&(i=o,e=r)}return e;case"bottomright":for(i=(e=n[0]).x+e.y,t=1;t<n.length;t++)(o=(r=n[t]).x+r.y)>i&&(i=o,e=r);return e;default:for(r=n[0],i=o=k.m(e,r),t=n.length-1;1<=t;t--){var a=n[t];(o=k.m(e,a))<i&&(i=o,r=a)}return r}},this.wa=function(e,t,n){var i=e.j;if(i[0].H){var r,o=i.length;for(e=0;e<o;e++)i[e].Yc=!1,i[e].bc=0;var a=r=0;for((o=[])[r++]=t||i[0],t=t.bc=0;a<r;)if(!(i=o[a++]).Yc&&i.H){n(i,t++,i.bc),i.Yc=!0;var s=i.H,u=s.length;for(e=0;e<u;e++){var l=s[e];l&&!0!==l.Yc&&(0===l.bc&&(l.bc=i.bc+1),o[r++]=l)}}}else for(e=0;e<i.length;e++)n(i[e],e,1)}},j=function(){function e(e,s,u,l,c,d,p,v){var g=A.extend({},o,e);1>e.lineHeight&&(e.lineHeight=1),e=g.fontFamily;var b=g.fontStyle+" "+g.fontVariant+" "+g.fontWeight,m=g.ib,_=g.Mc,y=b+" "+e;g.ze=y;var C={ha:!1,ec:0,fontSize:0};if(s.save(),s.font=b+" 100px "+e,s.textBaseline="middle",s.textAlign="center",function(e,t){t=t.ze;var n=a[t];void 0===n&&(n={},a[t]=n),n[" "]=e.measureText(" ").width,n["\u2026"]=e.measureText("\u2026").width}(s,g),u=u.trim(),h.text=u,function(e,t,n,i){for(var r,o,a=0;a<e.length;a++)e[a].y===t.y&&(void 0===r?r=a:o=a);void 0===o&&(o=r),r!==o&&e[o].x<e[r].x&&(a=r,r=o,o=a),i.B=e,i.D=t,i.hd=n,i.cf=r,i.df=o}(l,c,d,f),/[\\u3000-\\u303f\\u3040-\\u309f\\u30a0-\\u30ff\\uff00-\\uff9f\\u4e00-\\u9faf\\u3400-\\u4dbf]/.test(u)?(n(h),t(s,h,y),i(g,h,f,_,m,!0,C)):(t(s,h,y),i(g,h,f,_,m,!1,C),!C.ha&&(p&&(n(h),t(s,h,y)),v||p)&&(v&&(C.Xb=!0),i(g,h,f,_,_,!0,C))),C.ha){var x="",w=0,S=Number.MAX_VALUE,M=Number.MIN_VALUE;r(g,h,C.ec,C.fontSize,f,C.Xb,function(e,t){0<x.length&&" "===t&&(x+=" "),x+=e},function(e,t,n,i,r){"\xAD"===i&&(x+="\u2010"),s.save(),s.translate(d.x,t),e=C.fontSize/100,s.scale(e,e),s.fillText(x,0,0),s.restore(),x=n,w<r&&(w=r),S>t&&(S=t),M<t&&(M=t)}),C.box={x:d.x-w/2,y:S-C.fontSize/2,w,o:M-S+C.fontSize},s.restore()}else s.clear&&s.clear();return C}function t(e,t,n){var i,r=t.text.split(/(\\n|[ \\f\\r\\t\\v\\u2028\\u2029]+|\\u00ad+|\\u200b+)/),o=[],s=[],u=r.length>>>1;for(i=0;i<u;i++)o.push(r[2*i]),s.push(r[2*i+1]);for(2*i<r.length&&(o.push(r[2*i]),s.push(void 0)),n=a[n],i=0;i<o.length;i++)void 0===(u=n[r=o[i]])&&(u=e.measureText(r).width,n[r]=u);t.Zc=o,t.Xf=s}function n(e){for(var t=e.text.split(/\\s+/),n=[],i={".":!0,",":!0,";":!0,"?":!0,"!":!0,":":!0,"\u3002":!0},r=0;r<t.length;r++){var o=t[r];if(3<o.length){var a="";a+=o.charAt(0),a+=o.charAt(1);for(var s=2;s<o.length-2;s++){var u=o.charAt(s);i[u]||(a+="\u200B"),a+=u}a+="\u200B",a+=o.charAt(o.length-2),a+=o.charAt(o.length-1),n.push(a)}else n.push(o)}e.text=n.join(" ")}function i(e,t,n,i,o,a,s){var u=e.lineHeight,l=Math.max(e.Ua,.001),c=e.jb,h=t.Zc,f=n.hd,d=n.D,p=void 0,v=void 0;switch(e.verticalAlign){case"top":f=d.y+d.o-f.y;break;case"bottom":f=f.y-d.y;break;default:f=2*Math.min(f.y-d.y,d.y+d.o-f.y)}if(!(0>=(c=Math.min(f,c*n.D.o)))){f=i,o=Math.min(o,c),d=Math.min(1,c/Math.max(20,t.Zc.length));do{var g=(f+o)/2,b=Math.min(h.length,Math.floor((c+g*(u-1-2*l))/(g*u))),m=void 0;if(0<b)for(var _=1,y=b;;){var C=Math.floor((_+y)/2);if(r(e,t,C,g,n,a&&g===i&&C===b,null,null)){if(_===(y=p=m=C))break}else if((_=C+1)>y)break}void 0!==m?f=v=g:o=g}while(o-f>d);return void 0===v?(s.ha=!1,s.fontSize=0):(s.ha=!0,s.fontSize=v,s.ec=p,s.Xb=a&&g===f),s}s.ha=!1}function r(e,t,n,i,r,o,u,h){var f=e.eb,d=i*(e.lineHeight-1),p=Math.max(e.Ua,.001),v=a[e.ze],g=t.Zc;t=t.Xf;var b=r.B,m=r.hd,_=r.cf,y=r.df;switch(e.verticalAlign){case"top":r=m.y+i/2+i*p;var C=1;break;case"bottom":r=m.y-(i*n+d*(n-1))+i/2-i*p,C=-1;break;default:r=m.y-(i*(n-1)/2+d*(n-1)/2),C=1}for(e=r,p=0;p<n;p++)s[2*p]=r-i/2,s[2*p+1]=r+i/2,r+=C*i,r+=C*d;for(;l.length<s.length;)l.push(Array(2));p=s,r=2*n,C=l;var A=b.length,x=_;_=(_-1+A)%A;var w=y;y=(y+1)%A;for(var S=0;S<r;){for(var M=p[S],T=b[_];T.y<M;)x=_,T=b[_=(_-1+A)%A];for(var k=b[y];k.y<M;)w=y,k=b[y=(y+1)%A];var z=b[x],B=b[w];k=B.x+(k.x-B.x)*(M-B.y)/(k.y-B.y),C[S][0]=z.x+(T.x-z.x)*(M-z.y)/(T.y-z.y),C[S][1]=k,S++}for(p=0;p<n;p++)b=2*p,C=(C=(r=m.x)-l[b][0])<(A=l[b][1]-r)?C:A,b=(A=r-l[b+1][0])<(b=l[b+1][1]-r)?A:b,c[p]=2*(C<b?C:b)-f*i;for(x=v[" "]*i/100,C=v["\u2026"]*i/100,_=c[f=0],m=0,b=void 0,p=0;p<g.length;p++){if(r=g[p],w=t[p],m+(A=v[r]*i/100)<_&&g.length-p>=n-f&&"\\n"!=b)m+=A," "===w&&(m+=x),u&&u(r,b);else{if(A>_&&(f!==n-1||!o))return!1;if(f+1>=n)return!!o&&(((n=_-m-C)>C||A>C)&&(0<(n=Math.floor(r.length*n/A))&&u&&u(r.substring(0,n),b)),u&&u("\u2026",void 0),h&&h(f,e,r,b,m),!0);if(f++,h&&h(f,e,r,b,m),e+=i,e+=d,m=A," "===w&&(m+=x),A>(_=c[f])&&(f!==n||!o))return!1}b=w}return h&&h(f,e,void 0,void 0,m),!0}var o={ib:72,Mc:0,lineHeight:1.05,eb:1,Ua:.5,jb:.9,fontFamily:"sans-serif",fontStyle:"normal",fontWeight:"normal",fontVariant:"normal",verticalAlign:"center"},a={},s=[],l=[],c=[],h={text:"",Zc:void 0,Xf:void 0},f={B:void 0,D:void 0,hd:void 0,cf:0,df:0};return{xe:e,ke:function(t,n,i,r,o,a,s,u,l,c,h,f){var d=0,p=0;if(i=i.toString().trim(),!f&&l.result&&i===l.eg&&Math.abs(c-l.fe)/c<=h){var v=l.result;v.ha&&(d=a.x-l.lg,p=a.y-l.mg,h=l.Wc,n.save(),n.translate(d,p),h.La(n),n.restore())}return v||((h=l.Wc).clear(),(v=e(t,h,i,r,o,a,s,u)).ha&&h.La(n),l.fe=c,l.lg=a.x,l.mg=a.y,l.result=v,l.eg=i),v.ha?{ha:!0,ec:v.ec,fontSize:v.fontSize,box:{x:v.box.x+d,y:v.box.y+p,w:v.box.w,o:v.box.o},Xb:v.Xb}:{ha:!1}},li:function(){return{fe:0,lg:0,mg:0,result:void 0,Wc:new u,eg:void 0}},xa:o}}(),L=new function(){function e(e,t){return function(i,r,o,a){function s(e,t,n,i,r){e.B=[{x:t,y:n},{x:t+i,y:n},{x:t+i,y:n+r},{x:t,y:n+r}]}var u=r.x,l=r.y,c=r.w;if(r=r.o,0!=i.length)if(1==i.length)i[0].x=u+c/2,i[0].y=l+r/2,i[0].sd=0,o&&s(i[0],u,l,c,r);else{i=i.slice(0);for(var h=0,f=0;f<i.length;f++)h+=i[f].weight;for(h=c*r/h,f=0;f<i.length;f++)i[f].oc=i[f].weight*h;(function e(i,r,a,u,l){if(0!=i.length){var c=i.shift(),h=n(c);if(t(u,l)){var f=r,d=h/u;do{var p=(h=c.shift()).oc,v=p/d,g=a,b=d;(p=h).x=f+v/2,p.y=g+b/2,o&&s(h,f,a,v,d),f+=v}while(0<c.length);return e(i,r,a+d,u,l-d)}f=a,v=h/l;do{g=f,b=d=(p=(h=c.shift()).oc)/v,(p=h).x=r+v/2,p.y=g+b/2,o&&s(h,r,f,v,d),f+=d}while(0<c.length);return e(i,r+v,a,u-v,l)}})(a=e(i,c,r,[[i.shift()]],a),u,l,c,r)}}}function t(e,t,i,r){function o(e){return Math.max(Math.pow(u*e/s,i),Math.pow(s/(u*e),r))}var a=n(e),s=a*a,u=t*t;for(t=o(e[0].oc),a=1;a<e.length;a++)t=Math.max(t,o(e[a].oc));return t}function n(e){for(var t=0,n=0;n<e.length;n++)t+=e[n].oc;return t}this.ee=e(function(e,i,r,o,a){for(var s=1/(a=Math.pow(2,a)),u=i<r;0<e.length;){var l=o[o.length-1],c=e.shift(),h=u?i:r,f=u?a:s,d=u?s:a,p=t(l,h,f,d);l.push(c),p<(h=t(l,h,f,d))&&(l.pop(),o.push([c]),u?r-=n(l)/i:i-=n(l)/r,u=i<r)}return o},function(e,t){return e<t}),this.Ob=e(function(e,n,i,r,o){function a(e){if(1<r.length){for(var i=r[r.length-1],o=r[r.length-2].slice(0),a=0;a<i.length;a++)o.push(i[a]);t(o,n,s,u)<e&&r.splice(-2,2,o)}}for(var s=Math.pow(2,o),u=1/s;0<e.length;){if(o=t(i=r[r.length-1],n,s,u),0==e.length)return;var l=e.shift();i.push(l),o<t(i,n,s,u)&&(i.pop(),a(o),r.push([l]))}return a(t(r[r.length-1],n,s,u)),r},function(){return!0})};function O(e){var t,n={},i=e.Hd;e.i.subscribe("model:loaded",function(e){t=e}),this.M=function(){e.i.C("api:initialized",this)},this.uc=function(e,t,r,o){this.bd(n,t),this.cd(n,t),this.ad(n,t,!1),o&&o(n),e(i,n,r)},this.gd=function(e,n,i,r,o,a,s){if(e){for(e=n.length-1;0<=e;e--){var u=n[e],l=A.extend({group:u.group},o);l[i]=r(u),a(l)}0<n.length&&s(A.extend({groups:T.Bc(t,r).map(function(e){return e.group})},o))}},this.cd=function(e,t){return e.selected=t.selected,e.hovered=t.vb,e.open=t.open,e.openness=t.Db,e.exposed=t.S,e.exposure=t.ga,e.transitionProgress=t.pa,e.revealed=!t.W.Aa(),e.browseable=t.Da?t.N:void 0,e.visible=t.Y,e.labelDrawn=t.ma&&t.ma.ha,e},this.bd=function(e,t){var n=t.parent;return e.group=t.group,e.parent=n&&n.group,e.weightNormalized=t.jg,e.level=t.level-1,e.siblingCount=n&&n.j.length,e.hasChildren=!t.empty(),e.index=t.index,e.indexByWeight=t.sd,e.description=t.description,e.attribution=t.attribution,e},this.ad=function(e,t,n){if(e.polygonCenterX=t.O.x,e.polygonCenterY=t.O.y,e.polygonArea=t.O.fa,e.boxLeft=t.D.x,e.boxTop=t.D.y,e.boxWidth=t.D.w,e.boxHeight=t.D.o,t.ma&&t.ma.ha){var i=t.ma.box;e.labelBoxLeft=i.x,e.labelBoxTop=i.y,e.labelBoxWidth=i.w,e.labelBoxHeight=i.o,e.labelFontSize=t.ma.fontSize}return n&&t.$&&(e.polygon=t.$.map(function(e){return{x:e.x,y:e.y}}),e.neighbors=t.H&&t.H.map(function(e){return e&&e.group})),e}}var I=new function(){var e=window.console;this.Ga=function(e){throw"FoamTree: "+e},this.info=function(t){e.info("FoamTree: "+t)},this.warn=function(t){e.warn("FoamTree: "+t)}};function P(e){function t(t,i){t.j=[],t.Fa=!0;var o=r(i),a=0;if(("flattened"===e.ob||"always"===e.Lg&&t.group&&t.group.description)&&0<i.length&&0<t.level){var s=i.reduce(function(e,t){return e+A.G(t.weight,1)},0),u=n(t.group,!1);u.description=!0,u.weight=s*e.Vb,u.index=a++,u.parent=t,u.level=t.level+1,u.id=u.id+"_d",t.j.push(u)}for(s=0;s<i.length;s++){var l=i[s];if(0>=(u=A.G(l.weight,1))){if(!e.jj)continue;u=.9*o}(l=n(l,!0)).weight=u,l.index=a,l.parent=t,l.level=t.level+1,t.j.push(l),a++}}function n(e,t){var n=new ne;return i(e),n.id=e.__id,n.group=e,t&&(l[e.__id]=n),n}function i(e){A.has(e,"__id")||(Object.defineProperty(e,"__id",{enumerable:!1,configurable:!1,writable:!1,value:u}),u++)}function r(e){for(var t=Number.MAX_VALUE,n=0;n<e.length;n++){var i=e[n].weight;0<i&&t>i&&(t=i)}return t===Number.MAX_VALUE&&(t=1),t}function o(e){if(!e.empty()){var t,n=0;for(t=(e=e.j).length-1;0<=t;t--){var i=e[t].weight;n<i&&(n=i)}for(t=e.length-1;0<=t;t--)(i=e[t]).jg=i.weight/n}}function a(e){if(!e.empty()){e=e.j.slice(0).sort(function(e,t){return e.weight<t.weight?1:e.weight>t.weight?-1:e.index-t.index});for(var t=0;t<e.length;t++)e[t].sd=t}}function s(){for(var t=p.j.reduce(function(e,t){return e+t.weight},0),n=0;n<p.j.length;n++){var i=p.j[n];i.attribution&&(i.weight=Math.max(.025,e.Cg)*t)}}var u,l,c,h,f,d=this,p=new ne;this.M=function(){return p},this.T=function(n){var i=n.group.groups,r=e.di;return!!(!n.j&&!n.description&&i&&0<i.length&&f+i.length<=r)&&(f+=i.length,t(n,i),o(n),a(n),!0)},this.load=function(e){p.group=e,p.ua=!1,p.N=!1,p.Da=!1,p.open=!0,p.Db=1,u=function e(t,n){if(!t)return n;if(n=Math.max(n,t.__id||0),(t=t.groups)&&0<t.length)for(var i=t.length-1;0<=i;i--)n=e(t[i],n);return n}(e,0)+1,l={},c={},h={},f=0,e&&(i(e),l[e.__id]=p,A.U(e.id)||(c[e.id]=e),function e(t){var n=t.groups;if(n)for(var r=0;r<n.length;r++){var o=n[r];i(o);var a=o.__id;l[a]=null,h[a]=t,a=o.id,A.U(a)||(c[a]=o),e(o)}}(e)),t(p,e&&e.groups||[]),function(e){if(!e.empty()){var t=n({attribution:!0});t.index=e.j.length,t.parent=e,t.level=e.level+1,t.attribution=!0,e.j.push(t)}}(p),o(p),s(),a(p)},this.update=function(e){e.forEach(function(e){T.ya(e,function(e){if(!e.empty())for(var t=r((e=e.j).map(function(e){return e.group})),n=0;n<e.length;n++){var i=e[n];i.weight=0<i.group.weight?i.group.weight:.9*t}}),o(e),e===p&&s(),a(e)})},this.u=function(e){return function(){if(A.U(e)||A.Ye(e))return[];if(Array.isArray(e))return e.map(d.m,d);if(A.xb(e)){if(A.has(e,"__id"))return[d.m(e)];if(A.has(e,"all")){var t=[];return T.K(p,function(e){t.push(e)}),t}if(A.has(e,"groups"))return d.u(e.groups)}return[d.m(e)]}().filter(function(e){return void 0!==e})},this.m=function(e){if(A.xb(e)&&A.has(e,"__id")){if(e=e.__id,A.has(l,e)){if(null===l[e]){for(var t=h[e],n=[];t&&(t=t.__id,n.push(t),!l[t]);)t=h[t];for(t=n.length-1;0<=t;t--)this.T(l[n[t]])}return l[e]}}else if(A.has(c,e))return this.m(c[e])},this.I=function(e,t,n){return{j:d.u(e),Ca:A.G(e&&e[t],!0),Ba:A.G(e&&e.keepPrevious,n)}}}function N(e,t,n){var i={};t.Ba&&T.K(e,function(e){n(e)&&(i[e.id]=e)}),e=t.j,t=t.Ca;for(var r=e.length-1;0<=r;r--){var o=e[r];i[o.id]=t?o:void 0}var a=[];return A.za(i,function(e){void 0!==e&&a.push(e)}),a}function R(e){function t(e,t){e=e.ga,t.opacity=1,t.Ea=1,t.qa=0>e?1-w.Ph/100*e:1,t.saturation=0>e?1-w.Qh/100*e:1,t.ca=0>e?1+.5*e:1}function n(e){return e=e.ga,Math.max(.001,0===e?1:1+e*(w.Pa-1))}function i(t,n,i,u){var l=o();if(0===t.length&&!l)return(new v).resolve().promise();var b=t.reduce(function(e,t){return e[t.id]=!0,e},{}),A=[];if(t=[],m.reduce(function(e,t){return e||b[t.id]&&(!t.S||1!==t.ga)||!b[t.id]&&!t.parent.S&&(t.S||-1!==t.ga)},!1)){var S=[],M={};m.forEach(function(e){b[e.id]&&(e.S||A.push(e),e.S=!0,T.ya(e,function(e){S.push(a(e,1)),M[e.id]=!0}))}),0<S.length?(T.K(c,function(e){b[e.id]||(e.S&&A.push(e),e.S=!1),M[e.id]||S.push(a(e,-1))}),t.push(p.J.v({}).Qa(S).call(s).Ta()),r(b),t.push(function(t){return t||!d.Ed()?p.J.v(h).ea({duration:.7*w.Oa,P:{x:{end:_.x+_.w/2,easing:C.ba(w.Zb)},y:{end:_.y+_.o/2,easing:C.ba(w.Zb)}},aa:function(){e.i.C("foamtree:dirty",!0)}}).Ta():(h.x=_.x+_.w/2,h.y=_.y+_.o/2,(new v).resolve().promise())}(l)),i&&(d.lc(_,w.ac,w.Oa,C.ba(w.Zb)),d.Gb())):(t.push(function(e){var t=[],n=[];return T.K(c,function(e){0!==e.ga&&n.push(a(e,0,function(){this.S=!1}))}),t.push(p.J.v({}).Qa(n).Ta()),d.content(0,0,y,x),e&&(t.push(d.reset(w.Oa,C.ba(w.Zb))),d.Gb()),g(t)}(i)),n&&T.K(c,function(e){e.S&&A.push(e)}))}return g(t).then(function(){f.gd(n,A,"exposed",function(e){return e.S},{indirect:u},e.options.pf,e.options.nf)})}function r(e){m.reduce(u(!0,void 0,function(t){return t.S||e[t.id]}),l(_)),_.x-=_.w*(w.Pa-1)/2,_.y-=_.o*(w.Pa-1)/2,_.w*=w.Pa,_.o*=w.Pa}function o(){return!!m&&m.reduce(function(e,t){return e||0!==t.ga},!1)}function a(n,i,r){var o=p.J.v(n);return 0===n.ga&&0!==i&&o.call(function(){this.tc(S),this.rb(t)}),o.ea({duration:w.Oa,P:{ga:{end:i,easing:C.ba(w.Zb)}},aa:function(){c.L=!0,c.Ha=!0,e.i.C("foamtree:dirty",!0)}}),0===i&&o.call(function(){this.Ad(),this.fc(),this.Tc(S),this.Sc(t)}),o.call(r).done()}function s(){var e=c.j.reduce(u(!1,S.transformPoint,void 0),l({})).box,t=w.ac,n=Math.min(e.x,_.x-_.w*t),i=Math.min(e.y,_.y-_.o*t);d.content(n,i,Math.max(e.x+e.w,_.x+_.w*(1+t))-n,Math.max(e.y+e.o,_.y+_.o*(1+t))-i)}function u(e,t,n){var i={};return function(r,o){if(!n||n(o)){for(var a,s=e&&o.$||o.B,u=s.length-1;0<=u;u--)a=void 0!==t?t(o,s[u],i):s[u],r.Nc=Math.min(r.Nc,a.x),r.Bd=Math.max(r.Bd,a.x),r.Oc=Math.min(r.Oc,a.y),r.Cd=Math.max(r.Cd,a.y);r.box.x=r.Nc,r.box.y=r.Oc,r.box.w=r.Bd-r.Nc,r.box.o=r.Cd-r.Oc}return r}}function l(e){return{Nc:Number.MAX_VALUE,Bd:Number.MIN_VALUE,Oc:Number.MAX_VALUE,Cd:Number.MIN_VALUE,box:e}}var c,h,f,d,p,b,m,_,y,x,w=e.options,S={af:function(e,t){return t.scale=n(e),!1},Jb:function(e,t){e=n(e);var i=h.x,r=h.y;t.translate(i,r),t.scale(e,e),t.translate(-i,-r)},Kb:function(e,t,i){e=n(e);var r=h.x,o=h.y;i.x=(t.x-r)/e+r,i.y=(t.y-o)/e+o},transformPoint:function(e,t,i){e=n(e);var r=h.x,o=h.y;return i.x=(t.x-r)*e+r,i.y=(t.y-o)*e+o,i}};e.i.subscribe("stage:initialized",function(e,t,n,i){h={x:n/2,y:i/2},_={x:0,y:0,w:y=n,o:x=i}}),e.i.subscribe("stage:resized",function(e,t,n,i){h.x*=n/e,h.y*=i/t,y=n,x=i}),e.i.subscribe("api:initialized",function(e){f=e}),e.i.subscribe("zoom:initialized",function(e){d=e}),e.i.subscribe("model:loaded",function(e,t){c=e,m=t}),e.i.subscribe("model:childrenAttached",function(e){m=e}),e.i.subscribe("timeline:initialized",function(e){p=e}),e.i.subscribe("openclose:initialized",function(e){b=e});var M=["groupExposureScale","groupUnexposureScale","groupExposureZoomMargin"];e.i.subscribe("options:changed",function(e){A.cb(e,M)&&o()&&(r({}),d.qj(_,w.ac),d.Gb())}),this.M=function(){e.i.C("expose:initialized",this)},this.Yb=function(e,t,n,r){var o=e.j.reduce(function(e,t){for(;t=t.parent;)e[t.id]=!0;return e},{}),a=N(c,e,function(e){return e.S&&!e.open&&!o[e.id]}),s=new v;return function(e,t){for(var n=e.reduce(function(e,t){return e[t.id]=t,e},{}),i=e.length-1;0<=i;i--)T.K(e[i],function(e){n[e.id]=void 0});var r=[];A.za(n,function(e){e&&T.se(e,function(e){e.open||r.push(e)})});var o=[];return A.za(n,function(e){e&&e.open&&o.push(e)}),e=[],0!==r.length&&e.push(b.Cb({j:r,Ca:!0,Ba:!0},t,!0)),g(e)}(a,t).then(function(){i(a.filter(function(e){return e.B&&e.$}),t,n,r).then(s.resolve)}),s.promise()}}function F(e){var t,n,i=[],r=new b(A.oa);e.i.subscribe("stage:initialized",function(){}),e.i.subscribe("stage:resized",function(){}),e.i.subscribe("stage:newLayer",function(e,t){i.push(t)}),e.i.subscribe("model:loaded",function(e){t=e,r.clear()}),e.i.subscribe("zoom:initialized",function(){}),e.i.subscribe("timeline:initialized",function(e){n=e});var o=!1;e.i.subscribe("render:renderers:resolved",function(e){o=e.labelPlainFill||!1});var a=new function(){var e=0,t=0,n=0,i=0,r=0,o=0;this.Mb=function(a,s,u,l,c){t=1-(e=1+s),n=u,i=l,r=c,o=a},this.af=function(o,a){return a.scale=e+t*o.pa,0!==r||0!==n||0!==i},this.Jb=function(a,s){var u=e+t*a.pa,l=a.parent,c=o*a.x+(1-o)*l.x,h=o*a.y+(1-o)*l.y;s.translate(c,h),s.scale(u,u),a=1-a.pa,s.rotate(r*Math.PI*a),s.translate(-c,-h),s.translate(l.D.w*n*a,l.D.o*i*a)},this.Kb=function(r,a,s){var u=e+t*r.pa,l=o*r.x+(1-o)*r.parent.x,c=o*r.y+(1-o)*r.parent.y,h=1-r.pa;r=r.parent,s.x=(a.x-l)/u+l-r.D.w*n*h,s.y=(a.y-c)/u+c-r.D.o*i*h},this.transformPoint=function(r,a,s){var u=e+t*r.pa,l=o*r.x+(1-o)*r.parent.x,c=o*r.y+(1-o)*r.parent.y,h=1-r.pa;r=r.parent,s.x=(a.x-l)*u+l-r.D.w*n*h,s.y=(a.y-c)*u+c-r.D.o*i*h}};this.M=function(){},this.u=function(){function i(e,t){var n=Math.min(1,Math.max(0,e.pa));t.opacity=n,t.qa=1,t.saturation=n,t.Ea=n,t.ca=e.zb}function s(e,t){var n=Math.min(1,Math.max(0,e.Md));t.opacity=n,t.Ea=n,t.qa=1,t.saturation=1,t.ca=e.zb}var u=e.options,l=u.Ld,c=u.wi,h=u.xi,f=u.yi,d=u.si,p=u.ti,v=u.ui,g=u.ni,b=u.oi,m=u.pi,_=d+p+v+g+b+m+c+h+f,y=0<_?l/_:0,A=[];return r.initial()?a.Mb(u.Ci,u.Ai,u.Di,u.Ei,u.zi):a.Mb(u.Tf,u.Sf,u.Uf,u.Vf,u.Rf),E.wa(t,E.va(t,e.options.Bi),function(t,r,l){var _="groups"===e.options.vi?l:r;A.push(n.J.v(t).call(function(){this.rb(i)}).wait(o?y*(d+_*p):0).ea({duration:o?y*v:0,P:{zb:{end:0,easing:C.Bb}},aa:function(){this.L=!0,e.i.C("foamtree:dirty",!0)}}).done()),T.K(t,function(t){A.push(n.J.v(t).call(function(){this.tc(a),this.rb(s)}).wait(y*(g+b*_)).ea({duration:y*m,P:{Md:{end:0,easing:C.Bb}},aa:function(){this.L=!0,e.i.C("foamtree:dirty",!0)}}).Ya(function(){this.selected=!1,this.Tc(a)}).done())}),A.push(n.J.v(t).call(function(){this.tc(a)}).wait(y*(c+h*_)).ea({duration:y*f,P:{pa:{end:0,easing:C.ba(u.ri)}},aa:function(){this.L=!0,e.i.C("foamtree:dirty",!0)}}).Ya(function(){this.selected=!1,this.Tc(a)}).done())}),n.J.v({}).Qa(A).Ta()},this.m=function(t){return function(t){function i(e,t){var n=Math.min(1,Math.max(0,e.pa));t.opacity=n,t.qa=1,t.saturation=n,t.Ea=n,t.ca=e.zb}var s=e.options,u=s.ej,l=s.fj,c=s.bj,h=s.cj,f=s.dj,d=s.Td,p=u+l+c+h+f,g=0<p?d/p:0,b=[];if(a.Mb(s.Tf,s.Sf,s.Uf,s.Vf,s.Rf),0===g&&t.j&&t.N){for(d=t.j,p=0;p<d.length;p++){var m=d[p];m.pa=1,m.zb=1,m.rb(i),m.fc(),m.Sc(i)}return t.L=!0,e.i.C("foamtree:dirty",0<g),(new v).resolve().promise()}if(t.j&&t.N){E.wa(t,E.va(t,e.options.Vd),function(t,r,d){t.tc(a),t.rb(i),d="groups"===e.options.Ud?d:r,r=n.J.v(t).wait(d*g*u).ea({duration:g*l,P:{pa:{end:1,easing:C.ba(s.aj)}},aa:function(){this.L=!0,e.i.C("foamtree:dirty",0<g)}}).done(),d=n.J.v(t).wait(o?g*(c+d*h):0).ea({duration:o?g*f:0,P:{zb:{end:1,easing:C.Bb}},aa:function(){this.L=!0,e.i.C("foamtree:dirty",0<g)}}).done(),t=n.J.v(t).Qa([r,d]).be().Ya(function(){this.Ad(),this.fc(),this.Tc(a),this.Sc(i)}).done(),b.push(t)}),r.m();var _=new v;return n.J.v({}).Qa(b).call(function(){r.u(),_.resolve()}).start(),_.promise()}return(new v).resolve().promise()}(t)}}function G(e){function t(t,r,s){function u(e,t){t.opacity=1-e.Db,t.qa=1,t.saturation=1,t.ca=1,t.Ea=1}var l=[],c=[];return T.K(o,function(r){if(r.N&&r.X){var o=A.has(t,r.id),a=n[r.id];if(a&&a.yb())a.stop();else if(r.open===o)return;r.Va=o,o||(r.open=o,r.Gd=!1),c.push(r),l.push(function(t,r){t.rb(u);var o=i.J.v(t).ea({duration:e.options.Qc,P:{Db:{end:r?1:0,easing:C.me}},aa:function(){this.L=!0,e.i.C("foamtree:dirty",!0)}}).call(function(){this.open=r,t.Va=!1}).Ya(function(){this.fc(),this.Sc(u),delete n[this.id]}).done();return n[t.id]=o}(r,o))}}),0<l.length?(e.i.C("openclose:changing"),i.J.v({}).Qa(l).Ta().then(function(){a.gd(r,c,"open",function(e){return e.open},{indirect:s},e.options.xf,e.options.wf)})):(new v).resolve().promise()}var n,i,r,o,a;e.i.subscribe("api:initialized",function(e){a=e}),e.i.subscribe("model:loaded",function(e){o=e,n={}}),e.i.subscribe("timeline:initialized",function(e){i=e}),e.i.subscribe("expose:initialized",function(e){r=e}),this.M=function(){e.i.C("openclose:initialized",this)},this.Cb=function(n,i,a){if("flattened"==e.options.ob)return(new v).resolve().promise();n=N(o,n,function(e){return e.open||e.Va});for(var s=new v,u=0;u<n.length;u++)n[u].Va=!0;0<n.length&&e.i.C("foamtree:attachChildren",n);var l=n.reduce(function(e,t){return e[t.id]=!0,e},{});return function(e,t){var n,i=[];if(T.K(o,function(t){if(t.j){var n=A.has(e,t.id);t.open!==n&&(n||t.S||T.K(t,function(e){if(e.S)return i.push(t),!1}))}}),0===i.length)return(new v).resolve().promise();for(n=i.length-1;0<=n;n--)i[n].open=!1;for(t=r.Yb({j:i,Ca:!0,Ba:!0},t,!0,!0),n=i.length-1;0<=n;n--)i[n].open=!0;return t}(l,i).then(function(){t(l,i,a).then(s.resolve)}),s.promise()}}function q(e){var t,n;e.i.subscribe("api:initialized",function(e){n=e}),e.i.subscribe("model:loaded",function(e){t=e}),this.M=function(){e.i.C("select:initialized",this)},this.select=function(i,r){return function(i,r){var o;for(i=N(t,i,function(e){return e.selected}),T.K(t,function(e){!0===e.selected&&(e.selected=!e.selected,e.L=!e.L,e.Sa=!e.Sa)}),o=i.length-1;0<=o;o--){var a=i[o];a.selected=!a.selected,a.L=!a.L,a.Sa=!a.Sa}var s=[];T.K(t,function(e){e.L&&s.push(e)}),0<s.length&&e.i.C("foamtree:dirty",!1),n.gd(r,s,"selected",function(e){return e.selected},{},e.options.zf,e.options.yf)}(i,r)}}function U(e){function t(e){return function(t){e.call(this,{x:t.x,y:t.y,scale:t.scale,kd:t.delta,ctrlKey:t.ctrlKey,metaKey:t.metaKey,altKey:t.altKey,shiftKey:t.shiftKey,nb:t.secondary,touches:t.touches})}}function n(){u.wc(2)?e.i.C("interaction:reset"):u.normalize(P.Ma,C.ba(P.qb))}function i(e){return function(){p.empty()||e.apply(this,arguments)}}function r(e,t,n){var i={},r={};return function(o){switch(e){case"click":var s=P.hf;break;case"doubleclick":s=P.jf;break;case"hold":s=P.qf;break;case"hover":s=P.rf;break;case"mousemove":s=P.tf;break;case"mousewheel":s=P.vf;break;case"mousedown":s=P.sf;break;case"mouseup":s=P.uf;break;case"dragstart":s=P.mf;break;case"drag":s=P.kf;break;case"dragend":s=P.lf;break;case"transformstart":s=P.Cf;break;case"transform":s=P.Af;break;case"transformend":s=P.Bf}var l=!1,c=!s.empty(),h=u.absolute(o,i),f=(t||c)&&a(h),d=(t||c)&&function(e){var t=void 0,n=0;return T.zc(p,function(i){!0===i.open&&i.Y&&i.scale>n&&U(i,e)&&(t=i,n=i.scale)}),t}(h);c&&(c=f?f.group:null,h=f?f.Kb(h,r):h,o.Eb=void 0,s=s({type:e,group:c,topmostClosedGroup:c,bottommostOpenGroup:d?d.group:null,x:o.x,y:o.y,xAbsolute:h.x,yAbsolute:h.y,scale:A.G(o.scale,1),secondary:o.nb,touches:A.G(o.touches,1),delta:A.G(o.kd,0),ctrlKey:o.ctrlKey,metaKey:o.metaKey,altKey:o.altKey,shiftKey:o.shiftKey,preventDefault:function(){l=!0},preventOriginalEventDefault:function(){o.Eb="prevent"},allowOriginalEventDefault:function(){o.Eb="allow"}}),l=l||0<=s.indexOf(!1),f&&f.attribution&&"click"===e&&(l=!1)),l||n&&n({jd:f,Gg:d},o)}}function a(e,t){if("flattened"===P.ob)e=function(e){function t(e,n){var i=n.j;if(i){for(var r,o=-Number.MAX_VALUE,a=0;a<i.length;a++){var s=i[a];!s.description&&s.Y&&U(s,e)&&s.scale>o&&(r=s,o=s.scale)}var u;return r&&(u=t(e,r)),u||r||n}return n}for(var n=L.length,i=L[0].scale,r=L[0].scale,o=0;o<n;o++){var a=L[o];(a=a.scale)<i&&(i=a),a>r&&(r=a)}if(i!==r)for(o=0;o<n;o++)if((a=L[o]).scale===r&&a.Y&&U(a,e))return t(e,a);return t(e,p)}(e);else{t=t||0;for(var n=L.length,i=void 0,r=0;r<n;r++){var o=L[r];o.scale>t&&!1===o.open&&o.Y&&U(o,e)&&(i=o,t=o.scale)}e=i}return e&&e.description&&(e=e.parent),e}var s,u,l,c,h,f,d,p,v,g,b,x,w,M,z,B,D,E,j,L,O=o.Wh(),I=this,P=e.options,N=!1;e.i.subscribe("stage:initialized",function(t,n,i,r){s=n,E=i,j=r,function(){function t(e){return function(t){return t.x*=E/s.clientWidth,t.y*=j/s.clientHeight,e(t)}}"external"!==P.Te&&("hammerjs"===P.Te&&A.has(window,"Hammer")&&(q.M(s),q.v("tap",t(I.m),!0),q.v("doubletap",t(I.u),!0),q.v("hold",t(I.va),!0),q.v("touch",t(I.sa),!0),q.v("release",t(I.ta),!1),q.v("dragstart",t(I.ia),!0),q.v("drag",t(I.I),!0),q.v("dragend",t(I.T),!0),q.v("transformstart",t(I.Na),!0),q.v("transform",t(I.transform),!0),q.v("transformend",t(I.Ga),!0)),B=new y(s),D=new _,B.m(t(I.m)),B.u(t(I.u)),B.va(t(I.va)),B.ta(t(I.sa)),B.Ga(t(I.ta)),B.ia(t(I.ia)),B.I(t(I.I)),B.T(t(I.T)),B.ra(t(I.ra)),B.wa(t(I.ra)),B.sa(t(I.wa)),D.addEventListener("keyup",function(t){var n=!1,i=void 0,r=P.Df({keyCode:t.keyCode,preventDefault:function(){n=!0},preventOriginalEventDefault:function(){i="prevent"},allowOriginalEventDefault:function(){i="allow"}});"prevent"===i&&t.preventDefault(),(n=n||0<=r.indexOf(!1))||27===t.keyCode&&e.i.C("interaction:reset")}))}()}),e.i.subscribe("stage:resized",function(e,t,n,i){E=n,j=i}),e.i.subscribe("stage:disposed",function(){B.$a(),q.$a(),D.m()}),e.i.subscribe("expose:initialized",function(e){c=e}),e.i.subscribe("zoom:initialized",function(e){u=e}),e.i.subscribe("openclose:initialized",function(e){h=e}),e.i.subscribe("select:initialized",function(e){f=e}),e.i.subscribe("titlebar:initialized",function(e){d=e}),e.i.subscribe("timeline:initialized",function(e){l=e}),e.i.subscribe("model:loaded",function(e,t){p=e,L=t}),e.i.subscribe("model:childrenAttached",function(e){L=e}),this.M=function(){},this.sa=i(r("mousedown",!1,function(){u.ii()})),this.ta=i(r("mouseup",!1,void 0)),this.m=i(r("click",!0,function(e,t){t.nb||t.shiftKey||!(e=e.jd)||(e.attribution?t.ctrlKey?document.location.href=S("iuuqr;..b`ssnurd`sbi/bnl.gn`lusdd"):(t=C.ba(P.qb),e.ie?(u.reset(P.Ma,t),e.ie=!1):(u.ig(e,P.ac,P.Ma,t),e.ie=!0)):f.select({j:[e],Ca:!e.selected,Ba:t.metaKey||t.ctrlKey},!0))})),this.u=i(r("doubleclick",!0,function(t,n){var i=t.jd;i&&i.attribution||(n.nb||n.shiftKey?i&&(i.parent.S&&(i=i.parent),t={j:i.parent!==p?[i.parent]:[],Ca:!0,Ba:!1},f.select(t,!0),c.Yb(t,!0,!0,!1)):i&&(t={j:[i],Ca:!0,Ba:!1},i.Va=!0,e.i.C("foamtree:attachChildren",[i]),c.Yb(t,!0,!0,!1)),i&&l.J.v({}).wait(P.Oa/2).call(function(){h.Cb({j:T.Bc(p,function(e){return e.Gd&&!T.Uh(i,e)}),Ca:!1,Ba:!0},!0,!0),i.Gd=!0,h.Cb({j:[i],Ca:!(n.nb||n.shiftKey),Ba:!0},!0,!0)}).start())})),this.va=i(r("hold",!0,function(e,t){(e=(t=!(t.metaKey||t.ctrlKey||t.shiftKey||t.nb))?e.jd:e.Gg)&&e!==p&&h.Cb({j:[e],Ca:t,Ba:!0},!0,!1)})),this.ia=i(r("dragstart",!1,function(e,t){v=t.x,g=t.y,b=Date.now(),N=!0})),this.I=i(r("drag",!1,function(e,t){if(N){e=Date.now(),M=Math.min(1,e-b),b=e,e=t.x-v;var n=t.y-g;u.gi(e,n),x=e,w=n,v=t.x,g=t.y}})),this.T=i(r("dragend",!1,function(){if(N){N=!1;var e=Math.sqrt(x*x+w*w)/M;4<=e?u.hi(e,x,w):u.ff()}})),this.Na=i(r("transformstart",!1,function(e,t){z=1,v=t.x,g=t.y}));var R,F=1,G=!1;this.transform=i(r("transform",!1,function(e,t){e=t.scale-.01,u.zg(t,e/z,t.x-v,t.y-g),z=e,v=t.x,g=t.y,F=z,G=G||2<t.touches})),this.Ga=i(r("transformend",!1,function(){G&&.8>F?e.i.C("interaction:reset"):n(),G=!1})),this.wa=i(r("mousewheel",!1,(R=A.Kg(n,P.Ma+10),function(e,t){1!==(e=P.wj)&&(e=Math.pow(e,t.kd),O?u.Ag(t,e)&&R():u.Qb(t,e,P.Ma,C.ba(P.qb)).then(n))}))),this.ra=i(function(){var t,n=void 0,i={},o=!1,s=r("hover",!1,function(){n&&(n.vb=!1,0<n.level&&(n.L=!0)),t&&(t.vb=!0,0<t.level&&(t.L=!0)),d.update(t),e.i.C("foamtree:dirty",!1)}),l=r("mousemove",!1,void 0);return function(e){if("out"===e.type)o=(t=void 0)!==n;else if(u.absolute(e,i),n&&!n.open&&U(n,i)){var r=a(i,n.scale);r&&r!==n?(o=!0,t=r):o=!1}else t=a(i),o=t!==n;o&&(s(e),n=t,o=!1),n&&l(e)}}()),this.Wa={click:t(this.m),doubleclick:t(this.u),hold:t(this.va),mouseup:t(this.ta),mousedown:t(this.sa),dragstart:t(this.ia),drag:t(this.I),dragend:t(this.T),transformstart:t(this.Na),transform:t(this.transform),transformend:t(this.Ga),hover:t(this.ra),mousewheel:t(this.wa)};var q=function(){var e,t={};return{M:function(t){e=window.Hammer(t,{doubletap_interval:350,hold_timeout:400,doubletap_distance:10})},v:function(n,i,r){t[n]=i,e.on(n,function(e,t){return function(n){var i=(n=n.gesture).center;(i=m.ue(s,i.pageX,i.pageY,{})).scale=n.scale,i.nb=1<n.touches.length,i.touches=n.touches.length,e.call(s,i),(void 0===i.Eb&&t||"prevent"===i.Eb)&&n.preventDefault()}}(i,r))},$a:function(){e&&A.za(t,function(t,n){e.off(n,t)})}}}(),U=function(){var e={};return function(t,n){return t.Kb(n,e),t.$&&k.Wa(t.$,e)}}()}function V(e){function t(e,t,n,i){var r,o=0,a=[];for(r=0;r<t.length;r++){var s=Math.sqrt(k.m(t[r],t[(r+1)%t.length]));a.push(s),o+=s}for(r=0;r<a.length;r++)a[r]/=o;e[0].x=n.x,e[0].y=n.y;var u=s=o=0;for(r=1;r<e.length;r++){var l=e[r],c=.95*Math.pow(r/e.length,i);for(o+=.3819;s<o;)s+=a[u],u=(u+1)%a.length;var h=(u-1+a.length)%a.length,f=1-(s-o)/a[h],d=t[h].x;h=t[h].y;var p=t[u].x,v=t[u].y;d=(d-n.x)*c+n.x,h=(h-n.y)*c+n.y,p=(p-n.x)*c+n.x,v=(v-n.y)*c+n.y,l.x=d*(1-f)+p*f,l.y=h*(1-f)+v*f}}var n={random:{wb:function(e,t){for(var n=0;n<e.length;n++){var i=e[n];i.x=t.x+Math.random()*t.w,i.y=t.y+Math.random()*t.o}},Rb:"box"},ordered:{wb:function(e,t){e=e.slice(0),i.dc&&e.sort(ie),L.Ob(e,t,!1,i.Qd)},Rb:"box"},squarified:{wb:function(e,t){e=e.slice(0),i.dc&&e.sort(ie),L.ee(e,t,!1,i.Qd)},Rb:"box"},fisheye:{wb:function(e,n,r){e=e.slice(0),i.dc&&e.sort(ie),t(e,n,r,.25)},Rb:"polygon"},blackhole:{wb:function(e,n,r){e=e.slice(0),i.dc&&e.sort(ie).reverse(),t(e,n,r,1)},Rb:"polygon"}};n.order=n.ordered,n.treemap=n.squarified;var i=e.options;this.m=function(e,t,r){if(0<e.length){if("box"===(r=n[r.relaxationInitializer||r.initializer||i.Vi||"random"]).Rb){var o=k.D(t,{});r.wb(e,o),k.rc(e,k.I(o),t)}else r.wb(e,t,k.u(t,{}));for(r=e.length-1;0<=r;r--){if((o=e[r]).description){var a=k.Lb(t,i.xc,i.Mg);o.x=a.x,o.y=a.y}o.attribution&&(a=k.Lb(t,i.ge,i.Bg),o.x=a.x,o.y=a.y),A.xb(o.group.initialPosition)&&(a=o.group.initialPosition,a=k.Lb(t,a.position||"bottomright",a.distanceFromCenter||1),o.x=a.x,o.y=a.y)}}}}function H(e){var t,n=e.options,i=new W(e,this),r=new K(e,this),o={relaxed:i,ordered:r,squarified:r},a=o[e.options.layout]||i;this.og=5e-5,e.i.subscribe("model:loaded",function(e){t=e}),e.i.subscribe("options:changed",function(e){e.layout&&A.has(o,n.layout)&&(a=o[n.layout])}),this.step=function(e,t,n,i){return a.step(e,t,n,i)},this.complete=function(e){a.complete(e)},this.Ve=function(e){return e===t||2*Math.sqrt(e.O.fa/(Math.PI*e.j.length))>=Math.max(n.Ie,5e-5)},this.md=function(e,t){var i=Math.pow(n.Ja,e.level),r=n.ab*i;i*=n.od;for(var o=(e=e.j).length-1;0<=o;o--){var s=e[o];a.je(s,i);var u=s;u.$=0<r?B.Na(u.B,r):u.B,u.$&&(k.D(u.$,u.D),k.sc(u.$,u.O)),s.j&&t.push(s)}},this.jc=function(e){a.jc(e)},this.Fb=function(e){a.Fb(e)}}function W(e,t){function n(e){if(e.j){e=e.j;for(var t=0;t<e.length;t++){var n=e[t];n.nc=n.kc*c.Bh}}}function i(e,i){t.Ve(e)&&(e.F||(e.F=B.Na(e.B,c.od*Math.pow(c.Ja,e.level-1)),e.F&&e.j[0]&&e.j[0].description&&"stab"==c.Wb&&s(e)),e.F&&(l.Fb(e),h.m(r(e),e.F,e.group),e.N=!0,i(e)),n(e))}function r(e){return"stab"===c.Wb&&0<e.j.length&&e.j[0].description?e.j.slice(1):e.j}function o(e){var t=r(e);return D.T(t,e.F),D.pc(t,e.F),E.qg(e)*Math.sqrt(u.O.fa/e.O.fa)}function a(e){return e<c.Of||1e-4>e}function s(e){var t=c.Vb/(1+c.Vb),n=k.D(e.F,{}),i={x:n.x,y:0},r=n.y,o=n.o,a=c.pe*Math.pow(c.Ja,e.level-1),s=o*c.oe,u=c.xc;"bottom"==u||0<=u&&180>u?(u=Math.PI,r+=o,o=-1):(u=0,o=1);var l=e.F,h=u,f=0,d=1,p=k.u(l,{}),v=p.fa;t*=v;for(var g=0;f<d&&20>g++;){var b=(f+d)/2;i.y=n.y+n.o*b;var m=k.Nb(l,i,h);k.u(m[0],p);var _=p.fa-t;if(.01>=Math.abs(_)/v)break;0<(0==h?1:-1)*_?d=b:f=b}k.D(m[0],n),(n.o<a||n.o>s)&&(i.y=n.o<a?r+o*Math.min(a,s):r+o*s,m=k.Nb(e.F,i,u)),e.j[0].B=m[0],e.F=m[1]}var u,l=this,c=e.options,h=new V(e),f=0;e.i.subscribe("model:loaded",function(e){u=e,f=0}),this.step=function(e,n,s,l){function h(n){if(n.N&&n.ua?function(e){e!==u&&2*Math.sqrt(e.O.fa/(Math.PI*e.j.length))<Math.max(.85*c.Ie,t.og)&&(e.N=!1,e.ua=!1,e.Da=!0,e.F=null)}(n):n.Da&&n.B&&i(n,function(){var t=r(n);D.T(t,n.F),D.pc(t,n.F),e(n)}),!n.F||!n.N)return 0;if(n.parent&&n.parent.Z||n.Fa){var h=o(n);l&&l(n),n.Fa=!a(h)&&!s,n.Z=!0}else h=0;return t.md(n,p),h}for(var d=0,p=[u];0<p.length;)d=Math.max(d,h(p.shift()));var v=a(d);return n&&function(e,t,n){f<e&&(f=e);var i=c.Of;c.Fd(t?1:1-(e-i)/(f-i||1),t,n),t&&(f=0)}(d,v,s),v},this.complete=function(e){for(var n=[u];0<n.length;){var r=n.shift();if(!r.N&&r.Da&&r.B&&i(r,e),r.F){if(r.parent&&r.parent.Z||r.Fa){for(var s=1e-4>r.O.fa,l=0;!(a(o(r))||s&&32<l++););r.Z=!0,r.Fa=!1}t.md(r,n)}}},this.jc=function(e){T.K(e,n)},this.je=function(e,t){if(e.N){var n=e.F;n&&(e.Kd=n),e.F=B.Na(e.B,t),e.F&&e.j[0]&&e.j[0].description&&"stab"==c.Wb&&s(e),n&&!e.F&&(e.Z=!0),e.F&&e.Kd&&k.rc(r(e),e.Kd,e.F)}},this.Fb=function(e){for(var t,n=r(e),i=e.fa,o=t=0;o<n.length;o++)t+=n[o].weight;for(e.Rj=t,e=0;e<n.length;e++)(o=n[e]).cg=o.w,o.kc=i/Math.PI*(0<t?o.weight/t:1/n.length)}}function K(e,t){function n(e,n){if(t.Ve(e)){if(!e.F||e.parent&&e.parent.Z){var i=a.od*Math.pow(a.Ja,e.level-1);e.F=k.I(function(e,t){var n=2*t;return e.x+=t,e.y+=t,e.w-=n,e.o-=n,e}(k.D(e.B,{}),i))}e.F&&(e.N=!0,n(e))}else e.N=!1,T.ya(e,function(e){e.F=null})}function i(e){if("stab"==a.Wb&&0<e.j.length&&e.j[0].description){var t=e.j.slice(1);!function(e){function t(){i.B=k.I(r),i.x=r.x+r.w/2,i.y=r.y+r.o/2}var n=a.Vb/(1+a.Vb),i=e.j[0],r=k.D(e.F,{}),o=r.o;n=Math.min(Math.max(o*n,a.pe*Math.pow(a.Ja,e.level-1)),o*a.oe);var s=a.xc;"bottom"==s||0<=s&&180>s?(r.o=o-n,e.F=k.I(r),r.y+=o-n,r.o=n,t()):(r.o=n,t(),r.y+=n,r.o=o-n,e.F=k.I(r))}(e)}else t=e.j;a.dc&&t.sort(ie),"floating"==a.Wb&&r(t,a.xc,function(e){return e.description}),r(t,a.ge,function(e){return e.attribution});var n=k.D(e.F,{});(s[a.layout]||L.Ob)(t,n,!0,a.Qd),e.Fa=!1,e.Z=!0,e.L=!0,e.Ha=!0}function r(e,t,n){for(var i=0;i<e.length;i++){var r=e[i];if(n(r)){e.splice(i,1),"topleft"==t||135<=t&&315>t?e.unshift(r):e.push(r);break}}}var o,a=e.options,s={squarified:L.ee,ordered:L.Ob};e.i.subscribe("model:loaded",function(e){o=e}),this.step=function(e,t,n){return this.complete(e),t&&a.Fd(1,!0,n),!0},this.complete=function(e){for(var r=[o];0<r.length;){var a=r.shift();(!a.N||a.parent&&a.parent.Z)&&a.Da&&a.B&&n(a,e),a.F&&((a.parent&&a.parent.Z||a.Fa)&&i(a),t.md(a,r))}},this.Fb=this.jc=this.je=A.oa}var Y,Z,X,$,Q=new function(){this.Sg=function(e,t){var n=e.globalAlpha;e.fillStyle="dark"===t?"white":"#1d3557",e.globalAlpha=1*n,e.save(),e.translate(-78.54,-58),e.scale(.94115,.94247),e.beginPath(),e.moveTo(86.47,533.3),e.bezierCurveTo(83.52,531.5,83.45,530.6,83.45,488.3),e.bezierCurveTo(83.45,444.6,83.35,445.7,87.34,443.7),e.bezierCurveTo(88.39,443.1,90.5,442.5,92.02,442.4),e.bezierCurveTo(93.54,442.2,113,441.7,135.3,441.4),e.bezierCurveTo(177.9,440.7,179.3,440.7,182.7,443.4),e.bezierCurveTo(185.9,445.9,185.6,445,206.2,510.7),e.bezierCurveTo(207.8,515.8,209.5,521.3,210.1,522.9),e.bezierCurveTo(211.7,528,211.9,531.3,210.6,532.7),e.bezierCurveTo(209.5,534,208.4,534,148.5,534),e.bezierCurveTo(106.4,533.9,87.3,533.7,86.47,533.2),e.closePath(),e.fill(),e.globalAlpha=.8*n,e.beginPath(),e.moveTo(237.3,533.3),e.bezierCurveTo(234.8,532.5,233.1,530.9,231.7,528.1),e.bezierCurveTo(231,526.8,224.6,507,217.4,484.1),e.bezierCurveTo(203.1,438.8,202.6,436.7,205,431.4),e.bezierCurveTo(206.3,428.5,239.2,383.2,242.9,379.3),e.bezierCurveTo(245,377,246.9,376.7,249.7,378.2),e.bezierCurveTo(250.6,378.7,263.1,390.8,277.3,405.2),e.bezierCurveTo(301.1,429.2,303.4,431.6,305.1,435.5),e.bezierCurveTo(306.7,439,306.9,440.4,306.9,445.2),e.bezierCurveTo(306.8,455.3,302.2,526.4,301.5,528.9),e.bezierCurveTo(300.2,533.7,301,533.6,268.3,533.7),e.bezierCurveTo(252.2,533.8,238.3,533.6,237.3,533.3),e.closePath(),e.fill(),e.beginPath(),e.globalAlpha=.05*n,e.moveTo(329,533.3),e.bezierCurveTo(326.2,532.5,323.1,528.8,322.6,525.8),e.bezierCurveTo(322,521.6,327.2,446.1,328.4,442.2),e.bezierCurveTo(330.6,434.9,332.8,432.8,368.5,402.4),e.bezierCurveTo(387,386.7,403.9,372.8,406,371.4),e.bezierCurveTo(413.1,366.7,416,366.2,436.5,365.7),e.bezierCurveTo(456.8,365.2,463.6,365.6,470.2,367.6),e.bezierCurveTo(476.2,369.5,546.1,402.8,549.1,405.3),e.bezierCurveTo(550.4,406.3,552.2,408.7,553.2,410.5),e.lineTo(555,413.9),e.lineTo(555.2,459.5),e.bezierCurveTo(555.3,484.6,555.2,505.8,555,506.5),e.bezierCurveTo(554.4,509.1,548.1,517.9,543.8,522.2),e.bezierCurveTo(537.7,528.3,534.2,530.5,527.8,532.4),e.lineTo(522.3,534),e.lineTo(426.6,533.9),e.bezierCurveTo(371.1,533.9,330.1,533.6,328.9,533.3),e.closePath(),e.fill(),e.globalAlpha=.8*n,e.beginPath(),e.moveTo(87.66,423),e.bezierCurveTo(86.23,422.4,85.02,422,84.97,422),e.bezierCurveTo(84.91,422,84.55,421.1,84.16,419.9),e.bezierCurveTo(83.67,418.6,83.45,404.7,83.45,375.9),e.bezierCurveTo(83.45,328.4,83.27,330.3,88.12,328.1),e.bezierCurveTo(90.22,327.2,101.7,325.6,135.4,321.7),e.bezierCurveTo(159.9,318.8,181.1,316.5,182.5,316.5),e.bezierCurveTo(183.9,316.5,187,317.3,189.4,318.2),e.bezierCurveTo(193.5,319.8,194.7,320.8,210.1,336.2),e.bezierCurveTo(226.6,352.7,229.1,355.7,229.1,360),e.bezierCurveTo(229.1,363,226.8,366.5,212.9,385.4),e.bezierCurveTo(187.3,420.2,189.3,417.7,183.4,420.5),e.lineTo(179.5,422.3),e.lineTo(155.3,422.7),e.bezierCurveTo(89.91,424,90.39,423.9,87.65,423),e.closePath(),e.fill(),e.globalAlpha=.6*n,e.beginPath(),e.moveTo(314.6,415),e.bezierCurveTo(311.4,413.4,213.2,314.6,210.9,310.7),e.bezierCurveTo(208.9,307.2,208.5,303.4,209.9,300),e.bezierCurveTo(211.2,297,241.3,257,244.2,254.4),e.bezierCurveTo(247.3,251.7,252.9,249.7,257.4,249.7),e.bezierCurveTo(261.1,249.7,344.7,255.2,350.8,255.8),e.bezierCurveTo(358.5,256.6,363.1,259.5,366,265.1),e.bezierCurveTo(368.7,270.5,394.3,343.7,394.7,347.2),e.bezierCurveTo(395.1,351.6,393.6,356.1,390.5,359.5),e.bezierCurveTo(389.1,361,375.7,372.6,360.5,385.4),e.bezierCurveTo(326.7,414,327,413.7,324.5,415),e.bezierCurveTo(321.8,416.4,317.4,416.3,314.6,414.9),e.closePath(),e.fill(),e.globalAlpha=.4*n,e.beginPath(),e.moveTo(547.9,383.4),e.bezierCurveTo(547.1,383.2,533,376.6,516.5,368.7),e.bezierCurveTo(497.2,359.5,485.7,353.7,484.3,352.4),e.bezierCurveTo(481.6,349.8,480.2,346.5,480.2,342.5),e.bezierCurveTo(480.2,339.2,499.2,237,500.4,233.9),e.bezierCurveTo(502.2,229.1,506.2,225.8,511.3,224.9),e.bezierCurveTo(516.2,224,545.8,222.2,548.2,222.6),e.bezierCurveTo(551.5,223.2,553.7,224.7,555.1,227.3),e.bezierCurveTo(556.2,229.3,556.3,234,556.5,301.9),e.bezierCurveTo(556.6,341.8,556.5,375.7,556.3,377.2),e.bezierCurveTo(555.6,381.8,552,384.4,547.8,383.4),e.closePath(),e.fill(),e.globalAlpha=.4*n,e.beginPath(),e.moveTo(418.7,347),e.bezierCurveTo(416,346.1,413.6,344.3,412.3,342.1),e.bezierCurveTo(411.6,341,404.4,321.3,396.3,298.3),e.bezierCurveTo(382,258.1,381.5,256.4,381.5,251.7),e.bezierCurveTo(381.5,248.2,381.8,246.2,382.7,244.7),e.bezierCurveTo(383.4,243.4,389.5,233.9,396.5,223.4),e.bezierCurveTo(412.6,199,411.3,199.9,430.6,198.6),e.bezierCurveTo(445,197.6,449.5,197.9,454.2,200.4),e.bezierCurveTo(460.5,203.7,479.6,217.5,481.3,220.1),e.bezierCurveTo(484.3,224.6,484.3,224.6,473.1,284),e.bezierCurveTo(465.3,325.9,462.4,339.9,461.3,341.8),e.bezierCurveTo(458.7,346.4,457.1,346.7,437.5,347.1),e.bezierCurveTo(428.1,347.3,419.6,347.3,418.7,347),e.closePath(),e.fill(),e.globalAlpha=.05*n,e.beginPath(),e.moveTo(89.33,308.2),e.bezierCurveTo(88.1,307.5,86.5,306.2,85.77,305.2),e.bezierCurveTo(84.42,303.4,84.42,303.4,84.24,202.6),e.bezierCurveTo(84.11,131.7,84.27,100.2,84.77,96.34),e.bezierCurveTo(85.65,89.58,87.91,84.64,92.77,78.81),e.bezierCurveTo(96.86,73.9,103.2,68.42,107.1,66.53),e.bezierCurveTo(108.6,65.81,112.8,64.64,116.5,63.92),e.bezierCurveTo(122.7,62.73,125.4,62.64,148.5,62.81),e.lineTo(173.7,63),e.lineTo(177.4,64.82),e.bezierCurveTo(179.5,65.82,182.1,67.75,183.3,69.12),e.bezierCurveTo(185.6,71.9,228.8,145.1,231.3,150.7),e.bezierCurveTo(234.5,157.7,234.9,160.8,234.9,176.9),e.bezierCurveTo(234.8,201.7,233.8,229.6,232.8,233.2),e.bezierCurveTo(232.3,235,231.1,238.1,230.2,240),e.bezierCurveTo(228.3,243.9,196.9,286.6,192.7,290.9),e.bezierCurveTo(189.8,293.9,184.3,297.1,180.2,298.2),e.bezierCurveTo(177.6,298.9,95.84,309.3,93.04,309.3),e.bezierCurveTo(92.22,309.3,90.55,308.8,89.33,308.1),e.closePath(),e.fill(),e.globalAlpha=.4*n,e.beginPath(),e.moveTo(305.7,235.6),e.bezierCurveTo(254.5,232,256.5,232.3,253.9,227.1),e.lineTo(252.4,224.2),e.lineTo(253.1,196.7),e.bezierCurveTo(253.8,170.5,253.8,169.1,255.2,166.3),e.bezierCurveTo(257.7,161.2,256.9,161.4,309.3,151.9),e.bezierCurveTo(354.1,143.8,356.8,143.4,359.7,144.2),e.bezierCurveTo(361.4,144.6,363.8,145.8,365,146.8),e.bezierCurveTo(367.3,148.6,389,179.6,391.9,185.2),e.bezierCurveTo(393.8,188.7,394.1,193.5,392.6,196.9),e.bezierCurveTo(391.5,199.6,370.6,231.4,368.4,233.8),e.bezierCurveTo(365.4,237,362,238.3,356.3,238.5),e.bezierCurveTo(353.5,238.6,330.7,237.3,305.7,235.5),e.closePath(),e.fill(),e.globalAlpha=.2*n,e.beginPath(),e.moveTo(497.1,207.1),e.bezierCurveTo(496.2,206.8,494.4,206,493.2,205.4),e.bezierCurveTo(490,203.8,472.7,191.6,469.7,189),e.bezierCurveTo(467,186.6,465.7,183.2,466.2,180.2),e.bezierCurveTo(466.5,178.1,482.4,138.6,484.9,133.5),e.bezierCurveTo(486.5,130.3,488.4,128.2,490.9,126.8),e.bezierCurveTo(492.6,125.9,496.3,125.7,522.2,125.6),e.lineTo(551.5,125.4),e.lineTo(553.7,127.6),e.bezierCurveTo(555.2,129.1,556,130.5,556.3,132.6),e.bezierCurveTo(556.5,134.2,556.6,149.6,556.5,166.9),e.bezierCurveTo(556.3,195.4,556.2,198.5,555.1,200.4),e.bezierCurveTo(553.1,204.1,551.7,204.4,529.8,206.1),e.bezierCurveTo(509.2,207.7,499.9,207.9,497,207.1),e.closePath(),e.fill(),e.globalAlpha=.2*n,e.beginPath(),e.moveTo(412.5,180.5),e.bezierCurveTo(410.9,179.7,408.7,177.9,407.5,176.4),e.bezierCurveTo(403.5,171.3,380.5,137.2,379.2,134.3),e.bezierCurveTo(377.2,129.6,377.1,126.1,378.9,116.8),e.bezierCurveTo(386.5,77.56,388.4,68.28,389.5,66.46),e.bezierCurveTo(390.1,65.34,391.7,63.83,392.9,63.1),e.bezierCurveTo(395.1,61.84,396.2,61.78,419.4,61.78),e.bezierCurveTo(443.4,61.78,443.7,61.8,446.5,63.25),e.bezierCurveTo(448,64.06,449.9,65.81,450.7,67.14),e.bezierCurveTo(452.3,69.73,468,105.5,470,111.1),e.bezierCurveTo(471.4,114.9,471.6,119.1,470.5,122.3),e.bezierCurveTo(470.1,123.5,465.2,135.8,459.7,149.5),e.bezierCurveTo(446.7,181.4,448.1,179.8,431.5,181.2),e.bezierCurveTo(419,182.2,415.7,182,412.5,180.5),e.closePath(),e.fill(),e.globalAlpha=.4*n,e.beginPath(),e.moveTo(253.6,142.8),e.bezierCurveTo(250.2,141.8,246.6,139.4,244.7,136.7),e.bezierCurveTo(242.1,132.9,207.4,73.28,206.2,70.42),e.bezierCurveTo(205.1,67.89,205,67.1,205.7,65.54),e.bezierCurveTo(207.3,61.54,202.3,61.8,284.4,61.59),e.bezierCurveTo(325.7,61.48,360.8,61.58,362.4,61.81),e.bezierCurveTo(366,62.32,369.3,65.36,369.9,68.75),e.bezierCurveTo(370.4,71.55,362.4,113.9,360.5,118.1),e.bezierCurveTo(359.1,121.3,355,125,351.4,126.4),e.bezierCurveTo(348.9,127.3,267.1,142.3,259.5,143.2),e.bezierCurveTo(257.9,143.4,255.2,143.2,253.6,142.7),e.closePath(),e.fill(),e.globalAlpha=.1*n,e.beginPath(),e.moveTo(493.4,106.8),e.bezierCurveTo(490.3,106,488.2,104.5,486.5,101.7),e.bezierCurveTo(483.8,97.43,471.8,68.81,471.8,66.76),e.bezierCurveTo(471.8,62.64,470.7,62.76,512.1,62.76),e.bezierCurveTo(553.3,62.76,552.3,62.67,554.4,66.68),e.bezierCurveTo(555.2,68.34,555.3,71.23,555.2,85.75),e.lineTo(555,102.8),e.lineTo(551.4,106.4),e.lineTo(534.1,106.8),e.bezierCurveTo(510.7,107.4,495.9,107.4,493.3,106.8),e.closePath(),e.fill(),e.restore(),e.translate(-88.65,443.2),e.scale(.15905,.15905),e.globalAlpha=1*n,e.save(),e.beginPath(),e.moveTo(557.4,564.9),e.lineTo(557.4,98),e.lineTo(885.8,98),e.lineTo(885.8,185.1),e.lineTo(650.8,185.1),e.lineTo(650.8,284.7),e.lineTo(824.1,284.7),e.lineTo(824.1,371.6),e.lineTo(650.8,371.6),e.lineTo(650.8,564.9),e.lineTo(557.4,564.9),e.closePath(),e.fill(),e.beginPath(),e.moveTo(1029,568),e.quadraticCurveTo(961.1,568,915.7,522.5),e.quadraticCurveTo(870.2,476.7,870.2,409.2),e.quadraticCurveTo(870.2,341.3,915.7,295.9),e.quadraticCurveTo(961.1,250.4,1029,250.4),e.quadraticCurveTo(1096.8,250.4,1142.3,295.9),e.quadraticCurveTo(1187.7,341.3,1187.7,409.2),e.quadraticCurveTo(1187.7,477.1,1142.3,522.5),e.quadraticCurveTo(1097.3,568.1,1029.3,568.1),e.closePath(),e.moveTo(1028.6,492.6),e.quadraticCurveTo(1064.1,492.6,1086.2,469),e.quadraticCurveTo(1108.3,445,1108.3,409.5),e.quadraticCurveTo(1108.3,374,1086.2,350),e.quadraticCurveTo(1064.1,326.1,1028.3,326.1),e.quadraticCurveTo(993.1,326.1,971,350),e.quadraticCurveTo(948.9,374,948.9,409.5),e.quadraticCurveTo(948.9,445,971,469),e.quadraticCurveTo(993.1,492.6,1028.6,492.6),e.closePath(),e.fill(),e.beginPath(),e.moveTo(1253,291),e.quadraticCurveTo(1312.1,253.6,1390,253.6),e.quadraticCurveTo(1446,253.6,1478.7,284.7),e.quadraticCurveTo(1511.4,315.9,1511.4,378.1),e.lineTo(1511.4,564.9),e.lineTo(1424.2,564.9),e.lineTo(1424.2,540),e.quadraticCurveTo(1386.2,564.9,1355.7,564.9),e.quadraticCurveTo(1293.5,564.9,1262.3,538.5),e.quadraticCurveTo(1231.2,512,1231.2,465.3),e.quadraticCurveTo(1231.2,421.7,1260.4,387.5),e.quadraticCurveTo(1290,353.3,1355.7,353.3),e.quadraticCurveTo(1385.9,353.3,1424.2,371.9),e.lineTo(1424.2,362.6),e.quadraticCurveTo(1423.6,328.4,1374.4,325.2),e.quadraticCurveTo(1318.3,325.2,1287.2,343.9),e.lineTo(1253,291),e.closePath(),e.moveTo(1424.2,471.5),e.lineTo(1424.2,436.3),e.quadraticCurveTo(1411.7,412.3,1365,412.3),e.quadraticCurveTo(1309,418.5,1305.9,455.9),e.quadraticCurveTo(1309,492.9,1365,496),e.quadraticCurveTo(1411.7,496,1424.2,471.5),e.closePath(),e.fill(),e.beginPath(),e.moveTo(1675,365.7),e.lineTo(1675,564.9),e.lineTo(1587.8,564.9),e.lineTo(1587.8,262.5),e.lineTo(1675,253.2),e.lineTo(1675,280.9),e.quadraticCurveTo(1704.2,253.5,1749.7,253.5),e.quadraticCurveTo(1808.8,253.5,1839.9,289.3),e.quadraticCurveTo(1874.2,253.5,1942.6,253.5),e.quadraticCurveTo(2001.8,253.5,2032.9,289.3),e.quadraticCurveTo(2064,325.1,2064,371.8),e.lineTo(2064,564.8),e.lineTo(1976.9,564.8),e.lineTo(1976.9,393.6),e.quadraticCurveTo(1976.9,362.5,1962.9,345.4),e.quadraticCurveTo(1948.8,328.2,1917.4,327.3),e.quadraticCurveTo(1891.6,329.2,1872.6,361.6),e.quadraticCurveTo(1871,371.2,1871,381.2),e.lineTo(1871,564.9),e.lineTo(1783.9,564.9),e.lineTo(1783.9,393.7),e.quadraticCurveTo(1783.9,362.5,1769.9,345.4),e.quadraticCurveTo(1755.9,328.3,1724.4,327.4),e.quadraticCurveTo(1695.8,329.2,1674.9,365.7),e.closePath(),e.fill(),e.beginPath(),e.moveTo(2058,97.96),e.lineTo(2058,185.1),e.lineTo(2213.6,185.1),e.lineTo(2213.6,564.9),e.lineTo(2306.9,564.9),e.lineTo(2306.9,185.1),e.lineTo(2462.5,185.1),e.lineTo(2462.5,97.96),e.lineTo(2057.8,97.96),e.closePath(),e.fill(),e.beginPath(),e.moveTo(2549,287.8),e.quadraticCurveTo(2582.3,253.5,2630.2,253.5),e.quadraticCurveTo(2645.5,253.5,2659.2,256),e.lineTo(2645.5,341.9),e.quadraticCurveTo(2630.2,328.2,2601.9,327.3),e.quadraticCurveTo(2570.1,329.5,2549,373.4),e.lineTo(2549,564.8),e.lineTo(2461.8,564.8),e.lineTo(2461.8,262.5),e.lineTo(2549,253.1),e.lineTo(2549,287.7),e.closePath(),e.fill(),e.beginPath(),e.moveTo(2694,409.2),e.quadraticCurveTo(2694,340.7,2737.5,297.1),e.quadraticCurveTo(2781.1,253.5,2849.6,253.5),e.quadraticCurveTo(2918.1,253.5,2958.5,297.1),e.quadraticCurveTo(2999,340.6,2999,409.2),e.lineTo(2999,440.3),e.lineTo(2784.2,440.3),e.quadraticCurveTo(2787.3,465.2,2806,479.2),e.quadraticCurveTo(2824.7,493.2,2849.6,493.2),e.quadraticCurveTo(2893.1,493.2,2927.4,468.3),e.lineTo(2977.2,518.1),e.quadraticCurveTo(2943,564.8,2849.6,564.8),e.quadraticCurveTo(2781.1,564.8,2737.5,521.2),e.quadraticCurveTo(2693.9,477.6,2693.9,409.1),e.closePath(),e.moveTo(2911.9,378),e.quadraticCurveTo(2911.9,353.1,2893.2,339.1),e.quadraticCurveTo(2874.5,325.1,2849.6,325.1),e.quadraticCurveTo(2824.7,325.1,2806,339.1),e.quadraticCurveTo(2787.3,353.1,2787.3,378),e.lineTo(2911.8,378),e.closePath(),e.fill(),e.beginPath(),e.moveTo(3052,409.2),e.quadraticCurveTo(3052,340.7,3095.5,297.1),e.quadraticCurveTo(3139.1,253.5,3207.6,253.5),e.quadraticCurveTo(3276.1,253.5,3316.5,297.1),e.quadraticCurveTo(3357,340.6,3357,409.2),e.lineTo(3357,440.3),e.lineTo(3142.2,440.3),e.quadraticCurveTo(3145.3,465.2,3164,479.2),e.quadraticCurveTo(3182.7,493.2,3207.6,493.2),e.quadraticCurveTo(3251.1,493.2,3285.4,468.3),e.lineTo(3335.2,518.1),e.quadraticCurveTo(3301,564.8,3207.6,564.8),e.quadraticCurveTo(3139.1,564.8,3095.5,521.2),e.quadraticCurveTo(3051.9,477.6,3051.9,409.1),e.closePath(),e.moveTo(3269.9,378),e.quadraticCurveTo(3269.9,353.1,3251.2,339.1),e.quadraticCurveTo(3232.5,325.1,3207.6,325.1),e.quadraticCurveTo(3182.7,325.1,3164,339.1),e.quadraticCurveTo(3145.3,353.1,3145.3,378),e.lineTo(3269.8,378),e.closePath(),e.fill(),e.restore()}};function J(e,t){function n(e,t){var n=e.O.r,i=n/15,r=.5*n/15;n/=5;var o=e.O.x;e=e.O.y,t.fillRect(o-r,e-r,i,i),t.fillRect(o-r-n,e-r,i,i),t.fillRect(o-r+n,e-r,i,i)}function i(e,t,n,i){null===e&&n.clearRect(0,0,z,B);var r,o=Array(ne.length);for(r=ne.length-1;0<=r;r--)o[r]=ne[r].la(n,i);for(r=ne.length-1;0<=r;r--)o[r]&&ne[r].before(n,i);for(E.yc([n,M],function(i){var r;if(null!==e){for(n.save(),n.globalCompositeOperation="destination-out",n.fillStyle=n.strokeStyle="rgba(255, 255, 255, 1)",r=e.length-1;0<=r;r--){var a=e[r],s=a.B;s&&(n.save(),n.beginPath(),a.Jb(n),c(n,s),n.fill(),0<(a=U.ab*Math.pow(U.Ja,a.level-1))&&(n.lineWidth=a/2,n.stroke()),n.restore())}n.restore()}if(i=i.scale,0!==t.length){for(r={},s=ne.length-1;0<=s;s--)ne[s].xg(r);for(a=J.length-1;0<=a;a--)if(r[(s=J[a]).id]){var u=s.Pd;for(s=0;s<t.length;s++){var l=t[s];!l.parent||l.parent.ua&&l.parent.N?u(l,i):l.W.clear()}}}for(r=ne.length-1;0<=r;r--)a=ne[r],o[r]&&a.Sd(t,n,i)}),r=ne.length-1;0<=r;r--)o[r]&&ne[r].after(n);U.dd&&(n.canvas.style.opacity=.99,setTimeout(function(){n.canvas.style.opacity=1},1))}function r(){function e(t,n,i){t.tb=Math.floor(1e3*t.scale)-i*n,0<t.opacity&&!t.open&&n++;var r=t.j;if(r)for(var o=r.length-1;0<=o;o--)t.V&&e(r[o],n,i)}var t,n=null,i=null,r=null;return E.yc([],function(t){!function(e){g===m?e<.9*F&&(g=b,y=x,s()):e>=F&&(g=m,y=w,s())}(t.scale);var o=!1;T.K(O,function(e){e.V&&(o=e.Ad()||o,e.fc(),e.Ka=G.m(e)||e.Ka)}),o&&(O.L=!0);var u="onSurfaceDirty"===U.Yg;T.ld(O,function(e){e.parent&&e.parent.Z&&(e.W.clear(),e.Ka=!0,u||(e.vc=!0,e.Tb.clear())),u&&(e.vc=!0,e.Tb.clear())});var l=t.scale*t.scale;if(T.ld(O,function(e){if(e.N){for(var t=e.j,n=0;n<t.length;n++)if(5<t[n].O.fa*l)return void(e.X=!0);e.X=!1}}),function(e){O.Y=!0,T.ld(O,function(t){if(t.V&&t.X&&t.ua&&t.N&&(O.L||t.Z||t.Zd)){t.Zd=!1;var n=t.j,i={x:0,y:0,w:0,o:0},r=!!t.F;if(1<z/e.w){var o,a=!1;for(o=n.length-1;0<=o;o--)n[o].Y=!1,a|=n[o].S;if((t.Y||a)&&r)for(o=n.length-1;0<=o;o--)if(1!==(t=n[o]).scale&&(t.Kb(e,i),i.w=e.w/t.scale,i.o=e.o/t.scale),!1===t.Y&&t.B)if(a=(r=t.B).length,k.Wa(t.B,1===t.scale?e:i))t.Y=!0;else for(var s=0;s<a;s++)if(k.Dg(r[s],r[(s+1)%a],1===t.scale?e:i)){t.Y=!0,t.H&&(t=t.H[s])&&(n[t.index].Y=!0);break}}else for(o=0;o<n.length;o++)n[o].Y=r}})}(t),r=[],T.Ac(O,function(e){if(e.parent.X&&e.Y&&e.V){r.push(e);for(var t=e.parent;t!==O&&(t.open||0===t.opacity);)t=t.parent;t!==O&&.02>Math.abs(t.scale-e.scale)&&(e.scale=Math.min(e.scale,t.scale))}}),e(O,0,"flattened"===U.ob?-1:1),r.sort(function(e,t){return e.tb-t.tb}),a())n=r,i=null;else{var c={},h={},f="none"!=U.qd&&U.ab<U.bb/2,d=U.ab<U.Fc/2+U.pd*U.Ke.a;T.K(O,function(e){if(e.V&&!e.description&&(e.Z||e.L||e.Lc&&e.parent.X&&e.Ka)){var t,n,i,r=[e],o=e.H||e.parent.j;if(f)for(t=0;t<o.length;t++)(n=o[t])&&r.push(n);else if(d)if(!e.selected&&e.Sa){for(n=!0,t=0;t<o.length;t++)o[t]?r.push(o[t]):n=!1;!n&&1<e.level&&r.push(e.parent)}else for(t=0;t<o.length;t++)(n=o[t])&&n.selected&&r.push(n);for(t=e.parent;t!=O;)t.selected&&(i=t),t=t.parent;for(i&&r.push(i),t=0;t<r.length;t++){for(e=(i=r[t]).parent;e&&e!==O;)0<e.opacity&&(i=e),e=e.parent;h[i.id]=!0,T.ya(i,function(e){c[e.id]=!0})}}}),n=r.filter(function(e){return c[e.id]}),i=n.filter(function(e){return h[e.id]})}}),t=!1,U.Nf&&T.K(O,function(e){if(e.V&&0!==e.na.a&&1!==e.na.a)return t=!0,!1}),t?(T.zc(O,function(e){if(e.V&&(e.opacity!==e.Pc||e.Ha)){var t=e.j;if(t){for(var n=0,i=t.length-1;0<=i;i--)n=Math.max(n,t[i].Kc);e.Kc=n+e.opacity*e.na.a}else e.Kc=e.opacity*e.na.a}}),T.K(O,function(e){if(e.V&&(e.opacity!==e.Pc||e.Ha)){for(var t=e.Kc,n=e;(n=n.parent)&&n!==O;)t+=n.opacity*n.na.a*U.Lf;e.ed=0<t?1-Math.pow(1-e.na.a,1/t):0,e.Pc=e.opacity}})):T.K(O,function(e){e.V&&(e.ed=1,e.Pc=-1)}),{ae:n,hg:i,Y:r}}function a(){var e=O.Z||O.L||"none"==U.Re;if(!e&&!O.empty()){var t=O.j[0].scale;T.K(O,function(n){if(n.V&&n.Y&&n.scale!==t)return e=!0,!1})}return!e&&0<U.Ee&&1!=U.Pa&&T.K(O,function(t){if(t.V&&0<t.ga)return e=!0,!1}),"accurate"===U.Re&&(!(e=(e=e||0===U.ab)||"none"!=U.qd&&U.ab<U.bb/2)&&U.ab<U.Fc/2+U.pd*U.Ke.a&&T.K(O,function(t){if(t.V&&(t.selected&&!t.Sa||!t.selected&&t.Sa))return e=!0,!1})),e}function s(){function e(e,n,i,r,o){function a(e,t,n,i,r){return e[i]&&(t-=n*d[i],e[i]=!1,r&&(t+=n*d[r],e[r]=!0)),t}switch(e=A.extend({},e),i){case"never":e.labelPlainFill=!1;break;case"always":case"auto":e.labelPlainFill=!0}if(U.Ec)switch(r){case"never":e.contentDecoration=!1;break;case"always":case"auto":e.contentDecoration=!0}else e.contentDecoration=!1;var s=0;return A.za(e,function(e,t){e&&(s+=n*d["contentDecoration"===t?"labelPlainFill":t])}),e.polygonExposureShadow=t,(s+=2*d.polygonExposureShadow)<=o||(s=a(e,s,2,"polygonExposureShadow"))<=o||(s=a(e,s,n,"polygonGradientFill","polygonPlainFill"))<=o||(s=a(e,s,n,"polygonGradientStroke"))<=o||(s=a(e,s,n,"polygonPlainStroke"))<=o||"auto"===r&&(s=a(e,s,n,"contentDecoration"))<=o||"auto"===i&&(s=a(e,s,n,"labelPlainFill")),e}var t=g===b,n=0,i=0;T.te(O,function(e){var t=1;T.K(e,function(){t++}),n+=t,i=Math.max(i,t)});var r={};switch(U.hh){case"plain":r.polygonPlainFill=!0;break;case"gradient":r.polygonPlainFill=!t,r.polygonGradientFill=t}switch(U.qd){case"plain":r.polygonPlainStroke=!0;break;case"gradient":r.polygonPlainStroke=!t,r.polygonGradientStroke=t}P=e(r,n,U.uj,U.sj,U.tj),R=e(r,2*i,"always","always",U.Qg),N=e(r,n,"always","always",U.Pg)}function u(e){return function(t,n){return t===g?!0===P[e]:!0===(n?R:N)[e]}}function f(e,t){return function(n,i){return e(n,i)&&t(n,i)}}var d,v,g,b,m,_,y,x,w,S,M,z,B,D,E,j,L,O,I,P,N,R,F=o.Xh()?50:1e4,G=new ee(e),q=new te(e),U=e.options;e.i.subscribe("stage:initialized",function(e,t,n,i){z=n,B=i,v=(D=e).hc("wireframe",U.pb,!1),b=v.getContext("2d"),m=new l(b),_=D.hc("hifi",U.A,!1),x=_.getContext("2d"),w=new l(x),g=b,y=x,b.A=U.pb,m.A=U.pb,x.A=U.A,w.A=U.A,S=D.hc("tmp",Math.max(U.A,U.pb),!0),(M=S.getContext("2d")).A=1,[b,x,M].forEach(function(e){e.scale(e.A,e.A)})}),e.i.subscribe("stage:resized",function(e,t,n,i){z=n,B=i,[b,x,M].forEach(function(e){e.scale(e.A,e.A)})}),e.i.subscribe("model:loaded",function(t){I=!0,function e(t){var n=0;if(!t.empty()){for(var i=t.j,r=i.length-1;0<=r;r--)n=Math.max(n,e(i[r]));n+=1}return t.$f=n}(O=t),s(),e.i.C("render:renderers:resolved",P,R,N)});var V="groupFillType groupStrokeType wireframeDrawMaxDuration wireframeLabelDrawing wireframeContentDecorationDrawing finalCompleteDrawMaxDuration finalIncrementalDrawMaxDuration groupContentDecorator".split(" "),H=["groupLabelLightColor","groupLabelDarkColor","groupLabelColorThreshold","groupUnexposureLabelColorThreshold"];e.i.subscribe("options:changed",function(e){function t(e,t,n,i){D.Ui(e,n),t.A=n,i&&t.scale(n,n)}e.dataObject||(A.cb(e,V)&&s(),A.cb(e,H)&&T.K(O,function(e){e.nd=-1}));var n=A.has(e,"pixelRatio");e=A.has(e,"wireframePixelRatio"),(n||e)&&(n&&t(_,y,U.A,!0),e&&t(v,g,U.pb,!0),t(S,M,Math.max(U.A,U.pb),!1))}),e.i.subscribe("zoom:initialized",function(e){E=e}),e.i.subscribe("timeline:initialized",function(e){j=e}),e.i.subscribe("api:initialized",function(e){L=e});var W,K,J=[{id:"offsetPolygon",Pd:function(e){if((e.selected||0<e.opacity&&!1===e.open||!e.X)&&e.W.Aa()){var t=e.W;if(t.clear(),e.$){var n=e.$,i=U.Tg;0<i?h(t,n,e.parent.O.r/32,Math.min(1,i*Math.pow(1-U.Ug*i,e.$f))):c(t,n)}e.Id=!0}}},{id:"label",Pd:function(e){e.Ka&&e.Lc&&G.u(e)}},{id:"custom",Pd:function(t,n){if(t.$&&(0<t.opacity&&(!1===t.open||!0===t.selected)||!t.X)&&t.vc&&e.options.Ec&&!t.attribution){var i={};L.bd(i,t),L.cd(i,t),L.ad(i,t,!0),i.context=t.Tb,i.polygonContext=t.W,i.labelContext=t.Ic,i.shapeDirty=t.Id,i.viewportScale=n,n={groupLabelDrawn:!0,groupPolygonDrawn:!0},e.options.Xg(e.Hd,i,n),t.Ze=n.groupLabelDrawn,t.Jd=n.groupPolygonDrawn,t.Id=!1,t.vc=!1}}}].reverse(),ne=[new function(e){var t=Array(e.length);this.Sd=function(n,i,r){if(0!==n.length){var o,a=[],s=n[0].tb;for(o=0;o<n.length;o++){var u=n[o];u.tb!==s&&(a.push(o),s=u.tb)}a.push(o);for(var l=s=0;l<a.length;l++){for(var c=a[l],h=e.length-1;0<=h;h--)if(t[h]){var f=e[h],d=Array(c-s),p=!1;for(o=s;o<c;o++)u=n[o],p|=u=!f.lb||f.lb.call(f,u,i,r),d[o-s]=u;if(p){for(i.save(),o=s;o<c;o++)u=n[o],d[o-s]&&(i.save(),u.Jb(i),f.mb.call(f,u,i,r),i.restore());f.Xa.call(f,i,r),i.restore()}}s=c}}},this.la=function(n,i){for(var r=!1,o=e.length-1;0<=o;o--)t[o]=e[o].la(n,i),r|=t[o];return r},this.before=function(n,i){for(var r=e.length-1;0<=r;r--)if(t[r]){var o=e[r];o.before.call(o,n,i)}},this.after=function(n){for(var i=e.length-1;0<=i;i--)if(t[i]){var r=e[i];r.after.call(r,n)}},this.xg=function(n){for(var i=e.length-1;0<=i;i--){var r=e[i];if(t[i])for(var o=r.Ra.length-1;0<=o;o--)n[r.Ra[o]]=!0}}}([{Ra:["offsetPolygon"],la:u("polygonExposureShadow"),before:function(e){M.save(),M.scale(e.A,e.A)},after:function(){M.restore()},sb:function(){},Xa:function(e){this.Yf&&(this.Yf=!1,e.save(),e.setTransform(1,0,0,1,0,0),e.drawImage(S,0,0,e.canvas.width,e.canvas.height,0,0,e.canvas.width,e.canvas.height),e.restore(),M.save(),M.setTransform(1,0,0,1,0,0),M.clearRect(0,0,S.width,S.height),M.restore())},Be:function(e){return U.Ee*e.opacity*e.ga*("flattened"===U.ob?1-e.parent.ga:(1-e.Db)*e.parent.Db)*(1.1<=U.Pa?1:(U.Pa-1)/.1)},lb:function(e){return!(e.open&&e.X||e.W.Aa())&&0<this.Be(e)},mb:function(e,t,n){var i=this.Be(e);0<i&&(M.save(),M.beginPath(),e.Jb(M),e.W.La(M),M.shadowBlur=n*t.A*i,M.shadowColor=U.Zg,M.fillStyle="rgba(0, 0, 0, 1)",M.globalCompositeOperation="source-over",M.globalAlpha=e.opacity,M.fill(),M.shadowBlur=0,M.shadowColor="transparent",M.globalCompositeOperation="destination-out",M.fill(),M.restore(),this.Yf=!0)}},{Ra:["offsetPolygon"],la:function(){return!0},before:function(){function e(e){var n=e.na,i=e.vb,r=e.selected,o=(n.h+(i?U.lh:0)+(r?U.Ch:0))%360,a=t(n.l*e.qa+(i?U.mh:0)+(r?U.Dh:0));return n=t(n.s*e.saturation+(i?U.nh:0)+(r?U.Eh:0)),(e=e.De).h=o,e.s=n,e.l=a,e}function t(e){return 100<e?100:0>e?0:e}var n=[{type:"fill",la:u("polygonPlainFill"),Vc:function(t,n){n.fillStyle=p.qc(e(t))}},{type:"fill",la:u("polygonGradientFill"),Vc:function(n,i){var r=n.O.r,o=e(n);r=i.createRadialGradient(n.x,n.y,0,n.x,n.y,r*U.dh);var a=o.l,s=U.ah;r.addColorStop(0,p.ia((o.h+U.$g)%360,t(o.s+U.bh),t(a+s))),a=o.l,s=U.fh,r.addColorStop(1,p.ia((o.h+U.eh)%360,t(o.s+U.gh),t(a+s))),n.W.La(i),i.fillStyle=r}},{type:"stroke",la:f(u("polygonPlainStroke"),function(){return 0<U.bb}),Vc:function(e,n){var i=e.na,r=e.vb,o=e.selected,a=(i.h+U.Oe+(r?U.Fe:0)+(o?U.Le:0))%360,s=t(i.s*e.saturation+U.Qe+(r?U.He:0)+(o?U.Ne:0));i=t(i.l*e.qa+U.Pe+(r?U.Ge:0)+(o?U.Me:0)),n.strokeStyle=p.ia(a,s,i),n.lineWidth=U.bb*Math.pow(U.Ja,e.level-1)}},{type:"stroke",la:f(u("polygonGradientStroke"),function(){return 0<U.bb}),Vc:function(e,n){var i=e.O.r*U.Kh,r=e.na,o=Math.PI*U.Gh/180;i=n.createLinearGradient(e.x+i*Math.cos(o),e.y+i*Math.sin(o),e.x+i*Math.cos(o+Math.PI),e.y+i*Math.sin(o+Math.PI));var a=e.vb,s=e.selected;o=(r.h+U.Oe+(a?U.Fe:0)+(s?U.Le:0))%360;var u=t(r.s*e.saturation+U.Qe+(a?U.He:0)+(s?U.Ne:0));r=t(r.l*e.qa+U.Pe+(a?U.Ge:0)+(s?U.Me:0)),a=U.Ih,i.addColorStop(0,p.ia((o+U.Hh)%360,t(u+U.Jh),t(r+a))),a=U.Mh,i.addColorStop(1,p.ia((o+U.Lh)%360,t(u+U.Nh),t(r+a))),n.strokeStyle=i,n.lineWidth=U.bb*Math.pow(U.Ja,e.level-1)}}],i=Array(n.length);return function(e,t){for(var r=n.length-1;0<=r;r--)i[r]=n[r].la(e,t);this.kj=n,this.Hg=i}}(),after:function(){},sb:function(){},Xa:function(){},lb:function(e){return e.Jd&&(0!==e.opacity&&!e.open||!e.X)&&!e.W.Aa()&&(U.qe||!e.description)},mb:function(e,t){var n=this.kj,i=this.Hg;t.beginPath(),e.W.La(t);for(var r=!1,o=!1,a=n.length-1;0<=a;a--){var s=n[a];if(i[a])switch(s.Vc(e,t),s.type){case"fill":r=!0;break;case"stroke":o=!0}}n=(e.X?e.opacity:1)*e.na.a,i=!e.empty(),a=U.Nf?e.ed:1,r&&(e=i&&e.X&&e.N&&e.j[0].V?1-e.j.reduce(function(e,t){return e+t.pa*t.Md},0)/e.j.length*(1-U.Lf):1,t.globalAlpha=n*e*a,Y(t)),o&&(t.globalAlpha=n*(i?U.ji:1)*a,t.closePath(),Z(t),t.stroke())}},{Ra:["offsetPolygon"],la:function(){return 0<U.Fc},before:function(){},after:function(){},sb:function(){},Xa:function(){},lb:function(e){return e.Jd&&e.selected&&!e.W.Aa()},mb:function(e,t,n){t.globalAlpha=e.Ea,t.beginPath();var i=Math.pow(U.Ja,e.level-1);t.lineWidth=U.Fc*i,t.strokeStyle=U.Fh;var r=U.pd;0<r&&(t.shadowBlur=r*i*n*t.A,t.shadowColor=U.Je),e.W.La(t),t.closePath(),t.stroke()}},{Ra:[],la:function(){return!0},before:function(){},after:function(){},sb:function(){},Xa:function(){},ai:Q,lb:function(e){return!(!e.attribution||e.W.Aa())},mb:function(e,t){var n,i,r,o,a=this.ai;e.attribution&&!e.W.Aa()&&(n=a.re.width,i=a.re.height,r=function(e){a.Sg(e,U.he)},o=k.de(e.$,e.O,n/i),o=Math.min(Math.min(.9*o,.5*e.D.o)/i,.5*e.D.w/n),t.save(),t.translate(e.x,e.y),t.globalAlpha=e.opacity*e.ca,t.scale(o,o),t.translate(-n/2,-i/2),r(t),t.restore())}},{Ra:[],la:(W=u("labelPlainFill"),K=f(u("contentDecoration"),function(){return U.Ec}),function(e,t){return W(e,t)||K(e,t)}),before:function(){},after:function(){},sb:function(){},Xa:function(){},mb:function(e,t,n){(0<e.opacity&&0<e.ca&&!e.open||!e.X)&&!e.W.Aa()&&(e.Jc=e.ma&&e.ma.ha&&U.A*e.ma.fontSize*e.scale*n>=U.zh,"auto"===e.ud?!U.qe&&e.description?e.gb=e.parent.gb:(t=(n=e.De).h+(n.s<<9)+(n.l<<16),e.nd!==t&&(n=p.pg(n),e.gb=n>(0>e.ga?U.Oh:U.oh)?U.ph:U.yh,e.nd=t)):e.gb=e.ud)}},{Ra:["custom"],la:f(u("contentDecoration"),function(){return U.Ec}),before:function(){},after:function(){},sb:function(){},Xa:function(){},lb:function(e){return(0<e.opacity&&0<e.ca&&!e.open||!e.X)&&!e.Tb.Aa()&&!e.W.Aa()},mb:function(e,t){e.Jc||void 0===e.ma?(t.globalAlpha=e.ca*(e.X?e.opacity:1)*(e.empty()?1:U.Mf),t.fillStyle=e.gb,t.strokeStyle=e.gb,e.Tb.La(t)):n(e,t)}},{Ra:["label"],la:u("labelPlainFill"),before:function(){},after:function(){},sb:function(){},Xa:function(){},lb:function(e){return e.Ze&&e.Lc&&(0<e.opacity&&0<e.ca&&!e.open||!e.X)&&!e.W.Aa()&&!!e.ma},mb:function(e,t,i){t.fillStyle=e.gb,t.globalAlpha=e.ca*(e.X?e.opacity:1)*(e.empty()?1:U.Mf),e.Jc?$(e,t,i):n(e,t)}}].reverse())];this.M=function(){d=o.Vh()||o.Xe()?{polygonPlainFill:.005,polygonPlainStroke:.01,polygonGradientFill:.2,polygonGradientStroke:.2,polygonExposureShadow:20,labelPlainFill:.04}:{polygonPlainFill:.001,polygonPlainStroke:.001,polygonGradientFill:.05,polygonGradientStroke:.02,polygonExposureShadow:20,labelPlainFill:.02},q.M()},this.clear=function(){g.clearRect(0,0,z,B),y.clearRect(0,0,z,B)};var ie=!1,re=void 0;this.I=function(e){ie?re=e:e()},this.Sd=function(){function e(){window.clearTimeout(n),ie=!0,n=setTimeout(function(){if(ie=!1,function(){if(U.A!==U.pb)return!0;var e="polygonPlainFill polygonPlainStroke polygonGradientFill polygonGradientStroke labelPlainFill contentDecoration".split(" ");T.K(O,function(t){if(t.V&&t.S)return e.push("polygonExposureShadow"),!1});for(var t=e.length-1;0<=t;t--){var n=e[t];if(!!P[n]!=!!R[n])return!0}return!1}()){var e=!a();i(null,o.Y,y,e),A.defer(function(){oe.hj(),re&&(re(),re=void 0)})}else re&&(re(),re=void 0)},Math.max(U.vj,3*t.dg.xd,3*t.dg.wd))}var n,o;return function(t){X(q);var n=null!==(o=r()).hg,a=0<D.cc("hifi"),s=a&&(n||!t);t=n||I||!t,I=!1,a&&!s&&oe.ij(),i(o.hg,o.ae,s?y:g,t),T.ya(O,function(e){e.Z=!1,e.L=!1,e.Sa=!1}),s||e(),U.Gf(n)}}(),this.m=function(e){X(q),O.L=!0,i(null,r().ae,e,!1)},this.u=function(e){e=e||{},X(q),O.L=!0;var t=r(),n=U.A;try{var o=A.G(e.pixelRatio,U.A);U.A=o;var a=D.hc("export",o,!0),s=a.getContext("2d");g===m&&(s=new l(s)),s.scale(o,o);var u=A.has(e,"backgroundColor");u&&(s.save(),s.fillStyle=e.backgroundColor,s.fillRect(0,0,z,B),s.restore()),i(u?[]:null,t.ae,s,!0)}finally{U.A=n}return a.toDataURL(A.G(e.format,"image/png"),A.G(e.quality,.8))};var oe=function(){function e(e,t,i,r,o,a){function s(e,t,n,i){return j.J.v({opacity:D.cc(e)}).ea({duration:n,P:{opacity:{end:t,easing:i}},aa:function(){D.cc(e,this.opacity)}}).done()}var u=A.td(D.cc(e),t),l=A.td(D.cc(r),o);if(!u||!l){for(var c=n.length-1;0<=c;c--)n[c].stop();return n=[],u||n.push(s(e,t,i,C.Hb)),l||n.push(s(r,o,a,C.ag)),j.J.v({}).Qa(n).start()}}var t,n=[];return{ij:function(){U.dd?1!==v.style.opacity&&(v.style.visibility="visible",_.style.visibility="hidden",v.style.opacity=1,_.style.opacity=0):t&&t.yb()||(t=e("wireframe",1,U.ye,"hifi",0,U.ye))},hj:function(){U.dd?(_.style.visibility="visible",v.style.visibility="hidden",v.style.opacity=0,_.style.opacity=1):e("hifi",1,U.kg,"wireframe",0,U.kg)}}}();return X=function(e){e.apply()},Y=function(e){e.fill()},Z=function(e){e.stroke()},this}function ee(e){function t(e){void 0!==e.groupLabelFontFamily&&(r.fontFamily=e.groupLabelFontFamily),void 0!==e.groupLabelFontStyle&&(r.fontStyle=e.groupLabelFontStyle),void 0!==e.groupLabelFontVariant&&(r.fontVariant=e.groupLabelFontVariant),void 0!==e.groupLabelFontWeight&&(r.fontWeight=e.groupLabelFontWeight),void 0!==e.groupLabelLineHeight&&(r.lineHeight=e.groupLabelLineHeight),void 0!==e.groupLabelHorizontalPadding&&(r.eb=e.groupLabelHorizontalPadding),void 0!==e.groupLabelVerticalPadding&&(r.Ua=e.groupLabelVerticalPadding),void 0!==e.groupLabelMaxTotalHeight&&(r.jb=e.groupLabelMaxTotalHeight),void 0!==e.groupLabelMaxFontSize&&(r.ib=e.groupLabelMaxFontSize)}var n,i=e.options,r={},o={},a={groupLabel:""},s={};e.i.subscribe("api:initialized",function(e){n=e}),e.i.subscribe("options:changed",t),t(e.Hd),this.m=function(e){if(!e.$)return!1;var t=e.group.label;return i.rh&&!e.attribution&&(a.labelText=t,n.uc(i.qh,e,a),t=a.labelText),e.$e=t,e.vd!==t},this.u=function(e){var t=e.$e;if(e.vd=t,e.Ic.clear(),e.ma=void 0,e.$&&!A.Ue(t)&&("flattened"!==i.ob||e.empty()||!e.N||!e.j[0].V)){var a=j,u=a.ke;if(i.xh){s.fontFamily=r.fontFamily,s.fontStyle=r.fontStyle,s.fontVariant=r.fontVariant,s.fontWeight=r.fontWeight,s.lineHeight=r.lineHeight,s.horizontalPadding=r.eb,s.verticalPadding=r.Ua,s.maxTotalTextHeight=r.jb,s.maxFontSize=r.ib,n.uc(i.wh,e,s),o.fontFamily=s.fontFamily,o.fontStyle=s.fontStyle,o.fontVariant=s.fontVariant,o.fontWeight=s.fontWeight,o.lineHeight=s.lineHeight,o.eb=s.horizontalPadding,o.Ua=s.verticalPadding,o.jb=s.maxTotalTextHeight,o.ib=s.maxFontSize;var l=o}else l=r;e.ma=u.call(a,l,e.Ic,t,e.$,e.D,e.O,!1,!1,e.Yh,e.O.fa,i.Ah,e.Ka)}e.Ka=!1},$=this.I=function(e,t){e.Ic.La(t)}}function te(e){function t(e,t){var n,i=e.j,r=i.length,a=o.O.r;for(n=0;n<r;n++){var s=i[n];s.ub=(180*(Math.atan2(s.x-e.x,s.y-e.y)+t)/Math.PI+180)/360,s.Dc=Math.min(1,Math.sqrt(k.m(s,e))/a)}}function n(e,t){var n=(e=e.j).length;if(1===n||2===n&&e[0].description)e[0].ub=.5;else{var i=0,r=Number.MAX_VALUE,o=Math.sin(t),a=Math.cos(t);for(t=0;t<n;t++){var s=e[t],u=s.x*o+s.y*a;i<u&&(i=u),r>u&&(r=u),s.ub=u,s.Dc=1}for(t=0;t<n;t++)(s=e[t]).ub=(s.ub-r)/(i-r)}}function i(e,t,n,i){return(t=t[i])+(n[i]-t)*e}var r,o,a={radial:t,linear:n},s=e.options,u={groupColor:null,labelColor:null};return e.i.subscribe("model:loaded",function(e){o=e}),e.i.subscribe("api:initialized",function(e){r=e}),this.M=function(){},this.apply=function(){function e(e,t,n,i){var r=l(e+n*i);return r+t*((e=l(e-n*(1-i)))-r)}function l(e){return 0>e?0:100<e?100:e}var c=a[s.Ii]||t,h=n,f=s.Si,d=s.Li,v=s.Vg,g=s.Wg,b=s.Mi,m=s.Qi;!function t(n){if(n.N&&n.ua){var o,a=n.j;if(n.Z||n.Ha||g){for(0===n.level?c(n,s.Ji*Math.PI/180):h(n,s.Ni*Math.PI/180),o=a.length-1;0<=o;o--){var l=a[o];l.Ha=!0;var _=l.ub,y=l.Ce;if(0===n.level)var C=i(_,f,d,"h"),x=(m+(1-m)*l.Dc)*i(_,f,d,"s"),w=(1+(0>l.ga?b*(l.ga+1):b)*(1-l.Dc))*i(_,f,d,"l"),S=i(_,f,d,"a");else C=(w=n.na).h,x=w.s,w=e(w.l,_,s.Oi,s.Pi),S=n.Ce.a;y.h=C,y.s=x,y.l=w,y.a=S,C=l.na,l.attribution?(C.h=0,C.s=0,C.l="light"==s.he?90:10,C.a=1):(C.h=y.h,C.s=y.s,C.l=y.l,C.a=y.a),g&&!l.attribution&&(u.groupColor=C,u.labelColor="auto",r.uc(v,l,u,function(e){e.ratio=_}),l.na=p.ta(u.groupColor),l.na.a=A.has(u.groupColor,"a")?u.groupColor.a:1,"auto"!==u.labelColor&&(l.ud=p.Fg(u.labelColor)))}n.Ha=!1}for(o=a.length-1;0<=o;o--)t(a[o])}}(o)},this}function ne(){this.nc=this.ce=this.kc=this.cg=this.w=this.jg=this.weight=this.y=this.x=this.id=0,this.B=this.parent=this.j=null,this.D={x:0,y:0,w:0,o:0},this.H=null,this.vd=this.$e=void 0,this.Yc=!1,this.Dc=this.ub=0,this.Ce={h:0,s:0,l:0,a:0,model:"hsla"},this.na={h:0,s:0,l:0,a:0,model:"hsla"},this.De={h:0,s:0,l:0,model:"hsl"},this.nd=-1,this.ud="auto",this.gb="#000",this.$f=this.level=this.sd=this.index=0,this.attribution=!1,this.fa=this.ef=0,this.Y=!1,this.$=null,this.O={x:0,y:0,fa:0,r:0},this.Kd=this.F=null,this.Lc=this.V=this.Sa=this.vc=this.Zd=this.Id=this.Ka=this.Ha=this.L=this.Z=this.Fa=this.ua=this.N=this.Da=!1,this.saturation=this.qa=this.Ea=this.ca=this.opacity=this.scale=1,this.pa=0,this.Md=1,this.Db=this.ga=this.zb=0,this.description=this.selected=this.vb=this.Gd=this.open=this.S=!1,this.tb=0,this.Ze=this.Jd=this.X=!0,this.ma=void 0,this.Jc=!1,this.Ic=new u,this.W=new u,this.Tb=new u,this.Yh=j.li(),this.Kc=0,this.ed=1,this.Pc=-1,this.empty=function(){return!this.j||0===this.j.length};var e=[];this.tc=function(t){e.push(t)},this.Tc=function(t){A.Pf(e,t)};var t={scale:1};this.Ad=function(){var n=!1;this.scale=1;for(var i=0;i<e.length;i++)n=e[i].af(this,t)||n,this.scale*=t.scale;return n},this.Jb=function(t){for(var n=0;n<e.length;n++)e[n].Jb(this,t)},this.transformPoint=function(t,n){for(n.x=t.x,n.y=t.y,t=0;t<e.length;t++)e[t].transformPoint(this,n,n);return n},this.Kb=function(t,n){for(n.x=t.x,n.y=t.y,t=0;t<e.length;t++)e[t].Kb(this,n,n);return n};var n=[];this.rb=function(e){n.push(e)},this.Sc=function(e){A.Pf(n,e)};var i={opacity:1,saturation:1,qa:1,ca:1,Ea:1};this.fc=function(){if(0!==n.length){this.Ea=this.ca=this.qa=this.saturation=this.opacity=1;for(var e=n.length-1;0<=e;e--)(0,n[e])(this,i),this.opacity*=i.opacity,this.qa*=i.qa,this.saturation*=i.saturation,this.ca*=i.ca,this.Ea*=i.Ea}}}function ie(e,t){return t.weight>e.weight?1:t.weight<e.weight?-1:e.index-t.index}function re(e){var t,n,i,r,o,a,s=this,u=e.options;e.i.subscribe("stage:initialized",function(o,a,l,c){i=l,r=c,t=o.hc("titlebar",u.A,!1),(n=t.getContext("2d")).A=u.A,n.scale(n.A,n.A),e.i.C("titlebar:initialized",s)}),e.i.subscribe("stage:resized",function(e,t,o,a){i=o,r=a,n.scale(n.A,n.A)}),e.i.subscribe("zoom:initialized",function(e){a=e}),e.i.subscribe("api:initialized",function(e){o=e}),e.i.subscribe("model:loaded",function(){n.clearRect(0,0,i,r)}),this.update=function(e){if(n.clearRect(0,0,i,r),e){!e.empty()&&e.j[0].description&&(e=e.j[0]);var t=u.pj,s=u.oj,l=Math.min(r/2,u.$d+2*t),c=l-2*t,h=i-2*s;if(!(0>=c||0>=h)){var f=e.Jc?e.ma.fontSize*e.scale*a.scale():0,d={titleBarText:e.vd,titleBarTextColor:u.gg,titleBarBackgroundColor:u.fg,titleBarMaxFontSize:u.$d,titleBarShown:f<u.ei};if(e.attribution)var p=S("B`ssnu!Rd`sbi!Gn`lUsdd!whrt`mh{`uhno/!Busm,bmhbj!uid!mnfn!un!fn!un!iuuqr;..b`ssnurd`sbi/bnl.gn`lusdd!gns!lnsd!edu`hmr/");else o.uc(u.lj,e,d,function(e){e.titleBarWidth=h,e.titleBarHeight=c,e.labelFontSize=f,e.viewportScale=a.scale()}),p=d.titleBarText;p&&0!==p.length&&d.titleBarShown&&(t={x:s,y:(e=a.$c(e.transformPoint(e,{}),{}).y>r/2)?t:r-l+t,w:h,o:c},s=k.I(t),n.fillStyle=u.fg,n.fillRect(0,e?0:r-l,i,l),n.fillStyle=u.gg,j.xe({fontFamily:u.mj||u.sh,fontStyle:u.Oj||u.th,fontWeight:u.Qj||u.vh,fontVariant:u.Pj||u.uh,ib:u.$d,Mc:u.nj,eb:0,Ua:0,jb:1},n,p,s,t,{x:t.x+t.w/2,y:t.y+t.o/2},!0,!0).ha||n.clearRect(0,0,i,r))}}}}function oe(e){function t(e,t,n){return _=!0,u&&u.stop(),l&&l.stop(),a(f.reset(e),t,n).then(function(){_=!1})}function n(t){f.update(t),c.L=!0,e.i.C("foamtree:dirty",!0)}function i(e,t){return f.m((0!==f.u()?.35:1)*e,(0!==f.I()?.35:1)*t)}function r(){if(1===p.ratio){var e=Math.round(1e4*f.u())/1e4;0!==e&&(g.Nd=e,u=h.J.mc(g).ea({duration:500,P:{x:{start:e,end:0,easing:C.Hb}},aa:function(){f.m(g.x-g.Nd,0),n(1),g.Nd=g.x}}).start())}}function o(){if(1===p.ratio){var e=Math.round(1e4*f.I())/1e4;0!==e&&(b.Od=e,l=h.J.mc(b).ea({duration:500,P:{y:{start:e,end:0,easing:C.Hb}},aa:function(){f.m(0,b.y-b.Od),n(1),b.Od=b.y}}).start())}}function a(e,t,i){return e?h.J.mc(p).ea({duration:void 0===t?700:t,P:{ratio:{start:0,end:1,easing:i||C.bg}},aa:function(){n(p.ratio)}}).Ta():(new v).resolve().promise()}function s(e){return function(){return _?(new v).resolve().promise():e.apply(this,arguments)}}var u,l,c,h,f=new d(e),p={ratio:1},g={dx:0,x:0,Nd:0},b={dy:0,y:0,Od:0},m=this,_=!1;e.i.subscribe("model:loaded",function(e){c=e,f.reset(!1),f.update(1)}),e.i.subscribe("timeline:initialized",function(e){h=e}),this.M=function(){e.i.C("zoom:initialized",this)},this.reset=function(e,n){return f.Gb(1),t(!0,e,n)},this.normalize=s(function(e,n){f.wc(1)?t(!1,e,n):m.ff()}),this.ff=function(){r(),o()},this.ig=s(function(e,t,n,i){return m.lc(e.D,t,n,i)}),this.Qb=s(function(e,t,n,i){return a(f.Qb(e,t),n,i)}),this.lc=s(function(e,t,n,i){return a(f.lc(e,t),n,i)}),this.qj=s(function(e,t){f.lc(e,t)&&n(1)}),this.gi=s(function(e,t){1===p.ratio&&i(e,t)&&n(1)}),this.Ag=s(function(e,t){return(e=f.Qb(e,t))&&n(1),e}),this.zg=s(function(e,t,r,o){e=0|f.Qb(e,t),(e|=i(r,o))&&n(1)}),this.hi=s(function(e,t,a){1===p.ratio&&(u=h.J.mc(g).ea({duration:e/.03,P:{dx:{start:t,end:0,easing:C.Hb}},aa:function(){f.m(g.dx,0)&&n(1),r()}}).start(),l=h.J.mc(b).ea({duration:e/.03,P:{dy:{start:a,end:0,easing:C.Hb}},aa:function(){i(0,b.dy)&&n(1),o()}}).start())}),this.ii=function(){u&&0===f.u()&&u.stop(),l&&0===f.I()&&l.stop()},this.yc=function(e,t){f.yc(e,t)},this.Gb=function(e){return f.Gb(e)},this.wc=function(e){return f.wc(e)},this.Ed=function(){return f.Ed()},this.absolute=function(e,t){return f.absolute(e,t)},this.$c=function(e,t){return f.$c(e,t)},this.scale=function(){return f.scale()},this.m=function(e){return f.T(e)},this.content=function(e,t,n,i){f.content(e,t,n,i)}}function ae(e,t,n){function i(e){var t=[];return T.K(p,function(n){e(n)&&t.push(n.group)}),{groups:t}}function o(e,t){var n=_.options,i=n.$i,r=n.Zi;n=n.Td;var o=0<i+r?n:0,a=[];return E.wa(e,E.va(e,_.options.Vd),function(e,n,s){n="groups"===_.options.Ud?s:n,e.j&&(e=x.J.v(e).wait(o*(r+i*n)).call(t).done(),a.push(e))}),x.J.v({}).Qa(a).Ta()}function u(e){he||(he=!0,y.once(function(){he=!1,_.i.C("repaint:before"),I.Sd(this.yg)},{yg:e}))}function l(e){function t(e,r){var o=e.V;if(e.V=r<=n,e.Lc=r<=i,e.V!==o&&T.se(e,function(e){e.Zd=!0}),e.open||e.Va||r++,e=e.j)for(o=0;o<e.length;o++)t(e[o],r)}var n=_.options.bf,i=Math.min(_.options.bf,_.options.bi);if(e)for(var r=0;r<e.length;r++){var o=e[r];t(o,d(o))}else t(p,0)}function c(e,t){var n=[];for((e=h(e,t)).fi&&_.i.C("model:childrenAttached",T.Bc(p)),e.Ti&&L.complete(function(e){le.fb(e),n.push(e)}),t=e=0;t<n.length;t++){var i=n[t];i.j&&(e+=i.j.length),i.ua=!0,W.m(i)}return e}function h(e,n){function i(e,t){var n=!e.attribution&&t-(e.Va?1:0)<o;s=s||n,e.Da=e.Da||n,e.open||e.Va||t++;var i=e.j;if(!i&&n&&(a=j.T(e)||a,i=e.j,u&&(e.Ka=!0)),i)for(e=0;e<i.length;e++)r.push(i[e],t)}var r,o=n||_.options.ci,a=!1,s=!1,u="flattened"===t.ob;for(r=e?e.reduce(function(e,t){return e.push(t,1),e},[]):[p,1];0<r.length;)i(r.shift(),r.shift());return{fi:a,Ti:s}}function d(e){for(var t=0;e.parent;)e.open||e.Va||t++,e=e.parent;return t}var p,m=this,_={i:new w,options:t,Hd:n},y=new s,x=new M(y),S=a.create(),z=new f(_),B=new oe(_),D=new O(_),j=new P(_.options),L=new H(_),I=new J(_,y),N=new U(_);new re(_);var V=new R(_),W=new F(_),K=new G(_),Y=new q(_);_.i.subscribe("stage:initialized",function(e,t,n,i){ie.Se(n,i)}),_.i.subscribe("stage:resized",function(e,t,n,i){ie.Xi(e,t,n,i)}),_.i.subscribe("foamtree:attachChildren",c),_.i.subscribe("openclose:changing",l),_.i.subscribe("interaction:reset",function(){var e=!1;t.Kf({preventDefault:function(){e=!0}}),e?B.reset(t.Ma,C.ba(t.qb)):ce(!0)}),_.i.subscribe("foamtree:dirty",u),this.M=function(){_.i.C("timeline:initialized",x),p=j.M(),z.M(e),D.M(),I.M(),N.M(),V.M(),W.M(),B.M(),K.M(),Y.M()},this.$a=function(){x.m(),ue.stop(),y.m(),z.$a()};var Z,X="groupLabelFontFamily groupLabelFontStyle groupLabelFontVariant groupLabelFontWeight groupLabelLineHeight groupLabelHorizontalPadding groupLabelVerticalPadding groupLabelDottingThreshold groupLabelMaxTotalHeight groupLabelMinFontSize groupLabelMaxFontSize groupLabelDecorator".split(" "),$="rainbowColorDistribution rainbowLightnessDistribution rainbowColorDistributionAngle rainbowLightnessDistributionAngle rainbowColorModelStartPoint rainbowLightnessCorrection rainbowSaturationCorrection rainbowStartColor rainbowEndColor rainbowHueShift rainbowHueShiftCenter rainbowSaturationShift rainbowSaturationShiftCenter rainbowLightnessShift rainbowLightnessShiftCenter attributionTheme".split(" "),Q=!1,ee=["groupBorderRadius","groupBorderRadiusCorrection","groupBorderWidth","groupInsetWidth","groupBorderWidthScaling"],te=["maxGroupLevelsDrawn","maxGroupLabelLevelsDrawn"];this.Ob=function(e){_.i.C("options:changed",e),A.cb(e,X)&&T.K(p,function(e){e.Ka=!0}),A.cb(e,$)&&(p.Ha=!0),A.cb(e,ee)&&(Q=!0),A.cb(e,te)&&(l(),c())},this.reload=function(){ae.reload()},this.pc=function(e,t){A.defer(function(){if(Q)ie.Zh(e),Q=!1;else{if(t)for(var n=j.u(t),i=n.length-1;0<=i;i--)n[i].L=!0;else p.L=!0;u(e)}})},this.va=function(){z.u()},this.update=function(e){var t=(e=e?j.u(e):[p]).reduce(function(e,t){return e[t.id]=t,e},{});e=e.filter(function(e){for(e=e.parent;e;){if(A.has(t,e.id))return!1;e=e.parent}return!0}),j.update(e),ie.rj(e)},this.reset=function(){return ce(!1)},this.ia=I.u,this.T=I.m,this.Ga=(Z={},function(e,t){return(e=j.m(e))?D.ad(Z,e,t):null}),this.wa=function(){var e={x:0,y:0},t={x:0,y:0};return function(n,i){return(n=j.m(n))?(e.x=i.x,e.y=i.y,n.transformPoint(e,e),B.$c(e,e),t.x=e.x,t.y=e.y,t):null}}(),this.ra=function(){var e={};return function(t){return(t=j.m(t))?D.cd(e,t):null}}(),this.Nb=function(){var e={};return function(t){return(t=j.m(t))?D.bd(e,t):null}}(),this.sa=function(){var e={};return function(){return B.m(e)}}(),this.qc=function(){this.I({groups:i(function(e){return e.group.selected}),newState:!0,keepPrevious:!1}),this.u({groups:i(function(e){return e.group.open}),newState:!0,keepPrevious:!1}),this.m({groups:i(function(e){return e.group.exposed}),newState:!0,keepPrevious:!1})},this.Na=function(){return i(function(e){return e.S})},this.m=function(e){return ae.submit(function(){return V.Yb(j.I(e,"exposed",!1),!1,!0,!1)})},this.Wa=function(){return i(function(e){return e.open})},this.u=function(e){return ae.submit(function(){return K.Cb(j.I(e,"open",!0),!1,!1)})},this.Lb=function(){return i(function(e){return e.selected})},this.I=function(e){return ae.submit(function(){return Y.select(j.I(e,"selected",!0),!1),(new v).resolve().promise()})},this.sc=function(e){return(e=j.m(e))?e===p?B.reset(t.Ma,C.ba(t.qb)):B.ig(e,t.ac,t.Ma,C.ba(t.qb)):(new v).resolve().promise()},this.ta=function(e,t){return(e=j.u(e))?(t=c(e,t),l(e),t):0},this.Mb=function(e){return N.Wa[e]},this.rc=function(){var e=r;return{frames:e.frames,totalTime:e.totalTime,lastFrameTime:e.wd,lastInterFrameTime:e.xd,fps:e.Ae}};var ne,ie=function(){function e(e,i){var a=e||r,s=i||o;r=a,o=s,(e=t.Ub&&t.Ub.boundary)&&2<e.length?p.B=e.map(function(e){return{x:a*e.x,y:s*e.y}}):p.B=[{x:0,y:0},{x:a,y:0},{x:a,y:s},{x:0,y:s}],n()}function n(){p.Z=!0,p.F=p.B,p.D=k.D(p.B,p.D),p.O=p,k.sc(p.B,p.O)}function i(){L.jc(p),_.options.Rd?(u(!1),ue.Qf(),ue.Uc()):(L.complete(le.fb),p.Ha=!0,u(!1))}var r,o;return{Se:e,Xi:function(n,r,o,a){if("initialize"===t.Yi)le.stop(),e(o,a),p.empty()||(p.N=!1,p.Da=!0,i());else!function(t,n,r,o){le.stop();var a=r/t,s=o/n;T.te(p,function(e){e.x=e.x*a+(Math.random()-.5)*r/1e3,e.y=e.y*s+(Math.random()-.5)*o/1e3}),e(r,o),p.Fa=!0,L.step(le.fb,!0,!1,function(e){var t=e.j;if(t){L.Fb(e);for(var n=t.length-1;0<=n;n--){var i=t[n];i.w=i.kc}e.Fa=!0}})?u(!1):i()}(n,r,o,a)},Zh:function(e){var t=!1;return p.empty()||(n(),ue.yb()||(t=L.step(le.fb,!1,!1),u(e))),t},rj:function(e){e.forEach(function(e){T.ya(e,function(e){e.empty()||L.Fb(e)}),L.jc(e),_.options.Rd?(ue.Qf(),T.ya(e,function(e){e.empty()||le.grow(e)})):(T.ya(e,function(e){e.empty()||le.fb(e)}),L.complete(le.fb),e.Ha=!0,u(!1))})}}}(),ae=function(){function e(){if(0===t.Ld&&B.reset(0),_.options.Ff(t.Ub),ie.Se(),j.load(t.Ub),h(),l(),_.i.C("model:loaded",p,T.Bc(p)),!p.empty()){if(p.open=!0,p.Da=!0,t.Rd)var e=ue.Uc();else ue.ki(),e=function(){T.ya(p,function(e){e.ua=!1});var e=new v,t=new b(e.resolve);return t.m(),p.ua=!0,W.m(p).then(t.u),o(p,function e(){this.N&&this.B&&(this.Z=this.ua=!0,t.m(),W.m(this).then(t.u),t.m(),o(this,e).then(t.u))}),e.promise()}();!function(){var e=t.Oa,n=t.Qc;t.Oa=0,t.Qc=0,m.qc(),t.Oa=e,t.Qc=n}(),0<t.Td?(I.clear(),z.m(1)):e=g([e,n(1)])}_.options.Ef(t.Ub),e&&(_.options.If(),e.then(function(){I.I(function(){y.once(_.options.Hf)})}))}function n(e,n){return 0===t.we||n?(z.m(e),(new v).resolve().promise()):x.J.v({opacity:z.m()}).be(2).ea({duration:t.we,P:{opacity:{end:e,easing:C.ba(t.Og)}},aa:function(){z.m(this.opacity)}}).Ta()}function i(){for(var e=0;e<a.length;e++){var t=a[e],n=t.action();A.has(n,"then")?n.then(t.ne.resolve):t.ne.resolve()}a=[]}var r=!1,a=[];return{reload:function(){r||(p.empty()?e():(le.stop(),x.m(),ue.stop(),r=!0,g(0<t.Ld?[W.u(),ce(!1)]:[n(0)]).then(function(){n(0,!0),r=!1,e(),A.defer(i)})))},submit:function(e){if(r){var t=new v;return a.push({action:e,ne:t}),t.promise()}return e()}}}(),se=new b(function(){ne.resolve()}),ue=function(){function e(){return a||(se.initial()&&(ne=new v),se.m(),n(),a=!0,y.repeat(i)),ne.promise()}function n(){r=S.now()}function i(){var n=S.now()-r>t.Wi;return n=L.step(function(t){t.ua=!0,le.grow(t),se.m(),W.m(t).then(se.u),se.m(),o(t,function(){this.Da=!0,e()}).then(se.u)},!0,n)||n,u(!0),n&&(a=!1,se.u()),n}var r,a=!1;return{ki:function(){L.complete(le.fb)},Uc:e,Qf:n,yb:function(){return!se.initial()},stop:function(){y.cancel(i),a=!1,se.clear()}}}(),le=function(){function e(e){var t=!e.empty();if(e.ua=!0,t){for(var n=e.j,i=n.length-1;0<=i;i--){var r=n[i];r.w=r.kc}e.Fa=!0}return t}var t=[];return{grow:function(n){var i=_.options,r=i.jh;0<r?E.wa(n,E.va(n,_.options.Vd),function(e,n,o){n="groups"===_.options.Ud?o:n,se.m(),t.push(x.J.v(e).wait(n*i.ih*r).ea({duration:r,P:{w:{start:e.cg,end:e.kc,easing:C.ba(i.kh)}},aa:function(){this.w=Math.max(0,this.w),this.parent.Fa=!0,ue.Uc()}}).Ya(se.u).start())}):e(n)&&ue.Uc()},fb:e,stop:function(){for(var e=t.length-1;0<=e;e--)t[e].stop();t=[]}}}(),ce=function(){var e=!1;return function(n){if(e)return(new v).resolve().promise();e=!0;var i=[];i.push(B.reset(t.Ma,C.ba(t.qb)));var r=new v;return V.Yb({j:[],Ca:!1,Ba:!1},n,!1,!0).then(function(){K.Cb({j:[],Ca:!1,Ba:!1},n,!1).then(r.resolve)}),i.push(r.promise()),g(i).then(function(){e=!1,n&&t.Jf()})}}(),he=!1}function se(){return{version:"3.5.7",build:"bugfix/3.5.x/83c8d550",brandingAllowed:!1}}Q.re={width:445.2,height:533.5},o.rd(function(){window.CarrotSearchFoamTree=function(e){function t(e){function t(e,t){return A.has(n,e)?(t(n[e]),delete n[e],1):0}if(0===arguments.length)return 0;if(1===arguments.length)var n=A.extend({},arguments[0]);else 2===arguments.length&&((n={})[arguments[0]]=arguments[1]);a&&a.validate(n,u.$h);var r=0;l&&(r+=t("selection",l.I),r+=t("open",l.u),r+=t("exposure",l.m));var o={};return A.za(n,function(e,t){(s[t]!==e||A.xb(e))&&(o[t]=e,r++),s[t]=e}),0<r&&i(o),r}function n(e,t){e="on"+e.charAt(0).toUpperCase()+e.slice(1);var n=s[e];s[e]=t(Array.isArray(n)?n:[n]),(t={})[e]=s[e],i(t)}function i(e){!function(){function t(t,n){return A.has(e,t)||void 0===n?x(s[t],o):n}u.$h=s.logging,u.Ub=s.dataObject,u.A=s.pixelRatio,u.pb=s.wireframePixelRatio,u.ob=s.stacking,u.Lg=s.descriptionGroup,u.Wb=s.descriptionGroupType,u.xc=s.descriptionGroupPosition,u.Mg=s.descriptionGroupDistanceFromCenter,u.Vb=s.descriptionGroupSize,u.pe=s.descriptionGroupMinHeight,u.oe=s.descriptionGroupMaxHeight,u.qe=s.descriptionGroupPolygonDrawn,u.layout=s.layout,u.dc=s.layoutByWeightOrder,u.jj=s.showZeroWeightGroups,u.Ie=s.groupMinDiameter,u.Qd=s.rectangleAspectRatioPreference,u.Vi=s.initializer||s.relaxationInitializer,u.Wi=s.relaxationMaxDuration,u.Rd=s.relaxationVisible,u.Of=s.relaxationQualityThreshold,u.Yi=s.resizeTransform,u.Bh=s.groupResizingBudget,u.jh=s.groupGrowingDuration,u.ih=s.groupGrowingDrag,u.kh=s.groupGrowingEasing,u.Tg=s.groupBorderRadius,u.ab=s.groupBorderWidth,u.Ja=s.groupBorderWidthScaling,u.od=s.groupInsetWidth,u.Ug=s.groupBorderRadiusCorrection,u.bb=s.groupStrokeWidth,u.Fc=s.groupSelectionOutlineWidth,u.Fh=s.groupSelectionOutlineColor,u.pd=s.groupSelectionOutlineShadowSize,u.Je=s.groupSelectionOutlineShadowColor,u.Ch=s.groupSelectionFillHueShift,u.Eh=s.groupSelectionFillSaturationShift,u.Dh=s.groupSelectionFillLightnessShift,u.Le=s.groupSelectionStrokeHueShift,u.Ne=s.groupSelectionStrokeSaturationShift,u.Me=s.groupSelectionStrokeLightnessShift,u.hh=s.groupFillType,u.dh=s.groupFillGradientRadius,u.$g=s.groupFillGradientCenterHueShift,u.bh=s.groupFillGradientCenterSaturationShift,u.ah=s.groupFillGradientCenterLightnessShift,u.eh=s.groupFillGradientRimHueShift,u.gh=s.groupFillGradientRimSaturationShift,u.fh=s.groupFillGradientRimLightnessShift,u.qd=s.groupStrokeType,u.bb=s.groupStrokeWidth,u.Oe=s.groupStrokePlainHueShift,u.Qe=s.groupStrokePlainSaturationShift,u.Pe=s.groupStrokePlainLightnessShift,u.Kh=s.groupStrokeGradientRadius,u.Gh=s.groupStrokeGradientAngle,u.Lh=s.groupStrokeGradientUpperHueShift,u.Nh=s.groupStrokeGradientUpperSaturationShift,u.Mh=s.groupStrokeGradientUpperLightnessShift,u.Hh=s.groupStrokeGradientLowerHueShift,u.Jh=s.groupStrokeGradientLowerSaturationShift,u.Ih=s.groupStrokeGradientLowerLightnessShift,u.lh=s.groupHoverFillHueShift,u.nh=s.groupHoverFillSaturationShift,u.mh=s.groupHoverFillLightnessShift,u.Fe=s.groupHoverStrokeHueShift,u.He=s.groupHoverStrokeSaturationShift,u.Ge=s.groupHoverStrokeLightnessShift,u.Pa=s.groupExposureScale,u.Zg=s.groupExposureShadowColor,u.Ee=s.groupExposureShadowSize,u.ac=s.groupExposureZoomMargin,u.Ph=s.groupUnexposureLightnessShift,u.Qh=s.groupUnexposureSaturationShift,u.Oh=s.groupUnexposureLabelColorThreshold,u.Oa=s.exposeDuration,u.Zb=s.exposeEasing,u.Qc=s.openCloseDuration,u.Vg=x(s.groupColorDecorator,o),u.Wg=s.groupColorDecorator!==A.oa,u.qh=x(s.groupLabelDecorator,o),u.rh=s.groupLabelDecorator!==A.oa,u.wh=x(s.groupLabelLayoutDecorator,o),u.xh=s.groupLabelLayoutDecorator!==A.oa,u.Xg=x(s.groupContentDecorator,o),u.Ec=s.groupContentDecorator!==A.oa,u.Yg=s.groupContentDecoratorTriggering,u.Ri=s.rainbowStartColor,u.Ki=s.rainbowEndColor,u.Ii=s.rainbowColorDistribution,u.Ji=s.rainbowColorDistributionAngle,u.Ni=s.rainbowLightnessDistributionAngle,u.Oi=s.rainbowLightnessShift,u.Pi=s.rainbowLightnessShiftCenter,u.Qi=s.rainbowSaturationCorrection,u.Mi=s.rainbowLightnessCorrection,u.Lf=s.parentFillOpacity,u.ji=s.parentStrokeOpacity,u.Mf=s.parentLabelOpacity,u.Nf=s.parentOpacityBalancing,u.Ah=s.groupLabelUpdateThreshold,u.sh=s.groupLabelFontFamily,u.th=s.groupLabelFontStyle,u.uh=s.groupLabelFontVariant,u.vh=s.groupLabelFontWeight,u.zh=s.groupLabelMinFontSize,u.Gj=s.groupLabelMaxFontSize,u.Fj=s.groupLabelLineHeight,u.Ej=s.groupLabelHorizontalPadding,u.Ij=s.groupLabelVerticalPadding,u.Hj=s.groupLabelMaxTotalHeight,u.ph=s.groupLabelDarkColor,u.yh=s.groupLabelLightColor,u.oh=s.groupLabelColorThreshold,u.tj=s.wireframeDrawMaxDuration,u.uj=s.wireframeLabelDrawing,u.sj=s.wireframeContentDecorationDrawing,u.kg=s.wireframeToFinalFadeDuration,u.vj=s.wireframeToFinalFadeDelay,u.Pg=s.finalCompleteDrawMaxDuration,u.Qg=s.finalIncrementalDrawMaxDuration,u.ye=s.finalToWireframeFadeDuration,u.dd=s.androidStockBrowserWorkaround,u.Re=s.incrementalDraw,u.di=s.maxGroups,u.ci=s.maxGroupLevelsAttached,u.bf=s.maxGroupLevelsDrawn,u.bi=s.maxGroupLabelLevelsDrawn,u.Vd=s.rolloutStartPoint,u.Ud=s.rolloutMethod,u.aj=s.rolloutEasing,u.Td=s.rolloutDuration,u.Sf=s.rolloutScalingStrength,u.Uf=s.rolloutTranslationXStrength,u.Vf=s.rolloutTranslationYStrength,u.Rf=s.rolloutRotationStrength,u.Tf=s.rolloutTransformationCenter,u.ej=s.rolloutPolygonDrag,u.fj=s.rolloutPolygonDuration,u.bj=s.rolloutLabelDelay,u.cj=s.rolloutLabelDrag,u.dj=s.rolloutLabelDuration,u.$i=s.rolloutChildGroupsDrag,u.Zi=s.rolloutChildGroupsDelay,u.Bi=s.pullbackStartPoint,u.vi=s.pullbackMethod,u.ri=s.pullbackEasing,u.Mj=s.pullbackType,u.Ld=s.pullbackDuration,u.Ai=s.pullbackScalingStrength,u.Di=s.pullbackTranslationXStrength,u.Ei=s.pullbackTranslationYStrength,u.zi=s.pullbackRotationStrength,u.Ci=s.pullbackTransformationCenter,u.wi=s.pullbackPolygonDelay,u.xi=s.pullbackPolygonDrag,u.yi=s.pullbackPolygonDuration,u.si=s.pullbackLabelDelay,u.ti=s.pullbackLabelDrag,u.ui=s.pullbackLabelDuration,u.ni=s.pullbackChildGroupsDelay,u.oi=s.pullbackChildGroupsDrag,u.pi=s.pullbackChildGroupsDuration,u.we=s.fadeDuration,u.Og=s.fadeEasing,u.wj=s.zoomMouseWheelFactor,u.Ma=s.zoomMouseWheelDuration,u.qb=s.zoomMouseWheelEasing,u.ei=s.maxLabelSizeForTitleBar,u.mj=s.titleBarFontFamily,u.fg=s.titleBarBackgroundColor,u.gg=s.titleBarTextColor,u.nj=s.titleBarMinFontSize,u.$d=s.titleBarMaxFontSize,u.oj=s.titleBarTextPaddingLeftRight,u.pj=s.titleBarTextPaddingTopBottom,u.lj=s.titleBarDecorator,u.Aj=s.attributionText,u.xj=s.attributionLogo,u.zj=s.attributionLogoScale,u.Bj=s.attributionUrl,u.ge=s.attributionPosition,u.Bg=s.attributionDistanceFromCenter,u.Cg=s.attributionWeight,u.he=s.attributionTheme,u.Te=s.interactionHandler,u.Ff=t("onModelChanging",u.Ff),u.Ef=t("onModelChanged",u.Ef),u.Gf=t("onRedraw",u.Gf),u.If=t("onRolloutStart",u.If),u.Hf=t("onRolloutComplete",u.Hf),u.Fd=t("onRelaxationStep",u.Fd),u.Kf=t("onViewResetting",u.Kf),u.Jf=t("onViewReset",u.Jf),u.xf=t("onGroupOpenOrCloseChanging",u.xf),u.wf=t("onGroupOpenOrCloseChanged",u.wf),u.pf=t("onGroupExposureChanging",u.pf),u.nf=t("onGroupExposureChanged",u.nf),u.zf=t("onGroupSelectionChanging",u.zf),u.yf=t("onGroupSelectionChanged",u.yf),u.rf=t("onGroupHover",u.rf),u.tf=t("onGroupMouseMove",u.tf),u.hf=t("onGroupClick",u.hf),u.jf=t("onGroupDoubleClick",u.jf),u.qf=t("onGroupHold",u.qf),u.vf=t("onGroupMouseWheel",u.vf),u.uf=t("onGroupMouseUp",u.uf),u.sf=t("onGroupMouseDown",u.sf),u.mf=t("onGroupDragStart",u.mf),u.kf=t("onGroupDrag",u.kf),u.lf=t("onGroupDragEnd",u.lf),u.Cf=t("onGroupTransformStart",u.Cf),u.Af=t("onGroupTransform",u.Af),u.Bf=t("onGroupTransformEnd",u.Bf),u.Df=t("onKeyUp",u.Df)}(),u.Si=p.ta(u.Ri),u.Li=p.ta(u.Ki),u.Ke=p.ta(u.Je),u.yj=null,l&&(l.Ob(e),A.has(e,"dataObject")&&l.reload())}function r(e){return function(){return e.apply(this,arguments).Rg(o)}}var o=this,a=window.CarrotSearchFoamTree.asserts,s=A.extend({},window.CarrotSearchFoamTree.defaults),u={};t(e),(e=s.element||document.getElementById(s.id))||I.Ga("Element to embed FoamTree in not found."),s.element=e;var l=new ae(e,u,s);l.M();var c={get:function(e){return 0===arguments.length?A.extend({},s):function(e,t){if(!a||a.exists(e))switch(e){case"selection":return l.Lb();case"open":return l.Wa();case"exposure":return l.Na();case"state":return l.ra.apply(this,t);case"geometry":return l.Ga.apply(this,t);case"hierarchy":return l.Nb.apply(this,t);case"containerCoordinates":return l.wa.apply(this,t);case"imageData":return l.ia.apply(this,t);case"viewport":return l.sa();case"times":return l.rc();case"onModelChanged":case"onRedraw":case"onRolloutStart":case"onRolloutComplete":case"onRelaxationStep":case"onGroupHover":case"onGroupOpenOrCloseChanging":case"onGroupExposureChanging":case"onGroupSelectionChanging":case"onGroupSelectionChanged":case"onGroupClick":case"onGroupDoubleClick":case"onGroupHold":return e=s[e],Array.isArray(e)?e:[e];default:return s[e]}}(arguments[0],Array.prototype.slice.call(arguments,1))},set:t,on:function(e,t){n(e,function(e){return e.push(t),e})},off:function(e,t){n(e,function(e){return e.filter(function(e){return e!==t})})},resize:l.va,redraw:l.pc,drawTo:l.T,update:l.update,attach:l.ta,select:r(l.I),expose:r(l.m),open:r(l.u),reset:r(l.reset),zoom:r(l.sc),trigger:function(e,t){(e=l.Mb(e))&&e(t)},dispose:function(){function e(){throw"FoamTree instance disposed"}l.$a(),A.za(c,function(t,n){"dispose"!==n&&(o[n]=e)})}};A.za(c,function(e,t){o[t]=e}),l.reload()},window["CarrotSearchFoamTree.asserts"]&&(window.CarrotSearchFoamTree.asserts=window["CarrotSearchFoamTree.asserts"],delete window["CarrotSearchFoamTree.asserts"]),window.CarrotSearchFoamTree.supported=!0,window.CarrotSearchFoamTree.version=se,window.CarrotSearchFoamTree.defaults=Object.freeze({id:void 0,element:void 0,logging:!1,dataObject:void 0,pixelRatio:1,wireframePixelRatio:1,layout:"relaxed",layoutByWeightOrder:!0,showZeroWeightGroups:!0,groupMinDiameter:10,rectangleAspectRatioPreference:-1,relaxationInitializer:"fisheye",relaxationMaxDuration:3e3,relaxationVisible:!1,relaxationQualityThreshold:1,resizeTransform:"morph",stacking:"hierarchical",descriptionGroup:"auto",descriptionGroupType:"stab",descriptionGroupPosition:225,descriptionGroupDistanceFromCenter:1,descriptionGroupSize:.125,descriptionGroupMinHeight:35,descriptionGroupMaxHeight:.5,descriptionGroupPolygonDrawn:!1,maxGroups:5e4,maxGroupLevelsAttached:4,maxGroupLevelsDrawn:4,maxGroupLabelLevelsDrawn:3,groupGrowingDuration:0,groupGrowingEasing:"bounce",groupGrowingDrag:0,groupResizingBudget:2,groupBorderRadius:.15,groupBorderWidth:4,groupBorderWidthScaling:.6,groupInsetWidth:6,groupBorderRadiusCorrection:1,groupSelectionOutlineWidth:5,groupSelectionOutlineColor:"#222",groupSelectionOutlineShadowSize:0,groupSelectionOutlineShadowColor:"#fff",groupSelectionFillHueShift:0,groupSelectionFillSaturationShift:0,groupSelectionFillLightnessShift:0,groupSelectionStrokeHueShift:0,groupSelectionStrokeSaturationShift:0,groupSelectionStrokeLightnessShift:-10,groupFillType:"gradient",groupFillGradientRadius:1,groupFillGradientCenterHueShift:0,groupFillGradientCenterSaturationShift:0,groupFillGradientCenterLightnessShift:20,groupFillGradientRimHueShift:0,groupFillGradientRimSaturationShift:0,groupFillGradientRimLightnessShift:-5,groupStrokeType:"plain",groupStrokeWidth:1.5,groupStrokePlainHueShift:0,groupStrokePlainSaturationShift:0,groupStrokePlainLightnessShift:-10,groupStrokeGradientRadius:1,groupStrokeGradientAngle:45,groupStrokeGradientUpperHueShift:0,groupStrokeGradientUpperSaturationShift:0,groupStrokeGradientUpperLightnessShift:20,groupStrokeGradientLowerHueShift:0,groupStrokeGradientLowerSaturationShift:0,groupStrokeGradientLowerLightnessShift:-20,groupHoverFillHueShift:0,groupHoverFillSaturationShift:0,groupHoverFillLightnessShift:20,groupHoverStrokeHueShift:0,groupHoverStrokeSaturationShift:0,groupHoverStrokeLightnessShift:-10,groupExposureScale:1.15,groupExposureShadowColor:"rgba(0, 0, 0, 0.5)",groupExposureShadowSize:50,groupExposureZoomMargin:.1,groupUnexposureLightnessShift:65,groupUnexposureSaturationShift:-65,groupUnexposureLabelColorThreshold:.35,exposeDuration:700,exposeEasing:"squareInOut",groupColorDecorator:A.oa,groupLabelDecorator:A.oa,groupLabelLayoutDecorator:A.oa,groupContentDecorator:A.oa,groupContentDecoratorTriggering:"onLayoutDirty",openCloseDuration:500,rainbowColorDistribution:"radial",rainbowColorDistributionAngle:-45,rainbowLightnessDistributionAngle:45,rainbowSaturationCorrection:.1,rainbowLightnessCorrection:.4,rainbowStartColor:"hsla(0, 100%, 55%, 1)",rainbowEndColor:"hsla(359, 100%, 55%, 1)",rainbowLightnessShift:30,rainbowLightnessShiftCenter:.4,parentFillOpacity:.7,parentStrokeOpacity:1,parentLabelOpacity:1,parentOpacityBalancing:!0,wireframeDrawMaxDuration:15,wireframeLabelDrawing:"auto",wireframeContentDecorationDrawing:"auto",wireframeToFinalFadeDuration:500,wireframeToFinalFadeDelay:300,finalCompleteDrawMaxDuration:80,finalIncrementalDrawMaxDuration:100,finalToWireframeFadeDuration:200,androidStockBrowserWorkaround:!1,incrementalDraw:"fast",groupLabelFontFamily:"sans-serif",groupLabelFontStyle:"normal",groupLabelFontWeight:"normal",groupLabelFontVariant:"normal",groupLabelLineHeight:1.05,groupLabelHorizontalPadding:1,groupLabelVerticalPadding:1,groupLabelMinFontSize:6,groupLabelMaxFontSize:160,groupLabelMaxTotalHeight:.9,groupLabelUpdateThreshold:.05,groupLabelDarkColor:"#000",groupLabelLightColor:"#fff",groupLabelColorThreshold:.35,rolloutStartPoint:"center",rolloutEasing:"squareOut",rolloutMethod:"groups",rolloutDuration:2e3,rolloutScalingStrength:-.7,rolloutTranslationXStrength:0,rolloutTranslationYStrength:0,rolloutRotationStrength:-.7,rolloutTransformationCenter:.7,rolloutPolygonDrag:.1,rolloutPolygonDuration:.5,rolloutLabelDelay:.8,rolloutLabelDrag:.1,rolloutLabelDuration:.5,rolloutChildGroupsDrag:.1,rolloutChildGroupsDelay:.2,pullbackStartPoint:"center",pullbackEasing:"squareIn",pullbackMethod:"groups",pullbackDuration:1500,pullbackScalingStrength:-.7,pullbackTranslationXStrength:0,pullbackTranslationYStrength:0,pullbackRotationStrength:-.7,pullbackTransformationCenter:.7,pullbackPolygonDelay:.3,pullbackPolygonDrag:.1,pullbackPolygonDuration:.8,pullbackLabelDelay:0,pullbackLabelDrag:.1,pullbackLabelDuration:.3,pullbackChildGroupsDelay:.1,pullbackChildGroupsDrag:.1,pullbackChildGroupsDuration:.3,fadeDuration:700,fadeEasing:"cubicInOut",zoomMouseWheelFactor:1.5,zoomMouseWheelDuration:500,zoomMouseWheelEasing:"squareOut",maxLabelSizeForTitleBar:8,titleBarFontFamily:null,titleBarFontStyle:"normal",titleBarFontWeight:"normal",titleBarFontVariant:"normal",titleBarBackgroundColor:"rgba(0, 0, 0, 0.5)",titleBarTextColor:"rgba(255, 255, 255, 1)",titleBarMinFontSize:10,titleBarMaxFontSize:40,titleBarTextPaddingLeftRight:20,titleBarTextPaddingTopBottom:15,titleBarDecorator:A.oa,attributionText:null,attributionLogo:null,attributionLogoScale:.5,attributionUrl:"http://carrotsearch.com/foamtree",attributionPosition:"bottomright",attributionDistanceFromCenter:1,attributionWeight:.025,attributionTheme:"light",interactionHandler:o.Sh()?"hammerjs":"builtin",onModelChanging:[],onModelChanged:[],onRedraw:[],onRolloutStart:[],onRolloutComplete:[],onRelaxationStep:[],onViewReset:[],onViewResetting:[],onGroupOpenOrCloseChanging:[],onGroupOpenOrCloseChanged:[],onGroupExposureChanging:[],onGroupExposureChanged:[],onGroupSelectionChanging:[],onGroupSelectionChanged:[],onGroupHover:[],onGroupMouseMove:[],onGroupClick:[],onGroupDoubleClick:[],onGroupHold:[],onGroupMouseWheel:[],onGroupMouseUp:[],onGroupMouseDown:[],onGroupDragStart:[],onGroupDrag:[],onGroupDragEnd:[],onGroupTransformStart:[],onGroupTransform:[],onGroupTransformEnd:[],onKeyUp:[],selection:null,open:null,exposure:null,imageData:null,hierarchy:null,geometry:null,containerCoordinates:null,state:null,viewport:null,times:null}),window.CarrotSearchFoamTree.geometry=Object.freeze({rectangleInPolygon:function(e,t,n,i,r,o,a){return r=A.G(r,1),o=A.G(o,.5),a=A.G(a,.5),{x:t-(e=k.de(e,{x:t,y:n},i,o,a)*r)*i*o,y:n-e*a,w:e*i,h:e}},circleInPolygon:function(e,t,n){return k.rg(e,{x:t,y:n})},stabPolygon:function(e,t,n,i){return k.Nb(e,{x:t,y:n},i)},polygonCentroid:function(e){return{x:(e=k.u(e,{})).x,y:e.y,area:e.fa}},boundingBox:function(e){for(var t=e[0].x,n=e[0].y,i=e[0].x,r=e[0].y,o=1;o<e.length;o++){var a=e[o];a.x<t&&(t=a.x),a.y<n&&(n=a.y),a.x>i&&(i=a.x),a.y>r&&(r=a.y)}return{x:t,y:n,w:i-t,h:r-n}}})},function(){window.CarrotSearchFoamTree=function(){window.console.error("FoamTree is not supported on this browser.")},window.CarrotSearchFoamTree.supported=!1})}();const Jo=window.CarrotSearchFoamTree;function ea(e){e.preventDefault()}class ta extends t.uA{constructor(e){super(e),this.saveNodeRef=e=>this.node=e,this.resize=()=>{const{props:e}=this;this.treemap.resize(),e.onResize&&e.onResize()},this.treemap=null,this.zoomOutDisabled=!1,this.findChunkNamePartIndex()}componentDidMount(){this.treemap=this.createTreemap(),window.addEventListener("resize",this.resize)}componentWillReceiveProps(e){e.data!==this.props.data?(this.findChunkNamePartIndex(),this.treemap.set({dataObject:this.getTreemapDataObject(e.data)})):e.highlightGroups!==this.props.highlightGroups&&setTimeout(()=>this.treemap.redraw())}shouldComponentUpdate(){return!1}componentWillUnmount(){window.removeEventListener("resize",this.resize),this.treemap.dispose()}render(){return qr("div",{...this.props,ref:this.saveNodeRef})}getTreemapDataObject(e=this.props.data){return{groups:e}}createTreemap(){const e=this,{props:t}=this;return new Jo({element:this.node,layout:"squarified",stacking:"flattened",pixelRatio:window.devicePixelRatio||1,maxGroups:1/0,maxGroupLevelsDrawn:1/0,maxGroupLabelLevelsDrawn:1/0,maxGroupLevelsAttached:1/0,wireframeLabelDrawing:"always",groupMinDiameter:0,groupLabelVerticalPadding:.2,rolloutDuration:0,pullbackDuration:0,fadeDuration:0,groupExposureZoomMargin:.2,zoomMouseWheelDuration:300,openCloseDuration:200,dataObject:this.getTreemapDataObject(),titleBarDecorator(e,t,n){n.titleBarShown=!1},groupColorDecorator(t,n,i){const r=e.getGroupRoot(n.group),o=e.getChunkNamePart(r.label),a=/[^0-9]/u.test(o)?function(e){let t=0;for(let n=0;n<e.length;n++)t=(t<<5)-t+e.charCodeAt(n),t&=t;return t}(o):Number.parseInt(o,10)/1e3*360;i.groupColor={model:"hsla",h:Math.round(Math.abs(a)%360),s:60,l:50,a:.9};const{highlightGroups:s}=e.props,u=n.group;s&&s.has(u)?i.groupColor={model:"rgba",r:255,g:0,b:0,a:.8}:s&&s.size>0&&(i.groupColor.s=10)},onGroupClick(n){ea(n),(n.ctrlKey||n.secondary)&&t.onGroupSecondaryClick?t.onGroupSecondaryClick.call(e,n):(e.zoomOutDisabled=!1,this.zoom(n.group))},onGroupDoubleClick:ea,onGroupHover(n){if(n.group&&(n.group.attribution||n.group===this.get("dataObject")))return n.preventDefault(),void(t.onMouseLeave&&t.onMouseLeave.call(e,n));t.onGroupHover&&t.onGroupHover.call(e,n)},onGroupMouseWheel(t){const{scale:n}=this.get("viewport");if(t.delta<0){if(e.zoomOutDisabled)return ea(t);n<1&&(e.zoomOutDisabled=!0,ea(t))}else e.zoomOutDisabled=!1}})}getGroupRoot(e){let t;for(;!e.isAsset&&(t=this.treemap.get("hierarchy",e).parent);)e=t;return e}zoomToGroup(e){for(this.zoomOutDisabled=!1;e&&!this.treemap.get("state",e).revealed;)e=this.treemap.get("hierarchy",e).parent;e&&this.treemap.zoom(e)}isGroupRendered(e){const t=this.treemap.get("state",e);return Boolean(t)&&t.revealed}update(){this.treemap.update()}findChunkNamePartIndex(){const e=this.props.data.map(e=>e.label.split(/[^a-z0-9]/iu)),t={index:0,votes:0};for(let n=Math.max(...e.map(e=>e.length))-1;n>=0;n--){const i={name:0,hash:0,ext:0};let r="";for(const t of e){const e=t[n];void 0!==e&&""!==e&&(e===r?i.ext++:/[a-z]/u.test(e)&&/[0-9]/u.test(e)&&e.length===r.length?i.hash++:(/^[a-z]+$/iu.test(e)||/^[0-9]+$/u.test(e))&&i.name++,r=e)}i.name>=t.votes&&(t.index=n,t.votes=i.name)}this.chunkNamePartIndex=t.index}getChunkNamePart(e){return e.split(/[^a-z0-9]/iu)[this.chunkNamePartIndex]||e}}function na(){const e=[{label:"Stat",prop:"statSize"},{label:"Parsed",prop:"parsedSize"}];return"gzip"===globalThis.compressionAlgorithm&&e.push({label:"Gzipped",prop:"gzipSize"}),"brotli"===globalThis.compressionAlgorithm&&e.push({label:"Brotli",prop:"brotliSize"}),"zstd"===globalThis.compressionAlgorithm&&e.push({label:"Zstandard",prop:"zstdSize"}),e}ta.propTypes={classname:Mr().string,data:Xr.isRequired,highlightGroups:Mr().instanceOf(Set).isRequired,weightProp:Qr.isRequired,onGroupHover:Mr().func,onGroupSecondaryClick:Mr().func,onMouseLeave:Mr().func,onResize:Mr().func};class ia extends t.uA{constructor(){super(),this.mouseCoords={x:0,y:0},this.state={selectedChunk:null,selectedMouseCoords:{x:0,y:0},sidebarPinned:!1,showChunkContextMenu:!1,showTooltip:!1,tooltipContent:null},this.renderChunkItemLabel=e=>{const n=e===no.ALL_ITEM,i=n?"All":e.label,r=n?Ar.totalChunksSize:e[Ar.activeSize];return qr(t.FK,{children:[i," (",qr("strong",{children:A(r)}),")"]})},this.handleSelectionChange=e=>{e?Ar.setSelectedChunks(Ar.allChunks.filter(t=>t.isInitialByEntrypoint[e]??!1)):Ar.setSelectedChunks(Ar.allChunks)},this.handleConcatenatedModulesContentToggle=e=>{Ar.showConcatenatedModulesContent=e,e?_r.setItem("showConcatenatedModulesContent",!0):_r.removeItem("showConcatenatedModulesContent")},this.handleChunkContextMenuHide=()=>{this.setState({showChunkContextMenu:!1})},this.handleResize=()=>{this.state.showChunkContextMenu&&this.setState({showChunkContextMenu:!1})},this.handleSidebarToggle=()=>{this.state.sidebarPinned&&setTimeout(()=>this.treemap.resize())},this.handleSidebarPinStateChange=e=>{this.setState({sidebarPinned:e}),setTimeout(()=>this.treemap.resize())},this.handleSidebarResize=()=>{this.treemap.resize()},this.handleSizeSwitch=e=>{Ar.setSelectedSize(e.prop)},this.handleQueryChange=e=>{Ar.setSearchQuery(e)},this.handleSelectedChunksChange=e=>{Ar.setSelectedChunks(e)},this.handleMouseLeaveTreemap=()=>{this.setState({showTooltip:!1})},this.handleTreemapGroupSecondaryClick=e=>{const{group:t}=e;t&&t.isAsset?this.setState({selectedChunk:t,selectedMouseCoords:{...this.mouseCoords},showChunkContextMenu:!0}):this.setState({selectedChunk:null,showChunkContextMenu:!1})},this.handleTreemapGroupHover=e=>{const{group:t}=e;t?this.setState({showTooltip:!0,tooltipContent:this.getTooltipContent(t)}):this.setState({showTooltip:!1})},this.handleFoundModuleClick=e=>this.treemap.zoomToGroup(e),this.handleMouseMove=e=>{Object.assign(this.mouseCoords,{x:e.pageX,y:e.pageY})},this.isModuleVisible=e=>this.treemap.isGroupRendered(e),this.saveTreemapRef=e=>this.treemap=e,Nn(this,{sizeSwitchItems:at,activeSizeItem:at,chunkItems:at,highlightedModules:at,foundModulesInfo:at})}componentDidMount(){document.addEventListener("mousemove",this.handleMouseMove,!0)}componentWillUnmount(){document.removeEventListener("mousemove",this.handleMouseMove,!0)}render(){const{selectedChunk:e,selectedMouseCoords:t,sidebarPinned:n,showChunkContextMenu:i,showTooltip:r,tooltipContent:o}=this.state;return qr("div",{className:Mo.kL,children:[qr(Ho,{pinned:n,onToggle:this.handleSidebarToggle,onPinStateChange:this.handleSidebarPinStateChange,onResize:this.handleSidebarResize,children:[qr("div",{className:Mo.Us,children:[qr(Zo,{label:"Treemap sizes",items:this.sizeSwitchItems,activeItem:this.activeSizeItem,onSwitch:this.handleSizeSwitch}),Ar.hasConcatenatedModules&&qr("div",{className:Mo.D7,children:qr(Ur,{checked:Ar.showConcatenatedModulesContent,onChange:this.handleConcatenatedModulesContentToggle,children:"Show content of concatenated modules"+("statSize"===Ar.activeSize?"":" (inaccurate)")})})]}),qr("div",{className:Mo.Us,children:qr(fo,{label:"Filter to initial chunks",options:Ar.entrypoints,onSelectionChange:this.handleSelectionChange})}),qr("div",{className:Mo.Us,children:[qr(jo,{label:"Search modules",query:Ar.searchQuery,autofocus:!0,onQueryChange:this.handleQueryChange}),qr("div",{className:Mo.as,children:this.foundModulesInfo}),Ar.isSearching&&Ar.hasFoundModules&&qr("div",{className:Mo.Nr,children:Ar.foundModulesByChunk.map(({chunk:e,modules:t})=>qr("div",{className:Mo.DB,children:[qr("div",{className:Mo.oE,onClick:()=>this.treemap.zoomToGroup(e),children:e.label}),qr(So,{className:Mo.Qb,modules:t,showSize:Ar.activeSize,highlightedText:Ar.searchQueryRegexp,isModuleVisible:this.isModuleVisible,onModuleClick:this.handleFoundModuleClick})]},e.cid))})]}),this.chunkItems.length>1&&qr("div",{className:Mo.Us,children:qr(no,{label:"Show chunks",items:this.chunkItems,checkedItems:Ar.selectedChunks,renderLabel:this.renderChunkItemLabel,onChange:this.handleSelectedChunksChange})})]}),qr(ta,{ref:this.saveTreemapRef,className:Mo.Tj,data:Ar.visibleChunks,highlightGroups:this.highlightedModules,weightProp:Ar.activeSize,onMouseLeave:this.handleMouseLeaveTreemap,onGroupHover:this.handleTreemapGroupHover,onGroupSecondaryClick:this.handleTreemapGroupSecondaryClick,onResize:this.handleResize}),o&&qr(Qo,{visible:r,children:o}),qr(lo,{visible:i,chunk:e,coords:t,onHide:this.handleChunkContextMenuHide})]})}renderModuleSize(e,t){const n=`${t}Size`,i=e[n],r=na().find(e=>e.prop===n).label,o=Ar.activeSize===n;return"number"==typeof i?qr("div",{className:o?Mo.ON:"",children:[r," size: ",qr("strong",{children:A(i)})]}):null}get sizeSwitchItems(){return Ar.hasParsedSizes?na():na().slice(0,1)}get activeSizeItem(){return this.sizeSwitchItems.find(e=>e.prop===Ar.activeSize)}get chunkItems(){const{allChunks:e,activeSize:t}=Ar;let n=[...e];return"statSize"!==t&&(n=n.filter(yr)),n.sort((e,n)=>n[t]-e[t]),n}get highlightedModules(){return new Set(Ar.foundModules)}get foundModulesInfo(){return Ar.isSearching?Ar.hasFoundModules?qr(t.FK,{children:[qr("div",{className:Mo.Xi,children:["Count: ",qr("strong",{children:Ar.foundModules.length})]}),qr("div",{className:Mo.Xi,children:["Total size: ",qr("strong",{children:A(Ar.foundModulesSize)})]})]}):"Nothing found"+(Ar.allChunksSelected?"":" in selected chunks"):"\xA0"}getTooltipContent(e){return e?qr("div",{children:[qr("div",{children:qr("strong",{children:e.label})}),qr("br",{}),this.renderModuleSize(e,"stat"),!e.inaccurateSizes&&this.renderModuleSize(e,"parsed"),!e.inaccurateSizes&&this.renderModuleSize(e,globalThis.compressionAlgorithm),e.path&&qr("div",{children:["Path: ",qr("strong",{children:e.path})]}),e.isAsset&&qr("div",{children:[qr("br",{}),qr("strong",{children:qr("em",{children:"Right-click to view options related to this chunk"})})]})]}):null}}const ra=br(ia);var oa=n(99),aa={};aa.styleTagTransform=Nr(),aa.setAttributes=Lr(),aa.insert=Er().bind(null,"head"),aa.domAPI=Br(),aa.insertStyleElement=Ir();kr()(oa.A,aa);oa.A&&oa.A.locals&&oa.A.locals;let sa;try{globalThis.enableWebSocket&&(sa=new WebSocket(`ws://${location.host}`))}catch{console.warn("Couldn\'t connect to analyzer websocket server so you\'ll have to reload page manually to see updates in the treemap")}window.addEventListener("load",()=>{Ar.defaultSize=`${globalThis.defaultSizes}Size`,Ar.setModules(globalThis.chartData),Ar.setEntrypoints(globalThis.entrypoints),Ar.updateTheme(),(0,t.XX)(qr(ra,{}),document.querySelector("#app")),sa&&sa.addEventListener("message",e=>{const t=JSON.parse(e.data);"chartDataUpdated"===t.event&&Ar.setModules(t.data)})},!1)})()})();\n//# sourceMappingURL=viewer.js.map' };
      if (!Object.hasOwn(files, filename)) throw new Error(`"${filename}" was not inlined into the bundle`);
      return files[filename];
    }
    __name(getAssetContent, "getAssetContent");
    function html(strings, ...values) {
      return strings.map((string, index) => `${string}${values[index] || ""}`).join("");
    }
    __name(html, "html");
    function getScript(filename, mode) {
      if (mode === "static") {
        return `<!-- ${escape(filename)} -->
<script>${getAssetContent(filename)}</script>`;
      }
      return `<script src="${escape(filename)}"></script>`;
    }
    __name(getScript, "getScript");
    function renderViewer({
      title,
      enableWebSocket,
      chartData,
      entrypoints,
      defaultSizes,
      compressionAlgorithm,
      mode
    }) {
      return html`<!DOCTYPE html>
    <html>
      <head>
        <meta charset="UTF-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${escape(title)}</title>
        <link
          rel="shortcut icon"
          href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAMAAACdt4HsAAABrVBMVEUAAAD///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////+O1foceMD///+J0/qK1Pr7/v8Xdr/9///W8P4UdL7L7P0Scr2r4Pyj3vwad8D5/f/2/f+55f3E6f34+/2H0/ojfMKpzOd0rNgQcb3F3O/j9f7c8v6g3Pz0/P/w+v/q+P7n9v6T1/uQ1vuE0vqLut/y+v+Z2fvt+f+15Pzv9fuc2/vR7v2V2Pvd6/bg9P7I6/285/2y4/yp3/zp8vk8i8kqgMT7/P31+fyv4vxGkcz6/P6/6P3j7vfS5PNnpNUxhcbO7f7F6v3O4vHK3/DA2u631Ouy0eqXweKJud5wqthfoNMMbLvY8f73+v2dxeR8sNtTmdDx9/zX6PSjyeaCtd1YnNGX2PuQveCGt95Nls42h8dLlM3F4vBtAAAAM3RSTlMAAyOx0/sKBvik8opWGBMOAe3l1snDm2E9LSb06eHcu5JpHbarfHZCN9CBb08zzkdNS0kYaptYAAAFV0lEQVRYw92X51/aYBDHHS2O2qqttVbrqNq9m+TJIAYIShBkWwqIiCgoWvfeq7Z2/s29hyQNyUcR7LveGwVyXy6XH8/9rqxglLfUPLxVduUor3h0rfp2TYvpivk37929TkG037hffoX0+peVtZQc1589rigVUdXS/ABSAyEmGIO/1XfvldSK8vs3OqB6u3m0nxmIrvgB0dj7rr7Y9IbuF68hnfFaiHA/sxqm0wciIG43P60qKv9WXWc1RXGh/mFESFABTSBi0sNAKzqet17eCtOb3kZIDwxEEU0oAIJGYxNBDhBND29e0rtXXbcpuPmED9IhEAAQ/AXEaF8EPmnrrKsv0LvWR3fg5sWDNAFZOgAgaKvZDogHNU9MFwnnYROkc56RD5CjAbQX9Ow4g7upCsvYu55aSI/Nj0H1akgKQEUM94dwK65hYRmFU9MIcH/fqJYOZYcnuJSU/waKDgTOEVaVKhwrTRP5XzgSpAITYzom7UvkhFX5VutmxeNnWDjjswTKTyfgluNDGbUpWissXhF3s7mlSml+czWkg3D0l1nNjGNjz3myOQOa1KM/jOS6ebdbAVTCi4gljHSFrviza7tOgRWcS0MOUX9zdNgag5w7rRqA44Lzw0hr1WqES36dFliSJFlh2rXIae3FFcDDgKdxrUIDePr8jGcSClV1u7A9xeN0ModY/pHMxmR1EzRh8TJiwqsHmKW0l4FCEZI+jHio+JdPPE9qwQtTRxku2D8sIeRL2LnxWSllANCQGOIiqVHAz2ye2JR0DcH+HoxDkaADLjgxjKQ+AwCX/g0+DNgdG0ukYCONAe+dbc2IAc6fwt1ARoDSezNHxV2Cmzwv3O6lDMV55edBGwGK9n1+x2F8EDfAGCxug8MhpsMEcTEAWf3rx2vZhe/LAmtIn/6apE6PN0ULKgywD9mmdxbmFl3OvD5AS5fW5zLbv/YHmcsBTjf/afDz3MaZTVCfAP9z6/Bw6ycv8EUBWJIn9zYcoAWWlW9+OzO3vkTy8H+RANLmdrpOuYWdZYEXpo+TlCJrW5EARb7fF+bWdqf3hhyZI1nWJQHgznErZhbjoEsWqi8dQNoE294aldzFurwSABL2XXMf9+H1VQGke9exw5P/AnA5Pv5ngMul7LOvO922iwACu8WkCwLCafvM4CeWPxfA8lNHcWZSoi8EwMAIciKX2Z4SWCMAa3snCZ/G4EA8D6CMLNFsGQhkkz/gQNEBbPCbWsxGUpYVu3z8IyNAknwJkfPMEhLyrdi5RTyUVACkw4GSFRNWJNEW+fgPGwHD8/JxnRuLabN4CGNRkAE23na2+VmEAUmrYymSGjMAYqH84YUIyzgzs3XC7gNgH36Vcc4zKY9o9fgPBXUAiHHwVboBHGLiX6Zcjp1f2wu4tvzZKo0ecPnDtQYDQvJXaBeNzce45Fp28ZQLrEZVuFqgBwOalArKXnW1UzlnSusQKJqKYNuz4tOnI6sZG4zanpemv+7ySU2jbA9h6uhcgpfy6G2PahirDZ6zvq6zDduMVFTKvzw8wgyEdelwY9in3XkEPs3osJuwRQ4qTkfzifndg9Gfc4pdsu82+tTnHZTBa2EAMrqr2t43pguc8tNm7JQVQ2S0ukj2d22dhXYP0/veWtwKrCkNoNimAN5+Xr/oLrxswKbVJjteWrX7eR63o4j9q0GxnaBdWgGA5VStpanIjQmEhV0/nVt5VOFUvix6awJhPcAaTEShgrG+iGyvb5a0Ndb1YGHFPEwoqAinoaykaID1o1pdPNu7XsnCKQ3R+hwWIIhGvORcJUBYXe3Xa3vq/mF/N9V13ugufMkfXn+KHsRD0B8AAAAASUVORK5CYII="
          type="image/x-icon"
        />

        <script>
          window.enableWebSocket = ${escapeJson(enableWebSocket)};
        </script>
        ${getScript("viewer.js", mode)}
      </head>

      <body>
        <div id="app"></div>
        <script>
          window.chartData = ${escapeJson(chartData)};
          window.entrypoints = ${escapeJson(entrypoints)};
          window.defaultSizes = ${escapeJson(defaultSizes)};
          window.compressionAlgorithm = ${escapeJson(compressionAlgorithm)};
        </script>
      </body>
    </html>`;
    }
    __name(renderViewer, "renderViewer");
    module.exports = {
      renderViewer
    };
  }
});

// src/measure/composition.ts
var import_analyzer = __toESM(require_analyzer(), 1);
import { stat } from "node:fs/promises";
import path2 from "node:path";

// src/measure/treemap.ts
var import_template = __toESM(require_template(), 1);
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
var template = import_template.default;
async function writeTreemap(file, options) {
  const html = template.renderViewer({ mode: "static", compressionAlgorithm: "gzip", enableWebSocket: false, ...options });
  const treemapFile = path.resolve(file);
  await mkdir(path.dirname(treemapFile), { recursive: true });
  await writeFile(treemapFile, html);
}
__name(writeTreemap, "writeTreemap");

// src/measure/composition.ts
var MODULES_PER_ASSET = 50;
var analyzer = import_analyzer.default;
var silentLogger = { debug() {
}, info() {
}, warn() {
}, error() {
} };
async function measureComposition(statsFile, options = {}) {
  const stats = await readStats(statsFile);
  const bundleDir = options.bundleDir ? path2.resolve(options.bundleDir) : await defaultBundleDir(stats, statsFile);
  const entrypoints = Object.values(stats.entrypoints ?? {}).map((entrypoint) => entrypoint.name);
  const chartData = analyzer.getViewerData(stats, bundleDir, { logger: silentLogger, compressionAlgorithm: "gzip", excludeAssets: null });
  const sizeKind = chartData.length > 0 && chartData.every((asset) => asset.parsedSize !== void 0) ? "parsed" : "stat";
  if (options.treemapFile) {
    await writeTreemap(options.treemapFile, { title: `${path2.basename(statsFile)}: bundle composition`, chartData, entrypoints, defaultSizes: sizeKind });
  }
  return { source: "webpack-stats", statsFile, sizeKind, bundleDir, assets: chartData.map((asset) => composeAsset(asset, sizeKind)) };
}
__name(measureComposition, "measureComposition");
async function readStats(statsFile) {
  let stats;
  try {
    stats = await analyzer.readStatsFromFile(statsFile);
  } catch (error) {
    if (error instanceof SyntaxError) throw new UserError(messages.webpackStatsNotJson(statsFile, error.message));
    const code = error.code;
    if (code === "ENOENT") throw new UserError(messages.webpackStatsMissing(statsFile));
    throw new UserError(messages.webpackStatsUnreadable(statsFile, code ?? String(error)));
  }
  if (!isWebpackStats(stats)) throw new UserError(messages.notWebpackStats(statsFile));
  if (!listsModules(stats)) throw new UserError(messages.webpackStatsWithoutModules(statsFile));
  return stats;
}
__name(readStats, "readStats");
function isWebpackStats(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const stats = value;
  return Array.isArray(stats.assets) || Array.isArray(stats.children) && stats.children.some(isWebpackStats);
}
__name(isWebpackStats, "isWebpackStats");
function listsModules(stats) {
  return (stats.modules?.length ?? 0) > 0 || (stats.chunks ?? []).some((chunk) => (chunk.modules?.length ?? 0) > 0) || (stats.children ?? []).some(listsModules);
}
__name(listsModules, "listsModules");
async function defaultBundleDir(stats, statsFile) {
  if (stats.outputPath) {
    const isFolder = await stat(stats.outputPath).then(
      (found) => found.isDirectory(),
      () => false
    );
    if (isFolder) return stats.outputPath;
  }
  return path2.dirname(path2.resolve(statsFile));
}
__name(defaultBundleDir, "defaultBundleDir");
function composeAsset(asset, sizeKind) {
  const modules = mergeByName([...leafModules(asset.groups, ".")].map((node) => sizeOf(node.name, node, sizeKind)));
  const packages = /* @__PURE__ */ new Map();
  for (const module of modules) {
    const name = packageOf(module.name);
    packages.set(name, add(packages.get(name) ?? { name, size: 0, ...sizeKind === "parsed" ? { gzip: 0, stat: 0 } : {} }, module));
  }
  const largestFirst = /* @__PURE__ */ __name((a, b) => b.size - a.size || a.name.localeCompare(b.name), "largestFirst");
  const { size, gzip } = sizeOf(asset.label, asset, sizeKind);
  return {
    asset: asset.label,
    size,
    ...gzip === void 0 ? {} : { gzip },
    moduleCount: modules.length,
    packages: [...packages.values()].sort(largestFirst),
    modules: modules.sort(largestFirst).slice(0, MODULES_PER_ASSET)
  };
}
__name(composeAsset, "composeAsset");
function* leafModules(nodes, folder) {
  for (const node of nodes) {
    const parts = node.groups ?? [];
    if (node.concatenated && parts.length > 0) yield* leafModules(parts, ".");
    else if (parts.length > 0) yield* leafModules(parts, `${folder}/${node.label}`);
    else yield { ...node, name: `${folder}/${node.label.replace(/ \(concatenated\)$/, "")}` };
  }
}
__name(leafModules, "leafModules");
function sizeOf(name, node, sizeKind) {
  if (sizeKind === "stat") return { name, size: node.statSize };
  return { name, size: node.parsedSize ?? 0, gzip: node.gzipSize ?? 0, stat: node.statSize };
}
__name(sizeOf, "sizeOf");
function add(total, part) {
  return {
    name: total.name,
    size: total.size + part.size,
    ...total.gzip === void 0 ? {} : { gzip: total.gzip + (part.gzip ?? 0) },
    ...total.stat === void 0 ? {} : { stat: total.stat + (part.stat ?? 0) }
  };
}
__name(add, "add");
function mergeByName(modules) {
  const merged = /* @__PURE__ */ new Map();
  for (const module of modules) {
    const seen = merged.get(module.name);
    merged.set(module.name, seen ? add(seen, module) : module);
  }
  return [...merged.values()];
}
__name(mergeByName, "mergeByName");
function packageOf(modulePath) {
  const packages = [...modulePath.matchAll(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//g)];
  return packages.at(-1)?.[1] ?? APP_PACKAGE;
}
__name(packageOf, "packageOf");

export {
  writeTreemap,
  MODULES_PER_ASSET,
  measureComposition,
  packageOf
};
