import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  getModuleDirectory,
  getModulePath
} from "./chunk-PVRN2YPO.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import {
  __commonJS,
  __esm,
  __export,
  __name,
  __toCommonJS,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/lookup-closest-locale/index.js
var require_lookup_closest_locale = __commonJS({
  "node_modules/lookup-closest-locale/index.js"(exports, module) {
    module.exports = /* @__PURE__ */ __name(function lookupClosestLocale2(locale, available) {
      if (typeof locale === "string" && available[locale]) return locale;
      var locales2 = [].concat(locale || []);
      for (var l = 0, ll = locales2.length; l < ll; ++l) {
        var current = locales2[l].split("-");
        while (current.length) {
          var candidate = current.join("-");
          if (available[candidate]) return candidate;
          current.pop();
        }
      }
    }, "lookupClosestLocale");
  }
});

// node_modules/tslib/tslib.es6.mjs
var tslib_es6_exports = {};
__export(tslib_es6_exports, {
  __addDisposableResource: () => __addDisposableResource,
  __assign: () => __assign,
  __asyncDelegator: () => __asyncDelegator,
  __asyncGenerator: () => __asyncGenerator,
  __asyncValues: () => __asyncValues,
  __await: () => __await,
  __awaiter: () => __awaiter,
  __classPrivateFieldGet: () => __classPrivateFieldGet,
  __classPrivateFieldIn: () => __classPrivateFieldIn,
  __classPrivateFieldSet: () => __classPrivateFieldSet,
  __createBinding: () => __createBinding,
  __decorate: () => __decorate,
  __disposeResources: () => __disposeResources,
  __esDecorate: () => __esDecorate,
  __exportStar: () => __exportStar,
  __extends: () => __extends,
  __generator: () => __generator,
  __importDefault: () => __importDefault,
  __importStar: () => __importStar,
  __makeTemplateObject: () => __makeTemplateObject,
  __metadata: () => __metadata,
  __param: () => __param,
  __propKey: () => __propKey,
  __read: () => __read,
  __rest: () => __rest,
  __rewriteRelativeImportExtension: () => __rewriteRelativeImportExtension,
  __runInitializers: () => __runInitializers,
  __setFunctionName: () => __setFunctionName,
  __spread: () => __spread,
  __spreadArray: () => __spreadArray,
  __spreadArrays: () => __spreadArrays,
  __values: () => __values,
  default: () => tslib_es6_default
});
function __extends(d, b) {
  if (typeof b !== "function" && b !== null)
    throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
  extendStatics(d, b);
  function __() {
    this.constructor = d;
  }
  __name(__, "__");
  d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
}
function __rest(s, e) {
  var t = {};
  for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
    t[p] = s[p];
  if (s != null && typeof Object.getOwnPropertySymbols === "function")
    for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
      if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
        t[p[i]] = s[p[i]];
    }
  return t;
}
function __decorate(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
  else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}
function __param(paramIndex, decorator) {
  return function(target, key) {
    decorator(target, key, paramIndex);
  };
}
function __esDecorate(ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
  function accept(f) {
    if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected");
    return f;
  }
  __name(accept, "accept");
  var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
  var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
  var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
  var _, done = false;
  for (var i = decorators.length - 1; i >= 0; i--) {
    var context = {};
    for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
    for (var p in contextIn.access) context.access[p] = contextIn.access[p];
    context.addInitializer = function(f) {
      if (done) throw new TypeError("Cannot add initializers after decoration has completed");
      extraInitializers.push(accept(f || null));
    };
    var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
    if (kind === "accessor") {
      if (result === void 0) continue;
      if (result === null || typeof result !== "object") throw new TypeError("Object expected");
      if (_ = accept(result.get)) descriptor.get = _;
      if (_ = accept(result.set)) descriptor.set = _;
      if (_ = accept(result.init)) initializers.unshift(_);
    } else if (_ = accept(result)) {
      if (kind === "field") initializers.unshift(_);
      else descriptor[key] = _;
    }
  }
  if (target) Object.defineProperty(target, contextIn.name, descriptor);
  done = true;
}
function __runInitializers(thisArg, initializers, value) {
  var useValue = arguments.length > 2;
  for (var i = 0; i < initializers.length; i++) {
    value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
  }
  return useValue ? value : void 0;
}
function __propKey(x) {
  return typeof x === "symbol" ? x : "".concat(x);
}
function __setFunctionName(f, name, prefix) {
  if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
  return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
}
function __metadata(metadataKey, metadataValue) {
  if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
}
function __awaiter(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    __name(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    __name(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    __name(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}
function __generator(thisArg, body) {
  var _ = { label: 0, sent: /* @__PURE__ */ __name(function() {
    if (t[0] & 1) throw t[1];
    return t[1];
  }, "sent"), trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
  return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() {
    return this;
  }), g;
  function verb(n) {
    return function(v) {
      return step([n, v]);
    };
  }
  __name(verb, "verb");
  function step(op) {
    if (f) throw new TypeError("Generator is already executing.");
    while (g && (g = 0, op[0] && (_ = 0)), _) try {
      if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
      if (y = 0, t) op = [op[0] & 2, t.value];
      switch (op[0]) {
        case 0:
        case 1:
          t = op;
          break;
        case 4:
          _.label++;
          return { value: op[1], done: false };
        case 5:
          _.label++;
          y = op[1];
          op = [0];
          continue;
        case 7:
          op = _.ops.pop();
          _.trys.pop();
          continue;
        default:
          if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
            _ = 0;
            continue;
          }
          if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
            _.label = op[1];
            break;
          }
          if (op[0] === 6 && _.label < t[1]) {
            _.label = t[1];
            t = op;
            break;
          }
          if (t && _.label < t[2]) {
            _.label = t[2];
            _.ops.push(op);
            break;
          }
          if (t[2]) _.ops.pop();
          _.trys.pop();
          continue;
      }
      op = body.call(thisArg, _);
    } catch (e) {
      op = [6, e];
      y = 0;
    } finally {
      f = t = 0;
    }
    if (op[0] & 5) throw op[1];
    return { value: op[0] ? op[1] : void 0, done: true };
  }
  __name(step, "step");
}
function __exportStar(m, o) {
  for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
}
function __values(o) {
  var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
  if (m) return m.call(o);
  if (o && typeof o.length === "number") return {
    next: /* @__PURE__ */ __name(function() {
      if (o && i >= o.length) o = void 0;
      return { value: o && o[i++], done: !o };
    }, "next")
  };
  throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
}
function __read(o, n) {
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
}
function __spread() {
  for (var ar = [], i = 0; i < arguments.length; i++)
    ar = ar.concat(__read(arguments[i]));
  return ar;
}
function __spreadArrays() {
  for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
  for (var r = Array(s), k = 0, i = 0; i < il; i++)
    for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
      r[k] = a[j];
  return r;
}
function __spreadArray(to, from, pack) {
  if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
    if (ar || !(i in from)) {
      if (!ar) ar = Array.prototype.slice.call(from, 0, i);
      ar[i] = from[i];
    }
  }
  return to.concat(ar || Array.prototype.slice.call(from));
}
function __await(v) {
  return this instanceof __await ? (this.v = v, this) : new __await(v);
}
function __asyncGenerator(thisArg, _arguments, generator) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var g = generator.apply(thisArg, _arguments || []), i, q = [];
  return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
    return this;
  }, i;
  function awaitReturn(f) {
    return function(v) {
      return Promise.resolve(v).then(f, reject);
    };
  }
  __name(awaitReturn, "awaitReturn");
  function verb(n, f) {
    if (g[n]) {
      i[n] = function(v) {
        return new Promise(function(a, b) {
          q.push([n, v, a, b]) > 1 || resume(n, v);
        });
      };
      if (f) i[n] = f(i[n]);
    }
  }
  __name(verb, "verb");
  function resume(n, v) {
    try {
      step(g[n](v));
    } catch (e) {
      settle(q[0][3], e);
    }
  }
  __name(resume, "resume");
  function step(r) {
    r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
  }
  __name(step, "step");
  function fulfill(value) {
    resume("next", value);
  }
  __name(fulfill, "fulfill");
  function reject(value) {
    resume("throw", value);
  }
  __name(reject, "reject");
  function settle(f, v) {
    if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
  }
  __name(settle, "settle");
}
function __asyncDelegator(o) {
  var i, p;
  return i = {}, verb("next"), verb("throw", function(e) {
    throw e;
  }), verb("return"), i[Symbol.iterator] = function() {
    return this;
  }, i;
  function verb(n, f) {
    i[n] = o[n] ? function(v) {
      return (p = !p) ? { value: __await(o[n](v)), done: false } : f ? f(v) : v;
    } : f;
  }
  __name(verb, "verb");
}
function __asyncValues(o) {
  if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
  var m = o[Symbol.asyncIterator], i;
  return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
    return this;
  }, i);
  function verb(n) {
    i[n] = o[n] && function(v) {
      return new Promise(function(resolve, reject) {
        v = o[n](v), settle(resolve, reject, v.done, v.value);
      });
    };
  }
  __name(verb, "verb");
  function settle(resolve, reject, d, v) {
    Promise.resolve(v).then(function(v2) {
      resolve({ value: v2, done: d });
    }, reject);
  }
  __name(settle, "settle");
}
function __makeTemplateObject(cooked, raw) {
  if (Object.defineProperty) {
    Object.defineProperty(cooked, "raw", { value: raw });
  } else {
    cooked.raw = raw;
  }
  return cooked;
}
function __importStar(mod) {
  if (mod && mod.__esModule) return mod;
  var result = {};
  if (mod != null) {
    for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
  }
  __setModuleDefault(result, mod);
  return result;
}
function __importDefault(mod) {
  return mod && mod.__esModule ? mod : { default: mod };
}
function __classPrivateFieldGet(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
}
function __classPrivateFieldSet(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
}
function __classPrivateFieldIn(state, receiver) {
  if (receiver === null || typeof receiver !== "object" && typeof receiver !== "function") throw new TypeError("Cannot use 'in' operator on non-object");
  return typeof state === "function" ? receiver === state : state.has(receiver);
}
function __addDisposableResource(env, value, async) {
  if (value !== null && value !== void 0) {
    if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
    var dispose, inner;
    if (async) {
      if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
      dispose = value[Symbol.asyncDispose];
    }
    if (dispose === void 0) {
      if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
      dispose = value[Symbol.dispose];
      if (async) inner = dispose;
    }
    if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
    if (inner) dispose = /* @__PURE__ */ __name(function() {
      try {
        inner.call(this);
      } catch (e) {
        return Promise.reject(e);
      }
    }, "dispose");
    env.stack.push({ value, dispose, async });
  } else if (async) {
    env.stack.push({ async: true });
  }
  return value;
}
function __disposeResources(env) {
  function fail(e) {
    env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
    env.hasError = true;
  }
  __name(fail, "fail");
  var r, s = 0;
  function next() {
    while (r = env.stack.pop()) {
      try {
        if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
        if (r.dispose) {
          var result = r.dispose.call(r.value);
          if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) {
            fail(e);
            return next();
          });
        } else s |= 1;
      } catch (e) {
        fail(e);
      }
    }
    if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
    if (env.hasError) throw env.error;
  }
  __name(next, "next");
  return next();
}
function __rewriteRelativeImportExtension(path3, preserveJsx, extraExtensions, ignoreCase) {
  if (typeof path3 === "string" && /^\.\.?\//.test(path3)) {
    if (extraExtensions) {
      for (var extension in extraExtensions) {
        var suffix = path3.slice(-extension.length);
        if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
          var output = extraExtensions[extension];
          return output === extension ? path3 : path3.slice(0, -extension.length) + output;
        }
      }
    }
    return path3.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
      return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
    });
  }
  return path3;
}
var extendStatics, __assign, __createBinding, __setModuleDefault, ownKeys, _SuppressedError, tslib_es6_default;
var init_tslib_es6 = __esm({
  "node_modules/tslib/tslib.es6.mjs"() {
    extendStatics = /* @__PURE__ */ __name(function(d, b) {
      extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
        d2.__proto__ = b2;
      } || function(d2, b2) {
        for (var p in b2) if (Object.prototype.hasOwnProperty.call(b2, p)) d2[p] = b2[p];
      };
      return extendStatics(d, b);
    }, "extendStatics");
    __name(__extends, "__extends");
    __assign = /* @__PURE__ */ __name(function() {
      __assign = Object.assign || /* @__PURE__ */ __name(function __assign2(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
      }, "__assign");
      return __assign.apply(this, arguments);
    }, "__assign");
    __name(__rest, "__rest");
    __name(__decorate, "__decorate");
    __name(__param, "__param");
    __name(__esDecorate, "__esDecorate");
    __name(__runInitializers, "__runInitializers");
    __name(__propKey, "__propKey");
    __name(__setFunctionName, "__setFunctionName");
    __name(__metadata, "__metadata");
    __name(__awaiter, "__awaiter");
    __name(__generator, "__generator");
    __createBinding = Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ __name(function() {
          return m[k];
        }, "get") };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    });
    __name(__exportStar, "__exportStar");
    __name(__values, "__values");
    __name(__read, "__read");
    __name(__spread, "__spread");
    __name(__spreadArrays, "__spreadArrays");
    __name(__spreadArray, "__spreadArray");
    __name(__await, "__await");
    __name(__asyncGenerator, "__asyncGenerator");
    __name(__asyncDelegator, "__asyncDelegator");
    __name(__asyncValues, "__asyncValues");
    __name(__makeTemplateObject, "__makeTemplateObject");
    __setModuleDefault = Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    };
    ownKeys = /* @__PURE__ */ __name(function(o) {
      ownKeys = Object.getOwnPropertyNames || function(o2) {
        var ar = [];
        for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
        return ar;
      };
      return ownKeys(o);
    }, "ownKeys");
    __name(__importStar, "__importStar");
    __name(__importDefault, "__importDefault");
    __name(__classPrivateFieldGet, "__classPrivateFieldGet");
    __name(__classPrivateFieldSet, "__classPrivateFieldSet");
    __name(__classPrivateFieldIn, "__classPrivateFieldIn");
    __name(__addDisposableResource, "__addDisposableResource");
    _SuppressedError = typeof SuppressedError === "function" ? SuppressedError : function(error, suppressed, message) {
      var e = new Error(message);
      return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
    };
    __name(__disposeResources, "__disposeResources");
    __name(__rewriteRelativeImportExtension, "__rewriteRelativeImportExtension");
    tslib_es6_default = {
      __extends,
      __assign,
      __rest,
      __decorate,
      __param,
      __esDecorate,
      __runInitializers,
      __propKey,
      __setFunctionName,
      __metadata,
      __awaiter,
      __generator,
      __createBinding,
      __exportStar,
      __values,
      __read,
      __spread,
      __spreadArrays,
      __spreadArray,
      __await,
      __asyncGenerator,
      __asyncDelegator,
      __asyncValues,
      __makeTemplateObject,
      __importStar,
      __importDefault,
      __classPrivateFieldGet,
      __classPrivateFieldSet,
      __classPrivateFieldIn,
      __addDisposableResource,
      __disposeResources,
      __rewriteRelativeImportExtension
    };
  }
});

// node_modules/@formatjs/fast-memoize/index.js
var require_fast_memoize = __commonJS({
  "node_modules/@formatjs/fast-memoize/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.strategies = void 0;
    exports.memoize = memoize;
    function memoize(fn, options) {
      var cache = options && options.cache ? options.cache : cacheDefault;
      var serializer = options && options.serializer ? options.serializer : serializerDefault;
      var strategy = options && options.strategy ? options.strategy : strategyDefault;
      return strategy(fn, {
        cache,
        serializer
      });
    }
    __name(memoize, "memoize");
    function isPrimitive(value) {
      return value == null || typeof value === "number" || typeof value === "boolean";
    }
    __name(isPrimitive, "isPrimitive");
    function monadic(fn, cache, serializer, arg) {
      var cacheKey = isPrimitive(arg) ? arg : serializer(arg);
      var computedValue = cache.get(cacheKey);
      if (typeof computedValue === "undefined") {
        computedValue = fn.call(this, arg);
        cache.set(cacheKey, computedValue);
      }
      return computedValue;
    }
    __name(monadic, "monadic");
    function variadic(fn, cache, serializer) {
      var args = Array.prototype.slice.call(arguments, 3);
      var cacheKey = serializer(args);
      var computedValue = cache.get(cacheKey);
      if (typeof computedValue === "undefined") {
        computedValue = fn.apply(this, args);
        cache.set(cacheKey, computedValue);
      }
      return computedValue;
    }
    __name(variadic, "variadic");
    function assemble(fn, context, strategy, cache, serialize) {
      return strategy.bind(context, fn, cache, serialize);
    }
    __name(assemble, "assemble");
    function strategyDefault(fn, options) {
      var strategy = fn.length === 1 ? monadic : variadic;
      return assemble(fn, this, strategy, options.cache.create(), options.serializer);
    }
    __name(strategyDefault, "strategyDefault");
    function strategyVariadic(fn, options) {
      return assemble(fn, this, variadic, options.cache.create(), options.serializer);
    }
    __name(strategyVariadic, "strategyVariadic");
    function strategyMonadic(fn, options) {
      return assemble(fn, this, monadic, options.cache.create(), options.serializer);
    }
    __name(strategyMonadic, "strategyMonadic");
    var serializerDefault = /* @__PURE__ */ __name(function() {
      return JSON.stringify(arguments);
    }, "serializerDefault");
    var ObjectWithoutPrototypeCache = (
      /** @class */
      (function() {
        function ObjectWithoutPrototypeCache2() {
          this.cache = /* @__PURE__ */ Object.create(null);
        }
        __name(ObjectWithoutPrototypeCache2, "ObjectWithoutPrototypeCache");
        ObjectWithoutPrototypeCache2.prototype.get = function(key) {
          return this.cache[key];
        };
        ObjectWithoutPrototypeCache2.prototype.set = function(key, value) {
          this.cache[key] = value;
        };
        return ObjectWithoutPrototypeCache2;
      })()
    );
    var cacheDefault = {
      create: /* @__PURE__ */ __name(function create() {
        return new ObjectWithoutPrototypeCache();
      }, "create")
    };
    exports.strategies = {
      variadic: strategyVariadic,
      monadic: strategyMonadic
    };
  }
});

// node_modules/@formatjs/icu-messageformat-parser/error.js
var require_error = __commonJS({
  "node_modules/@formatjs/icu-messageformat-parser/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ErrorKind = void 0;
    var ErrorKind;
    (function(ErrorKind2) {
      ErrorKind2[ErrorKind2["EXPECT_ARGUMENT_CLOSING_BRACE"] = 1] = "EXPECT_ARGUMENT_CLOSING_BRACE";
      ErrorKind2[ErrorKind2["EMPTY_ARGUMENT"] = 2] = "EMPTY_ARGUMENT";
      ErrorKind2[ErrorKind2["MALFORMED_ARGUMENT"] = 3] = "MALFORMED_ARGUMENT";
      ErrorKind2[ErrorKind2["EXPECT_ARGUMENT_TYPE"] = 4] = "EXPECT_ARGUMENT_TYPE";
      ErrorKind2[ErrorKind2["INVALID_ARGUMENT_TYPE"] = 5] = "INVALID_ARGUMENT_TYPE";
      ErrorKind2[ErrorKind2["EXPECT_ARGUMENT_STYLE"] = 6] = "EXPECT_ARGUMENT_STYLE";
      ErrorKind2[ErrorKind2["INVALID_NUMBER_SKELETON"] = 7] = "INVALID_NUMBER_SKELETON";
      ErrorKind2[ErrorKind2["INVALID_DATE_TIME_SKELETON"] = 8] = "INVALID_DATE_TIME_SKELETON";
      ErrorKind2[ErrorKind2["EXPECT_NUMBER_SKELETON"] = 9] = "EXPECT_NUMBER_SKELETON";
      ErrorKind2[ErrorKind2["EXPECT_DATE_TIME_SKELETON"] = 10] = "EXPECT_DATE_TIME_SKELETON";
      ErrorKind2[ErrorKind2["UNCLOSED_QUOTE_IN_ARGUMENT_STYLE"] = 11] = "UNCLOSED_QUOTE_IN_ARGUMENT_STYLE";
      ErrorKind2[ErrorKind2["EXPECT_SELECT_ARGUMENT_OPTIONS"] = 12] = "EXPECT_SELECT_ARGUMENT_OPTIONS";
      ErrorKind2[ErrorKind2["EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE"] = 13] = "EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE";
      ErrorKind2[ErrorKind2["INVALID_PLURAL_ARGUMENT_OFFSET_VALUE"] = 14] = "INVALID_PLURAL_ARGUMENT_OFFSET_VALUE";
      ErrorKind2[ErrorKind2["EXPECT_SELECT_ARGUMENT_SELECTOR"] = 15] = "EXPECT_SELECT_ARGUMENT_SELECTOR";
      ErrorKind2[ErrorKind2["EXPECT_PLURAL_ARGUMENT_SELECTOR"] = 16] = "EXPECT_PLURAL_ARGUMENT_SELECTOR";
      ErrorKind2[ErrorKind2["EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT"] = 17] = "EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT";
      ErrorKind2[ErrorKind2["EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT"] = 18] = "EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT";
      ErrorKind2[ErrorKind2["INVALID_PLURAL_ARGUMENT_SELECTOR"] = 19] = "INVALID_PLURAL_ARGUMENT_SELECTOR";
      ErrorKind2[ErrorKind2["DUPLICATE_PLURAL_ARGUMENT_SELECTOR"] = 20] = "DUPLICATE_PLURAL_ARGUMENT_SELECTOR";
      ErrorKind2[ErrorKind2["DUPLICATE_SELECT_ARGUMENT_SELECTOR"] = 21] = "DUPLICATE_SELECT_ARGUMENT_SELECTOR";
      ErrorKind2[ErrorKind2["MISSING_OTHER_CLAUSE"] = 22] = "MISSING_OTHER_CLAUSE";
      ErrorKind2[ErrorKind2["INVALID_TAG"] = 23] = "INVALID_TAG";
      ErrorKind2[ErrorKind2["INVALID_TAG_NAME"] = 25] = "INVALID_TAG_NAME";
      ErrorKind2[ErrorKind2["UNMATCHED_CLOSING_TAG"] = 26] = "UNMATCHED_CLOSING_TAG";
      ErrorKind2[ErrorKind2["UNCLOSED_TAG"] = 27] = "UNCLOSED_TAG";
    })(ErrorKind || (exports.ErrorKind = ErrorKind = {}));
  }
});

// node_modules/@formatjs/icu-messageformat-parser/types.js
var require_types = __commonJS({
  "node_modules/@formatjs/icu-messageformat-parser/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SKELETON_TYPE = exports.TYPE = void 0;
    exports.isLiteralElement = isLiteralElement;
    exports.isArgumentElement = isArgumentElement;
    exports.isNumberElement = isNumberElement;
    exports.isDateElement = isDateElement;
    exports.isTimeElement = isTimeElement;
    exports.isSelectElement = isSelectElement;
    exports.isPluralElement = isPluralElement;
    exports.isPoundElement = isPoundElement;
    exports.isTagElement = isTagElement;
    exports.isNumberSkeleton = isNumberSkeleton;
    exports.isDateTimeSkeleton = isDateTimeSkeleton;
    exports.createLiteralElement = createLiteralElement;
    exports.createNumberElement = createNumberElement;
    var TYPE2;
    (function(TYPE3) {
      TYPE3[TYPE3["literal"] = 0] = "literal";
      TYPE3[TYPE3["argument"] = 1] = "argument";
      TYPE3[TYPE3["number"] = 2] = "number";
      TYPE3[TYPE3["date"] = 3] = "date";
      TYPE3[TYPE3["time"] = 4] = "time";
      TYPE3[TYPE3["select"] = 5] = "select";
      TYPE3[TYPE3["plural"] = 6] = "plural";
      TYPE3[TYPE3["pound"] = 7] = "pound";
      TYPE3[TYPE3["tag"] = 8] = "tag";
    })(TYPE2 || (exports.TYPE = TYPE2 = {}));
    var SKELETON_TYPE;
    (function(SKELETON_TYPE2) {
      SKELETON_TYPE2[SKELETON_TYPE2["number"] = 0] = "number";
      SKELETON_TYPE2[SKELETON_TYPE2["dateTime"] = 1] = "dateTime";
    })(SKELETON_TYPE || (exports.SKELETON_TYPE = SKELETON_TYPE = {}));
    function isLiteralElement(el) {
      return el.type === TYPE2.literal;
    }
    __name(isLiteralElement, "isLiteralElement");
    function isArgumentElement(el) {
      return el.type === TYPE2.argument;
    }
    __name(isArgumentElement, "isArgumentElement");
    function isNumberElement(el) {
      return el.type === TYPE2.number;
    }
    __name(isNumberElement, "isNumberElement");
    function isDateElement(el) {
      return el.type === TYPE2.date;
    }
    __name(isDateElement, "isDateElement");
    function isTimeElement(el) {
      return el.type === TYPE2.time;
    }
    __name(isTimeElement, "isTimeElement");
    function isSelectElement(el) {
      return el.type === TYPE2.select;
    }
    __name(isSelectElement, "isSelectElement");
    function isPluralElement(el) {
      return el.type === TYPE2.plural;
    }
    __name(isPluralElement, "isPluralElement");
    function isPoundElement(el) {
      return el.type === TYPE2.pound;
    }
    __name(isPoundElement, "isPoundElement");
    function isTagElement(el) {
      return el.type === TYPE2.tag;
    }
    __name(isTagElement, "isTagElement");
    function isNumberSkeleton(el) {
      return !!(el && typeof el === "object" && el.type === SKELETON_TYPE.number);
    }
    __name(isNumberSkeleton, "isNumberSkeleton");
    function isDateTimeSkeleton(el) {
      return !!(el && typeof el === "object" && el.type === SKELETON_TYPE.dateTime);
    }
    __name(isDateTimeSkeleton, "isDateTimeSkeleton");
    function createLiteralElement(value) {
      return {
        type: TYPE2.literal,
        value
      };
    }
    __name(createLiteralElement, "createLiteralElement");
    function createNumberElement(value, style) {
      return {
        type: TYPE2.number,
        value,
        style
      };
    }
    __name(createNumberElement, "createNumberElement");
  }
});

// node_modules/@formatjs/icu-messageformat-parser/regex.generated.js
var require_regex_generated = __commonJS({
  "node_modules/@formatjs/icu-messageformat-parser/regex.generated.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WHITE_SPACE_REGEX = exports.SPACE_SEPARATOR_REGEX = void 0;
    exports.SPACE_SEPARATOR_REGEX = /[ \xA0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
    exports.WHITE_SPACE_REGEX = /[\t-\r \x85\u200E\u200F\u2028\u2029]/;
  }
});

// node_modules/@formatjs/icu-skeleton-parser/date-time.js
var require_date_time = __commonJS({
  "node_modules/@formatjs/icu-skeleton-parser/date-time.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseDateTimeSkeleton = parseDateTimeSkeleton;
    var DATE_TIME_REGEX = /(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^']*'[^']*')*[^']*$)/g;
    function parseDateTimeSkeleton(skeleton) {
      var result = {};
      skeleton.replace(DATE_TIME_REGEX, function(match) {
        var len = match.length;
        switch (match[0]) {
          // Era
          case "G":
            result.era = len === 4 ? "long" : len === 5 ? "narrow" : "short";
            break;
          // Year
          case "y":
            result.year = len === 2 ? "2-digit" : "numeric";
            break;
          case "Y":
          case "u":
          case "U":
          case "r":
            throw new RangeError("`Y/u/U/r` (year) patterns are not supported, use `y` instead");
          // Quarter
          case "q":
          case "Q":
            throw new RangeError("`q/Q` (quarter) patterns are not supported");
          // Month
          case "M":
          case "L":
            result.month = ["numeric", "2-digit", "short", "long", "narrow"][len - 1];
            break;
          // Week
          case "w":
          case "W":
            throw new RangeError("`w/W` (week) patterns are not supported");
          case "d":
            result.day = ["numeric", "2-digit"][len - 1];
            break;
          case "D":
          case "F":
          case "g":
            throw new RangeError("`D/F/g` (day) patterns are not supported, use `d` instead");
          // Weekday
          case "E":
            result.weekday = len === 4 ? "long" : len === 5 ? "narrow" : "short";
            break;
          case "e":
            if (len < 4) {
              throw new RangeError("`e..eee` (weekday) patterns are not supported");
            }
            result.weekday = ["short", "long", "narrow", "short"][len - 4];
            break;
          case "c":
            if (len < 4) {
              throw new RangeError("`c..ccc` (weekday) patterns are not supported");
            }
            result.weekday = ["short", "long", "narrow", "short"][len - 4];
            break;
          // Period
          case "a":
            result.hour12 = true;
            break;
          case "b":
          // am, pm, noon, midnight
          case "B":
            throw new RangeError("`b/B` (period) patterns are not supported, use `a` instead");
          // Hour
          case "h":
            result.hourCycle = "h12";
            result.hour = ["numeric", "2-digit"][len - 1];
            break;
          case "H":
            result.hourCycle = "h23";
            result.hour = ["numeric", "2-digit"][len - 1];
            break;
          case "K":
            result.hourCycle = "h11";
            result.hour = ["numeric", "2-digit"][len - 1];
            break;
          case "k":
            result.hourCycle = "h24";
            result.hour = ["numeric", "2-digit"][len - 1];
            break;
          case "j":
          case "J":
          case "C":
            throw new RangeError("`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead");
          // Minute
          case "m":
            result.minute = ["numeric", "2-digit"][len - 1];
            break;
          // Second
          case "s":
            result.second = ["numeric", "2-digit"][len - 1];
            break;
          case "S":
          case "A":
            throw new RangeError("`S/A` (second) patterns are not supported, use `s` instead");
          // Zone
          case "z":
            result.timeZoneName = len < 4 ? "short" : "long";
            break;
          case "Z":
          // 1..3, 4, 5: The ISO8601 varios formats
          case "O":
          // 1, 4: milliseconds in day short, long
          case "v":
          // 1, 4: generic non-location format
          case "V":
          // 1, 2, 3, 4: time zone ID or city
          case "X":
          // 1, 2, 3, 4: The ISO8601 varios formats
          case "x":
            throw new RangeError("`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead");
        }
        return "";
      });
      return result;
    }
    __name(parseDateTimeSkeleton, "parseDateTimeSkeleton");
  }
});

// node_modules/@formatjs/icu-skeleton-parser/regex.generated.js
var require_regex_generated2 = __commonJS({
  "node_modules/@formatjs/icu-skeleton-parser/regex.generated.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.WHITE_SPACE_REGEX = void 0;
    exports.WHITE_SPACE_REGEX = /[\t-\r \x85\u200E\u200F\u2028\u2029]/i;
  }
});

// node_modules/@formatjs/icu-skeleton-parser/number.js
var require_number = __commonJS({
  "node_modules/@formatjs/icu-skeleton-parser/number.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseNumberSkeletonFromString = parseNumberSkeletonFromString;
    exports.parseNumberSkeleton = parseNumberSkeleton;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var regex_generated_1 = require_regex_generated2();
    function parseNumberSkeletonFromString(skeleton) {
      if (skeleton.length === 0) {
        throw new Error("Number skeleton cannot be empty");
      }
      var stringTokens = skeleton.split(regex_generated_1.WHITE_SPACE_REGEX).filter(function(x) {
        return x.length > 0;
      });
      var tokens = [];
      for (var _i = 0, stringTokens_1 = stringTokens; _i < stringTokens_1.length; _i++) {
        var stringToken = stringTokens_1[_i];
        var stemAndOptions = stringToken.split("/");
        if (stemAndOptions.length === 0) {
          throw new Error("Invalid number skeleton");
        }
        var stem = stemAndOptions[0], options = stemAndOptions.slice(1);
        for (var _a = 0, options_1 = options; _a < options_1.length; _a++) {
          var option = options_1[_a];
          if (option.length === 0) {
            throw new Error("Invalid number skeleton");
          }
        }
        tokens.push({ stem, options });
      }
      return tokens;
    }
    __name(parseNumberSkeletonFromString, "parseNumberSkeletonFromString");
    function icuUnitToEcma(unit) {
      return unit.replace(/^(.*?)-/, "");
    }
    __name(icuUnitToEcma, "icuUnitToEcma");
    var FRACTION_PRECISION_REGEX = /^\.(?:(0+)(\*)?|(#+)|(0+)(#+))$/g;
    var SIGNIFICANT_PRECISION_REGEX = /^(@+)?(\+|#+)?[rs]?$/g;
    var INTEGER_WIDTH_REGEX = /(\*)(0+)|(#+)(0+)|(0+)/g;
    var CONCISE_INTEGER_WIDTH_REGEX = /^(0+)$/;
    function parseSignificantPrecision(str) {
      var result = {};
      if (str[str.length - 1] === "r") {
        result.roundingPriority = "morePrecision";
      } else if (str[str.length - 1] === "s") {
        result.roundingPriority = "lessPrecision";
      }
      str.replace(SIGNIFICANT_PRECISION_REGEX, function(_, g1, g2) {
        if (typeof g2 !== "string") {
          result.minimumSignificantDigits = g1.length;
          result.maximumSignificantDigits = g1.length;
        } else if (g2 === "+") {
          result.minimumSignificantDigits = g1.length;
        } else if (g1[0] === "#") {
          result.maximumSignificantDigits = g1.length;
        } else {
          result.minimumSignificantDigits = g1.length;
          result.maximumSignificantDigits = g1.length + (typeof g2 === "string" ? g2.length : 0);
        }
        return "";
      });
      return result;
    }
    __name(parseSignificantPrecision, "parseSignificantPrecision");
    function parseSign(str) {
      switch (str) {
        case "sign-auto":
          return {
            signDisplay: "auto"
          };
        case "sign-accounting":
        case "()":
          return {
            currencySign: "accounting"
          };
        case "sign-always":
        case "+!":
          return {
            signDisplay: "always"
          };
        case "sign-accounting-always":
        case "()!":
          return {
            signDisplay: "always",
            currencySign: "accounting"
          };
        case "sign-except-zero":
        case "+?":
          return {
            signDisplay: "exceptZero"
          };
        case "sign-accounting-except-zero":
        case "()?":
          return {
            signDisplay: "exceptZero",
            currencySign: "accounting"
          };
        case "sign-never":
        case "+_":
          return {
            signDisplay: "never"
          };
      }
    }
    __name(parseSign, "parseSign");
    function parseConciseScientificAndEngineeringStem(stem) {
      var result;
      if (stem[0] === "E" && stem[1] === "E") {
        result = {
          notation: "engineering"
        };
        stem = stem.slice(2);
      } else if (stem[0] === "E") {
        result = {
          notation: "scientific"
        };
        stem = stem.slice(1);
      }
      if (result) {
        var signDisplay = stem.slice(0, 2);
        if (signDisplay === "+!") {
          result.signDisplay = "always";
          stem = stem.slice(2);
        } else if (signDisplay === "+?") {
          result.signDisplay = "exceptZero";
          stem = stem.slice(2);
        }
        if (!CONCISE_INTEGER_WIDTH_REGEX.test(stem)) {
          throw new Error("Malformed concise eng/scientific notation");
        }
        result.minimumIntegerDigits = stem.length;
      }
      return result;
    }
    __name(parseConciseScientificAndEngineeringStem, "parseConciseScientificAndEngineeringStem");
    function parseNotationOptions(opt) {
      var result = {};
      var signOpts = parseSign(opt);
      if (signOpts) {
        return signOpts;
      }
      return result;
    }
    __name(parseNotationOptions, "parseNotationOptions");
    function parseNumberSkeleton(tokens) {
      var result = {};
      for (var _i = 0, tokens_1 = tokens; _i < tokens_1.length; _i++) {
        var token = tokens_1[_i];
        switch (token.stem) {
          case "percent":
          case "%":
            result.style = "percent";
            continue;
          case "%x100":
            result.style = "percent";
            result.scale = 100;
            continue;
          case "currency":
            result.style = "currency";
            result.currency = token.options[0];
            continue;
          case "group-off":
          case ",_":
            result.useGrouping = false;
            continue;
          case "precision-integer":
          case ".":
            result.maximumFractionDigits = 0;
            continue;
          case "measure-unit":
          case "unit":
            result.style = "unit";
            result.unit = icuUnitToEcma(token.options[0]);
            continue;
          case "compact-short":
          case "K":
            result.notation = "compact";
            result.compactDisplay = "short";
            continue;
          case "compact-long":
          case "KK":
            result.notation = "compact";
            result.compactDisplay = "long";
            continue;
          case "scientific":
            result = tslib_1.__assign(tslib_1.__assign(tslib_1.__assign({}, result), { notation: "scientific" }), token.options.reduce(function(all, opt2) {
              return tslib_1.__assign(tslib_1.__assign({}, all), parseNotationOptions(opt2));
            }, {}));
            continue;
          case "engineering":
            result = tslib_1.__assign(tslib_1.__assign(tslib_1.__assign({}, result), { notation: "engineering" }), token.options.reduce(function(all, opt2) {
              return tslib_1.__assign(tslib_1.__assign({}, all), parseNotationOptions(opt2));
            }, {}));
            continue;
          case "notation-simple":
            result.notation = "standard";
            continue;
          // https://github.com/unicode-org/icu/blob/master/icu4c/source/i18n/unicode/unumberformatter.h
          case "unit-width-narrow":
            result.currencyDisplay = "narrowSymbol";
            result.unitDisplay = "narrow";
            continue;
          case "unit-width-short":
            result.currencyDisplay = "code";
            result.unitDisplay = "short";
            continue;
          case "unit-width-full-name":
            result.currencyDisplay = "name";
            result.unitDisplay = "long";
            continue;
          case "unit-width-iso-code":
            result.currencyDisplay = "symbol";
            continue;
          case "scale":
            result.scale = parseFloat(token.options[0]);
            continue;
          case "rounding-mode-floor":
            result.roundingMode = "floor";
            continue;
          case "rounding-mode-ceiling":
            result.roundingMode = "ceil";
            continue;
          case "rounding-mode-down":
            result.roundingMode = "trunc";
            continue;
          case "rounding-mode-up":
            result.roundingMode = "expand";
            continue;
          case "rounding-mode-half-even":
            result.roundingMode = "halfEven";
            continue;
          case "rounding-mode-half-down":
            result.roundingMode = "halfTrunc";
            continue;
          case "rounding-mode-half-up":
            result.roundingMode = "halfExpand";
            continue;
          // https://unicode-org.github.io/icu/userguide/format_parse/numbers/skeletons.html#integer-width
          case "integer-width":
            if (token.options.length > 1) {
              throw new RangeError("integer-width stems only accept a single optional option");
            }
            token.options[0].replace(INTEGER_WIDTH_REGEX, function(_, g1, g2, g3, g4, g5) {
              if (g1) {
                result.minimumIntegerDigits = g2.length;
              } else if (g3 && g4) {
                throw new Error("We currently do not support maximum integer digits");
              } else if (g5) {
                throw new Error("We currently do not support exact integer digits");
              }
              return "";
            });
            continue;
        }
        if (CONCISE_INTEGER_WIDTH_REGEX.test(token.stem)) {
          result.minimumIntegerDigits = token.stem.length;
          continue;
        }
        if (FRACTION_PRECISION_REGEX.test(token.stem)) {
          if (token.options.length > 1) {
            throw new RangeError("Fraction-precision stems only accept a single optional option");
          }
          token.stem.replace(FRACTION_PRECISION_REGEX, function(_, g1, g2, g3, g4, g5) {
            if (g2 === "*") {
              result.minimumFractionDigits = g1.length;
            } else if (g3 && g3[0] === "#") {
              result.maximumFractionDigits = g3.length;
            } else if (g4 && g5) {
              result.minimumFractionDigits = g4.length;
              result.maximumFractionDigits = g4.length + g5.length;
            } else {
              result.minimumFractionDigits = g1.length;
              result.maximumFractionDigits = g1.length;
            }
            return "";
          });
          var opt = token.options[0];
          if (opt === "w") {
            result = tslib_1.__assign(tslib_1.__assign({}, result), { trailingZeroDisplay: "stripIfInteger" });
          } else if (opt) {
            result = tslib_1.__assign(tslib_1.__assign({}, result), parseSignificantPrecision(opt));
          }
          continue;
        }
        if (SIGNIFICANT_PRECISION_REGEX.test(token.stem)) {
          result = tslib_1.__assign(tslib_1.__assign({}, result), parseSignificantPrecision(token.stem));
          continue;
        }
        var signOpts = parseSign(token.stem);
        if (signOpts) {
          result = tslib_1.__assign(tslib_1.__assign({}, result), signOpts);
        }
        var conciseScientificAndEngineeringOpts = parseConciseScientificAndEngineeringStem(token.stem);
        if (conciseScientificAndEngineeringOpts) {
          result = tslib_1.__assign(tslib_1.__assign({}, result), conciseScientificAndEngineeringOpts);
        }
      }
      return result;
    }
    __name(parseNumberSkeleton, "parseNumberSkeleton");
  }
});

// node_modules/@formatjs/icu-skeleton-parser/index.js
var require_icu_skeleton_parser = __commonJS({
  "node_modules/@formatjs/icu-skeleton-parser/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    tslib_1.__exportStar(require_date_time(), exports);
    tslib_1.__exportStar(require_number(), exports);
  }
});

// node_modules/@formatjs/icu-messageformat-parser/time-data.generated.js
var require_time_data_generated = __commonJS({
  "node_modules/@formatjs/icu-messageformat-parser/time-data.generated.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.timeData = void 0;
    exports.timeData = {
      "001": [
        "H",
        "h"
      ],
      "419": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "AC": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "AD": [
        "H",
        "hB"
      ],
      "AE": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "AF": [
        "H",
        "hb",
        "hB",
        "h"
      ],
      "AG": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "AI": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "AL": [
        "h",
        "H",
        "hB"
      ],
      "AM": [
        "H",
        "hB"
      ],
      "AO": [
        "H",
        "hB"
      ],
      "AR": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "AS": [
        "h",
        "H"
      ],
      "AT": [
        "H",
        "hB"
      ],
      "AU": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "AW": [
        "H",
        "hB"
      ],
      "AX": [
        "H"
      ],
      "AZ": [
        "H",
        "hB",
        "h"
      ],
      "BA": [
        "H",
        "hB",
        "h"
      ],
      "BB": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "BD": [
        "h",
        "hB",
        "H"
      ],
      "BE": [
        "H",
        "hB"
      ],
      "BF": [
        "H",
        "hB"
      ],
      "BG": [
        "H",
        "hB",
        "h"
      ],
      "BH": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "BI": [
        "H",
        "h"
      ],
      "BJ": [
        "H",
        "hB"
      ],
      "BL": [
        "H",
        "hB"
      ],
      "BM": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "BN": [
        "hb",
        "hB",
        "h",
        "H"
      ],
      "BO": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "BQ": [
        "H"
      ],
      "BR": [
        "H",
        "hB"
      ],
      "BS": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "BT": [
        "h",
        "H"
      ],
      "BW": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "BY": [
        "H",
        "h"
      ],
      "BZ": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "CA": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "CC": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "CD": [
        "hB",
        "H"
      ],
      "CF": [
        "H",
        "h",
        "hB"
      ],
      "CG": [
        "H",
        "hB"
      ],
      "CH": [
        "H",
        "hB",
        "h"
      ],
      "CI": [
        "H",
        "hB"
      ],
      "CK": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "CL": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "CM": [
        "H",
        "h",
        "hB"
      ],
      "CN": [
        "H",
        "hB",
        "hb",
        "h"
      ],
      "CO": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "CP": [
        "H"
      ],
      "CR": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "CU": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "CV": [
        "H",
        "hB"
      ],
      "CW": [
        "H",
        "hB"
      ],
      "CX": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "CY": [
        "h",
        "H",
        "hb",
        "hB"
      ],
      "CZ": [
        "H"
      ],
      "DE": [
        "H",
        "hB"
      ],
      "DG": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "DJ": [
        "h",
        "H"
      ],
      "DK": [
        "H"
      ],
      "DM": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "DO": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "DZ": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "EA": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "EC": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "EE": [
        "H",
        "hB"
      ],
      "EG": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "EH": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "ER": [
        "h",
        "H"
      ],
      "ES": [
        "H",
        "hB",
        "h",
        "hb"
      ],
      "ET": [
        "hB",
        "hb",
        "h",
        "H"
      ],
      "FI": [
        "H"
      ],
      "FJ": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "FK": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "FM": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "FO": [
        "H",
        "h"
      ],
      "FR": [
        "H",
        "hB"
      ],
      "GA": [
        "H",
        "hB"
      ],
      "GB": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "GD": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "GE": [
        "H",
        "hB",
        "h"
      ],
      "GF": [
        "H",
        "hB"
      ],
      "GG": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "GH": [
        "h",
        "H"
      ],
      "GI": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "GL": [
        "H",
        "h"
      ],
      "GM": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "GN": [
        "H",
        "hB"
      ],
      "GP": [
        "H",
        "hB"
      ],
      "GQ": [
        "H",
        "hB",
        "h",
        "hb"
      ],
      "GR": [
        "h",
        "H",
        "hb",
        "hB"
      ],
      "GT": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "GU": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "GW": [
        "H",
        "hB"
      ],
      "GY": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "HK": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "HN": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "HR": [
        "H",
        "hB"
      ],
      "HU": [
        "H",
        "h"
      ],
      "IC": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "ID": [
        "H"
      ],
      "IE": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "IL": [
        "H",
        "hB"
      ],
      "IM": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "IN": [
        "h",
        "H"
      ],
      "IO": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "IQ": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "IR": [
        "hB",
        "H"
      ],
      "IS": [
        "H"
      ],
      "IT": [
        "H",
        "hB"
      ],
      "JE": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "JM": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "JO": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "JP": [
        "H",
        "K",
        "h"
      ],
      "KE": [
        "hB",
        "hb",
        "H",
        "h"
      ],
      "KG": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "KH": [
        "hB",
        "h",
        "H",
        "hb"
      ],
      "KI": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "KM": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "KN": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "KP": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "KR": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "KW": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "KY": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "KZ": [
        "H",
        "hB"
      ],
      "LA": [
        "H",
        "hb",
        "hB",
        "h"
      ],
      "LB": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "LC": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "LI": [
        "H",
        "hB",
        "h"
      ],
      "LK": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "LR": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "LS": [
        "h",
        "H"
      ],
      "LT": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "LU": [
        "H",
        "h",
        "hB"
      ],
      "LV": [
        "H",
        "hB",
        "hb",
        "h"
      ],
      "LY": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "MA": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "MC": [
        "H",
        "hB"
      ],
      "MD": [
        "H",
        "hB"
      ],
      "ME": [
        "H",
        "hB",
        "h"
      ],
      "MF": [
        "H",
        "hB"
      ],
      "MG": [
        "H",
        "h"
      ],
      "MH": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "MK": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "ML": [
        "H"
      ],
      "MM": [
        "hB",
        "hb",
        "H",
        "h"
      ],
      "MN": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "MO": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "MP": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "MQ": [
        "H",
        "hB"
      ],
      "MR": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "MS": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "MT": [
        "H",
        "h"
      ],
      "MU": [
        "H",
        "h"
      ],
      "MV": [
        "H",
        "h"
      ],
      "MW": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "MX": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "MY": [
        "hb",
        "hB",
        "h",
        "H"
      ],
      "MZ": [
        "H",
        "hB"
      ],
      "NA": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "NC": [
        "H",
        "hB"
      ],
      "NE": [
        "H"
      ],
      "NF": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "NG": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "NI": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "NL": [
        "H",
        "hB"
      ],
      "NO": [
        "H",
        "h"
      ],
      "NP": [
        "H",
        "h",
        "hB"
      ],
      "NR": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "NU": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "NZ": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "OM": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "PA": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "PE": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "PF": [
        "H",
        "h",
        "hB"
      ],
      "PG": [
        "h",
        "H"
      ],
      "PH": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "PK": [
        "h",
        "hB",
        "H"
      ],
      "PL": [
        "H",
        "h"
      ],
      "PM": [
        "H",
        "hB"
      ],
      "PN": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "PR": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "PS": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "PT": [
        "H",
        "hB"
      ],
      "PW": [
        "h",
        "H"
      ],
      "PY": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "QA": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "RE": [
        "H",
        "hB"
      ],
      "RO": [
        "H",
        "hB"
      ],
      "RS": [
        "H",
        "hB",
        "h"
      ],
      "RU": [
        "H"
      ],
      "RW": [
        "H",
        "h"
      ],
      "SA": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "SB": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "SC": [
        "H",
        "h",
        "hB"
      ],
      "SD": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "SE": [
        "H"
      ],
      "SG": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "SH": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "SI": [
        "H",
        "hB"
      ],
      "SJ": [
        "H"
      ],
      "SK": [
        "H"
      ],
      "SL": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "SM": [
        "H",
        "h",
        "hB"
      ],
      "SN": [
        "H",
        "h",
        "hB"
      ],
      "SO": [
        "h",
        "H"
      ],
      "SR": [
        "H",
        "hB"
      ],
      "SS": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "ST": [
        "H",
        "hB"
      ],
      "SV": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "SX": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "SY": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "SZ": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "TA": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "TC": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "TD": [
        "h",
        "H",
        "hB"
      ],
      "TF": [
        "H",
        "h",
        "hB"
      ],
      "TG": [
        "H",
        "hB"
      ],
      "TH": [
        "H",
        "h"
      ],
      "TJ": [
        "H",
        "h"
      ],
      "TL": [
        "H",
        "hB",
        "hb",
        "h"
      ],
      "TM": [
        "H",
        "h"
      ],
      "TN": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "TO": [
        "h",
        "H"
      ],
      "TR": [
        "H",
        "hB"
      ],
      "TT": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "TW": [
        "hB",
        "hb",
        "h",
        "H"
      ],
      "TZ": [
        "hB",
        "hb",
        "H",
        "h"
      ],
      "UA": [
        "H",
        "hB",
        "h"
      ],
      "UG": [
        "hB",
        "hb",
        "H",
        "h"
      ],
      "UM": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "US": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "UY": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "UZ": [
        "H",
        "hB",
        "h"
      ],
      "VA": [
        "H",
        "h",
        "hB"
      ],
      "VC": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "VE": [
        "h",
        "H",
        "hB",
        "hb"
      ],
      "VG": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "VI": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "VN": [
        "H",
        "h"
      ],
      "VU": [
        "h",
        "H"
      ],
      "WF": [
        "H",
        "hB"
      ],
      "WS": [
        "h",
        "H"
      ],
      "XK": [
        "H",
        "hB",
        "h"
      ],
      "YE": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "YT": [
        "H",
        "hB"
      ],
      "ZA": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "ZM": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "ZW": [
        "H",
        "h"
      ],
      "af-ZA": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "ar-001": [
        "h",
        "hB",
        "hb",
        "H"
      ],
      "ca-ES": [
        "H",
        "h",
        "hB"
      ],
      "en-001": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "en-HK": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "en-IL": [
        "H",
        "h",
        "hb",
        "hB"
      ],
      "en-MY": [
        "h",
        "hb",
        "H",
        "hB"
      ],
      "es-BR": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "es-ES": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "es-GQ": [
        "H",
        "h",
        "hB",
        "hb"
      ],
      "fr-CA": [
        "H",
        "h",
        "hB"
      ],
      "gl-ES": [
        "H",
        "h",
        "hB"
      ],
      "gu-IN": [
        "hB",
        "hb",
        "h",
        "H"
      ],
      "hi-IN": [
        "hB",
        "h",
        "H"
      ],
      "it-CH": [
        "H",
        "h",
        "hB"
      ],
      "it-IT": [
        "H",
        "h",
        "hB"
      ],
      "kn-IN": [
        "hB",
        "h",
        "H"
      ],
      "ml-IN": [
        "hB",
        "h",
        "H"
      ],
      "mr-IN": [
        "hB",
        "hb",
        "h",
        "H"
      ],
      "pa-IN": [
        "hB",
        "hb",
        "h",
        "H"
      ],
      "ta-IN": [
        "hB",
        "h",
        "hb",
        "H"
      ],
      "te-IN": [
        "hB",
        "h",
        "H"
      ],
      "zu-ZA": [
        "H",
        "hB",
        "hb",
        "h"
      ]
    };
  }
});

// node_modules/@formatjs/icu-messageformat-parser/date-time-pattern-generator.js
var require_date_time_pattern_generator = __commonJS({
  "node_modules/@formatjs/icu-messageformat-parser/date-time-pattern-generator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getBestPattern = getBestPattern;
    var time_data_generated_1 = require_time_data_generated();
    function getBestPattern(skeleton, locale) {
      var skeletonCopy = "";
      for (var patternPos = 0; patternPos < skeleton.length; patternPos++) {
        var patternChar = skeleton.charAt(patternPos);
        if (patternChar === "j") {
          var extraLength = 0;
          while (patternPos + 1 < skeleton.length && skeleton.charAt(patternPos + 1) === patternChar) {
            extraLength++;
            patternPos++;
          }
          var hourLen = 1 + (extraLength & 1);
          var dayPeriodLen = extraLength < 2 ? 1 : 3 + (extraLength >> 1);
          var dayPeriodChar = "a";
          var hourChar = getDefaultHourSymbolFromLocale(locale);
          if (hourChar == "H" || hourChar == "k") {
            dayPeriodLen = 0;
          }
          while (dayPeriodLen-- > 0) {
            skeletonCopy += dayPeriodChar;
          }
          while (hourLen-- > 0) {
            skeletonCopy = hourChar + skeletonCopy;
          }
        } else if (patternChar === "J") {
          skeletonCopy += "H";
        } else {
          skeletonCopy += patternChar;
        }
      }
      return skeletonCopy;
    }
    __name(getBestPattern, "getBestPattern");
    function getDefaultHourSymbolFromLocale(locale) {
      var hourCycle = locale.hourCycle;
      if (hourCycle === void 0 && // @ts-ignore hourCycle(s) is not identified yet
      locale.hourCycles && // @ts-ignore
      locale.hourCycles.length) {
        hourCycle = locale.hourCycles[0];
      }
      if (hourCycle) {
        switch (hourCycle) {
          case "h24":
            return "k";
          case "h23":
            return "H";
          case "h12":
            return "h";
          case "h11":
            return "K";
          default:
            throw new Error("Invalid hourCycle");
        }
      }
      var languageTag = locale.language;
      var regionTag;
      if (languageTag !== "root") {
        regionTag = locale.maximize().region;
      }
      var hourCycles = time_data_generated_1.timeData[regionTag || ""] || time_data_generated_1.timeData[languageTag || ""] || time_data_generated_1.timeData["".concat(languageTag, "-001")] || time_data_generated_1.timeData["001"];
      return hourCycles[0];
    }
    __name(getDefaultHourSymbolFromLocale, "getDefaultHourSymbolFromLocale");
  }
});

// node_modules/@formatjs/icu-messageformat-parser/parser.js
var require_parser = __commonJS({
  "node_modules/@formatjs/icu-messageformat-parser/parser.js"(exports) {
    "use strict";
    var _a;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var error_1 = require_error();
    var types_1 = require_types();
    var regex_generated_1 = require_regex_generated();
    var icu_skeleton_parser_1 = require_icu_skeleton_parser();
    var date_time_pattern_generator_1 = require_date_time_pattern_generator();
    var SPACE_SEPARATOR_START_REGEX = new RegExp("^".concat(regex_generated_1.SPACE_SEPARATOR_REGEX.source, "*"));
    var SPACE_SEPARATOR_END_REGEX = new RegExp("".concat(regex_generated_1.SPACE_SEPARATOR_REGEX.source, "*$"));
    function createLocation(start, end) {
      return { start, end };
    }
    __name(createLocation, "createLocation");
    var hasNativeStartsWith = !!String.prototype.startsWith && "_a".startsWith("a", 1);
    var hasNativeFromCodePoint = !!String.fromCodePoint;
    var hasNativeFromEntries = !!Object.fromEntries;
    var hasNativeCodePointAt = !!String.prototype.codePointAt;
    var hasTrimStart = !!String.prototype.trimStart;
    var hasTrimEnd = !!String.prototype.trimEnd;
    var hasNativeIsSafeInteger = !!Number.isSafeInteger;
    var isSafeInteger = hasNativeIsSafeInteger ? Number.isSafeInteger : function(n) {
      return typeof n === "number" && isFinite(n) && Math.floor(n) === n && Math.abs(n) <= 9007199254740991;
    };
    var REGEX_SUPPORTS_U_AND_Y = true;
    try {
      re = RE("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
      REGEX_SUPPORTS_U_AND_Y = ((_a = re.exec("a")) === null || _a === void 0 ? void 0 : _a[0]) === "a";
    } catch (_) {
      REGEX_SUPPORTS_U_AND_Y = false;
    }
    var re;
    var startsWith = hasNativeStartsWith ? (
      // Native
      /* @__PURE__ */ __name(function startsWith2(s, search, position) {
        return s.startsWith(search, position);
      }, "startsWith")
    ) : (
      // For IE11
      /* @__PURE__ */ __name(function startsWith2(s, search, position) {
        return s.slice(position, position + search.length) === search;
      }, "startsWith")
    );
    var fromCodePoint = hasNativeFromCodePoint ? String.fromCodePoint : (
      // IE11
      /* @__PURE__ */ __name(function fromCodePoint2() {
        var codePoints = [];
        for (var _i = 0; _i < arguments.length; _i++) {
          codePoints[_i] = arguments[_i];
        }
        var elements = "";
        var length = codePoints.length;
        var i = 0;
        var code;
        while (length > i) {
          code = codePoints[i++];
          if (code > 1114111)
            throw RangeError(code + " is not a valid code point");
          elements += code < 65536 ? String.fromCharCode(code) : String.fromCharCode(((code -= 65536) >> 10) + 55296, code % 1024 + 56320);
        }
        return elements;
      }, "fromCodePoint")
    );
    var fromEntries = (
      // native
      hasNativeFromEntries ? Object.fromEntries : (
        // Ponyfill
        /* @__PURE__ */ __name(function fromEntries2(entries) {
          var obj = {};
          for (var _i = 0, entries_1 = entries; _i < entries_1.length; _i++) {
            var _a2 = entries_1[_i], k = _a2[0], v = _a2[1];
            obj[k] = v;
          }
          return obj;
        }, "fromEntries")
      )
    );
    var codePointAt = hasNativeCodePointAt ? (
      // Native
      /* @__PURE__ */ __name(function codePointAt2(s, index) {
        return s.codePointAt(index);
      }, "codePointAt")
    ) : (
      // IE 11
      /* @__PURE__ */ __name(function codePointAt2(s, index) {
        var size = s.length;
        if (index < 0 || index >= size) {
          return void 0;
        }
        var first = s.charCodeAt(index);
        var second;
        return first < 55296 || first > 56319 || index + 1 === size || (second = s.charCodeAt(index + 1)) < 56320 || second > 57343 ? first : (first - 55296 << 10) + (second - 56320) + 65536;
      }, "codePointAt")
    );
    var trimStart = hasTrimStart ? (
      // Native
      /* @__PURE__ */ __name(function trimStart2(s) {
        return s.trimStart();
      }, "trimStart")
    ) : (
      // Ponyfill
      /* @__PURE__ */ __name(function trimStart2(s) {
        return s.replace(SPACE_SEPARATOR_START_REGEX, "");
      }, "trimStart")
    );
    var trimEnd = hasTrimEnd ? (
      // Native
      /* @__PURE__ */ __name(function trimEnd2(s) {
        return s.trimEnd();
      }, "trimEnd")
    ) : (
      // Ponyfill
      /* @__PURE__ */ __name(function trimEnd2(s) {
        return s.replace(SPACE_SEPARATOR_END_REGEX, "");
      }, "trimEnd")
    );
    function RE(s, flag) {
      return new RegExp(s, flag);
    }
    __name(RE, "RE");
    var matchIdentifierAtIndex;
    if (REGEX_SUPPORTS_U_AND_Y) {
      IDENTIFIER_PREFIX_RE_1 = RE("([^\\p{White_Space}\\p{Pattern_Syntax}]*)", "yu");
      matchIdentifierAtIndex = /* @__PURE__ */ __name(function matchIdentifierAtIndex2(s, index) {
        var _a2;
        IDENTIFIER_PREFIX_RE_1.lastIndex = index;
        var match = IDENTIFIER_PREFIX_RE_1.exec(s);
        return (_a2 = match[1]) !== null && _a2 !== void 0 ? _a2 : "";
      }, "matchIdentifierAtIndex");
    } else {
      matchIdentifierAtIndex = /* @__PURE__ */ __name(function matchIdentifierAtIndex2(s, index) {
        var match = [];
        while (true) {
          var c = codePointAt(s, index);
          if (c === void 0 || _isWhiteSpace(c) || _isPatternSyntax(c)) {
            break;
          }
          match.push(c);
          index += c >= 65536 ? 2 : 1;
        }
        return fromCodePoint.apply(void 0, match);
      }, "matchIdentifierAtIndex");
    }
    var IDENTIFIER_PREFIX_RE_1;
    var Parser = (
      /** @class */
      (function() {
        function Parser2(message, options) {
          if (options === void 0) {
            options = {};
          }
          this.message = message;
          this.position = { offset: 0, line: 1, column: 1 };
          this.ignoreTag = !!options.ignoreTag;
          this.locale = options.locale;
          this.requiresOtherClause = !!options.requiresOtherClause;
          this.shouldParseSkeletons = !!options.shouldParseSkeletons;
        }
        __name(Parser2, "Parser");
        Parser2.prototype.parse = function() {
          if (this.offset() !== 0) {
            throw Error("parser can only be used once");
          }
          return this.parseMessage(0, "", false);
        };
        Parser2.prototype.parseMessage = function(nestingLevel, parentArgType, expectingCloseTag) {
          var elements = [];
          while (!this.isEOF()) {
            var char = this.char();
            if (char === 123) {
              var result = this.parseArgument(nestingLevel, expectingCloseTag);
              if (result.err) {
                return result;
              }
              elements.push(result.val);
            } else if (char === 125 && nestingLevel > 0) {
              break;
            } else if (char === 35 && (parentArgType === "plural" || parentArgType === "selectordinal")) {
              var position = this.clonePosition();
              this.bump();
              elements.push({
                type: types_1.TYPE.pound,
                location: createLocation(position, this.clonePosition())
              });
            } else if (char === 60 && !this.ignoreTag && this.peek() === 47) {
              if (expectingCloseTag) {
                break;
              } else {
                return this.error(error_1.ErrorKind.UNMATCHED_CLOSING_TAG, createLocation(this.clonePosition(), this.clonePosition()));
              }
            } else if (char === 60 && !this.ignoreTag && _isAlpha(this.peek() || 0)) {
              var result = this.parseTag(nestingLevel, parentArgType);
              if (result.err) {
                return result;
              }
              elements.push(result.val);
            } else {
              var result = this.parseLiteral(nestingLevel, parentArgType);
              if (result.err) {
                return result;
              }
              elements.push(result.val);
            }
          }
          return { val: elements, err: null };
        };
        Parser2.prototype.parseTag = function(nestingLevel, parentArgType) {
          var startPosition = this.clonePosition();
          this.bump();
          var tagName = this.parseTagName();
          this.bumpSpace();
          if (this.bumpIf("/>")) {
            return {
              val: {
                type: types_1.TYPE.literal,
                value: "<".concat(tagName, "/>"),
                location: createLocation(startPosition, this.clonePosition())
              },
              err: null
            };
          } else if (this.bumpIf(">")) {
            var childrenResult = this.parseMessage(nestingLevel + 1, parentArgType, true);
            if (childrenResult.err) {
              return childrenResult;
            }
            var children = childrenResult.val;
            var endTagStartPosition = this.clonePosition();
            if (this.bumpIf("</")) {
              if (this.isEOF() || !_isAlpha(this.char())) {
                return this.error(error_1.ErrorKind.INVALID_TAG, createLocation(endTagStartPosition, this.clonePosition()));
              }
              var closingTagNameStartPosition = this.clonePosition();
              var closingTagName = this.parseTagName();
              if (tagName !== closingTagName) {
                return this.error(error_1.ErrorKind.UNMATCHED_CLOSING_TAG, createLocation(closingTagNameStartPosition, this.clonePosition()));
              }
              this.bumpSpace();
              if (!this.bumpIf(">")) {
                return this.error(error_1.ErrorKind.INVALID_TAG, createLocation(endTagStartPosition, this.clonePosition()));
              }
              return {
                val: {
                  type: types_1.TYPE.tag,
                  value: tagName,
                  children,
                  location: createLocation(startPosition, this.clonePosition())
                },
                err: null
              };
            } else {
              return this.error(error_1.ErrorKind.UNCLOSED_TAG, createLocation(startPosition, this.clonePosition()));
            }
          } else {
            return this.error(error_1.ErrorKind.INVALID_TAG, createLocation(startPosition, this.clonePosition()));
          }
        };
        Parser2.prototype.parseTagName = function() {
          var startOffset = this.offset();
          this.bump();
          while (!this.isEOF() && _isPotentialElementNameChar(this.char())) {
            this.bump();
          }
          return this.message.slice(startOffset, this.offset());
        };
        Parser2.prototype.parseLiteral = function(nestingLevel, parentArgType) {
          var start = this.clonePosition();
          var value = "";
          while (true) {
            var parseQuoteResult = this.tryParseQuote(parentArgType);
            if (parseQuoteResult) {
              value += parseQuoteResult;
              continue;
            }
            var parseUnquotedResult = this.tryParseUnquoted(nestingLevel, parentArgType);
            if (parseUnquotedResult) {
              value += parseUnquotedResult;
              continue;
            }
            var parseLeftAngleResult = this.tryParseLeftAngleBracket();
            if (parseLeftAngleResult) {
              value += parseLeftAngleResult;
              continue;
            }
            break;
          }
          var location = createLocation(start, this.clonePosition());
          return {
            val: { type: types_1.TYPE.literal, value, location },
            err: null
          };
        };
        Parser2.prototype.tryParseLeftAngleBracket = function() {
          if (!this.isEOF() && this.char() === 60 && (this.ignoreTag || // If at the opening tag or closing tag position, bail.
          !_isAlphaOrSlash(this.peek() || 0))) {
            this.bump();
            return "<";
          }
          return null;
        };
        Parser2.prototype.tryParseQuote = function(parentArgType) {
          if (this.isEOF() || this.char() !== 39) {
            return null;
          }
          switch (this.peek()) {
            case 39:
              this.bump();
              this.bump();
              return "'";
            // '{', '<', '>', '}'
            case 123:
            case 60:
            case 62:
            case 125:
              break;
            case 35:
              if (parentArgType === "plural" || parentArgType === "selectordinal") {
                break;
              }
              return null;
            default:
              return null;
          }
          this.bump();
          var codePoints = [this.char()];
          this.bump();
          while (!this.isEOF()) {
            var ch = this.char();
            if (ch === 39) {
              if (this.peek() === 39) {
                codePoints.push(39);
                this.bump();
              } else {
                this.bump();
                break;
              }
            } else {
              codePoints.push(ch);
            }
            this.bump();
          }
          return fromCodePoint.apply(void 0, codePoints);
        };
        Parser2.prototype.tryParseUnquoted = function(nestingLevel, parentArgType) {
          if (this.isEOF()) {
            return null;
          }
          var ch = this.char();
          if (ch === 60 || ch === 123 || ch === 35 && (parentArgType === "plural" || parentArgType === "selectordinal") || ch === 125 && nestingLevel > 0) {
            return null;
          } else {
            this.bump();
            return fromCodePoint(ch);
          }
        };
        Parser2.prototype.parseArgument = function(nestingLevel, expectingCloseTag) {
          var openingBracePosition = this.clonePosition();
          this.bump();
          this.bumpSpace();
          if (this.isEOF()) {
            return this.error(error_1.ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE, createLocation(openingBracePosition, this.clonePosition()));
          }
          if (this.char() === 125) {
            this.bump();
            return this.error(error_1.ErrorKind.EMPTY_ARGUMENT, createLocation(openingBracePosition, this.clonePosition()));
          }
          var value = this.parseIdentifierIfPossible().value;
          if (!value) {
            return this.error(error_1.ErrorKind.MALFORMED_ARGUMENT, createLocation(openingBracePosition, this.clonePosition()));
          }
          this.bumpSpace();
          if (this.isEOF()) {
            return this.error(error_1.ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE, createLocation(openingBracePosition, this.clonePosition()));
          }
          switch (this.char()) {
            // Simple argument: `{name}`
            case 125: {
              this.bump();
              return {
                val: {
                  type: types_1.TYPE.argument,
                  // value does not include the opening and closing braces.
                  value,
                  location: createLocation(openingBracePosition, this.clonePosition())
                },
                err: null
              };
            }
            // Argument with options: `{name, format, ...}`
            case 44: {
              this.bump();
              this.bumpSpace();
              if (this.isEOF()) {
                return this.error(error_1.ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE, createLocation(openingBracePosition, this.clonePosition()));
              }
              return this.parseArgumentOptions(nestingLevel, expectingCloseTag, value, openingBracePosition);
            }
            default:
              return this.error(error_1.ErrorKind.MALFORMED_ARGUMENT, createLocation(openingBracePosition, this.clonePosition()));
          }
        };
        Parser2.prototype.parseIdentifierIfPossible = function() {
          var startingPosition = this.clonePosition();
          var startOffset = this.offset();
          var value = matchIdentifierAtIndex(this.message, startOffset);
          var endOffset = startOffset + value.length;
          this.bumpTo(endOffset);
          var endPosition = this.clonePosition();
          var location = createLocation(startingPosition, endPosition);
          return { value, location };
        };
        Parser2.prototype.parseArgumentOptions = function(nestingLevel, expectingCloseTag, value, openingBracePosition) {
          var _a2;
          var typeStartPosition = this.clonePosition();
          var argType = this.parseIdentifierIfPossible().value;
          var typeEndPosition = this.clonePosition();
          switch (argType) {
            case "":
              return this.error(error_1.ErrorKind.EXPECT_ARGUMENT_TYPE, createLocation(typeStartPosition, typeEndPosition));
            case "number":
            case "date":
            case "time": {
              this.bumpSpace();
              var styleAndLocation = null;
              if (this.bumpIf(",")) {
                this.bumpSpace();
                var styleStartPosition = this.clonePosition();
                var result = this.parseSimpleArgStyleIfPossible();
                if (result.err) {
                  return result;
                }
                var style = trimEnd(result.val);
                if (style.length === 0) {
                  return this.error(error_1.ErrorKind.EXPECT_ARGUMENT_STYLE, createLocation(this.clonePosition(), this.clonePosition()));
                }
                var styleLocation = createLocation(styleStartPosition, this.clonePosition());
                styleAndLocation = { style, styleLocation };
              }
              var argCloseResult = this.tryParseArgumentClose(openingBracePosition);
              if (argCloseResult.err) {
                return argCloseResult;
              }
              var location_1 = createLocation(openingBracePosition, this.clonePosition());
              if (styleAndLocation && startsWith(styleAndLocation === null || styleAndLocation === void 0 ? void 0 : styleAndLocation.style, "::", 0)) {
                var skeleton = trimStart(styleAndLocation.style.slice(2));
                if (argType === "number") {
                  var result = this.parseNumberSkeletonFromString(skeleton, styleAndLocation.styleLocation);
                  if (result.err) {
                    return result;
                  }
                  return {
                    val: { type: types_1.TYPE.number, value, location: location_1, style: result.val },
                    err: null
                  };
                } else {
                  if (skeleton.length === 0) {
                    return this.error(error_1.ErrorKind.EXPECT_DATE_TIME_SKELETON, location_1);
                  }
                  var dateTimePattern = skeleton;
                  if (this.locale) {
                    dateTimePattern = (0, date_time_pattern_generator_1.getBestPattern)(skeleton, this.locale);
                  }
                  var style = {
                    type: types_1.SKELETON_TYPE.dateTime,
                    pattern: dateTimePattern,
                    location: styleAndLocation.styleLocation,
                    parsedOptions: this.shouldParseSkeletons ? (0, icu_skeleton_parser_1.parseDateTimeSkeleton)(dateTimePattern) : {}
                  };
                  var type = argType === "date" ? types_1.TYPE.date : types_1.TYPE.time;
                  return {
                    val: { type, value, location: location_1, style },
                    err: null
                  };
                }
              }
              return {
                val: {
                  type: argType === "number" ? types_1.TYPE.number : argType === "date" ? types_1.TYPE.date : types_1.TYPE.time,
                  value,
                  location: location_1,
                  style: (_a2 = styleAndLocation === null || styleAndLocation === void 0 ? void 0 : styleAndLocation.style) !== null && _a2 !== void 0 ? _a2 : null
                },
                err: null
              };
            }
            case "plural":
            case "selectordinal":
            case "select": {
              var typeEndPosition_1 = this.clonePosition();
              this.bumpSpace();
              if (!this.bumpIf(",")) {
                return this.error(error_1.ErrorKind.EXPECT_SELECT_ARGUMENT_OPTIONS, createLocation(typeEndPosition_1, tslib_1.__assign({}, typeEndPosition_1)));
              }
              this.bumpSpace();
              var identifierAndLocation = this.parseIdentifierIfPossible();
              var pluralOffset = 0;
              if (argType !== "select" && identifierAndLocation.value === "offset") {
                if (!this.bumpIf(":")) {
                  return this.error(error_1.ErrorKind.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, createLocation(this.clonePosition(), this.clonePosition()));
                }
                this.bumpSpace();
                var result = this.tryParseDecimalInteger(error_1.ErrorKind.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE, error_1.ErrorKind.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE);
                if (result.err) {
                  return result;
                }
                this.bumpSpace();
                identifierAndLocation = this.parseIdentifierIfPossible();
                pluralOffset = result.val;
              }
              var optionsResult = this.tryParsePluralOrSelectOptions(nestingLevel, argType, expectingCloseTag, identifierAndLocation);
              if (optionsResult.err) {
                return optionsResult;
              }
              var argCloseResult = this.tryParseArgumentClose(openingBracePosition);
              if (argCloseResult.err) {
                return argCloseResult;
              }
              var location_2 = createLocation(openingBracePosition, this.clonePosition());
              if (argType === "select") {
                return {
                  val: {
                    type: types_1.TYPE.select,
                    value,
                    options: fromEntries(optionsResult.val),
                    location: location_2
                  },
                  err: null
                };
              } else {
                return {
                  val: {
                    type: types_1.TYPE.plural,
                    value,
                    options: fromEntries(optionsResult.val),
                    offset: pluralOffset,
                    pluralType: argType === "plural" ? "cardinal" : "ordinal",
                    location: location_2
                  },
                  err: null
                };
              }
            }
            default:
              return this.error(error_1.ErrorKind.INVALID_ARGUMENT_TYPE, createLocation(typeStartPosition, typeEndPosition));
          }
        };
        Parser2.prototype.tryParseArgumentClose = function(openingBracePosition) {
          if (this.isEOF() || this.char() !== 125) {
            return this.error(error_1.ErrorKind.EXPECT_ARGUMENT_CLOSING_BRACE, createLocation(openingBracePosition, this.clonePosition()));
          }
          this.bump();
          return { val: true, err: null };
        };
        Parser2.prototype.parseSimpleArgStyleIfPossible = function() {
          var nestedBraces = 0;
          var startPosition = this.clonePosition();
          while (!this.isEOF()) {
            var ch = this.char();
            switch (ch) {
              case 39: {
                this.bump();
                var apostrophePosition = this.clonePosition();
                if (!this.bumpUntil("'")) {
                  return this.error(error_1.ErrorKind.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE, createLocation(apostrophePosition, this.clonePosition()));
                }
                this.bump();
                break;
              }
              case 123: {
                nestedBraces += 1;
                this.bump();
                break;
              }
              case 125: {
                if (nestedBraces > 0) {
                  nestedBraces -= 1;
                } else {
                  return {
                    val: this.message.slice(startPosition.offset, this.offset()),
                    err: null
                  };
                }
                break;
              }
              default:
                this.bump();
                break;
            }
          }
          return {
            val: this.message.slice(startPosition.offset, this.offset()),
            err: null
          };
        };
        Parser2.prototype.parseNumberSkeletonFromString = function(skeleton, location) {
          var tokens = [];
          try {
            tokens = (0, icu_skeleton_parser_1.parseNumberSkeletonFromString)(skeleton);
          } catch (e) {
            return this.error(error_1.ErrorKind.INVALID_NUMBER_SKELETON, location);
          }
          return {
            val: {
              type: types_1.SKELETON_TYPE.number,
              tokens,
              location,
              parsedOptions: this.shouldParseSkeletons ? (0, icu_skeleton_parser_1.parseNumberSkeleton)(tokens) : {}
            },
            err: null
          };
        };
        Parser2.prototype.tryParsePluralOrSelectOptions = function(nestingLevel, parentArgType, expectCloseTag, parsedFirstIdentifier) {
          var _a2;
          var hasOtherClause = false;
          var options = [];
          var parsedSelectors = /* @__PURE__ */ new Set();
          var selector = parsedFirstIdentifier.value, selectorLocation = parsedFirstIdentifier.location;
          while (true) {
            if (selector.length === 0) {
              var startPosition = this.clonePosition();
              if (parentArgType !== "select" && this.bumpIf("=")) {
                var result = this.tryParseDecimalInteger(error_1.ErrorKind.EXPECT_PLURAL_ARGUMENT_SELECTOR, error_1.ErrorKind.INVALID_PLURAL_ARGUMENT_SELECTOR);
                if (result.err) {
                  return result;
                }
                selectorLocation = createLocation(startPosition, this.clonePosition());
                selector = this.message.slice(startPosition.offset, this.offset());
              } else {
                break;
              }
            }
            if (parsedSelectors.has(selector)) {
              return this.error(parentArgType === "select" ? error_1.ErrorKind.DUPLICATE_SELECT_ARGUMENT_SELECTOR : error_1.ErrorKind.DUPLICATE_PLURAL_ARGUMENT_SELECTOR, selectorLocation);
            }
            if (selector === "other") {
              hasOtherClause = true;
            }
            this.bumpSpace();
            var openingBracePosition = this.clonePosition();
            if (!this.bumpIf("{")) {
              return this.error(parentArgType === "select" ? error_1.ErrorKind.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT : error_1.ErrorKind.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT, createLocation(this.clonePosition(), this.clonePosition()));
            }
            var fragmentResult = this.parseMessage(nestingLevel + 1, parentArgType, expectCloseTag);
            if (fragmentResult.err) {
              return fragmentResult;
            }
            var argCloseResult = this.tryParseArgumentClose(openingBracePosition);
            if (argCloseResult.err) {
              return argCloseResult;
            }
            options.push([
              selector,
              {
                value: fragmentResult.val,
                location: createLocation(openingBracePosition, this.clonePosition())
              }
            ]);
            parsedSelectors.add(selector);
            this.bumpSpace();
            _a2 = this.parseIdentifierIfPossible(), selector = _a2.value, selectorLocation = _a2.location;
          }
          if (options.length === 0) {
            return this.error(parentArgType === "select" ? error_1.ErrorKind.EXPECT_SELECT_ARGUMENT_SELECTOR : error_1.ErrorKind.EXPECT_PLURAL_ARGUMENT_SELECTOR, createLocation(this.clonePosition(), this.clonePosition()));
          }
          if (this.requiresOtherClause && !hasOtherClause) {
            return this.error(error_1.ErrorKind.MISSING_OTHER_CLAUSE, createLocation(this.clonePosition(), this.clonePosition()));
          }
          return { val: options, err: null };
        };
        Parser2.prototype.tryParseDecimalInteger = function(expectNumberError, invalidNumberError) {
          var sign = 1;
          var startingPosition = this.clonePosition();
          if (this.bumpIf("+")) {
          } else if (this.bumpIf("-")) {
            sign = -1;
          }
          var hasDigits = false;
          var decimal = 0;
          while (!this.isEOF()) {
            var ch = this.char();
            if (ch >= 48 && ch <= 57) {
              hasDigits = true;
              decimal = decimal * 10 + (ch - 48);
              this.bump();
            } else {
              break;
            }
          }
          var location = createLocation(startingPosition, this.clonePosition());
          if (!hasDigits) {
            return this.error(expectNumberError, location);
          }
          decimal *= sign;
          if (!isSafeInteger(decimal)) {
            return this.error(invalidNumberError, location);
          }
          return { val: decimal, err: null };
        };
        Parser2.prototype.offset = function() {
          return this.position.offset;
        };
        Parser2.prototype.isEOF = function() {
          return this.offset() === this.message.length;
        };
        Parser2.prototype.clonePosition = function() {
          return {
            offset: this.position.offset,
            line: this.position.line,
            column: this.position.column
          };
        };
        Parser2.prototype.char = function() {
          var offset = this.position.offset;
          if (offset >= this.message.length) {
            throw Error("out of bound");
          }
          var code = codePointAt(this.message, offset);
          if (code === void 0) {
            throw Error("Offset ".concat(offset, " is at invalid UTF-16 code unit boundary"));
          }
          return code;
        };
        Parser2.prototype.error = function(kind, location) {
          return {
            val: null,
            err: {
              kind,
              message: this.message,
              location
            }
          };
        };
        Parser2.prototype.bump = function() {
          if (this.isEOF()) {
            return;
          }
          var code = this.char();
          if (code === 10) {
            this.position.line += 1;
            this.position.column = 1;
            this.position.offset += 1;
          } else {
            this.position.column += 1;
            this.position.offset += code < 65536 ? 1 : 2;
          }
        };
        Parser2.prototype.bumpIf = function(prefix) {
          if (startsWith(this.message, prefix, this.offset())) {
            for (var i = 0; i < prefix.length; i++) {
              this.bump();
            }
            return true;
          }
          return false;
        };
        Parser2.prototype.bumpUntil = function(pattern) {
          var currentOffset = this.offset();
          var index = this.message.indexOf(pattern, currentOffset);
          if (index >= 0) {
            this.bumpTo(index);
            return true;
          } else {
            this.bumpTo(this.message.length);
            return false;
          }
        };
        Parser2.prototype.bumpTo = function(targetOffset) {
          if (this.offset() > targetOffset) {
            throw Error("targetOffset ".concat(targetOffset, " must be greater than or equal to the current offset ").concat(this.offset()));
          }
          targetOffset = Math.min(targetOffset, this.message.length);
          while (true) {
            var offset = this.offset();
            if (offset === targetOffset) {
              break;
            }
            if (offset > targetOffset) {
              throw Error("targetOffset ".concat(targetOffset, " is at invalid UTF-16 code unit boundary"));
            }
            this.bump();
            if (this.isEOF()) {
              break;
            }
          }
        };
        Parser2.prototype.bumpSpace = function() {
          while (!this.isEOF() && _isWhiteSpace(this.char())) {
            this.bump();
          }
        };
        Parser2.prototype.peek = function() {
          if (this.isEOF()) {
            return null;
          }
          var code = this.char();
          var offset = this.offset();
          var nextCode = this.message.charCodeAt(offset + (code >= 65536 ? 2 : 1));
          return nextCode !== null && nextCode !== void 0 ? nextCode : null;
        };
        return Parser2;
      })()
    );
    exports.Parser = Parser;
    function _isAlpha(codepoint) {
      return codepoint >= 97 && codepoint <= 122 || codepoint >= 65 && codepoint <= 90;
    }
    __name(_isAlpha, "_isAlpha");
    function _isAlphaOrSlash(codepoint) {
      return _isAlpha(codepoint) || codepoint === 47;
    }
    __name(_isAlphaOrSlash, "_isAlphaOrSlash");
    function _isPotentialElementNameChar(c) {
      return c === 45 || c === 46 || c >= 48 && c <= 57 || c === 95 || c >= 97 && c <= 122 || c >= 65 && c <= 90 || c == 183 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8255 && c <= 8256 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    __name(_isPotentialElementNameChar, "_isPotentialElementNameChar");
    function _isWhiteSpace(c) {
      return c >= 9 && c <= 13 || c === 32 || c === 133 || c >= 8206 && c <= 8207 || c === 8232 || c === 8233;
    }
    __name(_isWhiteSpace, "_isWhiteSpace");
    function _isPatternSyntax(c) {
      return c >= 33 && c <= 35 || c === 36 || c >= 37 && c <= 39 || c === 40 || c === 41 || c === 42 || c === 43 || c === 44 || c === 45 || c >= 46 && c <= 47 || c >= 58 && c <= 59 || c >= 60 && c <= 62 || c >= 63 && c <= 64 || c === 91 || c === 92 || c === 93 || c === 94 || c === 96 || c === 123 || c === 124 || c === 125 || c === 126 || c === 161 || c >= 162 && c <= 165 || c === 166 || c === 167 || c === 169 || c === 171 || c === 172 || c === 174 || c === 176 || c === 177 || c === 182 || c === 187 || c === 191 || c === 215 || c === 247 || c >= 8208 && c <= 8213 || c >= 8214 && c <= 8215 || c === 8216 || c === 8217 || c === 8218 || c >= 8219 && c <= 8220 || c === 8221 || c === 8222 || c === 8223 || c >= 8224 && c <= 8231 || c >= 8240 && c <= 8248 || c === 8249 || c === 8250 || c >= 8251 && c <= 8254 || c >= 8257 && c <= 8259 || c === 8260 || c === 8261 || c === 8262 || c >= 8263 && c <= 8273 || c === 8274 || c === 8275 || c >= 8277 && c <= 8286 || c >= 8592 && c <= 8596 || c >= 8597 && c <= 8601 || c >= 8602 && c <= 8603 || c >= 8604 && c <= 8607 || c === 8608 || c >= 8609 && c <= 8610 || c === 8611 || c >= 8612 && c <= 8613 || c === 8614 || c >= 8615 && c <= 8621 || c === 8622 || c >= 8623 && c <= 8653 || c >= 8654 && c <= 8655 || c >= 8656 && c <= 8657 || c === 8658 || c === 8659 || c === 8660 || c >= 8661 && c <= 8691 || c >= 8692 && c <= 8959 || c >= 8960 && c <= 8967 || c === 8968 || c === 8969 || c === 8970 || c === 8971 || c >= 8972 && c <= 8991 || c >= 8992 && c <= 8993 || c >= 8994 && c <= 9e3 || c === 9001 || c === 9002 || c >= 9003 && c <= 9083 || c === 9084 || c >= 9085 && c <= 9114 || c >= 9115 && c <= 9139 || c >= 9140 && c <= 9179 || c >= 9180 && c <= 9185 || c >= 9186 && c <= 9254 || c >= 9255 && c <= 9279 || c >= 9280 && c <= 9290 || c >= 9291 && c <= 9311 || c >= 9472 && c <= 9654 || c === 9655 || c >= 9656 && c <= 9664 || c === 9665 || c >= 9666 && c <= 9719 || c >= 9720 && c <= 9727 || c >= 9728 && c <= 9838 || c === 9839 || c >= 9840 && c <= 10087 || c === 10088 || c === 10089 || c === 10090 || c === 10091 || c === 10092 || c === 10093 || c === 10094 || c === 10095 || c === 10096 || c === 10097 || c === 10098 || c === 10099 || c === 10100 || c === 10101 || c >= 10132 && c <= 10175 || c >= 10176 && c <= 10180 || c === 10181 || c === 10182 || c >= 10183 && c <= 10213 || c === 10214 || c === 10215 || c === 10216 || c === 10217 || c === 10218 || c === 10219 || c === 10220 || c === 10221 || c === 10222 || c === 10223 || c >= 10224 && c <= 10239 || c >= 10240 && c <= 10495 || c >= 10496 && c <= 10626 || c === 10627 || c === 10628 || c === 10629 || c === 10630 || c === 10631 || c === 10632 || c === 10633 || c === 10634 || c === 10635 || c === 10636 || c === 10637 || c === 10638 || c === 10639 || c === 10640 || c === 10641 || c === 10642 || c === 10643 || c === 10644 || c === 10645 || c === 10646 || c === 10647 || c === 10648 || c >= 10649 && c <= 10711 || c === 10712 || c === 10713 || c === 10714 || c === 10715 || c >= 10716 && c <= 10747 || c === 10748 || c === 10749 || c >= 10750 && c <= 11007 || c >= 11008 && c <= 11055 || c >= 11056 && c <= 11076 || c >= 11077 && c <= 11078 || c >= 11079 && c <= 11084 || c >= 11085 && c <= 11123 || c >= 11124 && c <= 11125 || c >= 11126 && c <= 11157 || c === 11158 || c >= 11159 && c <= 11263 || c >= 11776 && c <= 11777 || c === 11778 || c === 11779 || c === 11780 || c === 11781 || c >= 11782 && c <= 11784 || c === 11785 || c === 11786 || c === 11787 || c === 11788 || c === 11789 || c >= 11790 && c <= 11798 || c === 11799 || c >= 11800 && c <= 11801 || c === 11802 || c === 11803 || c === 11804 || c === 11805 || c >= 11806 && c <= 11807 || c === 11808 || c === 11809 || c === 11810 || c === 11811 || c === 11812 || c === 11813 || c === 11814 || c === 11815 || c === 11816 || c === 11817 || c >= 11818 && c <= 11822 || c === 11823 || c >= 11824 && c <= 11833 || c >= 11834 && c <= 11835 || c >= 11836 && c <= 11839 || c === 11840 || c === 11841 || c === 11842 || c >= 11843 && c <= 11855 || c >= 11856 && c <= 11857 || c === 11858 || c >= 11859 && c <= 11903 || c >= 12289 && c <= 12291 || c === 12296 || c === 12297 || c === 12298 || c === 12299 || c === 12300 || c === 12301 || c === 12302 || c === 12303 || c === 12304 || c === 12305 || c >= 12306 && c <= 12307 || c === 12308 || c === 12309 || c === 12310 || c === 12311 || c === 12312 || c === 12313 || c === 12314 || c === 12315 || c === 12316 || c === 12317 || c >= 12318 && c <= 12319 || c === 12320 || c === 12336 || c === 64830 || c === 64831 || c >= 65093 && c <= 65094;
    }
    __name(_isPatternSyntax, "_isPatternSyntax");
  }
});

// node_modules/@formatjs/icu-messageformat-parser/manipulator.js
var require_manipulator = __commonJS({
  "node_modules/@formatjs/icu-messageformat-parser/manipulator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.hoistSelectors = hoistSelectors;
    exports.isStructurallySame = isStructurallySame;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var types_1 = require_types();
    function cloneDeep(obj) {
      if (Array.isArray(obj)) {
        return tslib_1.__spreadArray([], obj.map(cloneDeep), true);
      }
      if (obj !== null && typeof obj === "object") {
        return Object.keys(obj).reduce(function(cloned, k) {
          cloned[k] = cloneDeep(obj[k]);
          return cloned;
        }, {});
      }
      return obj;
    }
    __name(cloneDeep, "cloneDeep");
    function hoistPluralOrSelectElement(ast, el, positionToInject) {
      var cloned = cloneDeep(el);
      var options = cloned.options;
      cloned.options = Object.keys(options).reduce(function(all, k) {
        var newValue = hoistSelectors(tslib_1.__spreadArray(tslib_1.__spreadArray(tslib_1.__spreadArray([], ast.slice(0, positionToInject), true), options[k].value, true), ast.slice(positionToInject + 1), true));
        all[k] = {
          value: newValue
        };
        return all;
      }, {});
      return cloned;
    }
    __name(hoistPluralOrSelectElement, "hoistPluralOrSelectElement");
    function isPluralOrSelectElement(el) {
      return (0, types_1.isPluralElement)(el) || (0, types_1.isSelectElement)(el);
    }
    __name(isPluralOrSelectElement, "isPluralOrSelectElement");
    function findPluralOrSelectElement(ast) {
      return !!ast.find(function(el) {
        if (isPluralOrSelectElement(el)) {
          return true;
        }
        if ((0, types_1.isTagElement)(el)) {
          return findPluralOrSelectElement(el.children);
        }
        return false;
      });
    }
    __name(findPluralOrSelectElement, "findPluralOrSelectElement");
    function hoistSelectors(ast) {
      for (var i = 0; i < ast.length; i++) {
        var el = ast[i];
        if (isPluralOrSelectElement(el)) {
          return [hoistPluralOrSelectElement(ast, el, i)];
        }
        if ((0, types_1.isTagElement)(el) && findPluralOrSelectElement([el])) {
          throw new Error("Cannot hoist plural/select within a tag element. Please put the tag element inside each plural/select option");
        }
      }
      return ast;
    }
    __name(hoistSelectors, "hoistSelectors");
    function collectVariables(ast, vars) {
      if (vars === void 0) {
        vars = /* @__PURE__ */ new Map();
      }
      ast.forEach(function(el) {
        if ((0, types_1.isArgumentElement)(el) || (0, types_1.isDateElement)(el) || (0, types_1.isTimeElement)(el) || (0, types_1.isNumberElement)(el)) {
          if (el.value in vars && vars.get(el.value) !== el.type) {
            throw new Error("Variable ".concat(el.value, " has conflicting types"));
          }
          vars.set(el.value, el.type);
        }
        if ((0, types_1.isPluralElement)(el) || (0, types_1.isSelectElement)(el)) {
          vars.set(el.value, el.type);
          Object.keys(el.options).forEach(function(k) {
            collectVariables(el.options[k].value, vars);
          });
        }
        if ((0, types_1.isTagElement)(el)) {
          vars.set(el.value, el.type);
          collectVariables(el.children, vars);
        }
      });
    }
    __name(collectVariables, "collectVariables");
    function isStructurallySame(a, b) {
      var aVars = /* @__PURE__ */ new Map();
      var bVars = /* @__PURE__ */ new Map();
      collectVariables(a, aVars);
      collectVariables(b, bVars);
      if (aVars.size !== bVars.size) {
        return {
          success: false,
          error: new Error("Different number of variables: [".concat(Array.from(aVars.keys()).join(", "), "] vs [").concat(Array.from(bVars.keys()).join(", "), "]"))
        };
      }
      return Array.from(aVars.entries()).reduce(function(result, _a) {
        var key = _a[0], type = _a[1];
        if (!result.success) {
          return result;
        }
        var bType = bVars.get(key);
        if (bType == null) {
          return {
            success: false,
            error: new Error("Missing variable ".concat(key, " in message"))
          };
        }
        if (bType !== type) {
          return {
            success: false,
            error: new Error("Variable ".concat(key, " has conflicting types: ").concat(types_1.TYPE[type], " vs ").concat(types_1.TYPE[bType]))
          };
        }
        return result;
      }, { success: true });
    }
    __name(isStructurallySame, "isStructurallySame");
  }
});

// node_modules/@formatjs/icu-messageformat-parser/index.js
var require_icu_messageformat_parser = __commonJS({
  "node_modules/@formatjs/icu-messageformat-parser/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isStructurallySame = exports._Parser = void 0;
    exports.parse = parse;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var error_1 = require_error();
    var parser_1 = require_parser();
    var types_1 = require_types();
    function pruneLocation(els) {
      els.forEach(function(el) {
        delete el.location;
        if ((0, types_1.isSelectElement)(el) || (0, types_1.isPluralElement)(el)) {
          for (var k in el.options) {
            delete el.options[k].location;
            pruneLocation(el.options[k].value);
          }
        } else if ((0, types_1.isNumberElement)(el) && (0, types_1.isNumberSkeleton)(el.style)) {
          delete el.style.location;
        } else if (((0, types_1.isDateElement)(el) || (0, types_1.isTimeElement)(el)) && (0, types_1.isDateTimeSkeleton)(el.style)) {
          delete el.style.location;
        } else if ((0, types_1.isTagElement)(el)) {
          pruneLocation(el.children);
        }
      });
    }
    __name(pruneLocation, "pruneLocation");
    function parse(message, opts) {
      if (opts === void 0) {
        opts = {};
      }
      opts = tslib_1.__assign({ shouldParseSkeletons: true, requiresOtherClause: true }, opts);
      var result = new parser_1.Parser(message, opts).parse();
      if (result.err) {
        var error = SyntaxError(error_1.ErrorKind[result.err.kind]);
        error.location = result.err.location;
        error.originalMessage = result.err.message;
        throw error;
      }
      if (!(opts === null || opts === void 0 ? void 0 : opts.captureLocation)) {
        pruneLocation(result.val);
      }
      return result.val;
    }
    __name(parse, "parse");
    tslib_1.__exportStar(require_types(), exports);
    exports._Parser = parser_1.Parser;
    var manipulator_1 = require_manipulator();
    Object.defineProperty(exports, "isStructurallySame", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return manipulator_1.isStructurallySame;
    }, "get") });
  }
});

// node_modules/intl-messageformat/src/error.js
var require_error2 = __commonJS({
  "node_modules/intl-messageformat/src/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingValueError = exports.InvalidValueTypeError = exports.InvalidValueError = exports.FormatError = exports.ErrorCode = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var ErrorCode;
    (function(ErrorCode2) {
      ErrorCode2["MISSING_VALUE"] = "MISSING_VALUE";
      ErrorCode2["INVALID_VALUE"] = "INVALID_VALUE";
      ErrorCode2["MISSING_INTL_API"] = "MISSING_INTL_API";
    })(ErrorCode || (exports.ErrorCode = ErrorCode = {}));
    var FormatError = (
      /** @class */
      (function(_super) {
        tslib_1.__extends(FormatError2, _super);
        function FormatError2(msg, code, originalMessage) {
          var _this = _super.call(this, msg) || this;
          _this.code = code;
          _this.originalMessage = originalMessage;
          return _this;
        }
        __name(FormatError2, "FormatError");
        FormatError2.prototype.toString = function() {
          return "[formatjs Error: ".concat(this.code, "] ").concat(this.message);
        };
        return FormatError2;
      })(Error)
    );
    exports.FormatError = FormatError;
    var InvalidValueError = (
      /** @class */
      (function(_super) {
        tslib_1.__extends(InvalidValueError2, _super);
        function InvalidValueError2(variableId, value, options, originalMessage) {
          return _super.call(this, 'Invalid values for "'.concat(variableId, '": "').concat(value, '". Options are "').concat(Object.keys(options).join('", "'), '"'), ErrorCode.INVALID_VALUE, originalMessage) || this;
        }
        __name(InvalidValueError2, "InvalidValueError");
        return InvalidValueError2;
      })(FormatError)
    );
    exports.InvalidValueError = InvalidValueError;
    var InvalidValueTypeError = (
      /** @class */
      (function(_super) {
        tslib_1.__extends(InvalidValueTypeError2, _super);
        function InvalidValueTypeError2(value, type, originalMessage) {
          return _super.call(this, 'Value for "'.concat(value, '" must be of type ').concat(type), ErrorCode.INVALID_VALUE, originalMessage) || this;
        }
        __name(InvalidValueTypeError2, "InvalidValueTypeError");
        return InvalidValueTypeError2;
      })(FormatError)
    );
    exports.InvalidValueTypeError = InvalidValueTypeError;
    var MissingValueError = (
      /** @class */
      (function(_super) {
        tslib_1.__extends(MissingValueError2, _super);
        function MissingValueError2(variableId, originalMessage) {
          return _super.call(this, 'The intl string context variable "'.concat(variableId, '" was not provided to the string "').concat(originalMessage, '"'), ErrorCode.MISSING_VALUE, originalMessage) || this;
        }
        __name(MissingValueError2, "MissingValueError");
        return MissingValueError2;
      })(FormatError)
    );
    exports.MissingValueError = MissingValueError;
  }
});

// node_modules/intl-messageformat/src/formatters.js
var require_formatters = __commonJS({
  "node_modules/intl-messageformat/src/formatters.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PART_TYPE = void 0;
    exports.isFormatXMLElementFn = isFormatXMLElementFn;
    exports.formatToParts = formatToParts;
    var icu_messageformat_parser_1 = require_icu_messageformat_parser();
    var error_1 = require_error2();
    var PART_TYPE;
    (function(PART_TYPE2) {
      PART_TYPE2[PART_TYPE2["literal"] = 0] = "literal";
      PART_TYPE2[PART_TYPE2["object"] = 1] = "object";
    })(PART_TYPE || (exports.PART_TYPE = PART_TYPE = {}));
    function mergeLiteral(parts) {
      if (parts.length < 2) {
        return parts;
      }
      return parts.reduce(function(all, part) {
        var lastPart = all[all.length - 1];
        if (!lastPart || lastPart.type !== PART_TYPE.literal || part.type !== PART_TYPE.literal) {
          all.push(part);
        } else {
          lastPart.value += part.value;
        }
        return all;
      }, []);
    }
    __name(mergeLiteral, "mergeLiteral");
    function isFormatXMLElementFn(el) {
      return typeof el === "function";
    }
    __name(isFormatXMLElementFn, "isFormatXMLElementFn");
    function formatToParts(els, locales2, formatters, formats2, values, currentPluralValue, originalMessage) {
      if (els.length === 1 && (0, icu_messageformat_parser_1.isLiteralElement)(els[0])) {
        return [
          {
            type: PART_TYPE.literal,
            value: els[0].value
          }
        ];
      }
      var result = [];
      for (var _i = 0, els_1 = els; _i < els_1.length; _i++) {
        var el = els_1[_i];
        if ((0, icu_messageformat_parser_1.isLiteralElement)(el)) {
          result.push({
            type: PART_TYPE.literal,
            value: el.value
          });
          continue;
        }
        if ((0, icu_messageformat_parser_1.isPoundElement)(el)) {
          if (typeof currentPluralValue === "number") {
            result.push({
              type: PART_TYPE.literal,
              value: formatters.getNumberFormat(locales2).format(currentPluralValue)
            });
          }
          continue;
        }
        var varName = el.value;
        if (!(values && varName in values)) {
          throw new error_1.MissingValueError(varName, originalMessage);
        }
        var value = values[varName];
        if ((0, icu_messageformat_parser_1.isArgumentElement)(el)) {
          if (!value || typeof value === "string" || typeof value === "number") {
            value = typeof value === "string" || typeof value === "number" ? String(value) : "";
          }
          result.push({
            type: typeof value === "string" ? PART_TYPE.literal : PART_TYPE.object,
            value
          });
          continue;
        }
        if ((0, icu_messageformat_parser_1.isDateElement)(el)) {
          var style = typeof el.style === "string" ? formats2.date[el.style] : (0, icu_messageformat_parser_1.isDateTimeSkeleton)(el.style) ? el.style.parsedOptions : void 0;
          result.push({
            type: PART_TYPE.literal,
            value: formatters.getDateTimeFormat(locales2, style).format(value)
          });
          continue;
        }
        if ((0, icu_messageformat_parser_1.isTimeElement)(el)) {
          var style = typeof el.style === "string" ? formats2.time[el.style] : (0, icu_messageformat_parser_1.isDateTimeSkeleton)(el.style) ? el.style.parsedOptions : formats2.time.medium;
          result.push({
            type: PART_TYPE.literal,
            value: formatters.getDateTimeFormat(locales2, style).format(value)
          });
          continue;
        }
        if ((0, icu_messageformat_parser_1.isNumberElement)(el)) {
          var style = typeof el.style === "string" ? formats2.number[el.style] : (0, icu_messageformat_parser_1.isNumberSkeleton)(el.style) ? el.style.parsedOptions : void 0;
          if (style && style.scale) {
            value = value * (style.scale || 1);
          }
          result.push({
            type: PART_TYPE.literal,
            value: formatters.getNumberFormat(locales2, style).format(value)
          });
          continue;
        }
        if ((0, icu_messageformat_parser_1.isTagElement)(el)) {
          var children = el.children, value_1 = el.value;
          var formatFn = values[value_1];
          if (!isFormatXMLElementFn(formatFn)) {
            throw new error_1.InvalidValueTypeError(value_1, "function", originalMessage);
          }
          var parts = formatToParts(children, locales2, formatters, formats2, values, currentPluralValue);
          var chunks = formatFn(parts.map(function(p) {
            return p.value;
          }));
          if (!Array.isArray(chunks)) {
            chunks = [chunks];
          }
          result.push.apply(result, chunks.map(function(c) {
            return {
              type: typeof c === "string" ? PART_TYPE.literal : PART_TYPE.object,
              value: c
            };
          }));
        }
        if ((0, icu_messageformat_parser_1.isSelectElement)(el)) {
          var opt = el.options[value] || el.options.other;
          if (!opt) {
            throw new error_1.InvalidValueError(el.value, value, Object.keys(el.options), originalMessage);
          }
          result.push.apply(result, formatToParts(opt.value, locales2, formatters, formats2, values));
          continue;
        }
        if ((0, icu_messageformat_parser_1.isPluralElement)(el)) {
          var opt = el.options["=".concat(value)];
          if (!opt) {
            if (!Intl.PluralRules) {
              throw new error_1.FormatError('Intl.PluralRules is not available in this environment.\nTry polyfilling it using "@formatjs/intl-pluralrules"\n', error_1.ErrorCode.MISSING_INTL_API, originalMessage);
            }
            var rule = formatters.getPluralRules(locales2, { type: el.pluralType }).select(value - (el.offset || 0));
            opt = el.options[rule] || el.options.other;
          }
          if (!opt) {
            throw new error_1.InvalidValueError(el.value, value, Object.keys(el.options), originalMessage);
          }
          result.push.apply(result, formatToParts(opt.value, locales2, formatters, formats2, values, value - (el.offset || 0)));
          continue;
        }
      }
      return mergeLiteral(result);
    }
    __name(formatToParts, "formatToParts");
  }
});

// node_modules/intl-messageformat/src/core.js
var require_core = __commonJS({
  "node_modules/intl-messageformat/src/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IntlMessageFormat = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var fast_memoize_1 = require_fast_memoize();
    var icu_messageformat_parser_1 = require_icu_messageformat_parser();
    var formatters_1 = require_formatters();
    function mergeConfig(c1, c2) {
      if (!c2) {
        return c1;
      }
      return tslib_1.__assign(tslib_1.__assign(tslib_1.__assign({}, c1 || {}), c2 || {}), Object.keys(c1).reduce(function(all, k) {
        all[k] = tslib_1.__assign(tslib_1.__assign({}, c1[k]), c2[k] || {});
        return all;
      }, {}));
    }
    __name(mergeConfig, "mergeConfig");
    function mergeConfigs(defaultConfig, configs) {
      if (!configs) {
        return defaultConfig;
      }
      return Object.keys(defaultConfig).reduce(function(all, k) {
        all[k] = mergeConfig(defaultConfig[k], configs[k]);
        return all;
      }, tslib_1.__assign({}, defaultConfig));
    }
    __name(mergeConfigs, "mergeConfigs");
    function createFastMemoizeCache(store) {
      return {
        create: /* @__PURE__ */ __name(function() {
          return {
            get: /* @__PURE__ */ __name(function(key) {
              return store[key];
            }, "get"),
            set: /* @__PURE__ */ __name(function(key, value) {
              store[key] = value;
            }, "set")
          };
        }, "create")
      };
    }
    __name(createFastMemoizeCache, "createFastMemoizeCache");
    function createDefaultFormatters(cache) {
      if (cache === void 0) {
        cache = {
          number: {},
          dateTime: {},
          pluralRules: {}
        };
      }
      return {
        getNumberFormat: (0, fast_memoize_1.memoize)(function() {
          var _a;
          var args = [];
          for (var _i = 0; _i < arguments.length; _i++) {
            args[_i] = arguments[_i];
          }
          return new ((_a = Intl.NumberFormat).bind.apply(_a, tslib_1.__spreadArray([void 0], args, false)))();
        }, {
          cache: createFastMemoizeCache(cache.number),
          strategy: fast_memoize_1.strategies.variadic
        }),
        getDateTimeFormat: (0, fast_memoize_1.memoize)(function() {
          var _a;
          var args = [];
          for (var _i = 0; _i < arguments.length; _i++) {
            args[_i] = arguments[_i];
          }
          return new ((_a = Intl.DateTimeFormat).bind.apply(_a, tslib_1.__spreadArray([void 0], args, false)))();
        }, {
          cache: createFastMemoizeCache(cache.dateTime),
          strategy: fast_memoize_1.strategies.variadic
        }),
        getPluralRules: (0, fast_memoize_1.memoize)(function() {
          var _a;
          var args = [];
          for (var _i = 0; _i < arguments.length; _i++) {
            args[_i] = arguments[_i];
          }
          return new ((_a = Intl.PluralRules).bind.apply(_a, tslib_1.__spreadArray([void 0], args, false)))();
        }, {
          cache: createFastMemoizeCache(cache.pluralRules),
          strategy: fast_memoize_1.strategies.variadic
        })
      };
    }
    __name(createDefaultFormatters, "createDefaultFormatters");
    var IntlMessageFormat2 = (
      /** @class */
      (function() {
        function IntlMessageFormat3(message, locales2, overrideFormats, opts) {
          if (locales2 === void 0) {
            locales2 = IntlMessageFormat3.defaultLocale;
          }
          var _this = this;
          this.formatterCache = {
            number: {},
            dateTime: {},
            pluralRules: {}
          };
          this.format = function(values) {
            var parts = _this.formatToParts(values);
            if (parts.length === 1) {
              return parts[0].value;
            }
            var result = parts.reduce(function(all, part) {
              if (!all.length || part.type !== formatters_1.PART_TYPE.literal || typeof all[all.length - 1] !== "string") {
                all.push(part.value);
              } else {
                all[all.length - 1] += part.value;
              }
              return all;
            }, []);
            if (result.length <= 1) {
              return result[0] || "";
            }
            return result;
          };
          this.formatToParts = function(values) {
            return (0, formatters_1.formatToParts)(_this.ast, _this.locales, _this.formatters, _this.formats, values, void 0, _this.message);
          };
          this.resolvedOptions = function() {
            var _a2;
            return {
              locale: ((_a2 = _this.resolvedLocale) === null || _a2 === void 0 ? void 0 : _a2.toString()) || Intl.NumberFormat.supportedLocalesOf(_this.locales)[0]
            };
          };
          this.getAst = function() {
            return _this.ast;
          };
          this.locales = locales2;
          this.resolvedLocale = IntlMessageFormat3.resolveLocale(locales2);
          if (typeof message === "string") {
            this.message = message;
            if (!IntlMessageFormat3.__parse) {
              throw new TypeError("IntlMessageFormat.__parse must be set to process `message` of type `string`");
            }
            var _a = opts || {}, formatters = _a.formatters, parseOpts = tslib_1.__rest(_a, ["formatters"]);
            this.ast = IntlMessageFormat3.__parse(message, tslib_1.__assign(tslib_1.__assign({}, parseOpts), { locale: this.resolvedLocale }));
          } else {
            this.ast = message;
          }
          if (!Array.isArray(this.ast)) {
            throw new TypeError("A message must be provided as a String or AST.");
          }
          this.formats = mergeConfigs(IntlMessageFormat3.formats, overrideFormats);
          this.formatters = opts && opts.formatters || createDefaultFormatters(this.formatterCache);
        }
        __name(IntlMessageFormat3, "IntlMessageFormat");
        Object.defineProperty(IntlMessageFormat3, "defaultLocale", {
          get: /* @__PURE__ */ __name(function() {
            if (!IntlMessageFormat3.memoizedDefaultLocale) {
              IntlMessageFormat3.memoizedDefaultLocale = new Intl.NumberFormat().resolvedOptions().locale;
            }
            return IntlMessageFormat3.memoizedDefaultLocale;
          }, "get"),
          enumerable: false,
          configurable: true
        });
        IntlMessageFormat3.memoizedDefaultLocale = null;
        IntlMessageFormat3.resolveLocale = function(locales2) {
          if (typeof Intl.Locale === "undefined") {
            return;
          }
          var supportedLocales = Intl.NumberFormat.supportedLocalesOf(locales2);
          if (supportedLocales.length > 0) {
            return new Intl.Locale(supportedLocales[0]);
          }
          return new Intl.Locale(typeof locales2 === "string" ? locales2 : locales2[0]);
        };
        IntlMessageFormat3.__parse = icu_messageformat_parser_1.parse;
        IntlMessageFormat3.formats = {
          number: {
            integer: {
              maximumFractionDigits: 0
            },
            currency: {
              style: "currency"
            },
            percent: {
              style: "percent"
            }
          },
          date: {
            short: {
              month: "numeric",
              day: "numeric",
              year: "2-digit"
            },
            medium: {
              month: "short",
              day: "numeric",
              year: "numeric"
            },
            long: {
              month: "long",
              day: "numeric",
              year: "numeric"
            },
            full: {
              weekday: "long",
              month: "long",
              day: "numeric",
              year: "numeric"
            }
          },
          time: {
            short: {
              hour: "numeric",
              minute: "numeric"
            },
            medium: {
              hour: "numeric",
              minute: "numeric",
              second: "numeric"
            },
            long: {
              hour: "numeric",
              minute: "numeric",
              second: "numeric",
              timeZoneName: "short"
            },
            full: {
              hour: "numeric",
              minute: "numeric",
              second: "numeric",
              timeZoneName: "short"
            }
          }
        };
        return IntlMessageFormat3;
      })()
    );
    exports.IntlMessageFormat = IntlMessageFormat2;
  }
});

// node_modules/intl-messageformat/index.js
var require_intl_messageformat = __commonJS({
  "node_modules/intl-messageformat/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IntlMessageFormat = void 0;
    var tslib_1 = (init_tslib_es6(), __toCommonJS(tslib_es6_exports));
    var core_1 = require_core();
    Object.defineProperty(exports, "IntlMessageFormat", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return core_1.IntlMessageFormat;
    }, "get") });
    tslib_1.__exportStar(require_core(), exports);
    tslib_1.__exportStar(require_error2(), exports);
    tslib_1.__exportStar(require_formatters(), exports);
    exports.default = core_1.IntlMessageFormat;
  }
});

// node_modules/lighthouse/core/lib/i18n/i18n.js
var import_lookup_closest_locale = __toESM(require_lookup_closest_locale(), 1);
import path2 from "path";
import url from "url";

// node_modules/lighthouse/shared/localization/format.js
var import_intl_messageformat = __toESM(require_intl_messageformat(), 1);

// node_modules/lighthouse/shared/type-verifiers.js
function isObjectOfUnknownValues(val) {
  return typeof val === "object" && val !== null && !Array.isArray(val);
}
__name(isObjectOfUnknownValues, "isObjectOfUnknownValues");
function isObjectOrArrayOfUnknownValues(val) {
  return typeof val === "object" && val !== null;
}
__name(isObjectOrArrayOfUnknownValues, "isObjectOrArrayOfUnknownValues");

// node_modules/lighthouse/shared/localization/locales/en-US.json
var en_US_default = {
  "core/audits/accessibility/accesskeys.js | description": {
    message: "Access keys let users quickly focus a part of the page. For proper navigation, each access key must be unique. [Learn more about access keys](https://dequeuniversity.com/rules/axe/4.13/accesskeys)."
  },
  "core/audits/accessibility/accesskeys.js | failureTitle": {
    message: "`[accesskey]` values are not unique"
  },
  "core/audits/accessibility/accesskeys.js | title": {
    message: "`[accesskey]` values are unique"
  },
  "core/audits/accessibility/aria-allowed-attr.js | description": {
    message: "Each ARIA `role` supports a specific subset of `aria-*` attributes. Mismatching these invalidates the `aria-*` attributes. [Learn how to match ARIA attributes to their roles](https://dequeuniversity.com/rules/axe/4.13/aria-allowed-attr)."
  },
  "core/audits/accessibility/aria-allowed-attr.js | failureTitle": {
    message: "`[aria-*]` attributes do not match their roles"
  },
  "core/audits/accessibility/aria-allowed-attr.js | title": {
    message: "`[aria-*]` attributes match their roles"
  },
  "core/audits/accessibility/aria-allowed-role.js | description": {
    message: "Many HTML elements can only be assigned certain ARIA roles. Using ARIA roles where they are not allowed can interfere with the accessibility of the web page. [Learn more about ARIA roles](https://dequeuniversity.com/rules/axe/4.13/aria-allowed-role)."
  },
  "core/audits/accessibility/aria-allowed-role.js | failureTitle": {
    message: "Uses ARIA roles on incompatible elements"
  },
  "core/audits/accessibility/aria-allowed-role.js | title": {
    message: "Uses ARIA roles only on compatible elements"
  },
  "core/audits/accessibility/aria-command-name.js | description": {
    message: "When an element doesn't have an accessible name, screen readers announce it with a generic name, making it unusable for users who rely on screen readers. [Learn how to make command elements more accessible](https://dequeuniversity.com/rules/axe/4.13/aria-command-name)."
  },
  "core/audits/accessibility/aria-command-name.js | failureTitle": {
    message: "`button`, `link`, and `menuitem` elements do not have accessible names."
  },
  "core/audits/accessibility/aria-command-name.js | title": {
    message: "`button`, `link`, and `menuitem` elements have accessible names"
  },
  "core/audits/accessibility/aria-conditional-attr.js | description": {
    message: "Some ARIA attributes are only allowed on an element under certain conditions. [Learn more about conditional ARIA attributes](https://dequeuniversity.com/rules/axe/4.13/aria-conditional-attr)."
  },
  "core/audits/accessibility/aria-conditional-attr.js | failureTitle": {
    message: "ARIA attributes are not used as specified for the element's role"
  },
  "core/audits/accessibility/aria-conditional-attr.js | title": {
    message: "ARIA attributes are used as specified for the element's role"
  },
  "core/audits/accessibility/aria-deprecated-role.js | description": {
    message: "Deprecated ARIA roles may not be processed correctly by assistive technology. [Learn more about deprecated ARIA roles](https://dequeuniversity.com/rules/axe/4.13/aria-deprecated-role)."
  },
  "core/audits/accessibility/aria-deprecated-role.js | failureTitle": {
    message: "Deprecated ARIA roles were used"
  },
  "core/audits/accessibility/aria-deprecated-role.js | title": {
    message: "Deprecated ARIA roles were not used"
  },
  "core/audits/accessibility/aria-dialog-name.js | description": {
    message: "ARIA dialog elements without accessible names may prevent screen readers users from discerning the purpose of these elements. [Learn how to make ARIA dialog elements more accessible](https://dequeuniversity.com/rules/axe/4.13/aria-dialog-name)."
  },
  "core/audits/accessibility/aria-dialog-name.js | failureTitle": {
    message: 'Elements with `role="dialog"` or `role="alertdialog"` do not have accessible names.'
  },
  "core/audits/accessibility/aria-dialog-name.js | title": {
    message: 'Elements with `role="dialog"` or `role="alertdialog"` have accessible names.'
  },
  "core/audits/accessibility/aria-hidden-body.js | description": {
    message: 'Assistive technologies, like screen readers, work inconsistently when `aria-hidden="true"` is set on the document `<body>`. [Learn how `aria-hidden` affects the document body](https://dequeuniversity.com/rules/axe/4.13/aria-hidden-body).'
  },
  "core/audits/accessibility/aria-hidden-body.js | failureTitle": {
    message: '`[aria-hidden="true"]` is present on the document `<body>`'
  },
  "core/audits/accessibility/aria-hidden-body.js | title": {
    message: '`[aria-hidden="true"]` is not present on the document `<body>`'
  },
  "core/audits/accessibility/aria-hidden-focus.js | description": {
    message: 'Focusable descendents within an `[aria-hidden="true"]` element prevent those interactive elements from being available to users of assistive technologies like screen readers. [Learn how `aria-hidden` affects focusable elements](https://dequeuniversity.com/rules/axe/4.13/aria-hidden-focus).'
  },
  "core/audits/accessibility/aria-hidden-focus.js | failureTitle": {
    message: '`[aria-hidden="true"]` elements contain focusable descendents'
  },
  "core/audits/accessibility/aria-hidden-focus.js | title": {
    message: '`[aria-hidden="true"]` elements do not contain focusable descendents'
  },
  "core/audits/accessibility/aria-input-field-name.js | description": {
    message: "When an input field doesn't have an accessible name, screen readers announce it with a generic name, making it unusable for users who rely on screen readers. [Learn more about input field labels](https://dequeuniversity.com/rules/axe/4.13/aria-input-field-name)."
  },
  "core/audits/accessibility/aria-input-field-name.js | failureTitle": {
    message: "ARIA input fields do not have accessible names"
  },
  "core/audits/accessibility/aria-input-field-name.js | title": {
    message: "ARIA input fields have accessible names"
  },
  "core/audits/accessibility/aria-meter-name.js | description": {
    message: "When a meter element doesn't have an accessible name, screen readers announce it with a generic name, making it unusable for users who rely on screen readers. [Learn how to name `meter` elements](https://dequeuniversity.com/rules/axe/4.13/aria-meter-name)."
  },
  "core/audits/accessibility/aria-meter-name.js | failureTitle": {
    message: "ARIA `meter` elements do not have accessible names."
  },
  "core/audits/accessibility/aria-meter-name.js | title": {
    message: "ARIA `meter` elements have accessible names"
  },
  "core/audits/accessibility/aria-progressbar-name.js | description": {
    message: "When a `progressbar` element doesn't have an accessible name, screen readers announce it with a generic name, making it unusable for users who rely on screen readers. [Learn how to label `progressbar` elements](https://dequeuniversity.com/rules/axe/4.13/aria-progressbar-name)."
  },
  "core/audits/accessibility/aria-progressbar-name.js | failureTitle": {
    message: "ARIA `progressbar` elements do not have accessible names."
  },
  "core/audits/accessibility/aria-progressbar-name.js | title": {
    message: "ARIA `progressbar` elements have accessible names"
  },
  "core/audits/accessibility/aria-prohibited-attr.js | description": {
    message: "Using ARIA attributes in roles where they are prohibited can mean that important information is not communicated to users of assistive technologies. [Learn more about prohibited ARIA roles](https://dequeuniversity.com/rules/axe/4.13/aria-prohibited-attr)."
  },
  "core/audits/accessibility/aria-prohibited-attr.js | failureTitle": {
    message: "Elements use prohibited ARIA attributes"
  },
  "core/audits/accessibility/aria-prohibited-attr.js | title": {
    message: "Elements use only permitted ARIA attributes"
  },
  "core/audits/accessibility/aria-required-attr.js | description": {
    message: "Some ARIA roles have required attributes that describe the state of the element to screen readers. [Learn more about roles and required attributes](https://dequeuniversity.com/rules/axe/4.13/aria-required-attr)."
  },
  "core/audits/accessibility/aria-required-attr.js | failureTitle": {
    message: "`[role]`s do not have all required `[aria-*]` attributes"
  },
  "core/audits/accessibility/aria-required-attr.js | title": {
    message: "`[role]`s have all required `[aria-*]` attributes"
  },
  "core/audits/accessibility/aria-required-children.js | description": {
    message: "Some ARIA parent roles must contain specific child roles to perform their intended accessibility functions. [Learn more about roles and required children elements](https://dequeuniversity.com/rules/axe/4.13/aria-required-children)."
  },
  "core/audits/accessibility/aria-required-children.js | failureTitle": {
    message: "Elements with an ARIA `[role]` that require children to contain a specific `[role]` are missing some or all of those required children."
  },
  "core/audits/accessibility/aria-required-children.js | title": {
    message: "Elements with an ARIA `[role]` that require children to contain a specific `[role]` have all required children."
  },
  "core/audits/accessibility/aria-required-parent.js | description": {
    message: "Some ARIA child roles must be contained by specific parent roles to properly perform their intended accessibility functions. [Learn more about ARIA roles and required parent element](https://dequeuniversity.com/rules/axe/4.13/aria-required-parent)."
  },
  "core/audits/accessibility/aria-required-parent.js | failureTitle": {
    message: "`[role]`s are not contained by their required parent element"
  },
  "core/audits/accessibility/aria-required-parent.js | title": {
    message: "`[role]`s are contained by their required parent element"
  },
  "core/audits/accessibility/aria-roles.js | description": {
    message: "ARIA roles must have valid values in order to perform their intended accessibility functions. [Learn more about valid ARIA roles](https://dequeuniversity.com/rules/axe/4.13/aria-roles)."
  },
  "core/audits/accessibility/aria-roles.js | failureTitle": {
    message: "`[role]` values are not valid"
  },
  "core/audits/accessibility/aria-roles.js | title": {
    message: "`[role]` values are valid"
  },
  "core/audits/accessibility/aria-text.js | description": {
    message: "Adding `role=text` around a text node split by markup enables VoiceOver to treat it as one phrase, but the element's focusable descendents will not be announced. [Learn more about the `role=text` attribute](https://dequeuniversity.com/rules/axe/4.13/aria-text)."
  },
  "core/audits/accessibility/aria-text.js | failureTitle": {
    message: "Elements with the `role=text` attribute do have focusable descendents."
  },
  "core/audits/accessibility/aria-text.js | title": {
    message: "Elements with the `role=text` attribute do not have focusable descendents."
  },
  "core/audits/accessibility/aria-toggle-field-name.js | description": {
    message: "When a toggle field doesn't have an accessible name, screen readers announce it with a generic name, making it unusable for users who rely on screen readers. [Learn more about toggle fields](https://dequeuniversity.com/rules/axe/4.13/aria-toggle-field-name)."
  },
  "core/audits/accessibility/aria-toggle-field-name.js | failureTitle": {
    message: "ARIA toggle fields do not have accessible names"
  },
  "core/audits/accessibility/aria-toggle-field-name.js | title": {
    message: "ARIA toggle fields have accessible names"
  },
  "core/audits/accessibility/aria-tooltip-name.js | description": {
    message: "When a tooltip element doesn't have an accessible name, screen readers announce it with a generic name, making it unusable for users who rely on screen readers. [Learn how to name `tooltip` elements](https://dequeuniversity.com/rules/axe/4.13/aria-tooltip-name)."
  },
  "core/audits/accessibility/aria-tooltip-name.js | failureTitle": {
    message: "ARIA `tooltip` elements do not have accessible names."
  },
  "core/audits/accessibility/aria-tooltip-name.js | title": {
    message: "ARIA `tooltip` elements have accessible names"
  },
  "core/audits/accessibility/aria-treeitem-name.js | description": {
    message: "When a `treeitem` element doesn't have an accessible name, screen readers announce it with a generic name, making it unusable for users who rely on screen readers. [Learn more about labeling `treeitem` elements](https://dequeuniversity.com/rules/axe/4.13/aria-treeitem-name)."
  },
  "core/audits/accessibility/aria-treeitem-name.js | failureTitle": {
    message: "ARIA `treeitem` elements do not have accessible names."
  },
  "core/audits/accessibility/aria-treeitem-name.js | title": {
    message: "ARIA `treeitem` elements have accessible names"
  },
  "core/audits/accessibility/aria-valid-attr-value.js | description": {
    message: "Assistive technologies, like screen readers, can't interpret ARIA attributes with invalid values. [Learn more about valid values for ARIA attributes](https://dequeuniversity.com/rules/axe/4.13/aria-valid-attr-value)."
  },
  "core/audits/accessibility/aria-valid-attr-value.js | failureTitle": {
    message: "`[aria-*]` attributes do not have valid values"
  },
  "core/audits/accessibility/aria-valid-attr-value.js | title": {
    message: "`[aria-*]` attributes have valid values"
  },
  "core/audits/accessibility/aria-valid-attr.js | description": {
    message: "Assistive technologies, like screen readers, can't interpret ARIA attributes with invalid names. [Learn more about valid ARIA attributes](https://dequeuniversity.com/rules/axe/4.13/aria-valid-attr)."
  },
  "core/audits/accessibility/aria-valid-attr.js | failureTitle": {
    message: "`[aria-*]` attributes are not valid or misspelled"
  },
  "core/audits/accessibility/aria-valid-attr.js | title": {
    message: "`[aria-*]` attributes are valid and not misspelled"
  },
  "core/audits/accessibility/autocomplete-valid.js | description": {
    message: "The `autocomplete` attribute values must be valid and correctly applied for screen readers to function correctly. [Learn more about valid autocomplete values](https://dequeuniversity.com/rules/axe/4.13/autocomplete-valid)."
  },
  "core/audits/accessibility/autocomplete-valid.js | failureTitle": {
    message: "`autocomplete` attributes are not used correctly"
  },
  "core/audits/accessibility/autocomplete-valid.js | title": {
    message: "`autocomplete` attributes are used correctly"
  },
  "core/audits/accessibility/axe-audit.js | failingElementsHeader": {
    message: "Failing Elements"
  },
  "core/audits/accessibility/button-name.js | description": {
    message: `When a button doesn't have an accessible name, screen readers announce it as "button", making it unusable for users who rely on screen readers. [Learn how to make buttons more accessible](https://dequeuniversity.com/rules/axe/4.13/button-name).`
  },
  "core/audits/accessibility/button-name.js | failureTitle": {
    message: "Buttons do not have an accessible name"
  },
  "core/audits/accessibility/button-name.js | title": {
    message: "Buttons have an accessible name"
  },
  "core/audits/accessibility/bypass.js | description": {
    message: "Adding ways to bypass repetitive content lets keyboard users navigate the page more efficiently. [Learn more about bypass blocks](https://dequeuniversity.com/rules/axe/4.13/bypass)."
  },
  "core/audits/accessibility/bypass.js | failureTitle": {
    message: "The page does not contain a heading, skip link, or landmark region"
  },
  "core/audits/accessibility/bypass.js | title": {
    message: "The page contains a heading, skip link, or landmark region"
  },
  "core/audits/accessibility/color-contrast.js | description": {
    message: "Low-contrast text is difficult or impossible for many users to read. [Learn how to provide sufficient color contrast](https://dequeuniversity.com/rules/axe/4.13/color-contrast)."
  },
  "core/audits/accessibility/color-contrast.js | failureTitle": {
    message: "Background and foreground colors do not have a sufficient contrast ratio."
  },
  "core/audits/accessibility/color-contrast.js | title": {
    message: "Background and foreground colors have a sufficient contrast ratio"
  },
  "core/audits/accessibility/definition-list.js | description": {
    message: "When definition lists are not properly marked up, screen readers may produce confusing or inaccurate output. [Learn how to structure definition lists correctly](https://dequeuniversity.com/rules/axe/4.13/definition-list)."
  },
  "core/audits/accessibility/definition-list.js | failureTitle": {
    message: "`<dl>`'s do not contain only properly-ordered `<dt>` and `<dd>` groups, `<script>`, `<template>` or `<div>` elements."
  },
  "core/audits/accessibility/definition-list.js | title": {
    message: "`<dl>`'s contain only properly-ordered `<dt>` and `<dd>` groups, `<script>`, `<template>` or `<div>` elements."
  },
  "core/audits/accessibility/dlitem.js | description": {
    message: "Definition list items (`<dt>` and `<dd>`) must be wrapped in a parent `<dl>` element to ensure that screen readers can properly announce them. [Learn how to structure definition lists correctly](https://dequeuniversity.com/rules/axe/4.13/dlitem)."
  },
  "core/audits/accessibility/dlitem.js | failureTitle": {
    message: "Definition list items are not wrapped in `<dl>` elements"
  },
  "core/audits/accessibility/dlitem.js | title": {
    message: "Definition list items are wrapped in `<dl>` elements"
  },
  "core/audits/accessibility/document-title.js | description": {
    message: "The title gives screen reader users an overview of the page, and search engine users rely on it heavily to determine if a page is relevant to their search. [Learn more about document titles](https://dequeuniversity.com/rules/axe/4.13/document-title)."
  },
  "core/audits/accessibility/document-title.js | failureTitle": {
    message: "Document doesn't have a `<title>` element"
  },
  "core/audits/accessibility/document-title.js | title": {
    message: "Document has a `<title>` element"
  },
  "core/audits/accessibility/duplicate-id-aria.js | description": {
    message: "The value of an ARIA ID must be unique to prevent other instances from being overlooked by assistive technologies. [Learn how to fix duplicate ARIA IDs](https://dequeuniversity.com/rules/axe/4.13/duplicate-id-aria)."
  },
  "core/audits/accessibility/duplicate-id-aria.js | failureTitle": {
    message: "ARIA IDs are not unique"
  },
  "core/audits/accessibility/duplicate-id-aria.js | title": {
    message: "ARIA IDs are unique"
  },
  "core/audits/accessibility/empty-heading.js | description": {
    message: "A heading with no content or inaccessible text prevent screen reader users from accessing information on the page's structure. [Learn more about headings](https://dequeuniversity.com/rules/axe/4.13/empty-heading)."
  },
  "core/audits/accessibility/empty-heading.js | failureTitle": {
    message: "Heading elements do not contain content."
  },
  "core/audits/accessibility/empty-heading.js | title": {
    message: "All heading elements contain content."
  },
  "core/audits/accessibility/form-field-multiple-labels.js | description": {
    message: "Form fields with multiple labels can be confusingly announced by assistive technologies like screen readers which use either the first, the last, or all of the labels. [Learn how to use form labels](https://dequeuniversity.com/rules/axe/4.13/form-field-multiple-labels)."
  },
  "core/audits/accessibility/form-field-multiple-labels.js | failureTitle": {
    message: "Form fields have multiple labels"
  },
  "core/audits/accessibility/form-field-multiple-labels.js | title": {
    message: "No form fields have multiple labels"
  },
  "core/audits/accessibility/frame-title.js | description": {
    message: "Screen reader users rely on frame titles to describe the contents of frames. [Learn more about frame titles](https://dequeuniversity.com/rules/axe/4.13/frame-title)."
  },
  "core/audits/accessibility/frame-title.js | failureTitle": {
    message: "`<frame>` or `<iframe>` elements do not have a title"
  },
  "core/audits/accessibility/frame-title.js | title": {
    message: "`<frame>` or `<iframe>` elements have a title"
  },
  "core/audits/accessibility/heading-order.js | description": {
    message: "Properly ordered headings that do not skip levels convey the semantic structure of the page, making it easier to navigate and understand when using assistive technologies. [Learn more about heading order](https://dequeuniversity.com/rules/axe/4.13/heading-order)."
  },
  "core/audits/accessibility/heading-order.js | failureTitle": {
    message: "Heading elements are not in a sequentially-descending order"
  },
  "core/audits/accessibility/heading-order.js | title": {
    message: "Heading elements appear in a sequentially-descending order"
  },
  "core/audits/accessibility/html-has-lang.js | description": {
    message: "If a page doesn't specify a `lang` attribute, a screen reader assumes that the page is in the default language that the user chose when setting up the screen reader. If the page isn't actually in the default language, then the screen reader might not announce the page's text correctly. [Learn more about the `lang` attribute](https://dequeuniversity.com/rules/axe/4.13/html-has-lang)."
  },
  "core/audits/accessibility/html-has-lang.js | failureTitle": {
    message: "`<html>` element does not have a `[lang]` attribute"
  },
  "core/audits/accessibility/html-has-lang.js | title": {
    message: "`<html>` element has a `[lang]` attribute"
  },
  "core/audits/accessibility/html-lang-valid.js | description": {
    message: "Specifying a valid [BCP 47 language](https://www.w3.org/International/questions/qa-choosing-language-tags#question) helps screen readers announce text properly. [Learn how to use the `lang` attribute](https://dequeuniversity.com/rules/axe/4.13/html-lang-valid)."
  },
  "core/audits/accessibility/html-lang-valid.js | failureTitle": {
    message: "`<html>` element does not have a valid value for its `[lang]` attribute."
  },
  "core/audits/accessibility/html-lang-valid.js | title": {
    message: "`<html>` element has a valid value for its `[lang]` attribute"
  },
  "core/audits/accessibility/html-xml-lang-mismatch.js | description": {
    message: "If the webpage does not specify a consistent language, then the screen reader might not announce the page's text correctly. [Learn more about the `lang` attribute](https://dequeuniversity.com/rules/axe/4.13/html-xml-lang-mismatch)."
  },
  "core/audits/accessibility/html-xml-lang-mismatch.js | failureTitle": {
    message: "`<html>` element does not have an `[xml:lang]` attribute with the same base language as the `[lang]` attribute."
  },
  "core/audits/accessibility/html-xml-lang-mismatch.js | title": {
    message: "`<html>` element has an `[xml:lang]` attribute with the same base language as the `[lang]` attribute."
  },
  "core/audits/accessibility/identical-links-same-purpose.js | description": {
    message: "Links with the same destination should have the same description, to help users understand the link's purpose and decide whether to follow it. [Learn more about identical links](https://dequeuniversity.com/rules/axe/4.13/identical-links-same-purpose)."
  },
  "core/audits/accessibility/identical-links-same-purpose.js | failureTitle": {
    message: "Identical links do not have the same purpose."
  },
  "core/audits/accessibility/identical-links-same-purpose.js | title": {
    message: "Identical links have the same purpose."
  },
  "core/audits/accessibility/image-alt.js | description": {
    message: "Informative elements should aim for short, descriptive alternate text. Decorative elements can be ignored with an empty alt attribute. [Learn more about the `alt` attribute](https://dequeuniversity.com/rules/axe/4.13/image-alt)."
  },
  "core/audits/accessibility/image-alt.js | failureTitle": {
    message: "Image elements do not have `[alt]` attributes"
  },
  "core/audits/accessibility/image-alt.js | title": {
    message: "Image elements have `[alt]` attributes"
  },
  "core/audits/accessibility/image-redundant-alt.js | description": {
    message: "Informative elements should aim for short, descriptive alternative text. Alternative text that is exactly the same as the text adjacent to the link or image is potentially confusing for screen reader users, because the text will be read twice. [Learn more about the `alt` attribute](https://dequeuniversity.com/rules/axe/4.13/image-redundant-alt)."
  },
  "core/audits/accessibility/image-redundant-alt.js | failureTitle": {
    message: "Image elements have `[alt]` attributes that are redundant text."
  },
  "core/audits/accessibility/image-redundant-alt.js | title": {
    message: "Image elements do not have `[alt]` attributes that are redundant text."
  },
  "core/audits/accessibility/input-button-name.js | description": {
    message: "Adding discernable and accessible text to input buttons may help screen reader users understand the purpose of the input button. [Learn more about input buttons](https://dequeuniversity.com/rules/axe/4.13/input-button-name)."
  },
  "core/audits/accessibility/input-button-name.js | failureTitle": {
    message: "Input buttons do not have discernible text."
  },
  "core/audits/accessibility/input-button-name.js | title": {
    message: "Input buttons have discernible text."
  },
  "core/audits/accessibility/input-image-alt.js | description": {
    message: "When an image is being used as an `<input>` button, providing alternative text can help screen reader users understand the purpose of the button. [Learn about input image alt text](https://dequeuniversity.com/rules/axe/4.13/input-image-alt)."
  },
  "core/audits/accessibility/input-image-alt.js | failureTitle": {
    message: '`<input type="image">` elements do not have `[alt]` text'
  },
  "core/audits/accessibility/input-image-alt.js | title": {
    message: '`<input type="image">` elements have `[alt]` text'
  },
  "core/audits/accessibility/label-content-name-mismatch.js | description": {
    message: "Visible text labels that do not match the accessible name can result in a confusing experience for screen reader users. [Learn more about accessible names](https://dequeuniversity.com/rules/axe/4.13/label-content-name-mismatch)."
  },
  "core/audits/accessibility/label-content-name-mismatch.js | failureTitle": {
    message: "Elements with visible text labels do not have matching accessible names."
  },
  "core/audits/accessibility/label-content-name-mismatch.js | title": {
    message: "Elements with visible text labels have matching accessible names."
  },
  "core/audits/accessibility/label.js | description": {
    message: "Labels ensure that form controls are announced properly by assistive technologies, like screen readers. [Learn more about form element labels](https://dequeuniversity.com/rules/axe/4.13/label)."
  },
  "core/audits/accessibility/label.js | failureTitle": {
    message: "Form elements do not have associated labels"
  },
  "core/audits/accessibility/label.js | title": {
    message: "Form elements have associated labels"
  },
  "core/audits/accessibility/landmark-one-main.js | description": {
    message: "One main landmark helps screen reader users navigate a web page. [Learn more about landmarks](https://dequeuniversity.com/rules/axe/4.13/landmark-one-main)."
  },
  "core/audits/accessibility/landmark-one-main.js | failureTitle": {
    message: "Document does not have a main landmark."
  },
  "core/audits/accessibility/landmark-one-main.js | title": {
    message: "Document has a main landmark."
  },
  "core/audits/accessibility/link-in-text-block.js | description": {
    message: "Low-contrast text is difficult or impossible for many users to read. Link text that is discernible improves the experience for users with low vision. [Learn how to make links distinguishable](https://dequeuniversity.com/rules/axe/4.13/link-in-text-block)."
  },
  "core/audits/accessibility/link-in-text-block.js | failureTitle": {
    message: "Links rely on color to be distinguishable."
  },
  "core/audits/accessibility/link-in-text-block.js | title": {
    message: "Links are distinguishable without relying on color."
  },
  "core/audits/accessibility/link-name.js | description": {
    message: "Link text (and alternate text for images, when used as links) that is discernible, unique, and focusable improves the navigation experience for screen reader users. [Learn how to make links accessible](https://dequeuniversity.com/rules/axe/4.13/link-name)."
  },
  "core/audits/accessibility/link-name.js | failureTitle": {
    message: "Links do not have a discernible name"
  },
  "core/audits/accessibility/link-name.js | title": {
    message: "Links have a discernible name"
  },
  "core/audits/accessibility/list.js | description": {
    message: "Screen readers have a specific way of announcing lists. Ensuring proper list structure aids screen reader output. [Learn more about proper list structure](https://dequeuniversity.com/rules/axe/4.13/list)."
  },
  "core/audits/accessibility/list.js | failureTitle": {
    message: "Lists do not contain only `<li>` elements and script supporting elements (`<script>` and `<template>`)."
  },
  "core/audits/accessibility/list.js | title": {
    message: "Lists contain only `<li>` elements and script supporting elements (`<script>` and `<template>`)."
  },
  "core/audits/accessibility/listitem.js | description": {
    message: "Screen readers require list items (`<li>`) to be contained within a parent `<ul>`, `<ol>` or `<menu>` to be announced properly. [Learn more about proper list structure](https://dequeuniversity.com/rules/axe/4.13/listitem)."
  },
  "core/audits/accessibility/listitem.js | failureTitle": {
    message: "List items (`<li>`) are not contained within `<ul>`, `<ol>` or `<menu>` parent elements."
  },
  "core/audits/accessibility/listitem.js | title": {
    message: "List items (`<li>`) are contained within `<ul>`, `<ol>` or `<menu>` parent elements"
  },
  "core/audits/accessibility/meta-refresh.js | description": {
    message: "Users do not expect a page to refresh automatically, and doing so will move focus back to the top of the page. This may create a frustrating or confusing experience. [Learn more about the refresh meta tag](https://dequeuniversity.com/rules/axe/4.13/meta-refresh)."
  },
  "core/audits/accessibility/meta-refresh.js | failureTitle": {
    message: 'The document uses `<meta http-equiv="refresh">`'
  },
  "core/audits/accessibility/meta-refresh.js | title": {
    message: 'The document does not use `<meta http-equiv="refresh">`'
  },
  "core/audits/accessibility/meta-viewport.js | description": {
    message: "Disabling zooming is problematic for users with low vision who rely on screen magnification to properly see the contents of a web page. [Learn more about the viewport meta tag](https://dequeuniversity.com/rules/axe/4.13/meta-viewport)."
  },
  "core/audits/accessibility/meta-viewport.js | failureTitle": {
    message: '`[user-scalable="no"]` is used in the `<meta name="viewport">` element or the `[maximum-scale]` attribute is less than 5.'
  },
  "core/audits/accessibility/meta-viewport.js | title": {
    message: '`[user-scalable="no"]` is not used in the `<meta name="viewport">` element and the `[maximum-scale]` attribute is not less than 5.'
  },
  "core/audits/accessibility/object-alt.js | description": {
    message: "Screen readers cannot translate non-text content. Adding alternate text to `<object>` elements helps screen readers convey meaning to users. [Learn more about alt text for `object` elements](https://dequeuniversity.com/rules/axe/4.13/object-alt)."
  },
  "core/audits/accessibility/object-alt.js | failureTitle": {
    message: "`<object>` elements do not have alternate text"
  },
  "core/audits/accessibility/object-alt.js | title": {
    message: "`<object>` elements have alternate text"
  },
  "core/audits/accessibility/presentation-role-conflict.js | description": {
    message: 'There are certain cases where the semantic role of an element with `role="none"` or `role="presentation"` does not resolve to none or presentation. To ensure the element remains removed from the accessibility tree, you should not add any global ARIA attributes to the element or make it focusable. [Learn more about presentation role conflict](https://dequeuniversity.com/rules/axe/4.13/presentation-role-conflict).'
  },
  "core/audits/accessibility/presentation-role-conflict.js | failureTitle": {
    message: 'Elements with `role="none"` or `role="presentation"` have conflicts'
  },
  "core/audits/accessibility/presentation-role-conflict.js | title": {
    message: 'Elements with `role="none"` or `role="presentation"` do not have conflicts'
  },
  "core/audits/accessibility/select-name.js | description": {
    message: "Form elements without effective labels can create frustrating experiences for screen reader users. [Learn more about the `select` element](https://dequeuniversity.com/rules/axe/4.13/select-name)."
  },
  "core/audits/accessibility/select-name.js | failureTitle": {
    message: "Select elements do not have associated label elements."
  },
  "core/audits/accessibility/select-name.js | title": {
    message: "Select elements have associated label elements."
  },
  "core/audits/accessibility/skip-link.js | description": {
    message: "Including a skip link can help users skip to the main content to save time. [Learn more about skip links](https://dequeuniversity.com/rules/axe/4.13/skip-link)."
  },
  "core/audits/accessibility/skip-link.js | failureTitle": {
    message: "Skip links are not focusable."
  },
  "core/audits/accessibility/skip-link.js | title": {
    message: "Skip links are focusable."
  },
  "core/audits/accessibility/svg-img-alt.js | description": {
    message: "Ensures SVG elements with an `img`, `graphics-document` or `graphics-symbol` role have an accessible text alternative. [Learn more about SVG alt text](https://dequeuniversity.com/rules/axe/4.13/svg-img-alt)."
  },
  "core/audits/accessibility/svg-img-alt.js | failureTitle": {
    message: "SVG elements with an `img` role do not have an accessible text alternative"
  },
  "core/audits/accessibility/svg-img-alt.js | title": {
    message: "SVG elements with an `img` role have an accessible text alternative"
  },
  "core/audits/accessibility/tabindex.js | description": {
    message: "A value greater than 0 implies an explicit navigation ordering. Although technically valid, this often creates frustrating experiences for users who rely on assistive technologies. [Learn more about the `tabindex` attribute](https://dequeuniversity.com/rules/axe/4.13/tabindex)."
  },
  "core/audits/accessibility/tabindex.js | failureTitle": {
    message: "Some elements have a `[tabindex]` value greater than 0"
  },
  "core/audits/accessibility/tabindex.js | title": {
    message: "No element has a `[tabindex]` value greater than 0"
  },
  "core/audits/accessibility/table-duplicate-name.js | description": {
    message: "The summary attribute should describe the table structure, while `<caption>` should have the onscreen title. Accurate table mark-up helps users of screen readers. [Learn more about summary and caption](https://dequeuniversity.com/rules/axe/4.13/table-duplicate-name)."
  },
  "core/audits/accessibility/table-duplicate-name.js | failureTitle": {
    message: "Tables have the same content in the summary attribute and `<caption>.`"
  },
  "core/audits/accessibility/table-duplicate-name.js | title": {
    message: "Tables have different content in the summary attribute and `<caption>`."
  },
  "core/audits/accessibility/table-fake-caption.js | description": {
    message: "Screen readers have features to make navigating tables easier. Ensuring that tables use the actual caption element instead of cells with the `[colspan]` attribute may improve the experience for screen reader users. [Learn more about captions](https://dequeuniversity.com/rules/axe/4.13/table-fake-caption)."
  },
  "core/audits/accessibility/table-fake-caption.js | failureTitle": {
    message: "Tables do not use `<caption>` instead of cells with the `[colspan]` attribute to indicate a caption."
  },
  "core/audits/accessibility/table-fake-caption.js | title": {
    message: "Tables use `<caption>` instead of cells with the `[colspan]` attribute to indicate a caption."
  },
  "core/audits/accessibility/target-size.js | description": {
    message: "Touch targets with sufficient size and spacing help users who may have difficulty targeting small controls to activate the targets. [Learn more about touch targets](https://dequeuniversity.com/rules/axe/4.13/target-size)."
  },
  "core/audits/accessibility/target-size.js | failureTitle": {
    message: "Touch targets do not have sufficient size or spacing."
  },
  "core/audits/accessibility/target-size.js | title": {
    message: "Touch targets have sufficient size and spacing."
  },
  "core/audits/accessibility/td-has-header.js | description": {
    message: "Screen readers have features to make navigating tables easier. Ensuring that `<td>` elements in a large table (3 or more cells in width and height) have an associated table header may improve the experience for screen reader users. [Learn more about table headers](https://dequeuniversity.com/rules/axe/4.13/td-has-header)."
  },
  "core/audits/accessibility/td-has-header.js | failureTitle": {
    message: "`<td>` elements in a large `<table>` do not have table headers."
  },
  "core/audits/accessibility/td-has-header.js | title": {
    message: "`<td>` elements in a large `<table>` have one or more table headers."
  },
  "core/audits/accessibility/td-headers-attr.js | description": {
    message: "Screen readers have features to make navigating tables easier. Ensuring `<td>` cells using the `[headers]` attribute only refer to other cells in the same table may improve the experience for screen reader users. [Learn more about the `headers` attribute](https://dequeuniversity.com/rules/axe/4.13/td-headers-attr)."
  },
  "core/audits/accessibility/td-headers-attr.js | failureTitle": {
    message: "Cells in a `<table>` element that use the `[headers]` attribute refer to an element `id` not found within the same table."
  },
  "core/audits/accessibility/td-headers-attr.js | title": {
    message: "Cells in a `<table>` element that use the `[headers]` attribute refer to table cells within the same table."
  },
  "core/audits/accessibility/th-has-data-cells.js | description": {
    message: "Screen readers have features to make navigating tables easier. Ensuring table headers always refer to some set of cells may improve the experience for screen reader users. [Learn more about table headers](https://dequeuniversity.com/rules/axe/4.13/th-has-data-cells)."
  },
  "core/audits/accessibility/th-has-data-cells.js | failureTitle": {
    message: '`<th>` elements and elements with `[role="columnheader"/"rowheader"]` do not have data cells they describe.'
  },
  "core/audits/accessibility/th-has-data-cells.js | title": {
    message: '`<th>` elements and elements with `[role="columnheader"/"rowheader"]` have data cells they describe.'
  },
  "core/audits/accessibility/valid-lang.js | description": {
    message: "Specifying a valid [BCP 47 language](https://www.w3.org/International/questions/qa-choosing-language-tags#question) on elements helps ensure that text is pronounced correctly by a screen reader. [Learn how to use the `lang` attribute](https://dequeuniversity.com/rules/axe/4.13/valid-lang)."
  },
  "core/audits/accessibility/valid-lang.js | failureTitle": {
    message: "`[lang]` attributes do not have a valid value"
  },
  "core/audits/accessibility/valid-lang.js | title": {
    message: "`[lang]` attributes have a valid value"
  },
  "core/audits/accessibility/video-caption.js | description": {
    message: "When a video provides a caption it is easier for deaf and hearing impaired users to access its information. [Learn more about video captions](https://dequeuniversity.com/rules/axe/4.13/video-caption)."
  },
  "core/audits/accessibility/video-caption.js | failureTitle": {
    message: '`<video>` elements do not contain a `<track>` element with `[kind="captions"]`.'
  },
  "core/audits/accessibility/video-caption.js | title": {
    message: '`<video>` elements contain a `<track>` element with `[kind="captions"]`'
  },
  "core/audits/agentic/agent-accessibility-tree.js | columnElement": {
    message: "Failing Element"
  },
  "core/audits/agentic/agent-accessibility-tree.js | columnRule": {
    message: "Failing Rule"
  },
  "core/audits/agentic/agent-accessibility-tree.js | description": {
    message: "A well-formed [accessibility tree](https://developer.chrome.com/docs/lighthouse/agentic-browsing/accessibility-for-agents) helps AI agents to navigate and interact with the page."
  },
  "core/audits/agentic/agent-accessibility-tree.js | displayValuePassed": {
    message: "All audits passed"
  },
  "core/audits/agentic/agent-accessibility-tree.js | failedSectionTitle": {
    message: "Failed Audits"
  },
  "core/audits/agentic/agent-accessibility-tree.js | failureTitle": {
    message: "Accessibility tree is not well-formed"
  },
  "core/audits/agentic/agent-accessibility-tree.js | title": {
    message: "Accessibility tree is well-formed"
  },
  "core/audits/agentic/ard-schema.js | columnIssue": {
    message: "Issue"
  },
  "core/audits/agentic/ard-schema.js | columnSeverity": {
    message: "Severity"
  },
  "core/audits/agentic/ard-schema.js | description": {
    message: "Valid `ai-catalog.json` manifests are required for autonomous AI agents and registries to discover and verify your resources. [Learn more about the ARD specification](https://agenticresourcediscovery.org/spec/)."
  },
  "core/audits/agentic/ard-schema.js | explanation": {
    message: "Catalog file could not be loaded for schema validation."
  },
  "core/audits/agentic/ard-schema.js | failureTitle": {
    message: "`ai-catalog.json` schema is invalid"
  },
  "core/audits/agentic/ard-schema.js | itemSeverityError": {
    message: "Error"
  },
  "core/audits/agentic/ard-schema.js | title": {
    message: "`ai-catalog.json` schema is valid"
  },
  "core/audits/agentic/llms-txt.js | description": {
    message: "If your llms.txt file does not follow recommendations, large language models may not be able to understand how you want your website to be crawled or used for training. The [llms.txt](https://llmstxt.org/) file should be a Markdown file containing at least one H1 header. [Learn more about the llms.txt audit](https://developer.chrome.com/docs/lighthouse/agentic-browsing/llms-txt)."
  },
  "core/audits/agentic/llms-txt.js | displayValueHttpBadCode": {
    message: "Failed with HTTP status {statusCode}"
  },
  "core/audits/agentic/llms-txt.js | explanation": {
    message: "Fetch of llms.txt failed"
  },
  "core/audits/agentic/llms-txt.js | explanationWithError": {
    message: "Fetch of llms.txt failed: {error}"
  },
  "core/audits/agentic/llms-txt.js | failureTitle": {
    message: "llms.txt does not follow recommendations"
  },
  "core/audits/agentic/llms-txt.js | missingH1": {
    message: 'File is missing a required H1 header (e.g., "# Title").'
  },
  "core/audits/agentic/llms-txt.js | missingLinks": {
    message: "File does not appear to contain any links."
  },
  "core/audits/agentic/llms-txt.js | title": {
    message: "llms.txt follows recommendations"
  },
  "core/audits/agentic/llms-txt.js | tooShort": {
    message: "File is suspiciously short."
  },
  "core/audits/autocomplete.js | columnCurrent": {
    message: "Current Value"
  },
  "core/audits/autocomplete.js | columnSuggestions": {
    message: "Suggested Token"
  },
  "core/audits/autocomplete.js | description": {
    message: "`autocomplete` helps users submit forms quicker. To reduce user effort, consider enabling by setting the `autocomplete` attribute to a valid value. [Learn more about `autocomplete` in forms](https://developers.google.com/web/fundamentals/design-and-ux/input/forms#use_metadata_to_enable_auto-complete)"
  },
  "core/audits/autocomplete.js | failureTitle": {
    message: "`<input>` elements do not have correct `autocomplete` attributes"
  },
  "core/audits/autocomplete.js | manualReview": {
    message: "Requires manual review"
  },
  "core/audits/autocomplete.js | reviewOrder": {
    message: "Review order of tokens"
  },
  "core/audits/autocomplete.js | title": {
    message: "`<input>` elements correctly use `autocomplete`"
  },
  "core/audits/autocomplete.js | warningInvalid": {
    message: '`autocomplete` token(s): "{token}" is invalid in {snippet}'
  },
  "core/audits/autocomplete.js | warningOrder": {
    message: 'Review order of tokens: "{tokens}" in {snippet}'
  },
  "core/audits/baseline.js | columnFeature": {
    message: "Web-features"
  },
  "core/audits/baseline.js | columnStatus": {
    message: "Baseline Status"
  },
  "core/audits/baseline.js | description": {
    message: "Lists web features used on the page and their Baseline status as of {date}. [Learn more about Baseline](https://webstatus.dev/)."
  },
  "core/audits/baseline.js | title": {
    message: "Baseline Features"
  },
  "core/audits/bf-cache.js | actionableFailureType": {
    message: "Actionable"
  },
  "core/audits/bf-cache.js | description": {
    message: "Many navigations are performed by going back to a previous page, or forwards again. The back/forward cache (bfcache) can speed up these return navigations. [Learn more about the bfcache](https://developer.chrome.com/docs/lighthouse/performance/bf-cache/)"
  },
  "core/audits/bf-cache.js | displayValue": {
    message: "{itemCount, plural,\n    =1 {1 failure reason}\n    other {# failure reasons}\n    }"
  },
  "core/audits/bf-cache.js | failureReasonColumn": {
    message: "Failure reason"
  },
  "core/audits/bf-cache.js | failureTitle": {
    message: "Page prevented back/forward cache restoration"
  },
  "core/audits/bf-cache.js | failureTypeColumn": {
    message: "Failure type"
  },
  "core/audits/bf-cache.js | notActionableFailureType": {
    message: "Not actionable"
  },
  "core/audits/bf-cache.js | supportPendingFailureType": {
    message: "Pending browser support"
  },
  "core/audits/bf-cache.js | title": {
    message: "Page didn't prevent back/forward cache restoration"
  },
  "core/audits/bf-cache.js | warningHeadless": {
    message: 'Back/forward cache cannot be tested in old Headless Chrome (`--chrome-flags="--headless=old"`). To see audit results, use the new Headless Chrome (`--chrome-flags="--headless=new"`) or standard Chrome.'
  },
  "core/audits/bootup-time.js | chromeExtensionsWarning": {
    message: "Chrome extensions negatively affected this page's load performance. Try auditing the page in incognito mode or from a Chrome profile without extensions."
  },
  "core/audits/bootup-time.js | columnScriptEval": {
    message: "Script Evaluation"
  },
  "core/audits/bootup-time.js | columnScriptParse": {
    message: "Script Parse"
  },
  "core/audits/bootup-time.js | columnTotal": {
    message: "Total CPU Time"
  },
  "core/audits/bootup-time.js | description": {
    message: "Consider reducing the time spent parsing, compiling, and executing JS. You may find delivering smaller JS payloads helps with this. [Learn how to reduce Javascript execution time](https://developer.chrome.com/docs/lighthouse/performance/bootup-time/)."
  },
  "core/audits/bootup-time.js | failureTitle": {
    message: "Reduce JavaScript execution time"
  },
  "core/audits/bootup-time.js | title": {
    message: "JavaScript execution time"
  },
  "core/audits/byte-efficiency/total-byte-weight.js | description": {
    message: "Large network payloads cost users real money and are highly correlated with long load times. [Learn how to reduce payload sizes](https://developer.chrome.com/docs/lighthouse/performance/total-byte-weight/)."
  },
  "core/audits/byte-efficiency/total-byte-weight.js | displayValue": {
    message: "Total size was {totalBytes, number, bytes}\xA0KiB"
  },
  "core/audits/byte-efficiency/total-byte-weight.js | failureTitle": {
    message: "Avoid enormous network payloads"
  },
  "core/audits/byte-efficiency/total-byte-weight.js | title": {
    message: "Avoids enormous network payloads"
  },
  "core/audits/byte-efficiency/unminified-css.js | description": {
    message: "Minifying CSS files can reduce network payload sizes. [Learn how to minify CSS](https://developer.chrome.com/docs/lighthouse/performance/unminified-css/)."
  },
  "core/audits/byte-efficiency/unminified-css.js | title": {
    message: "Minify CSS"
  },
  "core/audits/byte-efficiency/unminified-javascript.js | description": {
    message: "Minifying JavaScript files can reduce payload sizes and script parse time. [Learn how to minify JavaScript](https://developer.chrome.com/docs/lighthouse/performance/unminified-javascript/)."
  },
  "core/audits/byte-efficiency/unminified-javascript.js | title": {
    message: "Minify JavaScript"
  },
  "core/audits/byte-efficiency/unused-css-rules.js | description": {
    message: "Reduce unused rules from stylesheets and defer CSS not used for above-the-fold content to decrease bytes consumed by network activity. [Learn how to reduce unused CSS](https://developer.chrome.com/docs/lighthouse/performance/unused-css-rules/)."
  },
  "core/audits/byte-efficiency/unused-css-rules.js | title": {
    message: "Reduce unused CSS"
  },
  "core/audits/byte-efficiency/unused-javascript.js | description": {
    message: "Reduce unused JavaScript and defer loading scripts until they are required to decrease bytes consumed by network activity. [Learn how to reduce unused JavaScript](https://developer.chrome.com/docs/lighthouse/performance/unused-javascript/)."
  },
  "core/audits/byte-efficiency/unused-javascript.js | title": {
    message: "Reduce unused JavaScript"
  },
  "core/audits/clickjacking-mitigation.js | columnSeverity": {
    message: "Severity"
  },
  "core/audits/clickjacking-mitigation.js | description": {
    message: "The `X-Frame-Options` (XFO) header or the `frame-ancestors` directive in the `Content-Security-Policy` (CSP) header control where a page can be embedded. These can mitigate clickjacking attacks by blocking some or all sites from embedding the page. [Learn more about mitigating clickjacking](https://developer.chrome.com/docs/lighthouse/best-practices/clickjacking-mitigation)."
  },
  "core/audits/clickjacking-mitigation.js | noClickjackingMitigation": {
    message: "No frame control policy found"
  },
  "core/audits/clickjacking-mitigation.js | title": {
    message: "Mitigate clickjacking with XFO or CSP"
  },
  "core/audits/csp-xss.js | columnDirective": {
    message: "Directive"
  },
  "core/audits/csp-xss.js | columnSeverity": {
    message: "Severity"
  },
  "core/audits/csp-xss.js | description": {
    message: "A strong Content Security Policy (CSP) significantly reduces the risk of cross-site scripting (XSS) attacks. [Learn how to use a CSP to prevent XSS](https://developer.chrome.com/docs/lighthouse/best-practices/csp-xss/)"
  },
  "core/audits/csp-xss.js | itemSeveritySyntax": {
    message: "Syntax"
  },
  "core/audits/csp-xss.js | metaTagMessage": {
    message: "The page contains a CSP defined in a `<meta>` tag. Consider moving the CSP to an HTTP header or defining another strict CSP in an HTTP header."
  },
  "core/audits/csp-xss.js | noCsp": {
    message: "No CSP found in enforcement mode"
  },
  "core/audits/csp-xss.js | title": {
    message: "Ensure CSP is effective against XSS attacks"
  },
  "core/audits/deprecations.js | columnDeprecate": {
    message: "Deprecation / Warning"
  },
  "core/audits/deprecations.js | columnLine": {
    message: "Line"
  },
  "core/audits/deprecations.js | description": {
    message: "Deprecated APIs will eventually be removed from the browser. [Learn more about deprecated APIs](https://developer.chrome.com/docs/lighthouse/best-practices/deprecations/)."
  },
  "core/audits/deprecations.js | displayValue": {
    message: "{itemCount, plural,\n    =1 {1 warning found}\n    other {# warnings found}\n    }"
  },
  "core/audits/deprecations.js | failureTitle": {
    message: "Uses deprecated APIs"
  },
  "core/audits/deprecations.js | title": {
    message: "Avoids deprecated APIs"
  },
  "core/audits/dobetterweb/charset.js | description": {
    message: "A character encoding declaration is required. It can be done with a `<meta>` tag in the first 1024 bytes of the HTML or in the Content-Type HTTP response header. [Learn more about declaring the character encoding](https://developer.chrome.com/docs/lighthouse/best-practices/charset/)."
  },
  "core/audits/dobetterweb/charset.js | failureTitle": {
    message: "Charset declaration is missing or occurs too late in the HTML"
  },
  "core/audits/dobetterweb/charset.js | title": {
    message: "Properly defines charset"
  },
  "core/audits/dobetterweb/doctype.js | description": {
    message: "Specifying a doctype prevents the browser from switching to quirks-mode. [Learn more about the doctype declaration](https://developer.chrome.com/docs/lighthouse/best-practices/doctype/)."
  },
  "core/audits/dobetterweb/doctype.js | explanationBadDoctype": {
    message: "Doctype name must be the string `html`"
  },
  "core/audits/dobetterweb/doctype.js | explanationLimitedQuirks": {
    message: "Document contains a `doctype` that triggers `limited-quirks-mode`"
  },
  "core/audits/dobetterweb/doctype.js | explanationNoDoctype": {
    message: "Document must contain a doctype"
  },
  "core/audits/dobetterweb/doctype.js | explanationPublicId": {
    message: "Expected publicId to be an empty string"
  },
  "core/audits/dobetterweb/doctype.js | explanationSystemId": {
    message: "Expected systemId to be an empty string"
  },
  "core/audits/dobetterweb/doctype.js | explanationWrongDoctype": {
    message: "Document contains a `doctype` that triggers `quirks-mode`"
  },
  "core/audits/dobetterweb/doctype.js | failureTitle": {
    message: "Page lacks the HTML doctype, thus triggering quirks-mode"
  },
  "core/audits/dobetterweb/doctype.js | title": {
    message: "Page has the HTML doctype"
  },
  "core/audits/dobetterweb/geolocation-on-start.js | description": {
    message: "Users are mistrustful of or confused by sites that request their location without context. Consider tying the request to a user action instead. [Learn more about the geolocation permission](https://developer.chrome.com/docs/lighthouse/best-practices/geolocation-on-start/). Also consider using the [`<geolocation>` element](https://developer.chrome.com/blog/geolocation-html-element)."
  },
  "core/audits/dobetterweb/geolocation-on-start.js | failureTitle": {
    message: "Requests the geolocation permission on page load"
  },
  "core/audits/dobetterweb/geolocation-on-start.js | title": {
    message: "Avoids requesting the geolocation permission on page load"
  },
  "core/audits/dobetterweb/inspector-issues.js | columnIssueType": {
    message: "Issue type"
  },
  "core/audits/dobetterweb/inspector-issues.js | description": {
    message: "Issues logged to the `Issues` panel in Chrome Devtools indicate unresolved problems. They can come from network request failures, insufficient security controls, and other browser concerns. Open up the Issues panel in Chrome DevTools for more details on each issue."
  },
  "core/audits/dobetterweb/inspector-issues.js | failureTitle": {
    message: "Issues were logged in the `Issues` panel in Chrome Devtools"
  },
  "core/audits/dobetterweb/inspector-issues.js | issueTypeBlockedByResponse": {
    message: "Blocked by cross-origin policy"
  },
  "core/audits/dobetterweb/inspector-issues.js | issueTypeHeavyAds": {
    message: "Heavy resource usage by ads"
  },
  "core/audits/dobetterweb/inspector-issues.js | title": {
    message: "No issues in the `Issues` panel in Chrome Devtools"
  },
  "core/audits/dobetterweb/js-libraries.js | columnVersion": {
    message: "Version"
  },
  "core/audits/dobetterweb/js-libraries.js | description": {
    message: "All front-end JavaScript libraries detected on the page. [Learn more about this JavaScript library detection diagnostic audit](https://developer.chrome.com/docs/lighthouse/best-practices/js-libraries/)."
  },
  "core/audits/dobetterweb/js-libraries.js | title": {
    message: "Detected JavaScript libraries"
  },
  "core/audits/dobetterweb/notification-on-start.js | description": {
    message: "Users are mistrustful of or confused by sites that request to send notifications without context. Consider tying the request to user gestures instead. [Learn more about responsibly getting permission for notifications](https://developer.chrome.com/docs/lighthouse/best-practices/notification-on-start/)."
  },
  "core/audits/dobetterweb/notification-on-start.js | failureTitle": {
    message: "Requests the notification permission on page load"
  },
  "core/audits/dobetterweb/notification-on-start.js | title": {
    message: "Avoids requesting the notification permission on page load"
  },
  "core/audits/dobetterweb/paste-preventing-inputs.js | description": {
    message: "Preventing input pasting is a bad practice for the UX, and weakens security by blocking password managers.[Learn more about user-friendly input fields](https://developer.chrome.com/docs/lighthouse/best-practices/paste-preventing-inputs/)."
  },
  "core/audits/dobetterweb/paste-preventing-inputs.js | failureTitle": {
    message: "Prevents users from pasting into input fields"
  },
  "core/audits/dobetterweb/paste-preventing-inputs.js | title": {
    message: "Allows users to paste into input fields"
  },
  "core/audits/errors-in-console.js | description": {
    message: "Errors logged to the console indicate unresolved problems. They can come from network request failures and other browser concerns. [Learn more about this errors in console diagnostic audit](https://developer.chrome.com/docs/lighthouse/best-practices/errors-in-console/)"
  },
  "core/audits/errors-in-console.js | failureTitle": {
    message: "Browser errors were logged to the console"
  },
  "core/audits/errors-in-console.js | title": {
    message: "No browser errors logged to the console"
  },
  "core/audits/has-hsts.js | columnDirective": {
    message: "Directive"
  },
  "core/audits/has-hsts.js | columnSeverity": {
    message: "Severity"
  },
  "core/audits/has-hsts.js | description": {
    message: "Deployment of the HSTS header significantly reduces the risk of downgrading HTTP connections and eavesdropping attacks. A rollout in stages, starting with a low max-age is recommended. [Learn more about using a strong HSTS policy.](https://developer.chrome.com/docs/lighthouse/best-practices/has-hsts)"
  },
  "core/audits/has-hsts.js | invalidSyntax": {
    message: "Invalid syntax"
  },
  "core/audits/has-hsts.js | lowMaxAge": {
    message: "`max-age` is too low"
  },
  "core/audits/has-hsts.js | noHsts": {
    message: "No HSTS header found"
  },
  "core/audits/has-hsts.js | noMaxAge": {
    message: "No `max-age` directive"
  },
  "core/audits/has-hsts.js | noPreload": {
    message: "No `preload` directive found"
  },
  "core/audits/has-hsts.js | noSubdomain": {
    message: "No `includeSubDomains` directive found"
  },
  "core/audits/has-hsts.js | title": {
    message: "Use a strong HSTS policy"
  },
  "core/audits/image-aspect-ratio.js | columnActual": {
    message: "Aspect Ratio (Actual)"
  },
  "core/audits/image-aspect-ratio.js | columnDisplayed": {
    message: "Aspect Ratio (Displayed)"
  },
  "core/audits/image-aspect-ratio.js | description": {
    message: "Image display dimensions should match natural aspect ratio. [Learn more about image aspect ratio](https://developer.chrome.com/docs/lighthouse/best-practices/image-aspect-ratio/)."
  },
  "core/audits/image-aspect-ratio.js | failureTitle": {
    message: "Displays images with incorrect aspect ratio"
  },
  "core/audits/image-aspect-ratio.js | title": {
    message: "Displays images with correct aspect ratio"
  },
  "core/audits/image-size-responsive.js | columnActual": {
    message: "Actual size"
  },
  "core/audits/image-size-responsive.js | columnDisplayed": {
    message: "Displayed size"
  },
  "core/audits/image-size-responsive.js | columnExpected": {
    message: "Expected size"
  },
  "core/audits/image-size-responsive.js | description": {
    message: "Image natural dimensions should be proportional to the display size and the pixel ratio to maximize image clarity. [Learn how to provide responsive images](https://web.dev/articles/serve-responsive-images)."
  },
  "core/audits/image-size-responsive.js | failureTitle": {
    message: "Serves images with low resolution"
  },
  "core/audits/image-size-responsive.js | title": {
    message: "Serves images with appropriate resolution"
  },
  "core/audits/insights/cls-culprits-insight.js | columnScore": {
    message: "Layout shift score"
  },
  "core/audits/is-on-https.js | allowed": {
    message: "Allowed"
  },
  "core/audits/is-on-https.js | blocked": {
    message: "Blocked"
  },
  "core/audits/is-on-https.js | columnInsecureURL": {
    message: "Insecure URL"
  },
  "core/audits/is-on-https.js | columnResolution": {
    message: "Request Resolution"
  },
  "core/audits/is-on-https.js | description": {
    message: "All sites should be protected with HTTPS, even ones that don't handle sensitive data. This includes avoiding [mixed content](https://developers.google.com/web/fundamentals/security/prevent-mixed-content/what-is-mixed-content), where some resources are loaded over HTTP despite the initial request being served over HTTPS. HTTPS prevents intruders from tampering with or passively listening in on the communications between your app and your users, and is a prerequisite for HTTP/2 and many new web platform APIs. [Learn more about HTTPS](https://developer.chrome.com/docs/lighthouse/pwa/is-on-https/)."
  },
  "core/audits/is-on-https.js | displayValue": {
    message: "{itemCount, plural,\n    =1 {1 insecure request found}\n    other {# insecure requests found}\n    }"
  },
  "core/audits/is-on-https.js | failureTitle": {
    message: "Does not use HTTPS"
  },
  "core/audits/is-on-https.js | title": {
    message: "Uses HTTPS"
  },
  "core/audits/is-on-https.js | upgraded": {
    message: "Automatically upgraded to HTTPS"
  },
  "core/audits/is-on-https.js | warning": {
    message: "Allowed with warning"
  },
  "core/audits/layout-shifts.js | columnScore": {
    message: "Layout shift score"
  },
  "core/audits/layout-shifts.js | description": {
    message: "These are the largest layout shifts observed on the page. Each table item represents a single layout shift, and shows the element that shifted the most. Below each item are possible root causes that led to the layout shift. Some of these layout shifts may not be included in the CLS metric value due to [windowing](https://web.dev/articles/cls#what_is_cls). [Learn how to improve CLS](https://web.dev/articles/optimize-cls)"
  },
  "core/audits/layout-shifts.js | displayValueShiftsFound": {
    message: "{shiftCount, plural, =1 {1 layout shift found} other {# layout shifts found}}"
  },
  "core/audits/layout-shifts.js | rootCauseFontChanges": {
    message: "Web font loaded"
  },
  "core/audits/layout-shifts.js | rootCauseInjectedIframe": {
    message: "Injected iframe"
  },
  "core/audits/layout-shifts.js | rootCauseUnsizedMedia": {
    message: "Media element lacking an explicit size"
  },
  "core/audits/layout-shifts.js | title": {
    message: "Avoid large layout shifts"
  },
  "core/audits/long-tasks.js | description": {
    message: "Lists the longest tasks on the main thread, useful for identifying worst contributors to input delay. [Learn how to avoid long main-thread tasks](https://web.dev/articles/optimize-long-tasks)"
  },
  "core/audits/long-tasks.js | displayValue": {
    message: "{itemCount, plural,\n  =1 {# long task found}\n  other {# long tasks found}\n  }"
  },
  "core/audits/long-tasks.js | title": {
    message: "Avoid long main-thread tasks"
  },
  "core/audits/mainthread-work-breakdown.js | columnCategory": {
    message: "Category"
  },
  "core/audits/mainthread-work-breakdown.js | description": {
    message: "Consider reducing the time spent parsing, compiling and executing JS. You may find delivering smaller JS payloads helps with this. [Learn how to minimize main-thread work](https://developer.chrome.com/docs/lighthouse/performance/mainthread-work-breakdown/)"
  },
  "core/audits/mainthread-work-breakdown.js | failureTitle": {
    message: "Minimize main-thread work"
  },
  "core/audits/mainthread-work-breakdown.js | title": {
    message: "Minimizes main-thread work"
  },
  "core/audits/metrics/cumulative-layout-shift.js | description": {
    message: "Cumulative Layout Shift measures the movement of visible elements within the viewport. [Learn more about the Cumulative Layout Shift metric](https://web.dev/articles/cls)."
  },
  "core/audits/metrics/first-contentful-paint.js | description": {
    message: "First Contentful Paint marks the time at which the first text or image is painted. [Learn more about the First Contentful Paint metric](https://developer.chrome.com/docs/lighthouse/performance/first-contentful-paint/)."
  },
  "core/audits/metrics/interaction-to-next-paint.js | description": {
    message: "Interaction to Next Paint measures page responsiveness, how long it takes the page to visibly respond to user input. [Learn more about the Interaction to Next Paint metric](https://web.dev/articles/inp)."
  },
  "core/audits/metrics/interactive.js | description": {
    message: "Time to Interactive is the amount of time it takes for the page to become fully interactive. [Learn more about the Time to Interactive metric](https://developer.chrome.com/docs/lighthouse/performance/interactive/)."
  },
  "core/audits/metrics/largest-contentful-paint.js | description": {
    message: "Largest Contentful Paint marks the time at which the largest text or image is painted. [Learn more about the Largest Contentful Paint metric](https://developer.chrome.com/docs/lighthouse/performance/lighthouse-largest-contentful-paint/)"
  },
  "core/audits/metrics/max-potential-fid.js | description": {
    message: "The maximum potential First Input Delay that your users could experience is the duration of the longest task. [Learn more about the Maximum Potential First Input Delay metric](https://developer.chrome.com/docs/lighthouse/performance/lighthouse-max-potential-fid/)."
  },
  "core/audits/metrics/speed-index.js | description": {
    message: "Speed Index shows how quickly the contents of a page are visibly populated. [Learn more about the Speed Index metric](https://developer.chrome.com/docs/lighthouse/performance/speed-index/)."
  },
  "core/audits/metrics/total-blocking-time.js | description": {
    message: "Sum of all time periods between FCP and Time to Interactive, when task length exceeded 50ms, expressed in milliseconds. [Learn more about the Total Blocking Time metric](https://developer.chrome.com/docs/lighthouse/performance/lighthouse-total-blocking-time/)."
  },
  "core/audits/network-rtt.js | description": {
    message: "Network round trip times (RTT) have a large impact on performance. If the RTT to an origin is high, it's an indication that servers closer to the user could improve performance. [Learn more about the Round Trip Time](https://hpbn.co/primer-on-latency-and-bandwidth/)."
  },
  "core/audits/network-rtt.js | title": {
    message: "Network Round Trip Times"
  },
  "core/audits/network-server-latency.js | description": {
    message: "Server latencies can impact web performance. If the server latency of an origin is high, it's an indication the server is overloaded or has poor backend performance. [Learn more about server response time](https://hpbn.co/primer-on-web-performance/#analyzing-the-resource-waterfall)."
  },
  "core/audits/network-server-latency.js | title": {
    message: "Server Backend Latencies"
  },
  "core/audits/non-composited-animations.js | description": {
    message: "Animations which are not composited can be janky and increase CLS. [Learn how to avoid non-composited animations](https://developer.chrome.com/docs/lighthouse/performance/non-composited-animations/)"
  },
  "core/audits/non-composited-animations.js | displayValue": {
    message: "{itemCount, plural,\n  =1 {# animated element found}\n  other {# animated elements found}\n  }"
  },
  "core/audits/non-composited-animations.js | filterMayMovePixels": {
    message: "Filter-related property may move pixels"
  },
  "core/audits/non-composited-animations.js | incompatibleAnimations": {
    message: "Target has another animation which is incompatible"
  },
  "core/audits/non-composited-animations.js | nonReplaceCompositeMode": {
    message: 'Effect has composite mode other than "replace"'
  },
  "core/audits/non-composited-animations.js | title": {
    message: "Avoid non-composited animations"
  },
  "core/audits/non-composited-animations.js | transformDependsBoxSize": {
    message: "Transform-related property depends on box size"
  },
  "core/audits/non-composited-animations.js | unsupportedCSSProperty": {
    message: "{propertyCount, plural,\n    =1 {Unsupported CSS Property: {properties}}\n    other {Unsupported CSS Properties: {properties}}\n  }"
  },
  "core/audits/non-composited-animations.js | unsupportedCustomCSSProperty": {
    message: "{propertyCount, plural,\n    =1 {Custom CSS properties cannot be animated on the compositor: {properties}}\n    other {Custom CSS properties cannot be animated on the compositor: {properties}}\n  }"
  },
  "core/audits/non-composited-animations.js | unsupportedTimingParameters": {
    message: "Effect has unsupported timing parameters"
  },
  "core/audits/origin-isolation.js | columnDirective": {
    message: "Directive"
  },
  "core/audits/origin-isolation.js | columnSeverity": {
    message: "Severity"
  },
  "core/audits/origin-isolation.js | description": {
    message: "The Cross-Origin-Opener-Policy (COOP) can be used to isolate the top-level window from other documents such as pop-ups. [Learn more about deploying the COOP header.](https://web.dev/articles/why-coop-coep#coop)"
  },
  "core/audits/origin-isolation.js | invalidSyntax": {
    message: "Invalid syntax"
  },
  "core/audits/origin-isolation.js | noCoop": {
    message: "No COOP header found"
  },
  "core/audits/origin-isolation.js | title": {
    message: "Ensure proper origin isolation with COOP"
  },
  "core/audits/redirects-http.js | description": {
    message: "Make sure that you redirect all HTTP traffic to HTTPS in order to enable secure web features for all your users. [Learn more](https://developer.chrome.com/docs/lighthouse/pwa/redirects-http/)."
  },
  "core/audits/redirects-http.js | failureTitle": {
    message: "Does not redirect HTTP traffic to HTTPS"
  },
  "core/audits/redirects-http.js | title": {
    message: "Redirects HTTP traffic to HTTPS"
  },
  "core/audits/redirects.js | description": {
    message: "Redirects introduce additional delays before the page can be loaded. [Learn how to avoid page redirects](https://developer.chrome.com/docs/lighthouse/performance/redirects/)."
  },
  "core/audits/redirects.js | title": {
    message: "Avoid multiple page redirects"
  },
  "core/audits/seo/canonical.js | description": {
    message: "Canonical links suggest which URL to show in search results. [Learn more about canonical links](https://developer.chrome.com/docs/lighthouse/seo/canonical/)."
  },
  "core/audits/seo/canonical.js | explanationConflict": {
    message: "Multiple conflicting URLs ({urlList})"
  },
  "core/audits/seo/canonical.js | explanationInvalid": {
    message: "Invalid URL ({url})"
  },
  "core/audits/seo/canonical.js | explanationPointsElsewhere": {
    message: "Points to another `hreflang` location ({url})"
  },
  "core/audits/seo/canonical.js | explanationRelative": {
    message: "Is not an absolute URL ({url})"
  },
  "core/audits/seo/canonical.js | explanationRoot": {
    message: "Points to the domain's root URL (the homepage), instead of an equivalent page of content"
  },
  "core/audits/seo/canonical.js | failureTitle": {
    message: "Document does not have a valid `rel=canonical`"
  },
  "core/audits/seo/canonical.js | title": {
    message: "Document has a valid `rel=canonical`"
  },
  "core/audits/seo/crawlable-anchors.js | columnFailingLink": {
    message: "Uncrawlable Link"
  },
  "core/audits/seo/crawlable-anchors.js | description": {
    message: "Search engines may use `href` attributes on links to crawl websites. Ensure that the `href` attribute of anchor elements links to an appropriate destination, so more pages of the site can be discovered. [Learn how to make links crawlable](https://support.google.com/webmasters/answer/9112205)"
  },
  "core/audits/seo/crawlable-anchors.js | failureTitle": {
    message: "Links are not crawlable"
  },
  "core/audits/seo/crawlable-anchors.js | title": {
    message: "Links are crawlable"
  },
  "core/audits/seo/hreflang.js | description": {
    message: "hreflang links tell search engines what version of a page they should list in search results for a given language or region. [Learn more about `hreflang`](https://developer.chrome.com/docs/lighthouse/seo/hreflang/)."
  },
  "core/audits/seo/hreflang.js | failureTitle": {
    message: "Document doesn't have a valid `hreflang`"
  },
  "core/audits/seo/hreflang.js | notFullyQualified": {
    message: "Relative href value"
  },
  "core/audits/seo/hreflang.js | title": {
    message: "Document has a valid `hreflang`"
  },
  "core/audits/seo/hreflang.js | unexpectedLanguage": {
    message: "Unexpected language code"
  },
  "core/audits/seo/http-status-code.js | description": {
    message: "Pages with unsuccessful HTTP status codes may not be indexed properly. [Learn more about HTTP status codes](https://developer.chrome.com/docs/lighthouse/seo/http-status-code/)."
  },
  "core/audits/seo/http-status-code.js | failureTitle": {
    message: "Page has unsuccessful HTTP status code"
  },
  "core/audits/seo/http-status-code.js | title": {
    message: "Page has successful HTTP status code"
  },
  "core/audits/seo/is-crawlable.js | description": {
    message: "Search engines are unable to include your pages in search results if they don't have permission to crawl them. [Learn more about crawler directives](https://developer.chrome.com/docs/lighthouse/seo/is-crawlable/)."
  },
  "core/audits/seo/is-crawlable.js | failureTitle": {
    message: "Page is blocked from indexing"
  },
  "core/audits/seo/is-crawlable.js | title": {
    message: "Page isn\u2019t blocked from indexing"
  },
  "core/audits/seo/link-text.js | description": {
    message: "Descriptive link text helps search engines understand your content. [Learn how to make links more accessible](https://developer.chrome.com/docs/lighthouse/seo/link-text/)."
  },
  "core/audits/seo/link-text.js | displayValue": {
    message: "{itemCount, plural,\n    =1 {1 link found}\n    other {# links found}\n    }"
  },
  "core/audits/seo/link-text.js | failureTitle": {
    message: "Links do not have descriptive text"
  },
  "core/audits/seo/link-text.js | title": {
    message: "Links have descriptive text"
  },
  "core/audits/seo/manual/structured-data.js | description": {
    message: "Run the [Structured Data Testing Tool](https://developers.google.com/search/docs/appearance/structured-data/) to validate structured data. [Learn more about Structured Data](https://developer.chrome.com/docs/lighthouse/seo/structured-data/)."
  },
  "core/audits/seo/manual/structured-data.js | title": {
    message: "Structured data is valid"
  },
  "core/audits/seo/meta-description.js | description": {
    message: "Meta descriptions may be included in search results to concisely summarize page content. [Learn more about the meta description](https://developer.chrome.com/docs/lighthouse/seo/meta-description/)."
  },
  "core/audits/seo/meta-description.js | explanation": {
    message: "Description text is empty."
  },
  "core/audits/seo/meta-description.js | failureTitle": {
    message: "Document does not have a meta description"
  },
  "core/audits/seo/meta-description.js | title": {
    message: "Document has a meta description"
  },
  "core/audits/seo/robots-txt.js | description": {
    message: "If your robots.txt file is malformed, crawlers may not be able to understand how you want your website to be crawled or indexed. [Learn more about robots.txt](https://developer.chrome.com/docs/lighthouse/seo/invalid-robots-txt/)."
  },
  "core/audits/seo/robots-txt.js | displayValueHttpBadCode": {
    message: "Request for robots.txt returned HTTP status: {statusCode}"
  },
  "core/audits/seo/robots-txt.js | displayValueValidationError": {
    message: "{itemCount, plural,\n    =1 {1 error found}\n    other {# errors found}\n    }"
  },
  "core/audits/seo/robots-txt.js | explanation": {
    message: "Fetch of robots.txt failed"
  },
  "core/audits/seo/robots-txt.js | explanationWithError": {
    message: "Fetch of robots.txt failed: {error}"
  },
  "core/audits/seo/robots-txt.js | failureTitle": {
    message: "robots.txt is not valid"
  },
  "core/audits/seo/robots-txt.js | title": {
    message: "robots.txt is valid"
  },
  "core/audits/server-response-time.js | description": {
    message: "Keep the server response time for the main document short because all other requests depend on it. [Learn more about the Time to First Byte metric](https://developer.chrome.com/docs/lighthouse/performance/time-to-first-byte/)."
  },
  "core/audits/server-response-time.js | displayValue": {
    message: "Root document took {timeInMs, number, milliseconds}\xA0ms"
  },
  "core/audits/server-response-time.js | failureTitle": {
    message: "Reduce initial server response time"
  },
  "core/audits/server-response-time.js | title": {
    message: "Initial server response time was short"
  },
  "core/audits/third-party-cookies.js | description": {
    message: "Third-party cookies may be blocked in some contexts. [Learn more about preparing for third-party cookie restrictions](https://privacysandbox.google.com/cookies/prepare/overview)."
  },
  "core/audits/third-party-cookies.js | displayValue": {
    message: "{itemCount, plural,\n    =1 {1 cookie found}\n    other {# cookies found}\n    }"
  },
  "core/audits/third-party-cookies.js | failureTitle": {
    message: "Uses third-party cookies"
  },
  "core/audits/third-party-cookies.js | title": {
    message: "Avoids third-party cookies"
  },
  "core/audits/trusted-types-xss.js | columnSeverity": {
    message: "Severity"
  },
  "core/audits/trusted-types-xss.js | description": {
    message: "The `require-trusted-types-for` directive in the `Content-Security-Policy` (CSP) header instructs user agents to control the data passed to DOM XSS sink functions. [Learn more about mitigating DOM-based XSS with Trusted Types](https://developer.chrome.com/docs/lighthouse/best-practices/trusted-types-xss)."
  },
  "core/audits/trusted-types-xss.js | noTrustedTypesToMitigateXss": {
    message: "No `Content-Security-Policy` header with Trusted Types directive found"
  },
  "core/audits/trusted-types-xss.js | title": {
    message: "Mitigate DOM-based XSS with Trusted Types"
  },
  "core/audits/unsized-images.js | description": {
    message: "Set an explicit width and height on image elements to reduce layout shifts and improve CLS. [Learn how to set image dimensions](https://web.dev/articles/optimize-cls#images_without_dimensions)"
  },
  "core/audits/unsized-images.js | failureTitle": {
    message: "Image elements do not have explicit `width` and `height`"
  },
  "core/audits/unsized-images.js | title": {
    message: "Image elements have explicit `width` and `height`"
  },
  "core/audits/user-timings.js | columnType": {
    message: "Type"
  },
  "core/audits/user-timings.js | description": {
    message: "Consider instrumenting your app with the User Timing API to measure your app's real-world performance during key user experiences. [Learn more about User Timing marks](https://developer.chrome.com/docs/lighthouse/performance/user-timings/)."
  },
  "core/audits/user-timings.js | displayValue": {
    message: "{itemCount, plural,\n    =1 {1 user timing}\n    other {# user timings}\n    }"
  },
  "core/audits/user-timings.js | title": {
    message: "User Timing marks and measures"
  },
  "core/audits/valid-source-maps.js | columnMapURL": {
    message: "Map URL"
  },
  "core/audits/valid-source-maps.js | description": {
    message: "Source maps translate minified code to the original source code. This helps developers debug in production. In addition, Lighthouse is able to provide further insights. Consider deploying source maps to take advantage of these benefits. [Learn more about source maps](https://developer.chrome.com/docs/devtools/javascript/source-maps/)."
  },
  "core/audits/valid-source-maps.js | failureTitle": {
    message: "Missing source maps for large first-party JavaScript"
  },
  "core/audits/valid-source-maps.js | missingSourceMapErrorMessage": {
    message: "Large JavaScript file is missing a source map"
  },
  "core/audits/valid-source-maps.js | missingSourceMapItemsWarningMesssage": {
    message: "{missingItems, plural,\n    =1 {Warning: missing 1 item in `.sourcesContent`}\n    other {Warning: missing # items in `.sourcesContent`}\n    }"
  },
  "core/audits/valid-source-maps.js | title": {
    message: "Page has valid source maps"
  },
  "core/audits/webmcp-form-coverage.js | columnForm": {
    message: "Form"
  },
  "core/audits/webmcp-form-coverage.js | description": {
    message: "Consider adding [WebMCP](https://developer.chrome.com/docs/ai/webmcp) annotations to the forms listed below. This helps AI agents identify and interact with these forms more reliably."
  },
  "core/audits/webmcp-form-coverage.js | displayValue": {
    message: "{itemCount, plural,\n    =1 {1 form missing annotations}\n    other {# forms missing annotations}\n    }"
  },
  "core/audits/webmcp-form-coverage.js | title": {
    message: "WebMCP form coverage"
  },
  "core/audits/webmcp-registered-tools.js | columnDeclarativeElement": {
    message: "Element"
  },
  "core/audits/webmcp-registered-tools.js | columnDescription": {
    message: "Description"
  },
  "core/audits/webmcp-registered-tools.js | columnImperativeLocation": {
    message: "Source Location"
  },
  "core/audits/webmcp-registered-tools.js | columnInputSchema": {
    message: "Input schema"
  },
  "core/audits/webmcp-registered-tools.js | columnTool": {
    message: "Tool name"
  },
  "core/audits/webmcp-registered-tools.js | description": {
    message: "Lists the [WebMCP tools](https://developer.chrome.com/docs/ai/webmcp) registered at the time of analysis."
  },
  "core/audits/webmcp-registered-tools.js | title": {
    message: "WebMCP tools registered"
  },
  "core/audits/webmcp-registered-tools.js | titleDeclarativeTools": {
    message: "Declarative Tools"
  },
  "core/audits/webmcp-registered-tools.js | titleImperativeTools": {
    message: "Imperative Tools"
  },
  "core/audits/webmcp-registered-tools.js | warningMaxRecommendedTools": {
    message: "Registering more than {maxTools} tools is not recommended. Doing so consumes model context tokens, adds latency, and increases the risk of tool confusion."
  },
  "core/audits/webmcp-schema-validity.js | columnElement": {
    message: "Element"
  },
  "core/audits/webmcp-schema-validity.js | columnIssue": {
    message: "Issue"
  },
  "core/audits/webmcp-schema-validity.js | description": {
    message: "Valid [WebMCP schemas](https://developer.chrome.com/docs/ai/webmcp) are required for AI agents to understand and interact with tools correctly. Please fix any errors or warnings reported by the browser."
  },
  "core/audits/webmcp-schema-validity.js | failureTitle": {
    message: "WebMCP schemas are invalid"
  },
  "core/audits/webmcp-schema-validity.js | missingOptionalParamName": {
    message: "Missing `name` attribute for an optional field. Add it to define the parameter name."
  },
  "core/audits/webmcp-schema-validity.js | missingParamDescription": {
    message: "Add a description to make this form more accessible for AI agents."
  },
  "core/audits/webmcp-schema-validity.js | missingRequiredParamName": {
    message: "Missing `name` attribute for a required field. Add it to define the parameter name."
  },
  "core/audits/webmcp-schema-validity.js | missingToolDescription": {
    message: "Form level `tooldescription` attribute is missing. Add it to describe the tool for AI agents."
  },
  "core/audits/webmcp-schema-validity.js | missingToolName": {
    message: "Form level `toolname` attribute is missing. Add it to define the tool name."
  },
  "core/audits/webmcp-schema-validity.js | title": {
    message: "WebMCP schemas are valid"
  },
  "core/config/agentic-browsing-config.js | agentAccessibilityGroupDescription": {
    message: "These audits highlight best practices for improving the accessibility of the website for AI agents."
  },
  "core/config/agentic-browsing-config.js | agentAccessibilityGroupTitle": {
    message: "Agent Accessibility"
  },
  "core/config/agentic-browsing-config.js | agentDiscoverabilityGroupDescription": {
    message: "These audits validate that websites expose discoverable resources, documentation, and catalogs for AI agents."
  },
  "core/config/agentic-browsing-config.js | agentDiscoverabilityGroupTitle": {
    message: "Agent Discoverability"
  },
  "core/config/agentic-browsing-config.js | agenticBrowsingCategoryDescription": {
    message: "These checks ensure high-quality, [browsable websites for AI agents](https://goo.gle/lighthouse-agentic-web) and validate the correctness of WebMCP integrations. This category is still under development and subject to change."
  },
  "core/config/agentic-browsing-config.js | agenticBrowsingCategoryTitle": {
    message: "Agentic Browsing"
  },
  "core/config/agentic-browsing-config.js | webmcpGroupDescription": {
    message: "Audits validating WebMCP integration."
  },
  "core/config/agentic-browsing-config.js | webmcpGroupTitle": {
    message: "WebMCP"
  },
  "core/config/default-config.js | a11yAriaGroupDescription": {
    message: "These are opportunities to improve the usage of ARIA in your application which may enhance the experience for users of assistive technology, like a screen reader."
  },
  "core/config/default-config.js | a11yAriaGroupTitle": {
    message: "ARIA"
  },
  "core/config/default-config.js | a11yAudioVideoGroupDescription": {
    message: "These are opportunities to provide alternative content for audio and video. This may improve the experience for users with hearing or vision impairments."
  },
  "core/config/default-config.js | a11yAudioVideoGroupTitle": {
    message: "Audio and video"
  },
  "core/config/default-config.js | a11yBestPracticesGroupDescription": {
    message: "These items highlight common accessibility best practices."
  },
  "core/config/default-config.js | a11yBestPracticesGroupTitle": {
    message: "Best practices"
  },
  "core/config/default-config.js | a11yCategoryDescription": {
    message: "These checks highlight opportunities to [improve the accessibility of your web app](https://developer.chrome.com/docs/lighthouse/accessibility/). Automatic detection can only detect a subset of issues and does not guarantee the accessibility of your web app, so [manual testing](https://web.dev/articles/how-to-review) is also encouraged."
  },
  "core/config/default-config.js | a11yCategoryManualDescription": {
    message: "These items address areas which an automated testing tool cannot cover. Learn more in our guide on [conducting an accessibility review](https://web.dev/articles/how-to-review)."
  },
  "core/config/default-config.js | a11yCategoryTitle": {
    message: "Accessibility"
  },
  "core/config/default-config.js | a11yColorContrastGroupDescription": {
    message: "These are opportunities to improve the legibility of your content."
  },
  "core/config/default-config.js | a11yColorContrastGroupTitle": {
    message: "Contrast"
  },
  "core/config/default-config.js | a11yLanguageGroupDescription": {
    message: "These are opportunities to improve the interpretation of your content by users in different locales."
  },
  "core/config/default-config.js | a11yLanguageGroupTitle": {
    message: "Internationalization and localization"
  },
  "core/config/default-config.js | a11yNamesLabelsGroupDescription": {
    message: "These are opportunities to improve the semantics of the controls in your application. This may enhance the experience for users of assistive technology, like a screen reader."
  },
  "core/config/default-config.js | a11yNamesLabelsGroupTitle": {
    message: "Names and labels"
  },
  "core/config/default-config.js | a11yNavigationGroupDescription": {
    message: "These are opportunities to improve keyboard navigation in your application."
  },
  "core/config/default-config.js | a11yNavigationGroupTitle": {
    message: "Navigation"
  },
  "core/config/default-config.js | a11yTablesListsVideoGroupDescription": {
    message: "These are opportunities to improve the experience of reading tabular or list data using assistive technology, like a screen reader."
  },
  "core/config/default-config.js | a11yTablesListsVideoGroupTitle": {
    message: "Tables and lists"
  },
  "core/config/default-config.js | agentAccessibilityGroupDescription": {
    message: "These audits highlight best practices for improving the accessibility of the website for AI agents."
  },
  "core/config/default-config.js | agentAccessibilityGroupTitle": {
    message: "Agent Accessibility"
  },
  "core/config/default-config.js | agentDiscoverabilityGroupDescription": {
    message: "These audits validate that websites expose discoverable resources, documentation, and catalogs for AI agents."
  },
  "core/config/default-config.js | agentDiscoverabilityGroupTitle": {
    message: "Agent Discoverability"
  },
  "core/config/default-config.js | agenticBrowsingCategoryDescription": {
    message: "These checks ensure high-quality, [browsable websites for AI agents](https://goo.gle/lighthouse-agentic-web) and validate the correctness of WebMCP integrations. This category is still under development and subject to change."
  },
  "core/config/default-config.js | agenticBrowsingCategoryTitle": {
    message: "Agentic Browsing"
  },
  "core/config/default-config.js | bestPracticesBrowserCompatGroupTitle": {
    message: "Browser Compatibility"
  },
  "core/config/default-config.js | bestPracticesCategoryTitle": {
    message: "Best Practices"
  },
  "core/config/default-config.js | bestPracticesGeneralGroupTitle": {
    message: "General"
  },
  "core/config/default-config.js | bestPracticesTrustSafetyGroupTitle": {
    message: "Trust and Safety"
  },
  "core/config/default-config.js | bestPracticesUXGroupTitle": {
    message: "User Experience"
  },
  "core/config/default-config.js | diagnosticsGroupDescription": {
    message: "More information about the performance of your application. These numbers don't [directly affect](https://developer.chrome.com/docs/lighthouse/performance/performance-scoring/) the Performance score."
  },
  "core/config/default-config.js | diagnosticsGroupTitle": {
    message: "Diagnostics"
  },
  "core/config/default-config.js | firstPaintImprovementsGroupDescription": {
    message: "The most critical aspect of performance is how quickly pixels are rendered onscreen. Key metrics: First Contentful Paint, First Meaningful Paint"
  },
  "core/config/default-config.js | firstPaintImprovementsGroupTitle": {
    message: "First Paint Improvements"
  },
  "core/config/default-config.js | insightsGroupDescription": {
    message: "These insights are also available in the Chrome DevTools Performance Panel - [record a trace](https://developer.chrome.com/docs/devtools/performance/reference) to view more detailed information."
  },
  "core/config/default-config.js | insightsGroupTitle": {
    message: "Insights"
  },
  "core/config/default-config.js | metricGroupTitle": {
    message: "Metrics"
  },
  "core/config/default-config.js | overallImprovementsGroupDescription": {
    message: "Enhance the overall loading experience, so the page is responsive and ready to use as soon as possible. Key metrics: Time to Interactive, Speed Index"
  },
  "core/config/default-config.js | overallImprovementsGroupTitle": {
    message: "Overall Improvements"
  },
  "core/config/default-config.js | performanceCategoryTitle": {
    message: "Performance"
  },
  "core/config/default-config.js | seoCategoryDescription": {
    message: "These checks ensure that your page is following basic search engine optimization advice. There are many additional factors Lighthouse does not score here that may affect your search ranking, including performance on [Core Web Vitals](https://web.dev/explore/vitals). [Learn more about Google Search Essentials](https://support.google.com/webmasters/answer/35769)."
  },
  "core/config/default-config.js | seoCategoryManualDescription": {
    message: "Run these additional validators on your site to check additional SEO best practices."
  },
  "core/config/default-config.js | seoCategoryTitle": {
    message: "SEO"
  },
  "core/config/default-config.js | seoContentGroupDescription": {
    message: "Format your HTML in a way that enables crawlers to better understand your app\u2019s content."
  },
  "core/config/default-config.js | seoContentGroupTitle": {
    message: "Content Best Practices"
  },
  "core/config/default-config.js | seoCrawlingGroupDescription": {
    message: "To appear in search results, crawlers need access to your app."
  },
  "core/config/default-config.js | seoCrawlingGroupTitle": {
    message: "Crawling and Indexing"
  },
  "core/config/default-config.js | seoMobileGroupDescription": {
    message: "Make sure your pages are mobile friendly so users don\u2019t have to pinch or zoom in order to read the content pages. [Learn how to make pages mobile-friendly](https://developers.google.com/search/mobile-sites/)."
  },
  "core/config/default-config.js | seoMobileGroupTitle": {
    message: "Mobile Friendly"
  },
  "core/config/default-config.js | webmcpGroupDescription": {
    message: "Audits validating WebMCP integration."
  },
  "core/config/default-config.js | webmcpGroupTitle": {
    message: "WebMCP"
  },
  "core/gather/driver/environment.js | warningSlowHostCpu": {
    message: "The tested device appears to have a slower CPU than  Lighthouse expects. This can negatively affect your performance score. Learn more about [calibrating an appropriate CPU slowdown multiplier](https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#cpu-throttling)."
  },
  "core/gather/driver/navigation.js | warningRedirected": {
    message: "The page may not be loading as expected because your test URL ({requested}) was redirected to {final}. Try testing the second URL directly."
  },
  "core/gather/driver/navigation.js | warningTimeout": {
    message: "The page loaded too slowly to finish within the time limit. Results may be incomplete."
  },
  "core/gather/driver/storage.js | warningCacheTimeout": {
    message: "Clearing the browser cache timed out. Try auditing this page again and file a bug if the issue persists."
  },
  "core/gather/driver/storage.js | warningData": {
    message: "{locationCount, plural,\n    =1 {There may be stored data affecting loading performance in this location: {locations}. Audit this page in an incognito window to prevent those resources from affecting your scores.}\n    other {There may be stored data affecting loading performance in these locations: {locations}. Audit this page in an incognito window to prevent those resources from affecting your scores.}\n  }"
  },
  "core/gather/driver/storage.js | warningOriginDataTimeout": {
    message: "Clearing the origin data timed out. Try auditing this page again and file a bug if the issue persists."
  },
  "core/gather/gatherers/link-elements.js | headerParseWarning": {
    message: "Error parsing `link` header ({error}): `{header}`"
  },
  "core/gather/timespan-runner.js | warningNavigationDetected": {
    message: "A page navigation was detected during the run. Using timespan mode to audit page navigations is not recommended. Use navigation mode to audit page navigations for better third-party attribution and main thread detection."
  },
  "core/lib/csp-evaluator.js | allowlistFallback": {
    message: "Consider adding https: and http: URL schemes (ignored by browsers supporting `'strict-dynamic'`) to be backward compatible with older browsers."
  },
  "core/lib/csp-evaluator.js | deprecatedDisownOpener": {
    message: "`disown-opener` is deprecated since CSP3. Please, use the Cross-Origin-Opener-Policy header instead."
  },
  "core/lib/csp-evaluator.js | deprecatedReferrer": {
    message: "`referrer` is deprecated since CSP2. Please, use the Referrer-Policy header instead."
  },
  "core/lib/csp-evaluator.js | deprecatedReflectedXSS": {
    message: "`reflected-xss` is deprecated since CSP2. Please, use the X-XSS-Protection header instead."
  },
  "core/lib/csp-evaluator.js | missingBaseUri": {
    message: "Missing `base-uri` allows injected `<base>` tags to set the base URL for all relative URLs (e.g. scripts) to an attacker controlled domain. Consider setting `base-uri` to `'none'` or `'self'`."
  },
  "core/lib/csp-evaluator.js | missingObjectSrc": {
    message: "Missing `object-src` allows the injection of plugins that execute unsafe scripts. Consider setting `object-src` to `'none'` if you can."
  },
  "core/lib/csp-evaluator.js | missingScriptSrc": {
    message: "`script-src` directive is missing. This can allow the execution of unsafe scripts."
  },
  "core/lib/csp-evaluator.js | missingSemicolon": {
    message: "Did you forget the semicolon? {keyword} seems to be a directive, not a keyword."
  },
  "core/lib/csp-evaluator.js | nonceCharset": {
    message: "Nonces should use the base64 charset."
  },
  "core/lib/csp-evaluator.js | nonceLength": {
    message: "Nonces should be at least 8 characters long."
  },
  "core/lib/csp-evaluator.js | plainUrlScheme": {
    message: "Avoid using plain URL schemes ({keyword}) in this directive. Plain URL schemes allow scripts to be sourced from an unsafe domain."
  },
  "core/lib/csp-evaluator.js | plainWildcards": {
    message: "Avoid using plain wildcards ({keyword}) in this directive. Plain wildcards allow scripts to be sourced from an unsafe domain."
  },
  "core/lib/csp-evaluator.js | reportToOnly": {
    message: "The reporting destination is only configured via the report-to directive. This directive is only supported in Chromium-based browsers so it is recommended to also use a `report-uri` directive."
  },
  "core/lib/csp-evaluator.js | reportingDestinationMissing": {
    message: "No CSP configures a reporting destination. This makes it difficult to maintain the CSP over time and monitor for any breakages."
  },
  "core/lib/csp-evaluator.js | strictDynamic": {
    message: "Host allowlists can frequently be bypassed. Consider using CSP nonces or hashes instead, along with `'strict-dynamic'` if necessary."
  },
  "core/lib/csp-evaluator.js | unknownDirective": {
    message: "Unknown CSP directive."
  },
  "core/lib/csp-evaluator.js | unknownKeyword": {
    message: "{keyword} seems to be an invalid keyword."
  },
  "core/lib/csp-evaluator.js | unsafeInline": {
    message: "`'unsafe-inline'` allows the execution of unsafe in-page scripts and event handlers. Consider using CSP nonces or hashes to allow scripts individually."
  },
  "core/lib/csp-evaluator.js | unsafeInlineFallback": {
    message: "Consider adding `'unsafe-inline'` (ignored by browsers supporting nonces/hashes) to be backward compatible with older browsers."
  },
  "core/lib/deprecation-description.js | feature": {
    message: "Check the feature status page for more details."
  },
  "core/lib/deprecation-description.js | milestone": {
    message: "This change will go into effect with milestone {milestone}."
  },
  "core/lib/deprecation-description.js | title": {
    message: "Deprecated Feature Used"
  },
  "core/lib/i18n/i18n.js | columnBlockingTime": {
    message: "Main-Thread Blocking Time"
  },
  "core/lib/i18n/i18n.js | columnCacheTTL": {
    message: "Cache TTL"
  },
  "core/lib/i18n/i18n.js | columnDescription": {
    message: "Description"
  },
  "core/lib/i18n/i18n.js | columnDuration": {
    message: "Duration"
  },
  "core/lib/i18n/i18n.js | columnElement": {
    message: "Element"
  },
  "core/lib/i18n/i18n.js | columnFailingElem": {
    message: "Failing Elements"
  },
  "core/lib/i18n/i18n.js | columnLocation": {
    message: "Location"
  },
  "core/lib/i18n/i18n.js | columnName": {
    message: "Name"
  },
  "core/lib/i18n/i18n.js | columnRequests": {
    message: "Requests"
  },
  "core/lib/i18n/i18n.js | columnResourceSize": {
    message: "Resource Size"
  },
  "core/lib/i18n/i18n.js | columnResourceType": {
    message: "Resource Type"
  },
  "core/lib/i18n/i18n.js | columnSize": {
    message: "Size"
  },
  "core/lib/i18n/i18n.js | columnSource": {
    message: "Source"
  },
  "core/lib/i18n/i18n.js | columnStartTime": {
    message: "Start Time"
  },
  "core/lib/i18n/i18n.js | columnTimeSpent": {
    message: "Time Spent"
  },
  "core/lib/i18n/i18n.js | columnTransferSize": {
    message: "Transfer Size"
  },
  "core/lib/i18n/i18n.js | columnURL": {
    message: "URL"
  },
  "core/lib/i18n/i18n.js | columnWastedBytes": {
    message: "Est Savings"
  },
  "core/lib/i18n/i18n.js | columnWastedMs": {
    message: "Est Savings"
  },
  "core/lib/i18n/i18n.js | cumulativeLayoutShiftMetric": {
    message: "Cumulative Layout Shift"
  },
  "core/lib/i18n/i18n.js | displayValueByteSavings": {
    message: "Est savings of {wastedBytes, number, bytes}\xA0KiB"
  },
  "core/lib/i18n/i18n.js | displayValueElementsFound": {
    message: "{nodeCount, plural, =1 {1 element found} other {# elements found}}"
  },
  "core/lib/i18n/i18n.js | displayValueMsSavings": {
    message: "Est savings of {wastedMs, number, milliseconds}\xA0ms"
  },
  "core/lib/i18n/i18n.js | documentResourceType": {
    message: "Document"
  },
  "core/lib/i18n/i18n.js | firstContentfulPaintMetric": {
    message: "First Contentful Paint"
  },
  "core/lib/i18n/i18n.js | firstMeaningfulPaintMetric": {
    message: "First Meaningful Paint"
  },
  "core/lib/i18n/i18n.js | fontResourceType": {
    message: "Font"
  },
  "core/lib/i18n/i18n.js | imageResourceType": {
    message: "Image"
  },
  "core/lib/i18n/i18n.js | interactionToNextPaint": {
    message: "Interaction to Next Paint"
  },
  "core/lib/i18n/i18n.js | interactiveMetric": {
    message: "Time to Interactive"
  },
  "core/lib/i18n/i18n.js | itemSeverityHigh": {
    message: "High"
  },
  "core/lib/i18n/i18n.js | itemSeverityLow": {
    message: "Low"
  },
  "core/lib/i18n/i18n.js | itemSeverityMedium": {
    message: "Medium"
  },
  "core/lib/i18n/i18n.js | largestContentfulPaintMetric": {
    message: "Largest Contentful Paint"
  },
  "core/lib/i18n/i18n.js | maxPotentialFIDMetric": {
    message: "Max Potential First Input Delay"
  },
  "core/lib/i18n/i18n.js | mediaResourceType": {
    message: "Media"
  },
  "core/lib/i18n/i18n.js | ms": {
    message: "{timeInMs, number, milliseconds}\xA0ms"
  },
  "core/lib/i18n/i18n.js | otherResourceType": {
    message: "Other"
  },
  "core/lib/i18n/i18n.js | otherResourcesLabel": {
    message: "Other resources"
  },
  "core/lib/i18n/i18n.js | scriptResourceType": {
    message: "Script"
  },
  "core/lib/i18n/i18n.js | seconds": {
    message: "{timeInMs, number, seconds}\xA0s"
  },
  "core/lib/i18n/i18n.js | speedIndexMetric": {
    message: "Speed Index"
  },
  "core/lib/i18n/i18n.js | stylesheetResourceType": {
    message: "Stylesheet"
  },
  "core/lib/i18n/i18n.js | thirdPartyResourceType": {
    message: "Third-party"
  },
  "core/lib/i18n/i18n.js | total": {
    message: "Total"
  },
  "core/lib/i18n/i18n.js | totalBlockingTimeMetric": {
    message: "Total Blocking Time"
  },
  "core/lib/i18n/i18n.js | totalResourceType": {
    message: "Total"
  },
  "core/lib/lh-error.js | badTraceRecording": {
    message: "Something went wrong with recording the trace over your page load. Please run Lighthouse again. ({errorCode})"
  },
  "core/lib/lh-error.js | criTimeout": {
    message: "Timeout waiting for initial Debugger Protocol connection."
  },
  "core/lib/lh-error.js | didntCollectScreenshots": {
    message: "Chrome didn't collect any screenshots during the page load. Please make sure there is content visible on the page, and then try re-running Lighthouse. ({errorCode})"
  },
  "core/lib/lh-error.js | dnsFailure": {
    message: "DNS servers could not resolve the provided domain."
  },
  "core/lib/lh-error.js | erroredRequiredArtifact": {
    message: "Required {artifactName} gatherer encountered an error: {errorMessage}"
  },
  "core/lib/lh-error.js | internalChromeError": {
    message: "An internal Chrome error occurred. Please restart Chrome and try re-running Lighthouse."
  },
  "core/lib/lh-error.js | missingRequiredArtifact": {
    message: "Required {artifactName} gatherer did not run."
  },
  "core/lib/lh-error.js | noFcp": {
    message: "The page did not paint any content. Please ensure you keep the browser window in the foreground during the load and try again. ({errorCode})"
  },
  "core/lib/lh-error.js | noLcp": {
    message: "The page did not display content that qualifies as a Largest Contentful Paint (LCP). Ensure the page has a valid LCP element and then try again. ({errorCode})"
  },
  "core/lib/lh-error.js | notHtml": {
    message: "The page provided is not HTML (served as MIME type {mimeType})."
  },
  "core/lib/lh-error.js | oldChromeDoesNotSupportFeature": {
    message: "This version of Chrome is too old to support '{featureName}'. Use a newer version to see full results."
  },
  "core/lib/lh-error.js | pageLoadFailed": {
    message: "Lighthouse was unable to reliably load the page you requested. Make sure you are testing the correct URL and that the server is properly responding to all requests."
  },
  "core/lib/lh-error.js | pageLoadFailedHung": {
    message: "Lighthouse was unable to reliably load the URL you requested because the page stopped responding."
  },
  "core/lib/lh-error.js | pageLoadFailedInsecure": {
    message: "The URL you have provided does not have a valid security certificate. {securityMessages}"
  },
  "core/lib/lh-error.js | pageLoadFailedInterstitial": {
    message: "Chrome prevented page load with an interstitial. Make sure you are testing the correct URL and that the server is properly responding to all requests."
  },
  "core/lib/lh-error.js | pageLoadFailedWithDetails": {
    message: "Lighthouse was unable to reliably load the page you requested. Make sure you are testing the correct URL and that the server is properly responding to all requests. (Details: {errorDetails})"
  },
  "core/lib/lh-error.js | pageLoadFailedWithStatusCode": {
    message: "Lighthouse was unable to reliably load the page you requested. Make sure you are testing the correct URL and that the server is properly responding to all requests. (Status code: {statusCode})"
  },
  "core/lib/lh-error.js | pageLoadTookTooLong": {
    message: "Your page took too long to load. Please follow the opportunities in the report to reduce your page load time, and then try re-running Lighthouse. ({errorCode})"
  },
  "core/lib/lh-error.js | protocolTimeout": {
    message: "Waiting for DevTools protocol response has exceeded the allotted time. (Method: {protocolMethod})"
  },
  "core/lib/lh-error.js | requestContentTimeout": {
    message: "Fetching resource content has exceeded the allotted time"
  },
  "core/lib/lh-error.js | targetCrashed": {
    message: "Browser tab has unexpectedly crashed."
  },
  "core/lib/lh-error.js | urlInvalid": {
    message: "The URL you have provided appears to be invalid."
  },
  "core/lib/navigation-error.js | warningStatusCode": {
    message: "Lighthouse was unable to reliably load the page you requested. Make sure you are testing the correct URL and that the server is properly responding to all requests. (Status code: {errorCode})"
  },
  "core/lib/navigation-error.js | warningXhtml": {
    message: "The page MIME type is XHTML: Lighthouse does not explicitly support this document type"
  },
  "core/user-flow.js | defaultFlowName": {
    message: "User flow ({url})"
  },
  "core/user-flow.js | defaultNavigationName": {
    message: "Navigation report ({url})"
  },
  "core/user-flow.js | defaultSnapshotName": {
    message: "Snapshot report ({url})"
  },
  "core/user-flow.js | defaultTimespanName": {
    message: "Timespan report ({url})"
  },
  "flow-report/src/i18n/ui-strings.js | allReports": {
    message: "All Reports"
  },
  "flow-report/src/i18n/ui-strings.js | categories": {
    message: "Categories"
  },
  "flow-report/src/i18n/ui-strings.js | categoryAccessibility": {
    message: "Accessibility"
  },
  "flow-report/src/i18n/ui-strings.js | categoryBestPractices": {
    message: "Best Practices"
  },
  "flow-report/src/i18n/ui-strings.js | categoryPerformance": {
    message: "Performance"
  },
  "flow-report/src/i18n/ui-strings.js | categorySeo": {
    message: "SEO"
  },
  "flow-report/src/i18n/ui-strings.js | desktop": {
    message: "Desktop"
  },
  "flow-report/src/i18n/ui-strings.js | helpDialogTitle": {
    message: "Understanding the Lighthouse Flow Report"
  },
  "flow-report/src/i18n/ui-strings.js | helpLabel": {
    message: "Understanding Flows"
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseInstructionNavigation": {
    message: "Use Navigation reports to..."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseInstructionSnapshot": {
    message: "Use Snapshot reports to..."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseInstructionTimespan": {
    message: "Use Timespan reports to..."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseNavigation1": {
    message: "Obtain a Lighthouse Performance score."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseNavigation2": {
    message: "Measure page load Performance metrics such as Largest Contentful Paint and Speed Index."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseNavigation3": {
    message: "Assess Progressive Web App capabilities."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseSnapshot1": {
    message: "Find accessibility issues in single page applications or complex forms."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseSnapshot2": {
    message: "Evaluate best practices of menus and UI elements hidden behind interaction."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseTimespan1": {
    message: "Measure layout shifts and JavaScript execution time on a series of interactions."
  },
  "flow-report/src/i18n/ui-strings.js | helpUseCaseTimespan2": {
    message: "Discover performance opportunities to improve the experience for long-lived pages and single-page applications."
  },
  "flow-report/src/i18n/ui-strings.js | highestImpact": {
    message: "Highest impact"
  },
  "flow-report/src/i18n/ui-strings.js | informativeAuditCount": {
    message: "{numInformative, plural,\n    =1 {{numInformative} informative audit}\n    other {{numInformative} informative audits}\n  }"
  },
  "flow-report/src/i18n/ui-strings.js | mobile": {
    message: "Mobile"
  },
  "flow-report/src/i18n/ui-strings.js | navigationDescription": {
    message: "Page load"
  },
  "flow-report/src/i18n/ui-strings.js | navigationLongDescription": {
    message: "Navigation reports analyze a single page load, exactly like the original Lighthouse reports."
  },
  "flow-report/src/i18n/ui-strings.js | navigationReport": {
    message: "Navigation report"
  },
  "flow-report/src/i18n/ui-strings.js | navigationReportCount": {
    message: "{numNavigation, plural,\n    =1 {{numNavigation} navigation report}\n    other {{numNavigation} navigation reports}\n  }"
  },
  "flow-report/src/i18n/ui-strings.js | passableAuditCount": {
    message: "{numPassableAudits, plural,\n    =1 {{numPassableAudits} passable audit}\n    other {{numPassableAudits} passable audits}\n  }"
  },
  "flow-report/src/i18n/ui-strings.js | passedAuditCount": {
    message: "{numPassed, plural,\n    =1 {{numPassed} audit passed}\n    other {{numPassed} audits passed}\n  }"
  },
  "flow-report/src/i18n/ui-strings.js | ratingAverage": {
    message: "Average"
  },
  "flow-report/src/i18n/ui-strings.js | ratingError": {
    message: "Error"
  },
  "flow-report/src/i18n/ui-strings.js | ratingFail": {
    message: "Poor"
  },
  "flow-report/src/i18n/ui-strings.js | ratingPass": {
    message: "Good"
  },
  "flow-report/src/i18n/ui-strings.js | save": {
    message: "Save"
  },
  "flow-report/src/i18n/ui-strings.js | snapshotDescription": {
    message: "Captured state of page"
  },
  "flow-report/src/i18n/ui-strings.js | snapshotLongDescription": {
    message: "Snapshot reports analyze the page in a particular state, typically after user interactions."
  },
  "flow-report/src/i18n/ui-strings.js | snapshotReport": {
    message: "Snapshot report"
  },
  "flow-report/src/i18n/ui-strings.js | snapshotReportCount": {
    message: "{numSnapshot, plural,\n    =1 {{numSnapshot} snapshot report}\n    other {{numSnapshot} snapshot reports}\n  }"
  },
  "flow-report/src/i18n/ui-strings.js | summary": {
    message: "Summary"
  },
  "flow-report/src/i18n/ui-strings.js | timespanDescription": {
    message: "User interactions"
  },
  "flow-report/src/i18n/ui-strings.js | timespanLongDescription": {
    message: "Timespan reports analyze an arbitrary period of time, typically containing user interactions."
  },
  "flow-report/src/i18n/ui-strings.js | timespanReport": {
    message: "Timespan report"
  },
  "flow-report/src/i18n/ui-strings.js | timespanReportCount": {
    message: "{numTimespan, plural,\n    =1 {{numTimespan} timespan report}\n    other {{numTimespan} timespan reports}\n  }"
  },
  "flow-report/src/i18n/ui-strings.js | title": {
    message: "Lighthouse User Flow Report"
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | AttributionReporting": {
    message: "Attribution Reporting is deprecated and will be removed. See https://goo.gle/ps-status for details."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | AuthorizationCoveredByWildcard": {
    message: "Authorization will not be covered by the wildcard symbol (*) in CORS Access-Control-Allow-Headers handling."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | CSSSelectorInternalMediaControlsOverlayCastButton": {
    message: "The disableRemotePlayback attribute should be used in order to disable the default Cast integration instead of using -internal-media-controls-overlay-cast-button selector."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | CSSValueAppearanceSliderVertical": {
    message: "CSS appearance value slider-vertical is not standardized and will be removed."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | CanRequestURLHTTPContainingNewline": {
    message: "Resource requests whose URLs contained both removed whitespace \\(n|r|t) characters and less-than characters (<) are blocked. Please remove newlines and encode less-than characters from places like element attribute values in order to load these resources."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | ChromeLoadTimesConnectionInfo": {
    message: "chrome.loadTimes() is deprecated, instead use standardized API: Navigation Timing 2."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | ChromeLoadTimesFirstPaintAfterLoadTime": {
    message: "chrome.loadTimes() is deprecated, instead use standardized API: Paint Timing."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | ChromeLoadTimesWasAlternateProtocolAvailable": {
    message: "chrome.loadTimes() is deprecated, instead use standardized API: nextHopProtocol in Navigation Timing 2."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | CrossOriginAccessBasedOnDocumentDomain": {
    message: "Relaxing the same-origin policy by setting document.domain is deprecated, and will be disabled by default. This deprecation warning is for a cross-origin access that was enabled by setting document.domain."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | CrossOriginWindowAlert": {
    message: "Triggering window.alert from cross origin iframes has been deprecated and will be removed in the future."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | CrossOriginWindowConfirm": {
    message: "Triggering window.confirm from cross origin iframes has been deprecated and will be removed in the future."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | DataUrlInSvgUse": {
    message: "Support for data: URLs in SVGUseElement is deprecated and it will be removed in the future."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | DocumentCreateEventKeyboardEvents": {
    message: "document.createEvent('KeyboardEvents') is deprecated and will be removed. Use new KeyboardEvent() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | DocumentCreateEventTransitionEvent": {
    message: "document.createEvent('TransitionEvent') is deprecated and will be removed. Use new TransitionEvent() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | ExampleBrowserProcessDeprecation": {
    message: "This is an example for showing the code required for a browser process reported deprecation."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | Fledge": {
    message: "The Protected Audience API is deprecated and will be removed in a future release."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | GeolocationInsecureOrigin": {
    message: "getCurrentPosition() and watchPosition() no longer work on insecure origins. To use this feature, you should consider switching your application to a secure origin, such as HTTPS. See https://www.chromium.org/Home/chromium-security/deprecating-powerful-features-on-insecure-origins/ for more details."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | GeolocationInsecureOriginDeprecatedNotRemoved": {
    message: "getCurrentPosition() and watchPosition() are deprecated on insecure origins. To use this feature, you should consider switching your application to a secure origin, such as HTTPS. See https://www.chromium.org/Home/chromium-security/deprecating-powerful-features-on-insecure-origins/ for more details."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | GetUserMediaInsecureOrigin": {
    message: "getUserMedia() no longer works on insecure origins. To use this feature, you should consider switching your application to a secure origin, such as HTTPS. See https://www.chromium.org/Home/chromium-security/deprecating-powerful-features-on-insecure-origins/ for more details."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | HostCandidateAttributeGetter": {
    message: "RTCPeerConnectionIceErrorEvent.hostCandidate is deprecated. Please use RTCPeerConnectionIceErrorEvent.address or RTCPeerConnectionIceErrorEvent.port instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | IdentityInCanMakePaymentEvent": {
    message: "The merchant origin and arbitrary data from the canmakepayment service worker event are deprecated and will be removed: topOrigin, paymentRequestOrigin, methodData, modifiers."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | InsecurePrivateNetworkSubresourceRequest": {
    message: "The website requested a subresource from a network that it could only access because of its users' privileged network position. These requests expose non-public devices and servers to the internet, increasing the risk of a cross-site request forgery (CSRF) attack, and/or information leakage. To mitigate these risks, Chrome deprecates requests to non-public subresources when initiated from non-secure contexts, and will start blocking them."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | InterestGroupDailyUpdateUrl": {
    message: "The dailyUpdateUrl field of InterestGroups passed to joinAdInterestGroup() has been renamed to updateUrl, to more accurately reflect its behavior."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | IntlV8BreakIterator": {
    message: "Intl.v8BreakIterator is deprecated. Please use Intl.Segmenter instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | LanguageModelParams": {
    message: "LanguageModel.params() is deprecated and now only available in extension contexts. The topK and temperature related fields within its result are also deprecated."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | LanguageModelTemperature": {
    message: "The 'temperature' parameter/attribute for LanguageModel is deprecated. It is only functional within extensions and may be removed in the future."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | LanguageModelTopK": {
    message: "The 'topK' parameter/attribute for LanguageModel is deprecated. It is only functional within extensions and may be removed in the future."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | LanguageModel_InputQuota": {
    message: "LanguageModel.inputQuota is deprecated. Please use LanguageModel.contextWindow instead. This alias is only available in extensions."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | LanguageModel_InputUsage": {
    message: "LanguageModel.inputUsage is deprecated. Please use LanguageModel.contextUsage instead. This alias is only available in extensions."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | LanguageModel_MeasureInputUsage": {
    message: "LanguageModel.measureInputUsage() is deprecated. Please use LanguageModel.measureContextUsage() instead. This alias is only available in extensions."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | LanguageModel_OnQuotaOverflow": {
    message: "LanguageModel.onquotaoverflow is deprecated. Please use LanguageModel.oncontextoverflow instead. The LanguageModel.onquotaoverflow alias is only available in extensions."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | LocalCSSFileExtensionRejected": {
    message: "CSS cannot be loaded from file: URLs unless they end in a .css file extension."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | NoSysexWebMIDIWithoutPermission": {
    message: "Web MIDI will ask a permission to use even if the sysex is not specified in the MIDIOptions."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | NotificationInsecureOrigin": {
    message: "The Notification API may no longer be used from insecure origins. You should consider switching your application to a secure origin, such as HTTPS. See https://www.chromium.org/Home/chromium-security/deprecating-powerful-features-on-insecure-origins/ for more details."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | NotificationPermissionRequestedIframe": {
    message: "Permission for the Notification API may no longer be requested from a cross-origin iframe. You should consider requesting permission from a top-level frame or opening a new window instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | ObsoleteCreateImageBitmapImageOrientationNone": {
    message: "Option imageOrientation: 'none' in createImageBitmap is deprecated. Please use createImageBitmap with option '\\\\{imageOrientation: 'from-image'\\\\}' instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | ObsoleteWebRtcCipherSuite": {
    message: "Your partner is negotiating an obsolete (D)TLS version. Please check with your partner to have this fixed."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | OverflowVisibleOnReplacedElement": {
    message: "Specifying overflow: visible on img, video and canvas tags may cause them to produce visual content outside of the element bounds. See https://github.com/WICG/shared-element-transitions/blob/main/debugging_overflow_on_images.md."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | OverrideFlashEmbedwithHTML": {
    message: "Legacy flash video embed has been rewritten to HTML iframe. Flash is long gone, this rewriting hack is deprecated and may be removed in the future."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PaymentInstruments": {
    message: "paymentManager.instruments is deprecated. Please use just-in-time install for payment handlers instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PaymentRequestCSPViolation": {
    message: "Your PaymentRequest call bypassed Content-Security-Policy (CSP) connect-src directive. This bypass is deprecated. Please add the payment method identifier from the PaymentRequest API (in supportedMethods field) to your CSP connect-src directive."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PersistentQuotaType": {
    message: "StorageType.persistent is deprecated. Please use standardized navigator.storage instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PictureSourceSrc": {
    message: "<source src> with a <picture> parent is invalid and therefore ignored. Please use <source srcset> instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PrefixedCancelAnimationFrame": {
    message: "webkitCancelAnimationFrame is vendor-specific. Please use the standard cancelAnimationFrame instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PrefixedRequestAnimationFrame": {
    message: "webkitRequestAnimationFrame is vendor-specific. Please use the standard requestAnimationFrame instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PrefixedVideoDisplayingFullscreen": {
    message: "HTMLVideoElement.webkitDisplayingFullscreen is deprecated. Please use Document.fullscreenElement instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PrefixedVideoEnterFullScreen": {
    message: "HTMLVideoElement.webkitEnterFullScreen() is deprecated. Please use Element.requestFullscreen() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PrefixedVideoEnterFullscreen": {
    message: "HTMLVideoElement.webkitEnterFullscreen() is deprecated. Please use Element.requestFullscreen() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PrefixedVideoExitFullScreen": {
    message: "HTMLVideoElement.webkitExitFullScreen() is deprecated. Please use Document.exitFullscreen() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PrefixedVideoExitFullscreen": {
    message: "HTMLVideoElement.webkitExitFullscreen() is deprecated. Please use Document.exitFullscreen() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PrefixedVideoSupportsFullscreen": {
    message: "HTMLVideoElement.webkitSupportsFullscreen is deprecated. Please use Document.fullscreenEnabled instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | PreventSvgFilterPaint": {
    message: "SVG filters cannot be applied to cross-origin iframes, restricted iframes (e.g., sandboxed), or plugins."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | RTCConstraintEnableDtlsSrtpFalse": {
    message: "The constraint DtlsSrtpKeyAgreement is removed. You have specified a false value for this constraint, which is interpreted as an attempt to use the removed SDES key negotiation method. This functionality is removed; use a service that supports DTLS key negotiation instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | RTCConstraintEnableDtlsSrtpTrue": {
    message: "The constraint DtlsSrtpKeyAgreement is removed. You have specified a true value for this constraint, which had no effect, but you can remove this constraint for tidiness."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | RTCPeerConnectionGetStatsLegacyNonCompliant": {
    message: "The callback-based getStats() is deprecated and will be removed. Use the spec-compliant getStats() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | RangeExpand": {
    message: "Range.expand() is deprecated. Please use Selection.modify() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | RelatedWebsiteSets": {
    message: "Related Website Sets is deprecated and will be removed. See https://privacysandbox.com/news/update-on-plans-for-privacy-sandbox-technologies/ for more details."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | RequestedSubresourceWithEmbeddedCredentials": {
    message: "Subresource requests whose URLs contain embedded credentials (e.g. https://user:pass@host/) are blocked."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | RtcpMuxPolicyNegotiate": {
    message: "The rtcpMuxPolicy option is deprecated and will be removed."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | SharedArrayBufferConstructedWithoutIsolation": {
    message: "SharedArrayBuffer will require cross-origin isolation. See https://developer.chrome.com/blog/enabling-shared-array-buffer/ for more details."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | SharedStorage": {
    message: "The Shared Storage API is deprecated and will be removed in a future release."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | StorageAccessAPI_requestStorageAccessFor_Method": {
    message: "document.requestStorageAccessFor is deprecated and will be removed. See https://privacysandbox.com/news/update-on-plans-for-privacy-sandbox-technologies/ for more details."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | TextToSpeech_DisallowedByAutoplay": {
    message: "speechSynthesis.speak() without user activation is deprecated and will be removed."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | Topics": {
    message: "The Topics API is deprecated and will be removed in a future release."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | UnloadHandler": {
    message: "Unload event listeners are deprecated and will be removed."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | V8SharedArrayBufferConstructedInExtensionWithoutIsolation": {
    message: "Extensions should opt into cross-origin isolation to continue using SharedArrayBuffer. See https://developer.chrome.com/docs/extensions/mv3/cross-origin-isolation/."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | WebBluetoothRemoteCharacteristicWriteValue": {
    message: "BluetoothRemoteGATTCharacteristic.writeValue() is deprecated. Use writeValueWithResponse() or writeValueWithoutResponse() instead."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | XHRJSONEncodingDetection": {
    message: "UTF-16 is not supported by response json in XMLHttpRequest"
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | XMLHttpRequestSynchronousInNonWorkerOutsideBeforeUnload": {
    message: "Synchronous XMLHttpRequest on the main thread is deprecated because of its detrimental effects to the end user's experience. For more help, check https://xhr.spec.whatwg.org/."
  },
  "node_modules/@paulirish/trace_engine/generated/Deprecation.js | XSLT": {
    message: "XSLTProcessor and XSLT Processing Instructions have been deprecated by all browsers. These features will be removed from this browser soon."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | animation": {
    message: "Animation"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | description": {
    message: "Layout shifts occur when elements move absent any user interaction. [Investigate the causes of layout shifts](https://developer.chrome.com/docs/performance/insights/cls-culprit), such as elements being added, removed, or their fonts changing as the page loads."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | injectedIframe": {
    message: "Injected iframe"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | layoutShiftCluster": {
    message: "Layout shift cluster @ {PH1}"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | noCulprits": {
    message: "Could not detect any layout shift culprits"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | noLayoutShifts": {
    message: "No layout shifts"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | title": {
    message: "Layout shift culprits"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | topCulprits": {
    message: "Top layout shift culprits"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | unsizedImage": {
    message: "Unsized image element"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | webFont": {
    message: "Web font"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | worstCluster": {
    message: "Worst cluster"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CLSCulprits.js | worstLayoutShiftCluster": {
    message: "Worst layout shift cluster"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Cache.js | cacheTTL": {
    message: "Cache TTL"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Cache.js | description": {
    message: "A long cache lifetime can speed up repeat visits to your page. [Learn more about caching](https://developer.chrome.com/docs/performance/insights/cache)."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Cache.js | noRequestsToCache": {
    message: "No requests with inefficient cache policies"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Cache.js | others": {
    message: "{PH1} others"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Cache.js | requestColumn": {
    message: "Request"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Cache.js | title": {
    message: "Use efficient cache lifetimes"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js | description": {
    message: "A character encoding declaration is required. It can be done with a meta charset tag in the first 1024 bytes of the HTML or in the Content-Type HTTP response header. [Learn more about declaring the character encoding](https://developer.chrome.com/docs/insights/charset/)."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js | failedHttpHeader": {
    message: "Does not declare charset in HTTP header"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js | failedMetaCharsetLate": {
    message: "Declares charset using a meta tag after the first 1024 bytes"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js | failedMetaCharsetMissing": {
    message: "Does not declare charset using a meta tag"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js | failedMetaCharsetUnknown": {
    message: "Could not determine meta charset declaration from trace"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js | passingHttpHeader": {
    message: "Declares charset in HTTP header"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js | passingMetaCharsetEarly": {
    message: "Declares charset using a meta tag in the first 1024 bytes"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/CharacterSet.js | title": {
    message: "Declare a character encoding"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | description": {
    message: "A large DOM can increase the duration of style calculations and layout reflows, impacting page responsiveness. A large DOM will also increase memory usage. [Learn how to avoid an excessive DOM size](https://developer.chrome.com/docs/performance/insights/dom-size)."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | duration": {
    message: "Duration"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | element": {
    message: "Element"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | largeLayout": {
    message: "Layout ({PH1} objects)"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | largeStyleRecalc": {
    message: "Style recalculation ({PH1} elements)"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | maxChildren": {
    message: "Most children"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | maxDOMDepth": {
    message: "DOM depth"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | statistic": {
    message: "Statistic"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | title": {
    message: "Optimize DOM size"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | topUpdatesDescription": {
    message: "These are the largest layout and style recalculation events. Their performance impact may be reduced by making the DOM simpler."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | totalElements": {
    message: "Total elements"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DOMSize.js | value": {
    message: "Value"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | description": {
    message: "Your first network request is the most important. [Reduce its latency](https://developer.chrome.com/docs/performance/insights/document-latency) by avoiding redirects, ensuring a fast server response, and enabling text compression."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | failedRedirects": {
    message: "Had redirects ({PH1} redirects, +{PH2})"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | failedServerResponseTime": {
    message: "Server responded slowly (observed {PH1})"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | failedTextCompression": {
    message: "No compression applied"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | passingRedirects": {
    message: "Avoids redirects"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | passingServerResponseTime": {
    message: "Server responds quickly (observed {PH1})"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | passingTextCompression": {
    message: "Applies text compression"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | redirectsLabel": {
    message: "Redirects"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | serverResponseTimeLabel": {
    message: "Server response time"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | title": {
    message: "Document request latency"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DocumentLatency.js | uncompressedDownload": {
    message: "Uncompressed download"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DuplicatedJavaScript.js | columnDuplicatedBytes": {
    message: "Duplicated bytes"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DuplicatedJavaScript.js | columnSource": {
    message: "Source"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DuplicatedJavaScript.js | description": {
    message: "Remove large, [duplicate JavaScript modules](https://developer.chrome.com/docs/performance/insights/duplicated-javascript) from bundles to reduce unnecessary bytes consumed by network activity."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DuplicatedJavaScript.js | noDuplicatedJavaScript": {
    message: "No duplicated JavaScript found"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/DuplicatedJavaScript.js | title": {
    message: "Duplicated JavaScript"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/FontDisplay.js | description": {
    message: "Consider setting [font-display](https://developer.chrome.com/docs/performance/insights/font-display) to swap or optional to ensure text is consistently visible. swap can be further optimized to mitigate layout shifts with [font metric overrides](https://developer.chrome.com/blog/font-fallbacks)."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/FontDisplay.js | fontColumn": {
    message: "Font"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/FontDisplay.js | noFonts": {
    message: "No fonts with suboptimal font-display found"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/FontDisplay.js | title": {
    message: "Font display"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/FontDisplay.js | wastedTimeColumn": {
    message: "Wasted time"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ForcedReflow.js | anonymous": {
    message: "(anonymous)"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ForcedReflow.js | description": {
    message: "A forced reflow occurs when JavaScript queries geometric properties (such as offsetWidth) after styles have been invalidated by a change to the DOM state. This can result in poor performance. Learn more about [forced reflows](https://developer.chrome.com/docs/performance/insights/forced-reflow) and possible mitigations."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ForcedReflow.js | reflowCallFrames": {
    message: "Call frames that trigger reflow"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ForcedReflow.js | title": {
    message: "Forced reflow"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ForcedReflow.js | topTimeConsumingFunctionCall": {
    message: "Top function call"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ForcedReflow.js | totalReflowTime": {
    message: "Total reflow time"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ForcedReflow.js | unattributed": {
    message: "[unattributed]"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js | description": {
    message: "Start investigating [how to improve INP](https://developer.chrome.com/docs/performance/insights/inp-breakdown) by looking at the longest subpart."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js | duration": {
    message: "Duration"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js | inputDelay": {
    message: "Input delay"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js | noInteractions": {
    message: "No interactions detected"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js | presentationDelay": {
    message: "Presentation delay"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js | processingDuration": {
    message: "Processing duration"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js | subpart": {
    message: "Subpart"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/INPBreakdown.js | title": {
    message: "INP breakdown"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | description": {
    message: "Reducing the download time of images can improve the perceived load time of the page and LCP. [Learn more about optimizing image size](https://developer.chrome.com/docs/performance/insights/image-delivery)"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | estimatedSavings": {
    message: "{PH1} (Est {PH2})"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | noOptimizableImages": {
    message: "No optimizable images"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | optimizeFile": {
    message: "Optimize file size"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | others": {
    message: "{PH1} others"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | title": {
    message: "Improve image delivery"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | useCompression": {
    message: "Increasing the image compression factor could improve this image's download size."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | useModernFormat": {
    message: "Using a modern image format (WebP, AVIF) or increasing the image compression could improve this image's download size."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | useResponsiveSize": {
    message: "This image file is larger than it needs to be ({PH1}) for its displayed dimensions ({PH2}). Use responsive images to reduce the image download size."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ImageDelivery.js | useVideoFormat": {
    message: "Using video formats instead of GIFs can improve the download size of animated content."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | description": {
    message: "Each [subpart has specific improvement strategies](https://developer.chrome.com/docs/performance/insights/lcp-breakdown). Ideally, most of the LCP time should be spent on loading the resources, not within delays."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | duration": {
    message: "Duration"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | elementRenderDelay": {
    message: "Element render delay"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | fieldDuration": {
    message: "Field p75"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | noLcp": {
    message: "No LCP detected"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | resourceLoadDelay": {
    message: "Resource load delay"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | resourceLoadDuration": {
    message: "Resource load duration"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | subpart": {
    message: "Subpart"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | timeToFirstByte": {
    message: "Time to first byte"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPBreakdown.js | title": {
    message: "LCP breakdown"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | description": {
    message: "[Optimize LCP](https://developer.chrome.com/docs/performance/insights/lcp-discovery) by making the LCP image discoverable from the HTML immediately, and avoiding lazy-loading"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | fetchPriorityApplied": {
    message: "fetchpriority=high applied"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | fetchPriorityShouldBeApplied": {
    message: "fetchpriority=high should be applied"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | fetchPriorityShouldBeAppliedToImagePreload": {
    message: "fetchpriority=high should be applied to the image preload request"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | lazyLoadNotApplied": {
    message: "LCP resources should not use loading=lazy"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | lcpLoadDelay": {
    message: "LCP image loaded {PH1} after earliest start point."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | noLcp": {
    message: "No LCP detected"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | noLcpResource": {
    message: "No LCP resource detected because the LCP is not an image"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | requestDiscoverable": {
    message: "Request is discoverable in initial document"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LCPDiscovery.js | title": {
    message: "LCP request discovery"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LegacyJavaScript.js | columnScript": {
    message: "Script"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LegacyJavaScript.js | columnWastedBytes": {
    message: "Wasted bytes"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LegacyJavaScript.js | description": {
    message: "Polyfills and transforms enable older browsers to use new JavaScript features. However, many aren't necessary for modern browsers. Consider modifying your JavaScript build process to not transpile [Baseline](https://web.dev/articles/baseline-and-polyfills) features, unless you know you must support older browsers. [Learn why most sites can deploy ES6+ code without transpiling](https://developer.chrome.com/docs/performance/insights/legacy-javascript)"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LegacyJavaScript.js | noLegacyJavaScript": {
    message: "No legacy JavaScript found"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/LegacyJavaScript.js | title": {
    message: "Legacy JavaScript"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ModernHTTP.js | description": {
    message: "HTTP/2 and HTTP/3 offer many benefits over HTTP/1.1, such as multiplexing. [Learn more about using modern HTTP](https://developer.chrome.com/docs/performance/insights/modern-http)."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ModernHTTP.js | noOldProtocolRequests": {
    message: "No requests used HTTP/1.1, or its current use of HTTP/1.1 does not present a significant optimization opportunity. HTTP/1.1 requests are only flagged if six or more static assets originate from the same origin, and they are not served from a local development environment or a third-party source."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ModernHTTP.js | protocol": {
    message: "Protocol"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ModernHTTP.js | request": {
    message: "Request"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ModernHTTP.js | title": {
    message: "Modern HTTP"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | columnOrigin": {
    message: "Origin"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | columnRequest": {
    message: "Request"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | columnSource": {
    message: "Source"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | columnTime": {
    message: "Time"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | columnWastedMs": {
    message: "Est LCP savings"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | crossoriginWarning": {
    message: "Unused preconnect. Check that the crossorigin attribute is used properly."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | description": {
    message: "[Avoid chaining critical requests](https://developer.chrome.com/docs/performance/insights/network-dependency-tree) by reducing the length of chains, reducing the download size of resources, or deferring the download of unnecessary resources to improve page load."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | estSavingTableDescription": {
    message: "Add [preconnect](https://developer.chrome.com/docs/lighthouse/performance/uses-rel-preconnect/) hints to your most important origins, but try to use no more than 4."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | estSavingTableTitle": {
    message: "Preconnect candidates"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | maxCriticalPathLatency": {
    message: "Max critical path latency:"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | noNetworkDependencyTree": {
    message: "No rendering tasks impacted by network dependencies"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | noPreconnectCandidates": {
    message: "No additional origins are good candidates for preconnecting"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | noPreconnectOrigins": {
    message: "no origins were preconnected"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | preconnectOriginsTableDescription": {
    message: "[preconnect](https://developer.chrome.com/docs/lighthouse/performance/uses-rel-preconnect/) hints help the browser establish a connection earlier in the page load, saving time when the first request for that origin is made. The following are the origins that the page preconnected to."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | preconnectOriginsTableTitle": {
    message: "Preconnected origins"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | title": {
    message: "Network dependency tree"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | tooManyPreconnectLinksWarning": {
    message: "More than 4 preconnect connections were found. These should be used sparingly and only to the most important origins."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | unusedWarning": {
    message: "Unused preconnect. Only use preconnect for origins that the page is likely to request."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/NetworkDependencyTree.js | warningDescription": {
    message: "Avoid chaining critical requests by reducing the length of chains, reducing the download size of resources, or deferring the download of unnecessary resources to improve page load."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/RenderBlocking.js | description": {
    message: "Requests are blocking the page's initial render, which may delay LCP. [Deferring or inlining](https://developer.chrome.com/docs/performance/insights/render-blocking) can move these network requests out of the critical path."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/RenderBlocking.js | duration": {
    message: "Duration"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/RenderBlocking.js | noRenderBlocking": {
    message: "No render-blocking requests for this navigation"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/RenderBlocking.js | renderBlockingRequest": {
    message: "Request"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/RenderBlocking.js | title": {
    message: "Render-blocking requests"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | description": {
    message: "If Recalculate Style costs remain high, selector optimization can reduce them. [Optimize the selectors](https://developer.chrome.com/docs/performance/insights/slow-css-selector) with both high elapsed time and high slow-path %. Simpler selectors, fewer selectors, a smaller DOM, and a shallower DOM will all reduce matching costs."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | elapsed": {
    message: "Elapsed time"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | enableSelectorData": {
    message: "No CSS selector data was found. CSS selector stats need to be enabled in the performance panel settings."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | matchAttempts": {
    message: "Match attempts"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | matchCount": {
    message: "Match count"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | title": {
    message: "CSS Selector costs"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | topSelectorElapsedTime": {
    message: "Top selector elapsed time"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | topSelectorMatchAttempt": {
    message: "Top selector match attempt"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | topSelectors": {
    message: "Top selectors"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/SlowCSSSelector.js | total": {
    message: "Total"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ThirdParties.js | columnMainThreadTime": {
    message: "Main thread time"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ThirdParties.js | columnThirdParty": {
    message: "3rd party"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ThirdParties.js | columnTransferSize": {
    message: "Transfer size"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ThirdParties.js | description": {
    message: "3rd party code can significantly impact load performance. [Reduce and defer loading of 3rd party code](https://developer.chrome.com/docs/performance/insights/third-parties) to prioritize your page's content."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ThirdParties.js | noThirdParties": {
    message: "No third parties found"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/ThirdParties.js | title": {
    message: "3rd parties"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Viewport.js | description": {
    message: "Tap interactions may be [delayed by up to 300\xA0ms](https://developer.chrome.com/docs/performance/insights/viewport) if the viewport is not optimized for mobile."
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Viewport.js | mobileTapDelayLabel": {
    message: "Mobile tap delay"
  },
  "node_modules/@paulirish/trace_engine/models/trace/insights/Viewport.js | title": {
    message: "Optimize viewport for mobile"
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | HTTPMethodNotGET": {
    message: "Only pages loaded via a GET request are eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | HTTPStatusNotOK": {
    message: "Only pages with a status code of 2XX can be cached."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | JavaScriptExecution": {
    message: "Chrome detected an attempt to execute JavaScript while in the cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | appBanner": {
    message: "Pages that requested an AppBanner are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | backForwardCacheDisabled": {
    message: "Back/forward cache is disabled by flags. Visit chrome://flags/#back-forward-cache to enable it locally on this device."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | backForwardCacheDisabledByCommandLine": {
    message: "Back/forward cache is disabled by the command line."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | backForwardCacheDisabledByLowMemory": {
    message: "Back/forward cache is disabled due to insufficient memory."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | backForwardCacheDisabledForDelegate": {
    message: "Back/forward cache is not supported by delegate."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | backForwardCacheDisabledForPrerender": {
    message: "Back/forward cache is disabled for prerenderer."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | broadcastChannel": {
    message: "The page cannot be cached because it has a BroadcastChannel instance with registered listeners."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | cacheControlNoStore": {
    message: "Pages with cache-control:no-store header cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | cacheFlushed": {
    message: "The cache was intentionally cleared."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | cacheLimit": {
    message: "The page was evicted from the cache to allow another page to be cached."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | containsPlugins": {
    message: "Pages containing plugins are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentDiscarded": {
    message: "Undefined"
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentFileChooser": {
    message: "Pages that use FileChooser API are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentFileSystemAccess": {
    message: "Pages that use File System Access API are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentMediaDevicesDispatcherHost": {
    message: "Pages that use Media Device Dispatcher are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentMediaPlay": {
    message: "A media player was playing upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentMediaSession": {
    message: "Pages that use MediaSession API and set a playback state are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentMediaSessionService": {
    message: "Pages that use MediaSession API and set action handlers are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentScreenReader": {
    message: "Back/forward cache is disabled due to screen reader."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentSecurityHandler": {
    message: "Pages that use SecurityHandler are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentSerial": {
    message: "Pages that use Serial API are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentWebAuthenticationAPI": {
    message: "Pages that use WebAuthetication API are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentWebBluetooth": {
    message: "Pages that use WebBluetooth API are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | contentWebUSB": {
    message: "Pages that use WebUSB API are not eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | cookieDisabled": {
    message: "Back/forward cache is disabled because cookies are disabled on a page that uses Cache-Control: no-store."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | dedicatedWorkerOrWorklet": {
    message: "Pages that use a dedicated worker or worklet are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | documentLoaded": {
    message: "The document did not finish loading before navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderAppBannerManager": {
    message: "App Banner was present upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderChromePasswordManagerClientBindCredentialManager": {
    message: "Chrome Password Manager was present upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderDomDistillerSelfDeletingRequestDelegate": {
    message: "DOM distillation was in progress upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderDomDistillerViewerSource": {
    message: "DOM Distiller Viewer was present upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderExtensionMessaging": {
    message: "Back/forward cache is disabled due to extensions using messaging API."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderExtensionMessagingForOpenPort": {
    message: "Extensions with long-lived connection should close the connection before entering back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderExtensionSentMessageToCachedFrame": {
    message: "Extensions with long-lived connection attempted to send messages to frames in back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderExtensions": {
    message: "Back/forward cache is disabled due to extensions."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderModalDialog": {
    message: "Modal dialog such as form resubmission or http password dialog was shown for the page upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderOfflinePage": {
    message: "The offline page was shown upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderOomInterventionTabHelper": {
    message: "Out-Of-Memory Intervention bar was present upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderPermissionRequestManager": {
    message: "There were permission requests upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderPopupBlockerTabHelper": {
    message: "Popup blocker was present upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderSafeBrowsingThreatDetails": {
    message: "Safe Browsing details were shown upon navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | embedderSafeBrowsingTriggeredPopupBlocker": {
    message: "Safe Browsing considered this page to be abusive and blocked popup."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | enteredBackForwardCacheBeforeServiceWorkerHostAdded": {
    message: "A service worker was activated while the page was in back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | errorDocument": {
    message: "Back/forward cache is disabled due to a document error."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | fencedFramesEmbedder": {
    message: "Pages using FencedFrames cannot be stored in bfcache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | foregroundCacheLimit": {
    message: "The page was evicted from the cache to allow another page to be cached."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | grantedMediaStreamAccess": {
    message: "Pages that have granted media stream access are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | haveInnerContents": {
    message: "Pages that have certain kinds of embedded content (e.g. PDFs) are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | idleManager": {
    message: "Pages that use IdleManager are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | indexedDBConnection": {
    message: "Pages that have an open IndexedDB connection are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | indexedDBEvent": {
    message: "Back/forward cache is disabled due to an IndexedDB event."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | ineligibleAPI": {
    message: "Ineligible APIs were used."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | injectedJavascript": {
    message: "Pages that JavaScript is injected into by extensions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | injectedStyleSheet": {
    message: "Pages that a StyleSheet is injected into by extensions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | internalError": {
    message: "Internal error."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | jsNetworkRequestReceivedCacheControlNoStoreResource": {
    message: "Back/forward cache is disabled because some JavaScript network request received resource with Cache-Control: no-store header."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | keepaliveRequest": {
    message: "Back/forward cache is disabled due to a keepalive request."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | keyboardLock": {
    message: "Pages that use Keyboard lock are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | loading": {
    message: "The page did not finish loading before navigating away."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | mainResourceHasCacheControlNoCache": {
    message: "Pages whose main resource has cache-control:no-cache cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | mainResourceHasCacheControlNoStore": {
    message: "Pages whose main resource has cache-control:no-store cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | navigationCancelledWhileRestoring": {
    message: "Navigation was cancelled before the page could be restored from back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | networkExceedsBufferLimit": {
    message: "The page was evicted from the cache because an active network connection received too much data. Chrome limits the amount of data that a page may receive while cached."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | networkRequestDatapipeDrainedAsBytesConsumer": {
    message: "Pages that have inflight fetch() or XHR are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | networkRequestRedirected": {
    message: "The page was evicted from back/forward cache because an active network request involved a redirect."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | networkRequestTimeout": {
    message: "The page was evicted from the cache because a network connection was open too long. Chrome limits the amount of time that a page may receive data while cached."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | noResponseHead": {
    message: "Pages that do not have a valid response head cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | notMainFrame": {
    message: "Navigation happened in a frame other than the main frame."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | outstandingIndexedDBTransaction": {
    message: "Page with ongoing indexed DB transactions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | outstandingNetworkRequestDirectSocket": {
    message: "Pages with an in-flight network request are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | outstandingNetworkRequestFetch": {
    message: "Pages with an in-flight fetch network request are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | outstandingNetworkRequestOthers": {
    message: "Pages with an in-flight network request are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | outstandingNetworkRequestXHR": {
    message: "Pages with an in-flight XHR network request are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | paymentManager": {
    message: "Pages that use PaymentManager are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | pictureInPicture": {
    message: "Pages that use Picture-in-Picture are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | printing": {
    message: "Pages that show Printing UI are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | relatedActiveContentsExist": {
    message: "The page was opened using 'window.open()' and another tab has a reference to it, or the page opened a window."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | rendererProcessCrashed": {
    message: "The renderer process for the page in back/forward cache crashed."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | rendererProcessKilled": {
    message: "The renderer process for the page in back/forward cache was killed."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | requestedAudioCapturePermission": {
    message: "Pages that have requested audio capture permissions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | requestedBackForwardCacheBlockedSensors": {
    message: "Pages that have requested sensor permissions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | requestedBackgroundWorkPermission": {
    message: "Pages that have requested background sync or fetch permissions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | requestedMIDIPermission": {
    message: "Pages that have requested MIDI permissions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | requestedNotificationsPermission": {
    message: "Pages that have requested notifications permissions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | requestedStorageAccessGrant": {
    message: "Pages that have requested storage access are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | requestedVideoCapturePermission": {
    message: "Pages that have requested video capture permissions are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | schemeNotHTTPOrHTTPS": {
    message: "Only pages whose URL scheme is HTTP / HTTPS can be cached."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | serviceWorkerClaim": {
    message: "The page was claimed by a service worker while it is in back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | serviceWorkerPostMessage": {
    message: "A service worker attempted to send the page in back/forward cache a MessageEvent."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | serviceWorkerUnregistration": {
    message: "ServiceWorker was unregistered while a page was in back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | serviceWorkerVersionActivation": {
    message: "The page was evicted from back/forward cache due to a service worker activation."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | sessionRestored": {
    message: "Chrome restarted and cleared the back/forward cache entries."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | sharedWorker": {
    message: "Pages that use SharedWorker are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | sharedWorkerMessage": {
    message: "The page was evicted from the cache because it received a message from a SharedWorker"
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | speechRecognizer": {
    message: "Pages that use SpeechRecognizer are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | speechSynthesis": {
    message: "Pages that use SpeechSynthesis are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | subframeIsNavigating": {
    message: "An iframe on the page started a navigation that did not complete."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | subresourceHasCacheControlNoCache": {
    message: "Pages whose subresource has cache-control:no-cache cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | subresourceHasCacheControlNoStore": {
    message: "Pages whose subresource has cache-control:no-store cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | timeout": {
    message: "The page exceeded the maximum time in back/forward cache and was expired."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | timeoutPuttingInCache": {
    message: "The page timed out entering back/forward cache (likely due to long-running pagehide handlers)."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | unloadHandlerExistsInMainFrame": {
    message: "The page has an unload handler in the main frame."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | unloadHandlerExistsInSubFrame": {
    message: "The page has an unload handler in a sub frame."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | userAgentOverrideDiffers": {
    message: "Browser has changed the user agent override header."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | wasGrantedMediaAccess": {
    message: "Pages that have granted access to record video or audio are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webDatabase": {
    message: "Pages that use WebDatabase are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webHID": {
    message: "Pages that use WebHID are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webLocks": {
    message: "Pages that use WebLocks are not currently eligible for back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webNfc": {
    message: "Pages that use WebNfc are not currently eligible for back/forwad cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webOTPService": {
    message: "Pages that use WebOTPService are not currently eligible for bfcache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webRTC": {
    message: "Pages with WebRTC cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webRTCUsedWithCCNS": {
    message: "Back/forward cache is disabled because WebRTC has been used."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webShare": {
    message: "Pages that use WebShare are not currently eligible for back/forwad cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webSocket": {
    message: "Pages with WebSocket cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webSocketUsedWithCCNS": {
    message: "Back/forward cache is disabled because WebSocket has been used."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webTransport": {
    message: "Pages with WebTransport cannot enter back/forward cache."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webTransportUsedWithCCNS": {
    message: "Back/forward cache is disabled because WebTransport has been used."
  },
  "node_modules/@paulirish/trace_engine/panels/application/components/BackForwardCacheStrings.js | webXR": {
    message: "Pages that use WebXR are not currently eligible for back/forward cache."
  },
  "node_modules/lighthouse-stack-packs/packs/amp.js | efficient-animated-content": {
    message: "For animated content, use [`amp-anim`](https://amp.dev/documentation/components/amp-anim/) to minimize CPU usage when the content is offscreen."
  },
  "node_modules/lighthouse-stack-packs/packs/amp.js | modern-image-formats": {
    message: "Consider displaying all [`amp-img`](https://amp.dev/documentation/components/amp-img/?format=websites) components in WebP formats while specifying an appropriate fallback for other browsers. [Learn more](https://amp.dev/documentation/components/amp-img/#example:-specifying-a-fallback-image)."
  },
  "node_modules/lighthouse-stack-packs/packs/amp.js | offscreen-images": {
    message: "Ensure that you are using [`amp-img`](https://amp.dev/documentation/components/amp-img/?format=websites) for images to automatically lazy-load. [Learn more](https://amp.dev/documentation/guides-and-tutorials/develop/media_iframes_3p/?format=websites#images)."
  },
  "node_modules/lighthouse-stack-packs/packs/amp.js | render-blocking-resources": {
    message: "Use tools such as [AMP Optimizer](https://github.com/ampproject/amp-toolbox/tree/master/packages/optimizer) to [server-side render AMP layouts](https://amp.dev/documentation/guides-and-tutorials/optimize-and-measure/server-side-rendering/)."
  },
  "node_modules/lighthouse-stack-packs/packs/amp.js | unminified-css": {
    message: "Refer to the [AMP documentation](https://amp.dev/documentation/guides-and-tutorials/develop/style_and_layout/style_pages/) to ensure all styles are supported."
  },
  "node_modules/lighthouse-stack-packs/packs/amp.js | uses-responsive-images": {
    message: "The [`amp-img`](https://amp.dev/documentation/components/amp-img/?format=websites) component supports the [`srcset`](https://web.dev/use-srcset-to-automatically-choose-the-right-image/) attribute to specify which image assets to use based on the screen size. [Learn more](https://amp.dev/documentation/guides-and-tutorials/develop/style_and_layout/art_direction/)."
  },
  "node_modules/lighthouse-stack-packs/packs/angular.js | dom-size": {
    message: "Consider virtual scrolling with the Component Dev Kit (CDK) if very large lists are being rendered. [Learn more](https://web.dev/virtualize-lists-with-angular-cdk/)."
  },
  "node_modules/lighthouse-stack-packs/packs/angular.js | total-byte-weight": {
    message: "Apply [route-level code splitting](https://web.dev/route-level-code-splitting-in-angular/) to minimize the size of your JavaScript bundles. Also, consider precaching assets with the [Angular service worker](https://web.dev/precaching-with-the-angular-service-worker/)."
  },
  "node_modules/lighthouse-stack-packs/packs/angular.js | unminified-warning": {
    message: "If you are using Angular CLI, ensure that builds are generated in production mode. [Learn more](https://angular.io/guide/deployment#enable-runtime-production-mode)."
  },
  "node_modules/lighthouse-stack-packs/packs/angular.js | unused-javascript": {
    message: "If you are using Angular CLI, include source maps in your production build to inspect your bundles. [Learn more](https://angular.io/guide/deployment#inspect-the-bundles)."
  },
  "node_modules/lighthouse-stack-packs/packs/angular.js | uses-rel-preload": {
    message: "Preload routes ahead of time to speed up navigation. [Learn more](https://web.dev/route-preloading-in-angular/)."
  },
  "node_modules/lighthouse-stack-packs/packs/angular.js | uses-responsive-images": {
    message: "Consider using the `BreakpointObserver` utility in the Component Dev Kit (CDK) to manage image breakpoints. [Learn more](https://material.angular.io/cdk/layout/overview)."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | efficient-animated-content": {
    message: "Consider uploading your `GIF` to a service which will make it available to embed as an HTML5 video."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | modern-image-formats": {
    message: "Consider configuring [WebP image formats with a Convert image style](https://www.drupal.org/docs/core-modules-and-themes/core-modules/image-module/working-with-images#styles) on your site."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | offscreen-images": {
    message: "Consider configuring lazy load images in `Drupal`. The field formatters for images support `lazy` or `eager`."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | prioritize-lcp-image": {
    message: "If the LCP element is dynamically added to the page, you should optimize the image in order to improve LCP. [Learn more](https://www.smashingmagazine.com/2023/08/methods-improving-drupal-largest-contentful-paint-core-web-vital/)."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | redirects": {
    message: "Redirects introduce additional delays before the page can be loaded. If the [Redirect](https://www.drupal.org/project/redirect) module is installed, review if unnecessary redirects can be removed. [Learn more](https://developers.google.com/web/tools/lighthouse/audits/redirects)."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | render-blocking-resources": {
    message: "Consider using [a module](https://www.drupal.org/project/critical_css) to inline critical CSS and JavaScript, and use the defer attribute for non-critical CSS or JavaScript."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | server-response-time": {
    message: "Offload traffic with one or more `Drupal` caching modules such as `Internal Page Cache`, `Internal Dynamic Page Cache`, and `BigPipe`. Couple these with a CDN to further improve response time. Your hosting servers should make use of PHP OPcache. Consider using memory-caching such as Redis or Memcached to reduce database query times. Lastly use performant themes, modules, and faster servers to lower server response time."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | total-byte-weight": {
    message: "Consider using [Responsive Image Styles](https://www.drupal.org/documentation/modules/responsive_image) to reduce the size of images loaded on your page. If you are using `Views` to show multiple content items on a page, consider implementing pagination to limit the number of content items shown on a given page."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | unminified-css": {
    message: 'Ensure you have enabled "Aggregate CSS files" in the "Administration \xBB Configuration \xBB Development" page.'
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | unminified-javascript": {
    message: 'Ensure you have enabled "Aggregate JavaScript files" in the "Administration \xBB Configuration \xBB Development" page.'
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | unused-css-rules": {
    message: "Consider removing unused CSS rules and only attach the needed `Drupal` libraries to the relevant page or component in a page. See the [`Drupal` documentation](https://www.drupal.org/docs/develop/theming-drupal/adding-assets-css-js-to-a-drupal-theme-via-librariesyml#define) for details. To identify attached libraries that are adding extraneous CSS, try running [code coverage](https://developer.chrome.com/docs/devtools/coverage) in Chrome DevTools. You can identify the theme/module responsible from the URL of the stylesheet when CSS aggregation is disabled in your `Drupal` site. Look out for themes/modules that have many stylesheets in the list which have a lot of red in code coverage. A theme/module should only attach a stylesheet library if it is actually used on the page."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | unused-javascript": {
    message: "Consider removing unused JavaScript assets and only attach the needed `Drupal` libraries to the relevant page or component in a page. See the [Drupal documentation](https://www.drupal.org/docs/develop/theming-drupal/adding-assets-css-js-to-a-drupal-theme-via-librariesyml#define) for details. To identify attached libraries that are adding extraneous JavaScript, try running [code coverage](https://developer.chrome.com/docs/devtools/coverage) in Chrome DevTools. You can identify the theme/module responsible from the URL of the script when JavaScript aggregation is disabled in your `Drupal` site. Look out for themes/modules that have many scripts in the list which have a lot of red in code coverage. A theme/module should only attach a script library if it is actually used on the page."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | uses-long-cache-ttl": {
    message: 'Set the "Browser and proxy cache maximum age" in the "Administration \xBB Configuration \xBB Development" page. Read about [`Drupal` cache and optimizing for performance](https://www.drupal.org/docs/8/api/cache-api/cache-api).'
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | uses-optimized-images": {
    message: "Consider using [a module](https://www.drupal.org/project/project_module?f%5B0%5D=&f%5B1%5D=&f%5B2%5D=im_vid_3%3A123&f%5B3%5D=&f%5B4%5D=sm_field_project_type%3Afull&f%5B5%5D=&f%5B6%5D=&text=image&solrsort=iss_project_release_usage+desc&op=Search) that automatically optimizes and reduces the size of images uploaded through the site while retaining quality. Also, ensure you are using the native [Responsive Image Styles](https://www.drupal.org/documentation/modules/responsive_image) provided from `Drupal` for all images rendered on the site."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | uses-rel-preconnect": {
    message: "`Preconnect` or `dns-prefetch` resource hints can be added by installing and configuring [a module](https://www.drupal.org/project/project_module?f%5B0%5D=&f%5B1%5D=&f%5B2%5D=&f%5B3%5D=&f%5B4%5D=sm_field_project_type%3Afull&f%5B5%5D=&f%5B6%5D=&text=Preconnect&solrsort=score+desc&op=Search) that provides facilities for user agent resource hints."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | uses-responsive-images": {
    message: "Ensure that you are using the native [Responsive Image Styles](https://www.drupal.org/documentation/modules/responsive_image) provided from `Drupal`. Use the Responsive Image Styles when rendering image fields through view modes, views, or images uploaded through the WYSIWYG editor."
  },
  "node_modules/lighthouse-stack-packs/packs/drupal.js | uses-text-compression": {
    message: "Text-based resources should be served with compression (gzip, deflate or brotli) to minimize total network bytes. Consider using a CDN that natively supports this, or configure the web server to perform this operation. [Learn more](https://developers.google.com/web/tools/lighthouse/audits/text-compression)."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | font-display": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Optimize Fonts` to automatically leverage the `font-display` CSS feature to ensure text is user-visible while webfonts are loading."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | modern-image-formats": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Next-Gen Formats` to convert images to WebP."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | offscreen-images": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Lazy Load Images` to defer loading off-screen images until they are needed."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | render-blocking-resources": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Script Delay` to defer non-critical JS."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | server-response-time": {
    message: "Use [Ezoic Cloud Caching](https://pubdash.ezoic.com/leap/caching) to cache your content across our world wide network, improving time to first byte."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | unminified-css": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Minify CSS` to automatically minify your CSS to reduce network payload sizes."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | unminified-javascript": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Minify Javascript` to automatically minify your JS to reduce network payload sizes."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | unused-css-rules": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Remove Unused CSS` to help with this issue. It will identify the CSS classes that are actually used on each page of your site, and remove any others to keep the file size small."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | uses-long-cache-ttl": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Efficient Static Cache Policy` to set recommended values in the caching header for static assests."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | uses-optimized-images": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Next-Gen Formats` to convert images to WebP."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | uses-rel-preconnect": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Pre-Connect Origins` to automatically add `preconnect` resource hints to establish early connections to important third-party origins."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | uses-rel-preload": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Preload Fonts` and `Preload Background Images` to add `preload` links to prioritize fetching resources that are currently requested later in page load."
  },
  "node_modules/lighthouse-stack-packs/packs/ezoic.js | uses-responsive-images": {
    message: "Use [Ezoic Leap](https://pubdash.ezoic.com/leap) and enable `Resize Images` to resize images to a device appropriate size, reducing network payload sizes."
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | modern-image-formats": {
    message: "Use the `gatsby-plugin-image` component instead of `<img>` to automatically optimize image format. [Learn more](https://www.gatsbyjs.com/docs/how-to/images-and-media/using-gatsby-plugin-image)."
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | offscreen-images": {
    message: "Use the `gatsby-plugin-image` component instead of `<img>` to automatically lazy-load images. [Learn more](https://www.gatsbyjs.com/docs/how-to/images-and-media/using-gatsby-plugin-image)."
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | prioritize-lcp-image": {
    message: "Use the `gatsby-plugin-image` component and set the `loading` prop to `eager`. [Learn more](https://www.gatsbyjs.com/docs/reference/built-in-components/gatsby-plugin-image#shared-props)."
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | render-blocking-resources": {
    message: "Use the `Gatsby Script API` to defer loading of non-critical third-party scripts. [Learn more](https://www.gatsbyjs.com/docs/reference/built-in-components/gatsby-script/)."
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | unused-css-rules": {
    message: "Use the `PurgeCSS` `Gatsby` plugin to remove unused rules from stylesheets. [Learn more](https://purgecss.com/plugins/gatsby.html)."
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | unused-javascript": {
    message: "Use `Webpack Bundle Analyzer` to detect unused JavaScript code. [Learn more](https://www.gatsbyjs.com/plugins/gatsby-plugin-webpack-bundle-analyser-v2/)"
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | uses-long-cache-ttl": {
    message: "Configure caching for immutable assets. [Learn more](https://www.gatsbyjs.com/docs/how-to/previews-deploys-hosting/caching/)."
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | uses-optimized-images": {
    message: "Use the `gatsby-plugin-image` component instead of `<img>` to adjust image quality. [Learn more](https://www.gatsbyjs.com/docs/how-to/images-and-media/using-gatsby-plugin-image)."
  },
  "node_modules/lighthouse-stack-packs/packs/gatsby.js | uses-responsive-images": {
    message: "Use the `gatsby-plugin-image` component to set appropriate `sizes`. [Learn more](https://www.gatsbyjs.com/docs/how-to/images-and-media/using-gatsby-plugin-image)."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | efficient-animated-content": {
    message: "Consider uploading your GIF to a service which will make it available to embed as an HTML5 video."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | modern-image-formats": {
    message: "Consider using a [plugin](https://extensions.joomla.org/instant-search/?jed_live%5Bquery%5D=webp) or service that will automatically convert your uploaded images to the optimal formats."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | offscreen-images": {
    message: "Install a [lazy-load Joomla plugin](https://extensions.joomla.org/instant-search/?jed_live%5Bquery%5D=lazy%20loading) that provides the ability to defer any offscreen images, or switch to a template that provides that functionality. Starting with Joomla 4.0, all new images will [automatically](https://github.com/joomla/joomla-cms/pull/30748) get the `loading` attribute from the core."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | render-blocking-resources": {
    message: "There are a number of Joomla plugins that can help you [inline critical assets](https://extensions.joomla.org/instant-search/?jed_live%5Bquery%5D=performance) or [defer less important resources](https://extensions.joomla.org/instant-search/?jed_live%5Bquery%5D=performance). Beware that optimizations provided by these plugins may break features of your templates or plugins, so you will need to test these thoroughly."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | server-response-time": {
    message: "Templates, extensions, and server specifications all contribute to server response time. Consider finding a more optimized template, carefully selecting an optimization extension, and/or upgrading your server."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | total-byte-weight": {
    message: "Consider showing excerpts in your article categories (e.g. via the read more link), reducing the number of articles shown on a given page, breaking your long posts into multiple pages, or using a plugin to lazy-load comments."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | unminified-css": {
    message: "A number of [Joomla extensions](https://extensions.joomla.org/instant-search/?jed_live%5Bquery%5D=performance) can speed up your site by concatenating, minifying, and compressing your css styles. There are also templates that provide this functionality."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | unminified-javascript": {
    message: "A number of [Joomla extensions](https://extensions.joomla.org/instant-search/?jed_live%5Bquery%5D=performance) can speed up your site by concatenating, minifying, and compressing your scripts. There are also templates that provide this functionality."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | unused-css-rules": {
    message: "Consider reducing, or switching, the number of [Joomla extensions](https://extensions.joomla.org/) loading unused CSS in your page. To identify extensions that are adding extraneous CSS, try running [code coverage](https://developers.google.com/web/updates/2017/04/devtools-release-notes#coverage) in Chrome DevTools. You can identify the theme/plugin responsible from the URL of the stylesheet. Look out for plugins that have many stylesheets in the list which have a lot of red in code coverage. A plugin should only enqueue a stylesheet if it is actually used on the page."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | unused-javascript": {
    message: "Consider reducing, or switching, the number of [Joomla extensions](https://extensions.joomla.org/) loading unused JavaScript in your page. To identify plugins that are adding extraneous JS, try running [code coverage](https://developers.google.com/web/updates/2017/04/devtools-release-notes#coverage) in Chrome DevTools. You can identify the extension responsible from the URL of the script. Look out for extensions that have many scripts in the list which have a lot of red in code coverage. An extension should only enqueue a script if it is actually used on the page."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | uses-long-cache-ttl": {
    message: "Read about [Browser Caching in Joomla](https://docs.joomla.org/Cache)."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | uses-optimized-images": {
    message: "Consider using an [image optimization plugin](https://extensions.joomla.org/instant-search/?jed_live%5Bquery%5D=performance) that compresses your images while retaining quality."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | uses-responsive-images": {
    message: "Consider using a [responsive images plugin](https://extensions.joomla.org/instant-search/?jed_live%5Bquery%5D=responsive%20images) to use responsive images in your content."
  },
  "node_modules/lighthouse-stack-packs/packs/joomla.js | uses-text-compression": {
    message: "You can enable text compression by enabling Gzip Page Compression in Joomla (System > Global configuration > Server)."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | critical-request-chains": {
    message: "If you are not bundling your JavaScript assets, consider using [baler](https://github.com/magento/baler)."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | disable-bundling": {
    message: "Disable Magento's built-in [JavaScript bundling and minification](https://devdocs.magento.com/guides/v2.3/frontend-dev-guide/themes/js-bundling.html), and consider using [baler](https://github.com/magento/baler/) instead."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | font-display": {
    message: "Specify `@font-display` when [defining custom fonts](https://devdocs.magento.com/guides/v2.3/frontend-dev-guide/css-topics/using-fonts.html)."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | modern-image-formats": {
    message: "Consider searching the [Magento Marketplace](https://marketplace.magento.com/catalogsearch/result/?q=webp) for a variety of third-party extensions to leverage newer image formats."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | offscreen-images": {
    message: "Consider modifying your product and catalog templates to make use of the web platform's [lazy loading](https://web.dev/native-lazy-loading) feature."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | server-response-time": {
    message: "Use Magento's [Varnish integration](https://devdocs.magento.com/guides/v2.3/config-guide/varnish/config-varnish.html)."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | unminified-css": {
    message: `Enable the "Minify CSS Files" option in your store's Developer settings. [Learn more](https://devdocs.magento.com/guides/v2.3/performance-best-practices/configuration.html?itm_source=devdocs&itm_medium=search_page&itm_campaign=federated_search&itm_term=minify%20css%20files).`
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | unminified-javascript": {
    message: "Use [Terser](https://www.npmjs.com/package/terser) to minify all JavaScript assets from static content deployment, and disable the built-in minification feature."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | unused-javascript": {
    message: "Disable Magento's built-in [JavaScript bundling](https://devdocs.magento.com/guides/v2.3/frontend-dev-guide/themes/js-bundling.html)."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | uses-optimized-images": {
    message: "Consider searching the [Magento Marketplace](https://marketplace.magento.com/catalogsearch/result/?q=optimize%20image) for a variety of third party extensions to optimize images."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | uses-rel-preconnect": {
    message: "Preconnect or dns-prefetch resource hints can be added by [modifying a themes's layout](https://devdocs.magento.com/guides/v2.3/frontend-dev-guide/layouts/xml-manage.html)."
  },
  "node_modules/lighthouse-stack-packs/packs/magento.js | uses-rel-preload": {
    message: "`<link rel=preload>` tags can be added by [modifying a themes's layout](https://devdocs.magento.com/guides/v2.3/frontend-dev-guide/layouts/xml-manage.html)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | modern-image-formats": {
    message: "Use the `next/image` component instead of `<img>` to automatically optimize image format. [Learn more](https://nextjs.org/docs/app/getting-started/images)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | offscreen-images": {
    message: "Use the `next/image` component instead of `<img>` to automatically lazy-load images. [Learn more](https://nextjs.org/docs/app/getting-started/images)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | prioritize-lcp-image": {
    message: 'Use the `next/image` component and set "priority" to true to preload LCP image. [Learn more](https://nextjs.org/docs/api-reference/next/image#priority).'
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | render-blocking-resources": {
    message: "Use the `next/script` component to defer loading of non-critical third-party scripts. [Learn more](https://nextjs.org/docs/app/guides/scripts)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | unsized-images": {
    message: "Use the `next/image` component to make sure images are always sized appropriately. [Learn more](https://nextjs.org/docs/api-reference/next/image#width)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | unused-css-rules": {
    message: "Consider setting up `PurgeCSS` in `Next.js` configuration to remove unused rules from stylesheets. [Learn more](https://purgecss.com/guides/next.html)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | unused-javascript": {
    message: "Use `Webpack Bundle Analyzer` to detect unused JavaScript code. [Learn more](https://github.com/vercel/next.js/tree/canary/packages/next-bundle-analyzer)"
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | user-timings": {
    message: "Consider using `Next.js Analytics` to measure your app's real-world performance. [Learn more](https://nextjs.org/docs/pages/guides/analytics)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | uses-long-cache-ttl": {
    message: "Configure caching for immutable assets and `Server-side Rendered` (SSR) pages. [Learn more](https://nextjs.org/docs/13/pages/building-your-application/deploying/production-checklist#caching)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | uses-optimized-images": {
    message: "Use the `next/image` component instead of `<img>` to adjust image quality. [Learn more](https://nextjs.org/docs/app/getting-started/images)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | uses-responsive-images": {
    message: "Use the `next/image` component to set the appropriate `sizes`. [Learn more](https://nextjs.org/docs/api-reference/next/image#sizes)."
  },
  "node_modules/lighthouse-stack-packs/packs/next.js | uses-text-compression": {
    message: "Enable compression on your Next.js server. [Learn more](https://nextjs.org/docs/api-reference/next.config.js/compression)."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | dom-size": {
    message: "Contact your account manager to enable [`HTML Lazy Load`](https://support.nitropack.io/hc/en-us/articles/17144942904337). Configuring it will prioritize and optimize your page rendering performance."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | font-display": {
    message: "Use the [`Override Font Rendering Behavior`](https://support.nitropack.io/hc/en-us/articles/16547358865041) option in NitroPack to set a desired value for the CSS font-display rule."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | modern-image-formats": {
    message: "Use [`Image Optimization`](https://support.nitropack.io/hc/en-us/articles/16547237162513) to automatically convert your images to WebP."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | offscreen-images": {
    message: "Defer offscreen images by enabling [`Automatic Image Lazy Loading`](https://support.nitropack.io/hc/en-us/articles/12457493524369-NitroPack-Lazy-Loading-Feature-for-Images)."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | render-blocking-resources": {
    message: "Enable [`Remove render-blocking resources`](https://support.nitropack.io/hc/en-us/articles/13820893500049-How-to-Deal-with-Render-Blocking-Resources-in-NitroPack) in NitroPack for faster initial load times."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | unminified-css": {
    message: "Enable [`Minify resources`](https://support.nitropack.io/hc/en-us/articles/360061059394-Minify-Resources) in your Caching settings to reduce the size of your CSS, HTML, and JavaScript files for faster load times."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | unminified-javascript": {
    message: "Enable [`Minify resources`](https://support.nitropack.io/hc/en-us/articles/360061059394-Minify-Resources) in your Caching settings to reduce the size of your JS, HTML, and CSS files for faster load times."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | unused-css-rules": {
    message: "Enable [`Reduce Unused CSS`](https://support.nitropack.io/hc/en-us/articles/360020418457-Reduce-Unused-CSS) to remove CSS rules that are not applicable to this page."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | unused-javascript": {
    message: "Configure [`Delayed Scripts`](https://support.nitropack.io/hc/en-us/articles/1500002600942-Delayed-Scripts) in NitroPack to delay loading of scripts until they are needed."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | uses-long-cache-ttl": {
    message: "Go to the [`Improve Server Response Time`](https://support.nitropack.io/hc/en-us/articles/1500002321821-Improve-Server-Response-Time) feature in the `Caching` menu and adjust your page cache expiration time to improve loading times and user experience."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | uses-optimized-images": {
    message: "Automatically compress, optimize, and convert your images into WebP by enabling the [`Image Optimization`](https://support.nitropack.io/hc/en-us/articles/14177271695121-How-to-serve-images-in-next-gen-formats-using-NitroPack) setting."
  },
  "node_modules/lighthouse-stack-packs/packs/nitropack.js | uses-responsive-images": {
    message: "Enable [`Adaptive Image Sizing`](https://support.nitropack.io/hc/en-us/articles/10123833029905-How-to-Enable-Adaptive-Image-Sizing-For-Your-Site) to preemptively optimize your images and make them match the dimensions of the containers they\u2019re displayed in across all devices."
  },
  "node_modules/lighthouse-stack-packs/packs/nuxt.js | modern-image-formats": {
    message: 'Use the `nuxt/image` component and set `format="webp"`. [Learn more](https://image.nuxt.com/usage/nuxt-img#format).'
  },
  "node_modules/lighthouse-stack-packs/packs/nuxt.js | offscreen-images": {
    message: 'Use the `nuxt/image` component and set `loading="lazy"` for offscreen images. [Learn more](https://image.nuxt.com/usage/nuxt-img#loading).'
  },
  "node_modules/lighthouse-stack-packs/packs/nuxt.js | prioritize-lcp-image": {
    message: "Use the `nuxt/image` component and specify `preload` for LCP image. [Learn more](https://image.nuxt.com/usage/nuxt-img#preload)."
  },
  "node_modules/lighthouse-stack-packs/packs/nuxt.js | unsized-images": {
    message: "Use the `nuxt/image` component and specify explicit `width` and `height`. [Learn more](https://image.nuxt.com/usage/nuxt-img#width-height)."
  },
  "node_modules/lighthouse-stack-packs/packs/nuxt.js | uses-optimized-images": {
    message: "Use the `nuxt/image` component and set the appropriate `quality`. [Learn more](https://image.nuxt.com/usage/nuxt-img#quality)."
  },
  "node_modules/lighthouse-stack-packs/packs/nuxt.js | uses-responsive-images": {
    message: "Use the `nuxt/image` component and set the appropriate `sizes`. [Learn more](https://image.nuxt.com/usage/nuxt-img#sizes)."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | efficient-animated-content": {
    message: "[Replace animated GIFs with video](https://web.dev/replace-gifs-with-videos/) for faster web page loads and consider using modern file formats such as [WebM](https://web.dev/replace-gifs-with-videos/#create-webm-videos) or [AV1](https://developers.google.com/web/updates/2018/09/chrome-70-media-updates#av1-decoder) to improve compression efficiency by greater than 30% over the current state-of-the-art video codec, VP9."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | modern-image-formats": {
    message: "Consider using a [plugin](https://octobercms.com/plugins?search=image) or service that will automatically convert the uploaded images to the optimal formats. [WebP lossless images](https://developers.google.com/speed/webp) are 26% smaller in size compared to PNGs and 25-34% smaller than comparable JPEG images at the equivalent SSIM quality index. Another next-gen image format to consider is [AVIF](https://jakearchibald.com/2020/avif-has-landed/)."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | offscreen-images": {
    message: "Consider installing an [image lazy loading plugin](https://octobercms.com/plugins?search=lazy) that provides the ability to defer any offscreen images, or switch to a theme that provides that functionality. Also consider using [the AMP plugin](https://octobercms.com/plugins?search=Accelerated+Mobile+Pages)."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | render-blocking-resources": {
    message: "There are many plugins that help [inline critical assets](https://octobercms.com/plugins?search=css). These plugins may break other plugins, so you should test thoroughly."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | server-response-time": {
    message: "Themes, plugins and server specifications all contribute to the server response time. Consider finding a more optimized theme, carefully selecting an optimization plugin and/or upgrade the server. October CMS also allows developers to use [`Queues`](https://octobercms.com/docs/services/queues) to defer the processing of a time consuming task, such as sending an e-mail. This drastically speeds up web requests."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | total-byte-weight": {
    message: "Consider showing excerpts in the post lists (e.g. using a `show more` button), reducing the number of posts shown on a given web page, breaking long posts into multiple web pages, or using a plugin to lazy-load comments."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | unminified-css": {
    message: "There are many [plugins](https://octobercms.com/plugins?search=css) that can speed up a website by concatenating, minifying and compressing the styles. Using a build process to do this minification up-front can speed up development."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | unminified-javascript": {
    message: "There are many [plugins](https://octobercms.com/plugins?search=javascript) that can speed up a website by concatenating, minifying and compressing the scripts. Using a build process to do this minification up-front can speed up development."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | unused-css-rules": {
    message: "Consider reviewing the [plugins](https://octobercms.com/plugins) loading unused CSS on the website. To identify plugins that add unnecessary CSS, run [code coverage](https://developers.google.com/web/updates/2017/04/devtools-release-notes#coverage) in Chrome DevTools. Identify the theme/plugin responsible from the stylesheet URL. Look for plugins with many stylesheets with lots of red in code coverage. A plugin should only add a stylesheet if it is actually used on the web page."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | unused-javascript": {
    message: "Consider reviewing the [plugins](https://octobercms.com/plugins?search=javascript) that load unused JavaScript in the web page. To identify plugins that add unnecessary JavaScript, run [code coverage](https://developers.google.com/web/updates/2017/04/devtools-release-notes#coverage) in Chrome DevTools. Identify the theme/plugin responsible from the URL of the script. Look for plugins with many scripts with lots of red in code coverage. A plugin should only add a script if it is actually used on the web page."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | uses-long-cache-ttl": {
    message: "Read about [preventing unnecessary network requests with the HTTP Cache](https://web.dev/http-cache/#caching-checklist). There are many [plugins](https://octobercms.com/plugins?search=Caching) that can be used to speed up caching."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | uses-optimized-images": {
    message: "Consider using an [image optimization plugin](https://octobercms.com/plugins?search=image) to compresses images while retaining the quality."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | uses-responsive-images": {
    message: "Upload images directly in the media manager to ensure the required image sizes are available. Consider using the [resize filter](https://octobercms.com/docs/markup/filter-resize) or an [image resizing plugin](https://octobercms.com/plugins?search=image) to ensure the optimal image sizes are used."
  },
  "node_modules/lighthouse-stack-packs/packs/octobercms.js | uses-text-compression": {
    message: "Enable text compression in the web server configuration."
  },
  "node_modules/lighthouse-stack-packs/packs/react.js | dom-size": {
    message: 'Consider using a "windowing" library like `react-window` to minimize the number of DOM nodes created if you are rendering many repeated elements on the page. [Learn more](https://web.dev/virtualize-long-lists-react-window/). Also, minimize unnecessary re-renders using [`shouldComponentUpdate`](https://reactjs.org/docs/optimizing-performance.html#shouldcomponentupdate-in-action), [`PureComponent`](https://reactjs.org/docs/react-api.html#reactpurecomponent), or [`React.memo`](https://reactjs.org/docs/react-api.html#reactmemo) and [skip effects](https://reactjs.org/docs/hooks-effect.html#tip-optimizing-performance-by-skipping-effects) only until certain dependencies have changed if you are using the `Effect` hook to improve runtime performance.'
  },
  "node_modules/lighthouse-stack-packs/packs/react.js | redirects": {
    message: "If you are using React Router, minimize usage of the `<Redirect>` component for [route navigations](https://reacttraining.com/react-router/web/api/Redirect)."
  },
  "node_modules/lighthouse-stack-packs/packs/react.js | server-response-time": {
    message: "If you are server-side rendering any React components, consider using `renderToPipeableStream()` or `renderToStaticNodeStream()` to allow the client to receive and hydrate different parts of the markup instead of all at once. [Learn more](https://reactjs.org/docs/react-dom-server.html#renderToPipeableStream)."
  },
  "node_modules/lighthouse-stack-packs/packs/react.js | unminified-css": {
    message: "If your build system minifies CSS files automatically, ensure that you are deploying the production build of your application. You can check this with the React Developer Tools extension. [Learn more](https://reactjs.org/docs/optimizing-performance.html#use-the-production-build)."
  },
  "node_modules/lighthouse-stack-packs/packs/react.js | unminified-javascript": {
    message: "If your build system minifies JS files automatically, ensure that you are deploying the production build of your application. You can check this with the React Developer Tools extension. [Learn more](https://reactjs.org/docs/optimizing-performance.html#use-the-production-build)."
  },
  "node_modules/lighthouse-stack-packs/packs/react.js | unused-javascript": {
    message: "If you are not server-side rendering, [split your JavaScript bundles](https://web.dev/code-splitting-suspense/) with `React.lazy()`. Otherwise, code-split using a third-party library such as [loadable-components](https://loadable-components.com/)."
  },
  "node_modules/lighthouse-stack-packs/packs/react.js | user-timings": {
    message: "Use the React DevTools Profiler, which makes use of the Profiler API, to measure the rendering performance of your components. [Learn more.](https://reactjs.org/blog/2018/09/10/introducing-the-react-profiler.html)"
  },
  "node_modules/lighthouse-stack-packs/packs/wix.js | efficient-animated-content": {
    message: "Place videos inside `VideoBoxes`, customize them using `Video Masks` or add `Transparent Videos`. [Learn more](https://support.wix.com/en/article/wix-video-about-wix-video)."
  },
  "node_modules/lighthouse-stack-packs/packs/wix.js | modern-image-formats": {
    message: "Upload images using `Wix Media Manager` to ensure they are automatically served as WebP. Find [more ways to optimize](https://support.wix.com/en/article/site-performance-optimizing-your-media) your site's media."
  },
  "node_modules/lighthouse-stack-packs/packs/wix.js | render-blocking-resources": {
    message: "When [adding third-party code](https://support.wix.com/en/article/site-performance-using-third-party-code-on-your-site) in the `Custom Code` tab of your site's dashboard, make sure it's deferred or loaded at the end of the code body. Where possible, use Wix\u2019s [integrations](https://support.wix.com/en/article/about-marketing-integrations) to embed marketing tools on your site. "
  },
  "node_modules/lighthouse-stack-packs/packs/wix.js | server-response-time": {
    message: "Wix utilizes CDNs and caching to serve responses as fast as possible for most visitors. Consider [manually enabling caching](https://support.wix.com/en/article/site-performance-caching-pages-to-optimize-loading-speed) for your site, especially if using `Velo`."
  },
  "node_modules/lighthouse-stack-packs/packs/wix.js | unused-javascript": {
    message: "Review any third-party code you've added to your site in the `Custom Code` tab of your site's dashboard and only keep the services that are necessary to your site. [Find out more](https://support.wix.com/en/article/site-performance-removing-unused-javascript)."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | efficient-animated-content": {
    message: "Consider uploading your GIF to a service which will make it available to embed as an HTML5 video."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | modern-image-formats": {
    message: "Consider using the [Performance Lab](https://wordpress.org/plugins/performance-lab/) plugin to automatically convert your uploaded JPEG images into WebP, wherever supported."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | offscreen-images": {
    message: "Install a [lazy-load WordPress plugin](https://wordpress.org/plugins/search/lazy+load/) that provides the ability to defer any offscreen images, or switch to a theme that provides that functionality. Also consider using [the AMP plugin](https://wordpress.org/plugins/amp/)."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | render-blocking-resources": {
    message: "There are a number of WordPress plugins that can help you [inline critical assets](https://wordpress.org/plugins/search/critical+css/) or [defer less important resources](https://wordpress.org/plugins/search/defer+css+javascript/). Beware that optimizations provided by these plugins may break features of your theme or plugins, so you will likely need to make code changes."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | server-response-time": {
    message: "Choose a lightweight theme (ideally a block theme) and implement full-page caching or a static site solution. Disable unnecessary plugins to minimize server overhead. Consider upgrading your hosting to managed or dedicated service."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | total-byte-weight": {
    message: "Consider showing excerpts in your post lists (e.g. via the more tag), reducing the number of posts shown on a given page, breaking your long posts into multiple pages, or using a plugin to lazy-load comments."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | unminified-css": {
    message: "A number of [WordPress plugins](https://wordpress.org/plugins/search/minify+css/) can speed up your site by concatenating, minifying, and compressing your styles. You may also want to use a build process to do this minification up-front if possible."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | unminified-javascript": {
    message: "A number of [WordPress plugins](https://wordpress.org/plugins/search/minify+javascript/) can speed up your site by concatenating, minifying, and compressing your scripts. You may also want to use a build process to do this minification up front if possible."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | unused-css-rules": {
    message: "Consider reducing, or switching, the number of [WordPress plugins](https://wordpress.org/plugins/) loading unused CSS in your page. To identify plugins that are adding extraneous CSS, try running [code coverage](https://developer.chrome.com/docs/devtools/coverage/) in Chrome DevTools. You can identify the theme/plugin responsible from the URL of the stylesheet. Look out for plugins that have many stylesheets in the list which have a lot of red in code coverage. A plugin should only enqueue a stylesheet if it is actually used on the page."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | unused-javascript": {
    message: "Consider reducing, or switching, the number of [WordPress plugins](https://wordpress.org/plugins/) loading unused JavaScript in your page. To identify plugins that are adding extraneous JS, try running [code coverage](https://developer.chrome.com/docs/devtools/coverage/) in Chrome DevTools. You can identify the theme/plugin responsible from the URL of the script. Look out for plugins that have many scripts in the list which have a lot of red in code coverage. A plugin should only enqueue a script if it is actually used on the page."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | uses-long-cache-ttl": {
    message: "Read about [Browser Caching in WordPress](https://wordpress.org/support/article/optimization/#browser-caching)."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | uses-optimized-images": {
    message: "Consider using an [image optimization WordPress plugin](https://wordpress.org/plugins/search/optimize+images/) that compresses your images while retaining quality."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | uses-responsive-images": {
    message: "Upload images directly through the [media library](https://wordpress.org/support/article/media-library-screen/) to ensure that the required image sizes are available, and then insert them from the media library or use the image widget to ensure the optimal image sizes are used (including those for the responsive breakpoints). Avoid using `Full Size` images unless the dimensions are adequate for their usage. [Learn More](https://wordpress.org/support/article/inserting-images-into-posts-and-pages/)."
  },
  "node_modules/lighthouse-stack-packs/packs/wordpress.js | uses-text-compression": {
    message: "You can enable text compression in your web server configuration."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | modern-image-formats": {
    message: "Enable 'Imagify' from the Image Optimization tab in 'WP Rocket' to convert your images to WebP."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | offscreen-images": {
    message: "Enable [LazyLoad](https://docs.wp-rocket.me/article/1141-lazyload-for-images) in WP Rocket to fix this recommendation. This feature delays the loading of the images until the visitor scrolls down the page and actually needs to see them."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | render-blocking-resources": {
    message: "Enable [Remove Unused CSS](https://docs.wp-rocket.me/article/1529-remove-unused-css) and [Load JavaScript deferred](https://docs.wp-rocket.me/article/1265-load-javascript-deferred) in 'WP Rocket' to address this recommendation. These features will respectively optimize the CSS and JavaScript files so that they don't block the rendering of your page."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | unminified-css": {
    message: "Enable [Minify CSS files](https://docs.wp-rocket.me/article/1350-css-minify-combine) in 'WP Rocket' to fix this issue. Any spaces and comments in your site's CSS files will be removed to make the file size smaller and faster to download."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | unminified-javascript": {
    message: "Enable [Minify JavaScript files](https://docs.wp-rocket.me/article/1351-javascript-minify-combine) in 'WP Rocket' to fix this issue. Empty spaces and comments will be removed from JavaScript files to make their size smaller and faster to download."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | unused-css-rules": {
    message: "Enable [Remove Unused CSS](https://docs.wp-rocket.me/article/1529-remove-unused-css) in 'WP Rocket' to fix this issue. It reduces page size by removing all CSS and stylesheets that are not used while keeping only the used CSS for each page."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | unused-javascript": {
    message: "Enable [Delay JavaScript execution](https://docs.wp-rocket.me/article/1349-delay-javascript-execution) in 'WP Rocket' to fix this problem. It will improve the loading of your page by delaying the execution of scripts until user interaction. If your site has iframes, you can use WP Rocket's [LazyLoad for iframes and videos](https://docs.wp-rocket.me/article/1674-lazyload-for-iframes-and-videos) and [Replace YouTube iframe with preview image](https://docs.wp-rocket.me/article/1488-replace-youtube-iframe-with-preview-image) as well."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | uses-optimized-images": {
    message: "Enable 'Imagify' from the Image Optimization tab in 'WP Rocket' and run Bulk Optimization to compress your images."
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | uses-rel-preconnect": {
    message: `Use [Prefetch DNS Requests](https://docs.wp-rocket.me/article/1302-prefetch-dns-requests) in 'WP Rocket' to add "dns-prefetch" and speed up the connection with external domains. Also, 'WP Rocket' automatically adds "preconnect" to [Google Fonts domain](https://docs.wp-rocket.me/article/1312-optimize-google-fonts) and any CNAME(S) added via the [Enable CDN](https://docs.wp-rocket.me/article/42-using-wp-rocket-with-a-cdn) feature.`
  },
  "node_modules/lighthouse-stack-packs/packs/wp-rocket.js | uses-rel-preload": {
    message: "To fix this issue for fonts, enable [Remove Unused CSS](https://docs.wp-rocket.me/article/1529-remove-unused-css) in 'WP Rocket'. Your site's critical fonts will be preloaded with priority."
  },
  "report/renderer/report-utils.js | calculatorLink": {
    message: "See calculator."
  },
  "report/renderer/report-utils.js | collapseView": {
    message: "Collapse view"
  },
  "report/renderer/report-utils.js | crcInitialNavigation": {
    message: "Initial Navigation"
  },
  "report/renderer/report-utils.js | crcLongestDurationLabel": {
    message: "Maximum critical path latency:"
  },
  "report/renderer/report-utils.js | dropdownCopyJSON": {
    message: "Copy JSON"
  },
  "report/renderer/report-utils.js | dropdownDarkTheme": {
    message: "Toggle Dark Theme"
  },
  "report/renderer/report-utils.js | dropdownPrintExpanded": {
    message: "Print Expanded"
  },
  "report/renderer/report-utils.js | dropdownPrintSummary": {
    message: "Print Summary"
  },
  "report/renderer/report-utils.js | dropdownSaveGist": {
    message: "Save as Gist"
  },
  "report/renderer/report-utils.js | dropdownSaveHTML": {
    message: "Save as HTML"
  },
  "report/renderer/report-utils.js | dropdownSaveJSON": {
    message: "Save as JSON"
  },
  "report/renderer/report-utils.js | dropdownViewUnthrottledTrace": {
    message: "View Unthrottled Trace"
  },
  "report/renderer/report-utils.js | dropdownViewer": {
    message: "Open in Viewer"
  },
  "report/renderer/report-utils.js | errorLabel": {
    message: "Error!"
  },
  "report/renderer/report-utils.js | errorMissingAuditInfo": {
    message: "Report error: no audit information"
  },
  "report/renderer/report-utils.js | expandView": {
    message: "Expand view"
  },
  "report/renderer/report-utils.js | firstPartyChipLabel": {
    message: "1st party"
  },
  "report/renderer/report-utils.js | footerIssue": {
    message: "File an issue"
  },
  "report/renderer/report-utils.js | hide": {
    message: "Hide"
  },
  "report/renderer/report-utils.js | labDataTitle": {
    message: "Lab Data"
  },
  "report/renderer/report-utils.js | lsPerformanceCategoryDescription": {
    message: "[Lighthouse](https://developers.google.com/web/tools/lighthouse/) analysis of the current page on an emulated mobile network. Values are estimated and may vary."
  },
  "report/renderer/report-utils.js | manualAuditsGroupTitle": {
    message: "Additional items to manually check"
  },
  "report/renderer/report-utils.js | notApplicableAuditsGroupTitle": {
    message: "Not applicable"
  },
  "report/renderer/report-utils.js | openInANewTabTooltip": {
    message: "Open in a new tab"
  },
  "report/renderer/report-utils.js | opportunityResourceColumnLabel": {
    message: "Opportunity"
  },
  "report/renderer/report-utils.js | opportunitySavingsColumnLabel": {
    message: "Estimated Savings"
  },
  "report/renderer/report-utils.js | passedAuditsGroupTitle": {
    message: "Passed audits"
  },
  "report/renderer/report-utils.js | runtimeAnalysisWindow": {
    message: "Initial page load"
  },
  "report/renderer/report-utils.js | runtimeAnalysisWindowSnapshot": {
    message: "Point-in-time snapshot"
  },
  "report/renderer/report-utils.js | runtimeAnalysisWindowTimespan": {
    message: "User interactions timespan"
  },
  "report/renderer/report-utils.js | runtimeCustom": {
    message: "Custom throttling"
  },
  "report/renderer/report-utils.js | runtimeDesktopEmulation": {
    message: "Emulated Desktop"
  },
  "report/renderer/report-utils.js | runtimeMobileEmulation": {
    message: "Emulated Moto G Power"
  },
  "report/renderer/report-utils.js | runtimeNoEmulation": {
    message: "No emulation"
  },
  "report/renderer/report-utils.js | runtimeSettingsAxeVersion": {
    message: "Axe version"
  },
  "report/renderer/report-utils.js | runtimeSettingsBenchmark": {
    message: "Unthrottled CPU/Memory Power"
  },
  "report/renderer/report-utils.js | runtimeSettingsCPUThrottling": {
    message: "CPU throttling"
  },
  "report/renderer/report-utils.js | runtimeSettingsDevice": {
    message: "Device"
  },
  "report/renderer/report-utils.js | runtimeSettingsNetworkThrottling": {
    message: "Network throttling"
  },
  "report/renderer/report-utils.js | runtimeSettingsScreenEmulation": {
    message: "Screen emulation"
  },
  "report/renderer/report-utils.js | runtimeSettingsUANetwork": {
    message: "User agent (network)"
  },
  "report/renderer/report-utils.js | runtimeSingleLoad": {
    message: "Single page session"
  },
  "report/renderer/report-utils.js | runtimeSingleLoadTooltip": {
    message: "This data is taken from a single page session, as opposed to field data summarizing many sessions."
  },
  "report/renderer/report-utils.js | runtimeSlow4g": {
    message: "Slow 4G throttling"
  },
  "report/renderer/report-utils.js | runtimeUnknown": {
    message: "Unknown"
  },
  "report/renderer/report-utils.js | show": {
    message: "Show"
  },
  "report/renderer/report-utils.js | showRelevantAudits": {
    message: "Show audits relevant to:"
  },
  "report/renderer/report-utils.js | snippetCollapseButtonLabel": {
    message: "Collapse snippet"
  },
  "report/renderer/report-utils.js | snippetExpandButtonLabel": {
    message: "Expand snippet"
  },
  "report/renderer/report-utils.js | thirdPartyResourcesLabel": {
    message: "Show 3rd-party resources"
  },
  "report/renderer/report-utils.js | throttlingProvided": {
    message: "Provided by environment"
  },
  "report/renderer/report-utils.js | toplevelWarningsMessage": {
    message: "There were issues affecting this run of Lighthouse:"
  },
  "report/renderer/report-utils.js | unattributable": {
    message: "Unattributable"
  },
  "report/renderer/report-utils.js | unscoredLabel": {
    message: "Unscored"
  },
  "report/renderer/report-utils.js | unscoredTitle": {
    message: "This audit does not contribute to the overall category score."
  },
  "report/renderer/report-utils.js | varianceDisclaimer": {
    message: "Values are estimated and may vary. The [performance score is calculated](https://developer.chrome.com/docs/lighthouse/performance/performance-scoring/) directly from these metrics."
  },
  "report/renderer/report-utils.js | viewTraceLabel": {
    message: "View Trace"
  },
  "report/renderer/report-utils.js | viewTreemapLabel": {
    message: "View Treemap"
  },
  "report/renderer/report-utils.js | warningAuditsGroupTitle": {
    message: "Passed audits but with warnings"
  },
  "report/renderer/report-utils.js | warningHeader": {
    message: "Warnings: "
  },
  "treemap/app/src/util.js | allLabel": {
    message: "All"
  },
  "treemap/app/src/util.js | allScriptsDropdownLabel": {
    message: "All scripts"
  },
  "treemap/app/src/util.js | coverageColumnName": {
    message: "Coverage"
  },
  "treemap/app/src/util.js | duplicateModulesLabel": {
    message: "Duplicate modules"
  },
  "treemap/app/src/util.js | duplicatedBytesLabel": {
    message: "Duplicated bytes"
  },
  "treemap/app/src/util.js | resourceBytesLabel": {
    message: "Resource bytes"
  },
  "treemap/app/src/util.js | tableColumnName": {
    message: "Name"
  },
  "treemap/app/src/util.js | toggleTableButtonLabel": {
    message: "Toggle table"
  },
  "treemap/app/src/util.js | transferBytesLabel": {
    message: "Transfer bytes"
  },
  "treemap/app/src/util.js | unusedBytesLabel": {
    message: "Unused bytes"
  }
};

// node_modules/lighthouse/shared/localization/locales.js
var locales = { "en-US": en_US_default, en: en_US_default };

// node_modules/lighthouse/shared/localization/format.js
var TYPE = (
  /** @type {const} */
  {
    literal: 0,
    argument: 1,
    number: 2,
    date: 3,
    time: 4,
    select: 5,
    plural: 6,
    pound: 7,
    tag: 8
  }
);
var moduleDir = getModuleDirectory(import.meta);
var LOCALE_MESSAGES = locales;
var DEFAULT_LOCALE = "en-US";
var CANONICAL_LOCALES = ["ar-XB.json", "ar.json", "bg.json", "ca.json", "cs.json", "da.json", "de.json", "el.json", "en-GB.json", "en-US.json", "en-XA.json", "en-XL.json", "es-419.json", "es.json", "fi.json", "fil.json", "fr.json", "he.json", "hi.json", "hr.json", "hu.json", "id.json", "it.json", "ja.json", "ko.json", "lt.json", "lv.json", "nl.json", "no.json", "pl.json", "pt-PT.json", "pt.json", "ro.json", "ru.json", "sk.json", "sl.json", "sr-Latn.json", "sr.json", "sv.json", "ta.json", "te.json", "th.json", "tr.json", "uk.json", "vi.json", "zh-HK.json", "zh-TW.json", "zh.json"].filter((basename) => basename.endsWith(".json") && !basename.endsWith(".ctc.json")).map((locale) => locale.replace(".json", "")).sort();
var MESSAGE_I18N_ID_REGEX = / | [^\s]+$/;
var formats = {
  number: {
    bytes: {
      maximumFractionDigits: 0
    },
    milliseconds: {
      maximumFractionDigits: 0
    },
    seconds: {
      // Force the seconds to the tenths place for limited output and ease of scanning
      minimumFractionDigits: 1,
      maximumFractionDigits: 1
    },
    extendedPercent: {
      // Force allow up to two digits after decimal place in percentages. (Intl.NumberFormat options)
      maximumFractionDigits: 2,
      style: "percent"
    }
  }
};
function collectAllCustomElementsFromICU(icuElements, customElements = /* @__PURE__ */ new Map()) {
  for (const el of icuElements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    customElements.set(el.value, el);
    if (el.type === TYPE.plural) {
      for (const option of Object.values(el.options)) {
        collectAllCustomElementsFromICU(option.value, customElements);
      }
    }
  }
  return customElements;
}
__name(collectAllCustomElementsFromICU, "collectAllCustomElementsFromICU");
function _preformatValues(messageFormatter, values = {}, lhlMessage) {
  const customElements = collectAllCustomElementsFromICU(messageFormatter.getAst());
  const formattedValues = {};
  for (const [id, element] of customElements) {
    if (!(id in values)) {
      throw new Error(`ICU Message "${lhlMessage}" contains a value reference ("${id}") that wasn't provided`);
    }
    const value = values[id];
    if (element.type !== TYPE.number) {
      formattedValues[id] = value;
      continue;
    }
    if (typeof value !== "number") {
      throw new Error(`ICU Message "${lhlMessage}" contains a numeric reference ("${id}") but provided value was not a number`);
    }
    if (element.style === "milliseconds") {
      formattedValues[id] = Math.round(value / 10) * 10;
    } else if (element.style === "seconds" && id === "timeInMs") {
      formattedValues[id] = Math.round(value / 100) / 10;
    } else if (element.style === "bytes") {
      formattedValues[id] = value / 1024;
    } else {
      formattedValues[id] = value;
    }
  }
  for (const valueId of Object.keys(values)) {
    if (valueId in formattedValues) continue;
    if (valueId === "errorCode") {
      formattedValues.errorCode = values.errorCode;
      continue;
    }
    throw new Error(`Provided value "${valueId}" does not match any placeholder in ICU message "${lhlMessage}"`);
  }
  return formattedValues;
}
__name(_preformatValues, "_preformatValues");
function escapeIcuMessage(message) {
  return message.replace(/'/g, `''`).replace(/\\{/g, `'{`).replace(/\\}/g, `'}`);
}
__name(escapeIcuMessage, "escapeIcuMessage");
function formatMessage(message, values, locale) {
  message = escapeIcuMessage(message);
  const localeForMessageFormat = locale === "en-XA" || locale === "en-XL" ? "de-DE" : locale;
  const IntlMessageFormatCtor = import_intl_messageformat.default.IntlMessageFormat || import_intl_messageformat.default;
  const formatter = new IntlMessageFormatCtor(message, localeForMessageFormat, formats, {
    ignoreTag: true
  });
  const valuesForMessageFormat = _preformatValues(formatter, values, message);
  const formattedResult = formatter.format(valuesForMessageFormat);
  if (typeof formattedResult !== "string") {
    throw new Error("unexpected formatted result");
  }
  return formattedResult;
}
__name(formatMessage, "formatMessage");
function _localizeIcuMessage(icuMessage, locale) {
  const localeMessages = _getLocaleMessages(locale);
  const localeMessage = localeMessages[icuMessage.i18nId];
  if (!localeMessage) {
    return icuMessage.formattedDefault;
  }
  return formatMessage(localeMessage.message, icuMessage.values, locale);
}
__name(_localizeIcuMessage, "_localizeIcuMessage");
function getRendererFormattedStrings(locale) {
  const localeMessages = _getLocaleMessages(locale);
  const icuMessageIds = Object.keys(localeMessages).filter((f) => f.startsWith("report/renderer/report-utils.js"));
  const strings = {};
  for (const icuMessageId of icuMessageIds) {
    const { filename, key } = getIcuMessageIdParts(icuMessageId);
    if (!filename.endsWith("report-utils.js")) {
      throw new Error(`Unexpected message: ${icuMessageId}`);
    }
    strings[key] = localeMessages[icuMessageId].message;
  }
  return strings;
}
__name(getRendererFormattedStrings, "getRendererFormattedStrings");
function isIcuMessage(icuMessageOrNot) {
  if (!isObjectOfUnknownValues(icuMessageOrNot)) {
    return false;
  }
  const { i18nId, values, formattedDefault } = icuMessageOrNot;
  if (typeof i18nId !== "string") {
    return false;
  }
  if (typeof formattedDefault !== "string") {
    return false;
  }
  if (values !== void 0) {
    if (!isObjectOfUnknownValues(values)) {
      return false;
    }
    for (const value of Object.values(values)) {
      if (typeof value !== "string" && typeof value !== "number") {
        return false;
      }
    }
  }
  return MESSAGE_I18N_ID_REGEX.test(i18nId);
}
__name(isIcuMessage, "isIcuMessage");
function getFormatted(icuMessageOrRawString, locale) {
  if (isIcuMessage(icuMessageOrRawString)) {
    return _localizeIcuMessage(icuMessageOrRawString, locale);
  }
  if (typeof icuMessageOrRawString === "string") {
    return icuMessageOrRawString;
  }
  throw new Error("Attempted to format invalid icuMessage type");
}
__name(getFormatted, "getFormatted");
function _formatPathAsString(pathInLHR) {
  let pathAsString = "";
  for (const property of pathInLHR) {
    if (/^[a-z]+$/i.test(property)) {
      if (pathAsString.length) pathAsString += ".";
      pathAsString += property;
    } else {
      if (/]|"|'|\s/.test(property)) throw new Error(`Cannot handle "${property}" in i18n`);
      pathAsString += `[${property}]`;
    }
  }
  return pathAsString;
}
__name(_formatPathAsString, "_formatPathAsString");
function replaceIcuMessages(inputObject, locale) {
  function replaceInObject(subObject, icuMessagePaths2, pathInLHR = []) {
    if (!isObjectOrArrayOfUnknownValues(subObject)) return;
    for (const [property, possibleIcuMessage] of Object.entries(subObject)) {
      const currentPathInLHR = pathInLHR.concat([property]);
      if (isIcuMessage(possibleIcuMessage)) {
        const formattedString = getFormatted(possibleIcuMessage, locale);
        const messageInstancesInLHR = icuMessagePaths2[possibleIcuMessage.i18nId] || [];
        const currentPathAsString = _formatPathAsString(currentPathInLHR);
        messageInstancesInLHR.push(
          possibleIcuMessage.values ? { values: possibleIcuMessage.values, path: currentPathAsString } : currentPathAsString
        );
        subObject[property] = formattedString;
        icuMessagePaths2[possibleIcuMessage.i18nId] = messageInstancesInLHR;
      } else {
        replaceInObject(possibleIcuMessage, icuMessagePaths2, currentPathInLHR);
      }
    }
  }
  __name(replaceInObject, "replaceInObject");
  const icuMessagePaths = {};
  replaceInObject(inputObject, icuMessagePaths);
  return icuMessagePaths;
}
__name(replaceIcuMessages, "replaceIcuMessages");
function _getLocaleMessages(locale) {
  const localeMessages = LOCALE_MESSAGES[locale];
  if (!localeMessages) {
    if (locale === DEFAULT_LOCALE) {
      return {};
    }
    throw new Error(`Unsupported locale '${locale}'`);
  }
  return localeMessages;
}
__name(_getLocaleMessages, "_getLocaleMessages");
function getAvailableLocales() {
  const localesWithMessages = /* @__PURE__ */ new Set([...Object.keys(LOCALE_MESSAGES), DEFAULT_LOCALE]);
  return (
    /** @type {Array<LH.Locale>} */
    [...localesWithMessages].sort()
  );
}
__name(getAvailableLocales, "getAvailableLocales");
function getIcuMessageIdParts(i18nMessageId) {
  if (!MESSAGE_I18N_ID_REGEX.test(i18nMessageId)) {
    throw Error(`"${i18nMessageId}" does not appear to be a valid ICU message id`);
  }
  const [filename, key] = i18nMessageId.split(" | ");
  return { filename, key };
}
__name(getIcuMessageIdParts, "getIcuMessageIdParts");

// node_modules/lighthouse/shared/root.js
import path from "path";
var LH_ROOT = path.dirname(getModuleDirectory(import.meta));
var pkg = JSON.parse(`{
  "name": "lighthouse",
  "type": "module",
  "version": "13.5.0",
  "description": "Automated auditing, performance metrics, and best practices for the web.",
  "main": "./core/index.js",
  "bin": {
    "lighthouse": "cli/index.js",
    "chrome-debug": "core/scripts/manual-chrome-launcher.js",
    "smokehouse": "cli/test/smokehouse/frontends/smokehouse-bin.js"
  },
  "engines": {
    "node": ">=22.19"
  },
  "scripts": {
    "prepack": "yarn build-report --standalone --flow --esm && yarn build-types",
    "postpack": "yarn clean-types",
    "build-all": "yarn build-report && yarn build-baseline-data && yarn build-cdt-strings && yarn build-ard-schema && yarn build-devtools && concurrently 'yarn build-extension' 'yarn build-lr' 'yarn build-viewer' 'yarn build-treemap' 'yarn build-smokehouse-bundle' 'yarn build-legacy-javascript' 'yarn build-devtools-mcp' && yarn build-pack",
    "build-ard-schema": "node ./build/build-ard-schema.js",
    "build-baseline-data": "node ./build/build-baseline-data.js",
    "build-cdt-lib": "node ./build/build-cdt-lib.js",
    "build-cdt-strings": "node ./build/build-cdt-strings.js",
    "build-extension": "yarn build-extension-chrome && yarn build-extension-firefox",
    "build-extension-chrome": "node ./build/build-extension.js chrome",
    "build-extension-firefox": "node ./build/build-extension.js firefox",
    "build-devtools": "yarn reset-link && node ./build/build-bundle.js clients/devtools/devtools-entry.js dist/devtools/lighthouse-dt-bundle.js && node ./build/build-dt-report-resources.js",
    "build-legacy-javascript": "node ./build/build-legacy-javascript.js",
    "build-devtools-mcp": "node ./build/build-bundle-mcp.js clients/devtools-mcp/devtools-mcp-entry.js dist/devtools-mcp/lighthouse-devtools-mcp-bundle.js",
    "build-smokehouse-bundle": "node ./build/build-smokehouse-bundle.js",
    "build-lr": "yarn reset-link && node --max-old-space-size=4096 ./build/build-lightrider-bundles.js",
    "build-pack": "bash build/build-pack.sh",
    "build-report": "node build/build-report-components.js && node build/build-report.js",
    "build-sample-reports": "yarn build-report && node build/build-sample-reports.js",
    "build-treemap": "node ./build/build-treemap.js",
    "build-viewer": "node ./build/build-viewer.js",
    "build-types": "yarn type-check && rsync -a .tmp/tsbuildinfo/ ./ --include='*.d.ts' --include='*.d.cts' --exclude='*.map' --exclude='*.tsbuildinfo'",
    "reset-link": "(yarn unlink || true) && yarn link && yarn link lighthouse",
    "clean": "rm -r dist proto/scripts/*.json proto/scripts/*_pb2.* proto/scripts/*_pb.* proto/scripts/__pycache__ proto/scripts/*.pyc *.report.html *.report.dom.html *.report.json *.devtoolslog.json *.trace.json shared/localization/locales/*.ctc.json || true",
    "clean-types": "git clean -xfq '*.d.ts' '*.d.cts' -e 'node_modules/' -e 'dist/' -e '.tmp/' -e '**/types/'",
    "lint": "[ \\"$CI\\" = true ] && eslint --quiet -f codeframe . || eslint .",
    "smoke": "node -r source-map-support/register cli/test/smokehouse/frontends/smokehouse-bin.js",
    "debug": "node --inspect-brk ./cli/index.js",
    "start": "yarn build-report --standalone && node ./cli/index.js",
    "mocha": "node core/test/scripts/run-mocha-tests.js",
    "test": "yarn diff:sample-json && yarn lint --quiet && yarn unit && yarn type-check",
    "test-bundle": "yarn smoke --runner bundle",
    "test-clients": "yarn mocha --testMatch clients/**/*-test.js && yarn mocha --testMatch clients/**/*-test-pptr.js",
    "test-viewer": "yarn unit-viewer && yarn mocha --testMatch viewer/**/*-test-pptr.js --timeout 35000",
    "test-treemap": "yarn unit-treemap && yarn mocha --testMatch treemap/**/*-test-pptr.js --timeout 35000",
    "test-lantern": "bash core/scripts/test-lantern.sh",
    "test-legacy-javascript": "bash core/scripts/test-legacy-javascript.sh",
    "test-docs": "yarn --cwd docs/recipes/ test",
    "test-proto": "yarn compile-proto && yarn build-proto-roundtrip",
    "unit-core": "yarn mocha core",
    "unit-cli": "yarn mocha --testMatch cli/**/*-test.js",
    "unit-lantern-trace": "INTERNAL_LANTERN_USE_TRACE=1 yarn mocha core/test/computed/metrics core/test/audits",
    "unit-report": "yarn mocha --testMatch report/**/*-test.js",
    "unit-treemap": "yarn mocha --testMatch treemap/**/*-test.js",
    "unit-viewer": "yarn mocha --testMatch viewer/**/*-test.js",
    "unit-flow": "bash flow-report/test/run-flow-report-tests.sh",
    "unit": "yarn unit-flow && yarn mocha && yarn unit-lantern-trace",
    "unit:ci": "NODE_OPTIONS=--max-old-space-size=8192 npm run unit",
    "unit-lantern-trace:ci": "NODE_OPTIONS=--max-old-space-size=8192 npm run unit-lantern-trace",
    "core-unit": "yarn unit-core",
    "cli-unit": "yarn unit-cli",
    "viewer-unit": "yarn unit-viewer",
    "watch": "yarn unit-core --watch",
    "devtools": "bash core/scripts/roll-to-devtools.sh",
    "chrome": "node core/scripts/manual-chrome-launcher.js",
    "fast": "node ./cli/index.js --preset=desktop --throttlingMethod=provided",
    "deploy-treemap": "yarn build-treemap --deploy",
    "deploy-viewer": "yarn build-viewer --deploy",
    "vercel-build": "yarn build-sample-reports && yarn build-viewer && yarn build-treemap",
    "dogfood-lhci": "./core/scripts/dogfood-lhci.sh",
    "timing-trace": "node core/scripts/generate-timing-trace.js",
    "changelog": "conventional-changelog --config ./build/changelog-generator/index.cjs --infile changelog.md --same-file",
    "type-check": "tsc --build ./tsconfig-all.json",
    "i18n:checks": "./core/scripts/i18n/assert-strings-collected.sh",
    "i18n:collect-strings": "node core/scripts/i18n/collect-strings.js",
    "update:lantern-baseline": "node core/scripts/lantern/update-baseline-lantern-values.js",
    "update:sample-artifacts": "node core/scripts/update-report-fixtures.js",
    "update:sample-json": "yarn i18n:collect-strings && node ./cli -A=./core/test/results/artifacts --config-path=./core/test/results/sample-config.js --output=json --output-path=./core/test/results/sample_v2.json && node core/scripts/cleanup-LHR-for-diff.js ./core/test/results/sample_v2.json --only-remove-timing && node ./core/scripts/update-flow-fixtures.js",
    "update:flow-sample-json": "yarn i18n:collect-strings && node ./core/scripts/update-flow-fixtures.js",
    "update:ard-spec": "node core/scripts/update-ard-spec.js",
    "check:ard-spec": "node core/scripts/update-ard-spec.js --check",
    "test-devtools": "bash core/test/devtools-tests/test-locally.sh",
    "open-devtools": "bash core/scripts/open-devtools.sh",
    "run-devtools": "node core/scripts/pptr-run-devtools.js",
    "diff:sample-json": "yarn i18n:checks && bash core/scripts/assert-golden-lhr-unchanged.sh",
    "diff:flow-sample-json": "yarn i18n:collect-strings && bash core/scripts/assert-baseline-flow-result-unchanged.sh",
    "computeBenchmarkIndex": "./core/scripts/benchmark.js",
    "save-latest-run": "./core/scripts/save-latest-run.sh",
    "compile-proto": "protoc --python_out=./ ./proto/lighthouse-result.proto && mv ./proto/*_pb2.py ./proto/scripts || (echo \\"\u274C Install protobuf = 3.20.x to compile the proto file.\\" && false)",
    "build-proto-roundtrip": "mkdir -p .tmp && python3 proto/scripts/json_roundtrip_via_proto.py",
    "static-server": "node cli/test/fixtures/static-server.js",
    "serve-dist": "cd dist && python3 -m http.server 7878",
    "serve-gh-pages": "cd dist/gh-pages && python3 -m http.server 7333",
    "serve-treemap": "yarn serve-gh-pages",
    "serve-viewer": "yarn serve-gh-pages",
    "flow-report": "yarn build-report --flow && node ./core/scripts/build-test-flow-report.js",
    "generate-insight-audits": "node core/scripts/generate-insight-audits.js"
  },
  "devDependencies": {
    "@build-tracker/cli": "^1.0.0-beta.15",
    "@esbuild-kit/esm-loader": "^2.6.5",
    "@esbuild-plugins/node-modules-polyfill": "^0.1.4",
    "@eslint/compat": "^1.3.0",
    "@eslint/eslintrc": "^3.3.1",
    "@eslint/js": "^9.28.0",
    "@formatjs/icu-messageformat-parser": "^2.6.2",
    "@jest/fake-timers": "^29.7.0",
    "@testing-library/preact": "^3.1.1",
    "@testing-library/preact-hooks": "^1.1.0",
    "@types/archiver": "^2.1.2",
    "@types/chrome": "^0.1.42",
    "@types/configstore": "^6.0.2",
    "@types/cpy": "^5.1.0",
    "@types/debug": "^4.1.7",
    "@types/eslint": "^9.6.1",
    "@types/estree": "^0.0.50",
    "@types/gh-pages": "^2.0.0",
    "@types/google.analytics": "0.0.39",
    "@types/gtag.js": "0.0.20",
    "@types/jpeg-js": "^0.3.7",
    "@types/jsdom": "^16.2.13",
    "@types/lodash-es": "^4.17.12",
    "@types/mocha": "^9.0.0",
    "@types/node": "*",
    "@types/pako": "^1.0.1",
    "@types/pg": "^8.20.0",
    "@types/resize-observer-browser": "^0.1.1",
    "@types/resolve": "^1.20.2",
    "@types/semver": "^5.5.0",
    "@types/ws": "^7.0.0",
    "@types/yargs": "^17.0.8",
    "@types/yargs-parser": "^20.2.1",
    "@typescript-eslint/eslint-plugin": "^8.60.1",
    "@typescript-eslint/parser": "^8.60.1",
    "acorn": "^8.5.0",
    "angular": "^1.7.4",
    "archiver": "^7.0.1",
    "builtin-modules": "^3.3.0",
    "chalk": "^2.4.1",
    "chrome-devtools-frontend": "1.0.1684555",
    "colors": "^1.4.0",
    "concurrently": "^9.2.1",
    "conventional-changelog-cli": "^2.1.1",
    "core-js-compat": "^3.44.0",
    "cpy": "^8.1.2",
    "csv-validator": "^0.0.3",
    "esbuild": "0.28.0",
    "eslint": "^9.28.0",
    "eslint-config-google": "^0.14.0",
    "eslint-formatter-codeframe": "^7.32.1",
    "eslint-plugin-import": "^2.25.3",
    "eslint-plugin-local-rules": "1.1.0",
    "expect": "^28.1.0",
    "firebase": "^12.14.0",
    "gh-pages": "^2.0.1",
    "glob": "^7.1.3",
    "globals": "^15.14.0",
    "idb-keyval": "2.2.0",
    "jest-mock": "^29.7.0",
    "jest-snapshot": "^29.7.0",
    "jsdom": "^12.2.0",
    "lighthouse-plugin-soft-navigation": "^1.1.0",
    "magic-string": "^0.25.7",
    "mime-types": "^2.1.30",
    "mocha": "^10.0.0",
    "pako": "^2.1.0",
    "preact": "^10.7.2",
    "pretty-json-stringify": "^0.0.2",
    "puppeteer": "^25.9.0",
    "resolve": "^1.22.10",
    "rollup-plugin-polyfill-node": "^0.12.0",
    "source-map-support": "^0.5.21",
    "terser": "^5.48.0",
    "testdouble": "^3.20.2",
    "typed-query-selector": "^2.12.0",
    "typescript": "6.0.3",
    "wait-for-expect": "^3.0.2",
    "webtreemap-cdt": "^3.2.1"
  },
  "dependencies": {
    "@paulirish/trace_engine": "0.0.65",
    "@sentry/node": "^10.0.0",
    "ajv": "^8.20.0",
    "ajv-formats": "^3.0.1",
    "axe-core": "^4.13.0",
    "chrome-launcher": "^1.2.1",
    "configstore": "^7.0.0",
    "csp_evaluator": "1.1.8",
    "devtools-protocol": "0.0.1687809",
    "enquirer": "^2.3.6",
    "http-link-header": "^1.1.1",
    "intl-messageformat": "^10.5.3",
    "jpeg-js": "^0.4.4",
    "js-library-detector": "^6.7.0",
    "lighthouse-logger": "^2.0.2",
    "lighthouse-stack-packs": "1.12.3",
    "lodash-es": "^4.17.21",
    "lookup-closest-locale": "6.2.0",
    "open": "^8.4.0",
    "puppeteer-core": "^25.9.0",
    "robots-parser": "^3.0.1",
    "speedline-core": "^1.4.3",
    "third-party-web": "^0.30.0",
    "tldts-icann": "^7.4.13",
    "web-features": "^3.39.0",
    "ws": "^7.0.0",
    "yargs": "^17.3.1",
    "yargs-parser": "^21.0.0"
  },
  "resolutions": {
    "puppeteer/**/devtools-protocol": "0.0.1687809",
    "puppeteer-core/**/devtools-protocol": "0.0.1687809"
  },
  "repository": {
    "type": "git",
    "url": "git+https://github.com/GoogleChrome/lighthouse.git"
  },
  "keywords": [
    "google",
    "chrome",
    "devtools"
  ],
  "author": "Google LLC",
  "license": "Apache-2.0",
  "bugs": {
    "url": "https://github.com/GoogleChrome/lighthouse/issues"
  },
  "homepage": "https://github.com/GoogleChrome/lighthouse#readme",
  "packageManager": "yarn@1.22.22+sha512.a6b2f7906b721bba3d67d4aff083df04dad64c399707841b7acf00f6b133b7ac24255f2652fa22ae3534329dc6180534e98d17432037ff6fd140556e2bb3137e"
}
`);
var lighthouseVersion = pkg.version;

// node_modules/lighthouse/core/lib/i18n/i18n.js
var UIStrings = {
  /** Used to show the duration in milliseconds that something lasted. The `{timeInMs}` placeholder will be replaced with the time duration, shown in milliseconds (e.g. 63 ms) */
  ms: "{timeInMs, number, milliseconds}\xA0ms",
  /** Used to show the duration in seconds that something lasted. The {timeInMs} placeholder will be replaced with the time duration, shown in seconds (e.g. 5.2 s) */
  seconds: "{timeInMs, number, seconds}\xA0s",
  /** Label shown per-audit to show how many bytes smaller the page could be if the user implemented the suggestions. The `{wastedBytes}` placeholder will be replaced with the number of bytes, shown in kibibytes (e.g. 148 KiB) */
  displayValueByteSavings: "Est savings of {wastedBytes, number, bytes}\xA0KiB",
  /** Label shown per-audit to show how many milliseconds faster the page load could be if the user implemented the suggestions. The `{wastedMs}` placeholder will be replaced with the time duration, shown in milliseconds (e.g. 140 ms) */
  displayValueMsSavings: "Est savings of {wastedMs, number, milliseconds}\xA0ms",
  /** Label shown per-audit to show how many HTML elements did not pass the audit. The `{# elements found}` placeholder will be replaced with the number of failing HTML elements. */
  displayValueElementsFound: `{nodeCount, plural, =1 {1 element found} other {# elements found}}`,
  /** Label for a column in a data table; entries will be the URL of a web resource */
  columnURL: "URL",
  /** Label for a column in a data table; entries will be the size or quantity of some resource, e.g. the width and height dimensions of an image or the number of images in a web page. */
  columnSize: "Size",
  /** Label for a column in a data table; entries will be the file size of a web resource in kilobytes. */
  columnResourceSize: "Resource Size",
  /** Label for a column in a data table; entries will be the download size of a web resource in kilobytes. */
  columnTransferSize: "Transfer Size",
  /** Label for a column in a data table; entries will be the time to live value of the cache header on a web resource. */
  columnCacheTTL: "Cache TTL",
  /** Label for a column in a data table; entries will be the number of kilobytes the user could reduce their page by if they implemented the suggestions. */
  columnWastedBytes: "Est Savings",
  /** Label for a column in a data table; entries will be the number of milliseconds the user could reduce page load by if they implemented the suggestions. */
  columnWastedMs: "Est Savings",
  /** Label for a table column that displays how much time each row spent blocking other work on the main thread, entries will be the number of milliseconds spent. */
  columnBlockingTime: "Main-Thread Blocking Time",
  /** Label for a column in a data table; entries will be the number of milliseconds spent during a particular activity. */
  columnTimeSpent: "Time Spent",
  /** Label for a column in a data table; entries will be the location of a specific line of code in a file, in the format "line: 102". */
  columnLocation: "Location",
  /** Label for a column in a data table; entries will be types of resources loaded over the network, e.g. "Scripts", "Third-Party", "Stylesheet". */
  columnResourceType: "Resource Type",
  /** Label for a column in a data table; entries will be the number of network requests done by a webpage. */
  columnRequests: "Requests",
  /** Label for a column in a data table; entries will be the names of arbitrary objects, e.g. the name of a Javascript library, or the name of a user defined timing event. */
  columnName: "Name",
  /** Label for a column in a data table; entries will be the locations of JavaScript or CSS code, e.g. the name of a Javascript package or module. */
  columnSource: "Source",
  /** Label for a column in a data table; entries will be a representation of a DOM element. */
  columnElement: "Element",
  /** Label for a column in a data table; entries will be the number of milliseconds since the page started loading. */
  columnStartTime: "Start Time",
  /** Label for a column in a data table; entries will be the total number of milliseconds from the start time until the end time. */
  columnDuration: "Duration",
  /** Label for a column in a data table; entries will be a representation of a DOM element that did not meet certain suggestions. */
  columnFailingElem: "Failing Elements",
  /** Label for a column in a data table; entries will be a description of the table item. */
  columnDescription: "Description",
  /** Label for a row in a data table; the row represents the total number of something. */
  total: "Total",
  /** Label for a row in a data table; entries will be the total number and byte size of all resources loaded by a web page. */
  totalResourceType: "Total",
  /** Label for a row in a data table; entries will be the total number and byte size of all 'Document' resources loaded by a web page. */
  documentResourceType: "Document",
  /** Label for a row in a data table; entries will be the total number and byte size of all 'Script' resources loaded by a web page. 'Script' refers to JavaScript or other files that are executable by a browser. */
  scriptResourceType: "Script",
  /** Label for a row in a data table; entries will be the total number and byte size of all 'Stylesheet' resources loaded by a web page. 'Stylesheet' refers to CSS stylesheets. */
  stylesheetResourceType: "Stylesheet",
  /** Label for a row in a data table; entries will be the total number and byte size of all 'Image' resources loaded by a web page. */
  imageResourceType: "Image",
  /** Label for a row in a data table; entries will be the total number and byte size of all 'Media' resources loaded by a web page. 'Media' refers to audio and video files. */
  mediaResourceType: "Media",
  /** Label for a row in a data table; entries will be the total number and byte size of all 'Font' resources loaded by a web page. */
  fontResourceType: "Font",
  /** Label for a row in a data table; entries will be the total number and byte size of all resources loaded by a web page that don't fit into the categories of Document, Script, Stylesheet, Image, Media, & Font.*/
  otherResourceType: "Other",
  /** Label for a row in a data table; entries will be the total number and byte size of all third-party resources loaded by a web page. 'Third-party resources are items loaded from URLs that aren't controlled by the owner of the web page. */
  thirdPartyResourceType: "Third-party",
  /** Label used to identify a value in a table where many individual values are aggregated to a single value, for brevity. "Other resources" could also be read as "the rest of the resources". Resource refers to network resources requested by the browser. */
  otherResourcesLabel: "Other resources",
  /** The name of the metric that marks the time at which the first text or image is painted by the browser. Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  firstContentfulPaintMetric: "First Contentful Paint",
  /** The name of the metric that marks the time at which the page is fully loaded and is able to quickly respond to user input (clicks, taps, and keypresses feel responsive). Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  interactiveMetric: "Time to Interactive",
  /** The name of the metric that marks the time at which a majority of the content has been painted by the browser. Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  firstMeaningfulPaintMetric: "First Meaningful Paint",
  /** The name of a metric that calculates the total duration of blocking time for a web page. Blocking times are time periods when the page would be blocked (prevented) from responding to user input (clicks, taps, and keypresses will feel slow to respond). Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  totalBlockingTimeMetric: "Total Blocking Time",
  /** The name of the metric "Maximum Potential First Input Delay" that marks the maximum estimated time between the page receiving input (a user clicking, tapping, or typing) and the page responding. Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  maxPotentialFIDMetric: "Max Potential First Input Delay",
  /** The name of the metric that summarizes how quickly the page looked visually complete. The name of this metric is largely abstract and can be loosely translated. Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  speedIndexMetric: "Speed Index",
  /** The name of the metric that marks the time at which the largest text or image is painted by the browser. Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  largestContentfulPaintMetric: "Largest Contentful Paint",
  /** The name of the metric "Cumulative Layout Shift" that indicates how much the page changes its layout while it loads. If big segments of the page shift their location during load, the Cumulative Layout Shift will be higher. Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  cumulativeLayoutShiftMetric: "Cumulative Layout Shift",
  /** The name of the "Interaction to Next Paint" metric that measures the time between a user interaction and when the browser displays a response on screen. Shown to users as the label for the numeric metric value. Ideally fits within a ~40 character limit. */
  interactionToNextPaint: "Interaction to Next Paint",
  /** Table item value for the severity of a small, or low impact vulnerability. Part of a ranking scale in the form: low, medium, high. */
  itemSeverityLow: "Low",
  /** Table item value for the severity of a vulnerability. Part of a ranking scale in the form: low, medium, high. */
  itemSeverityMedium: "Medium",
  /** Table item value for the severity of a high impact, or dangerous vulnerability. Part of a ranking scale in the form: low, medium, high. */
  itemSeverityHigh: "High"
};
function lookupLocale(locales2, possibleLocales) {
  if (typeof Intl !== "object") {
    throw new Error("Lighthouse must be run in Node with `Intl` support. See https://nodejs.org/api/intl.html for help");
  }
  const canonicalLocales = Intl.getCanonicalLocales(locales2);
  const availableLocales = Intl.NumberFormat.supportedLocalesOf(canonicalLocales);
  const localesWithMessages = possibleLocales || getAvailableLocales();
  const localesWithmessagesObj = (
    /** @type {Record<LH.Locale, LhlMessages>} */
    Object.fromEntries(localesWithMessages.map((l) => [l, {}]))
  );
  const closestLocale = (0, import_lookup_closest_locale.default)(availableLocales, localesWithmessagesObj);
  if (!closestLocale) {
    if (Intl.NumberFormat.supportedLocalesOf("es").length === 0) {
      lighthouse_logger_default.warn("i18n", "Requested locale not available in this version of node. The `full-icu` npm module can provide additional locales. For help, see https://github.com/GoogleChrome/lighthouse/blob/main/readme.md#how-do-i-get-localized-lighthouse-results-via-the-cli");
    }
    lighthouse_logger_default.warn("i18n", `locale(s) '${locales2}' not available. Falling back to default '${DEFAULT_LOCALE}'`);
  }
  return closestLocale || DEFAULT_LOCALE;
}
__name(lookupLocale, "lookupLocale");
function createIcuMessageFn(filename, fileStrings = {}) {
  if (filename.startsWith("file://")) filename = url.fileURLToPath(filename);
  if (path2.isAbsolute(filename)) filename = path2.relative(LH_ROOT, filename);
  const mergedStrings = { ...UIStrings, ...fileStrings };
  const getIcuMessageFn = /* @__PURE__ */ __name((message, values) => {
    const keyname = Object.keys(mergedStrings).find((key) => mergedStrings[key] === message);
    if (!keyname) throw new Error(`Could not locate: ${message}`);
    const filenameToLookup = keyname in fileStrings ? filename : path2.relative(LH_ROOT, getModulePath(import.meta));
    const unixStyleFilename = filenameToLookup.replace(/\\/g, "/");
    const i18nId = `${unixStyleFilename} | ${keyname}`;
    return {
      i18nId,
      values,
      formattedDefault: formatMessage(message, values, DEFAULT_LOCALE)
    };
  }, "getIcuMessageFn");
  return getIcuMessageFn;
}
__name(createIcuMessageFn, "createIcuMessageFn");
function isStringOrIcuMessage(value) {
  return typeof value === "string" || isIcuMessage(value);
}
__name(isStringOrIcuMessage, "isStringOrIcuMessage");

export {
  getRendererFormattedStrings,
  isIcuMessage,
  getFormatted,
  replaceIcuMessages,
  lighthouseVersion,
  UIStrings,
  lookupLocale,
  createIcuMessageFn,
  isStringOrIcuMessage
};
