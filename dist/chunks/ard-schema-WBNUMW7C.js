import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  Audit
} from "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import {
  UIStrings,
  createIcuMessageFn
} from "./chunk-ZXPRQ4W4.js";
import "./chunk-PVRN2YPO.js";
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-CUMEVQG2.js";
import {
  __commonJS,
  __name,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    __name(fmtDef, "fmtDef");
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    __name(isLeapYear, "isLeapYear");
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    __name(date, "date");
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    __name(compareDate, "compareDate");
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return /* @__PURE__ */ __name(function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      }, "time");
    }
    __name(getTime, "getTime");
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    __name(compareTime, "compareTime");
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    __name(compareIsoTime, "compareIsoTime");
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return /* @__PURE__ */ __name(function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      }, "date_time");
    }
    __name(getDateTime, "getDateTime");
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    __name(compareDateTime, "compareDateTime");
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    __name(compareIsoDateTime, "compareIsoDateTime");
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    __name(uri, "uri");
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    __name(byte, "byte");
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    __name(validateInt32, "validateInt32");
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    __name(validateInt64, "validateInt64");
    function validateNumber() {
      return true;
    }
    __name(validateNumber, "validateNumber");
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
    __name(regex, "regex");
  }
});

// node_modules/lighthouse/third-party/ard/schema-validator.js
var import_formats = __toESM(require_formats(), 1);
var schema_validator_default = validate20;
var schema31 = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://raw.githubusercontent.com/ards-project/ard-spec/main/spec/schemas/ai-catalog.schema.json",
  "title": "AICatalogManifest",
  "description": "JSON Schema for the ai-catalog.json capability manifest, defining how AI artifacts are advertised.",
  "type": "object",
  "required": [
    "specVersion",
    "entries"
  ],
  "properties": {
    "specVersion": {
      "type": "string",
      "description": "Version of the ai-catalog specification used in this manifest.",
      "enum": [
        "1.0"
      ]
    },
    "host": {
      "type": "object",
      "description": "Information about the catalog publisher or hosting entity.",
      "required": [
        "displayName"
      ],
      "properties": {
        "displayName": {
          "type": "string",
          "description": "Human-readable name of the host."
        },
        "identifier": {
          "type": "string",
          "description": "Cryptographic or verifiable identifier of the host (e.g. did:web:domain.com)."
        },
        "documentationUrl": {
          "type": "string",
          "format": "uri",
          "description": "URL to publisher documentation."
        },
        "logoUrl": {
          "type": "string",
          "format": "uri",
          "description": "URL to the publisher's logo image."
        },
        "trustManifest": {
          "$ref": "#/$defs/trustManifest"
        }
      },
      "additionalProperties": false
    },
    "entries": {
      "type": "array",
      "description": "List of AI agent or capability catalog entries.",
      "items": {
        "$ref": "#/$defs/catalogEntry"
      }
    }
  },
  "additionalProperties": false,
  "$defs": {
    "catalogEntry": {
      "type": "object",
      "description": "A single AI capability entry within the catalog.",
      "required": [
        "identifier",
        "displayName",
        "type"
      ],
      "oneOf": [
        {
          "required": [
            "url"
          ],
          "not": {
            "required": [
              "data"
            ]
          }
        },
        {
          "required": [
            "data"
          ],
          "not": {
            "required": [
              "url"
            ]
          }
        }
      ],
      "properties": {
        "identifier": {
          "type": "string",
          "pattern": "^urn:air:[a-zA-Z0-9.-]+(:[a-zA-Z0-9._-]+)+$",
          "description": "RFC 8141-compliant unique logical URN formatted as: urn:air:<publisher>:<namespace>:<agent-name>"
        },
        "displayName": {
          "type": "string",
          "description": "Human-friendly display name."
        },
        "type": {
          "type": "string",
          "description": "IANA Media Type indicating the specific protocol wrapper or payload structure (e.g. application/mcp-server-card+json)."
        },
        "url": {
          "type": "string",
          "format": "uri",
          "description": "HTTP URL reference to retrieve the full artifact document."
        },
        "data": {
          "type": "object",
          "description": "Embedded JSON object containing the complete artifact specification inline."
        },
        "description": {
          "type": "string",
          "description": "Brief natural-language description of the capability."
        },
        "tags": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Tags or keywords for basic categorizing and filtering."
        },
        "capabilities": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Explicit high-performance indexing tags representing skills, tools, or functions (e.g. ['WeatherTool', 'ForecastTool'])."
        },
        "representativeQueries": {
          "type": "array",
          "minItems": 2,
          "maxItems": 5,
          "items": {
            "type": "string"
          },
          "description": "Representative natural-language search queries used for indexing and vector embedding generation."
        },
        "version": {
          "type": "string",
          "description": "Semantic version of the capability."
        },
        "updatedAt": {
          "type": "string",
          "format": "date-time",
          "description": "ISO 8601 timestamp of the last modification."
        },
        "metadata": {
          "type": "object",
          "description": "Arbitrary key-value pairs for custom extensions.",
          "additionalProperties": {
            "type": [
              "string",
              "number",
              "boolean",
              "null"
            ]
          }
        },
        "trustManifest": {
          "$ref": "#/$defs/trustManifest"
        }
      }
    },
    "trustManifest": {
      "type": "object",
      "description": "Zero-trust security, identity, and compliance envelope metadata.",
      "required": [
        "identity"
      ],
      "properties": {
        "identity": {
          "type": "string",
          "description": "Globally unique cryptographic workload identifier principal (e.g. SPIFFE ID or DID URI)."
        },
        "identityType": {
          "type": "string",
          "enum": [
            "spiffe",
            "did",
            "https",
            "other"
          ],
          "description": "Hint representing the cryptographic format of the identity."
        },
        "trustSchema": {
          "$ref": "#/$defs/trustSchema"
        },
        "attestations": {
          "type": "array",
          "description": "List of verifiable claims (SOC 2 audits, compliance statements, HIPAA checks).",
          "items": {
            "type": "object",
            "required": [
              "type",
              "uri",
              "mediaType"
            ],
            "properties": {
              "type": {
                "type": "string",
                "description": "Attestation standard type (e.g., SOC2-Type2, HIPAA)."
              },
              "uri": {
                "type": "string",
                "format": "uri",
                "description": "Location of the attestation certificate or document."
              },
              "mediaType": {
                "type": "string",
                "description": "Format of the attestation document (e.g. application/pdf, text/html)."
              },
              "digest": {
                "type": "string",
                "description": "Cryptographic sha256 digest for document integrity verification."
              }
            },
            "additionalProperties": false
          }
        },
        "provenance": {
          "type": "array",
          "description": "Cryptographic lineage trail of the artifact.",
          "items": {
            "type": "object",
            "required": [
              "relation",
              "sourceId"
            ],
            "properties": {
              "relation": {
                "type": "string",
                "enum": [
                  "derivedFrom",
                  "publishedFrom",
                  "copiedFrom"
                ],
                "description": "Lineage relation."
              },
              "sourceId": {
                "type": "string",
                "description": "Identifier of the source artifact."
              },
              "sourceDigest": {
                "type": "string",
                "description": "Optional sha256 digest for safety."
              }
            },
            "additionalProperties": false
          }
        },
        "signature": {
          "type": "string",
          "description": "Detached JWS signature generated over the fields of the trustManifest."
        }
      },
      "additionalProperties": false
    },
    "trustSchema": {
      "type": "object",
      "description": "Describes the trust framework applied to the artifact.",
      "required": [
        "identifier",
        "version"
      ],
      "properties": {
        "identifier": {
          "type": "string",
          "description": "Unique identifier of the trust schema/framework (e.g. URN)."
        },
        "version": {
          "type": "string",
          "description": "Version of the trust schema/framework."
        },
        "governanceUri": {
          "type": "string",
          "format": "uri",
          "description": "URI pointing to the governance policy document."
        },
        "verificationMethods": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Verification methods supported by the schema (e.g., ['did', 'x509', 'dns-01'])."
        }
      },
      "additionalProperties": false
    }
  }
};
var formats0 = import_formats.fullFormats.uri;
var schema32 = {
  "type": "object",
  "description": "Zero-trust security, identity, and compliance envelope metadata.",
  "required": [
    "identity"
  ],
  "properties": {
    "identity": {
      "type": "string",
      "description": "Globally unique cryptographic workload identifier principal (e.g. SPIFFE ID or DID URI)."
    },
    "identityType": {
      "type": "string",
      "enum": [
        "spiffe",
        "did",
        "https",
        "other"
      ],
      "description": "Hint representing the cryptographic format of the identity."
    },
    "trustSchema": {
      "$ref": "#/$defs/trustSchema"
    },
    "attestations": {
      "type": "array",
      "description": "List of verifiable claims (SOC 2 audits, compliance statements, HIPAA checks).",
      "items": {
        "type": "object",
        "required": [
          "type",
          "uri",
          "mediaType"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "Attestation standard type (e.g., SOC2-Type2, HIPAA)."
          },
          "uri": {
            "type": "string",
            "format": "uri",
            "description": "Location of the attestation certificate or document."
          },
          "mediaType": {
            "type": "string",
            "description": "Format of the attestation document (e.g. application/pdf, text/html)."
          },
          "digest": {
            "type": "string",
            "description": "Cryptographic sha256 digest for document integrity verification."
          }
        },
        "additionalProperties": false
      }
    },
    "provenance": {
      "type": "array",
      "description": "Cryptographic lineage trail of the artifact.",
      "items": {
        "type": "object",
        "required": [
          "relation",
          "sourceId"
        ],
        "properties": {
          "relation": {
            "type": "string",
            "enum": [
              "derivedFrom",
              "publishedFrom",
              "copiedFrom"
            ],
            "description": "Lineage relation."
          },
          "sourceId": {
            "type": "string",
            "description": "Identifier of the source artifact."
          },
          "sourceDigest": {
            "type": "string",
            "description": "Optional sha256 digest for safety."
          }
        },
        "additionalProperties": false
      }
    },
    "signature": {
      "type": "string",
      "description": "Detached JWS signature generated over the fields of the trustManifest."
    }
  },
  "additionalProperties": false
};
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.identity === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identity" }, message: "must have required property 'identity'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "identity" || key0 === "identityType" || key0 === "trustSchema" || key0 === "attestations" || key0 === "provenance" || key0 === "signature")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      if (typeof data.identity !== "string") {
        const err2 = { instancePath: instancePath + "/identity", schemaPath: "#/properties/identity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.identityType !== void 0) {
      let data1 = data.identityType;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/identityType", schemaPath: "#/properties/identityType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "spiffe" || data1 === "did" || data1 === "https" || data1 === "other")) {
        const err4 = { instancePath: instancePath + "/identityType", schemaPath: "#/properties/identityType/enum", keyword: "enum", params: { allowedValues: schema32.properties.identityType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.trustSchema !== void 0) {
      let data2 = data.trustSchema;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.identifier === void 0) {
          const err5 = { instancePath: instancePath + "/trustSchema", schemaPath: "#/$defs/trustSchema/required", keyword: "required", params: { missingProperty: "identifier" }, message: "must have required property 'identifier'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data2.version === void 0) {
          const err6 = { instancePath: instancePath + "/trustSchema", schemaPath: "#/$defs/trustSchema/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "identifier" || key1 === "version" || key1 === "governanceUri" || key1 === "verificationMethods")) {
            const err7 = { instancePath: instancePath + "/trustSchema", schemaPath: "#/$defs/trustSchema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.identifier !== void 0) {
          if (typeof data2.identifier !== "string") {
            const err8 = { instancePath: instancePath + "/trustSchema/identifier", schemaPath: "#/$defs/trustSchema/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.version !== void 0) {
          if (typeof data2.version !== "string") {
            const err9 = { instancePath: instancePath + "/trustSchema/version", schemaPath: "#/$defs/trustSchema/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.governanceUri !== void 0) {
          let data5 = data2.governanceUri;
          if (typeof data5 === "string") {
            if (!formats0(data5)) {
              const err10 = { instancePath: instancePath + "/trustSchema/governanceUri", schemaPath: "#/$defs/trustSchema/properties/governanceUri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/trustSchema/governanceUri", schemaPath: "#/$defs/trustSchema/properties/governanceUri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.verificationMethods !== void 0) {
          let data6 = data2.verificationMethods;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data6[i0] !== "string") {
                const err12 = { instancePath: instancePath + "/trustSchema/verificationMethods/" + i0, schemaPath: "#/$defs/trustSchema/properties/verificationMethods/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/trustSchema/verificationMethods", schemaPath: "#/$defs/trustSchema/properties/verificationMethods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/trustSchema", schemaPath: "#/$defs/trustSchema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.attestations !== void 0) {
      let data8 = data.attestations;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.type === void 0) {
              const err15 = { instancePath: instancePath + "/attestations/" + i1, schemaPath: "#/properties/attestations/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data9.uri === void 0) {
              const err16 = { instancePath: instancePath + "/attestations/" + i1, schemaPath: "#/properties/attestations/items/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data9.mediaType === void 0) {
              const err17 = { instancePath: instancePath + "/attestations/" + i1, schemaPath: "#/properties/attestations/items/required", keyword: "required", params: { missingProperty: "mediaType" }, message: "must have required property 'mediaType'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "type" || key2 === "uri" || key2 === "mediaType" || key2 === "digest")) {
                const err18 = { instancePath: instancePath + "/attestations/" + i1, schemaPath: "#/properties/attestations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data9.type !== void 0) {
              if (typeof data9.type !== "string") {
                const err19 = { instancePath: instancePath + "/attestations/" + i1 + "/type", schemaPath: "#/properties/attestations/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.uri !== void 0) {
              let data11 = data9.uri;
              if (typeof data11 === "string") {
                if (!formats0(data11)) {
                  const err20 = { instancePath: instancePath + "/attestations/" + i1 + "/uri", schemaPath: "#/properties/attestations/items/properties/uri/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/attestations/" + i1 + "/uri", schemaPath: "#/properties/attestations/items/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data9.mediaType !== void 0) {
              if (typeof data9.mediaType !== "string") {
                const err22 = { instancePath: instancePath + "/attestations/" + i1 + "/mediaType", schemaPath: "#/properties/attestations/items/properties/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data9.digest !== void 0) {
              if (typeof data9.digest !== "string") {
                const err23 = { instancePath: instancePath + "/attestations/" + i1 + "/digest", schemaPath: "#/properties/attestations/items/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/attestations/" + i1, schemaPath: "#/properties/attestations/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/attestations", schemaPath: "#/properties/attestations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.provenance !== void 0) {
      let data14 = data.provenance;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data15 = data14[i2];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.relation === void 0) {
              const err26 = { instancePath: instancePath + "/provenance/" + i2, schemaPath: "#/properties/provenance/items/required", keyword: "required", params: { missingProperty: "relation" }, message: "must have required property 'relation'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data15.sourceId === void 0) {
              const err27 = { instancePath: instancePath + "/provenance/" + i2, schemaPath: "#/properties/provenance/items/required", keyword: "required", params: { missingProperty: "sourceId" }, message: "must have required property 'sourceId'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key3 in data15) {
              if (!(key3 === "relation" || key3 === "sourceId" || key3 === "sourceDigest")) {
                const err28 = { instancePath: instancePath + "/provenance/" + i2, schemaPath: "#/properties/provenance/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data15.relation !== void 0) {
              let data16 = data15.relation;
              if (typeof data16 !== "string") {
                const err29 = { instancePath: instancePath + "/provenance/" + i2 + "/relation", schemaPath: "#/properties/provenance/items/properties/relation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (!(data16 === "derivedFrom" || data16 === "publishedFrom" || data16 === "copiedFrom")) {
                const err30 = { instancePath: instancePath + "/provenance/" + i2 + "/relation", schemaPath: "#/properties/provenance/items/properties/relation/enum", keyword: "enum", params: { allowedValues: schema32.properties.provenance.items.properties.relation.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data15.sourceId !== void 0) {
              if (typeof data15.sourceId !== "string") {
                const err31 = { instancePath: instancePath + "/provenance/" + i2 + "/sourceId", schemaPath: "#/properties/provenance/items/properties/sourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data15.sourceDigest !== void 0) {
              if (typeof data15.sourceDigest !== "string") {
                const err32 = { instancePath: instancePath + "/provenance/" + i2 + "/sourceDigest", schemaPath: "#/properties/provenance/items/properties/sourceDigest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/provenance/" + i2, schemaPath: "#/properties/provenance/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/provenance", schemaPath: "#/properties/provenance/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.signature !== void 0) {
      if (typeof data.signature !== "string") {
        const err35 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
__name(validate21, "validate21");
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema34 = {
  "type": "object",
  "description": "A single AI capability entry within the catalog.",
  "required": [
    "identifier",
    "displayName",
    "type"
  ],
  "oneOf": [
    {
      "required": [
        "url"
      ],
      "not": {
        "required": [
          "data"
        ]
      }
    },
    {
      "required": [
        "data"
      ],
      "not": {
        "required": [
          "url"
        ]
      }
    }
  ],
  "properties": {
    "identifier": {
      "type": "string",
      "pattern": "^urn:air:[a-zA-Z0-9.-]+(:[a-zA-Z0-9._-]+)+$",
      "description": "RFC 8141-compliant unique logical URN formatted as: urn:air:<publisher>:<namespace>:<agent-name>"
    },
    "displayName": {
      "type": "string",
      "description": "Human-friendly display name."
    },
    "type": {
      "type": "string",
      "description": "IANA Media Type indicating the specific protocol wrapper or payload structure (e.g. application/mcp-server-card+json)."
    },
    "url": {
      "type": "string",
      "format": "uri",
      "description": "HTTP URL reference to retrieve the full artifact document."
    },
    "data": {
      "type": "object",
      "description": "Embedded JSON object containing the complete artifact specification inline."
    },
    "description": {
      "type": "string",
      "description": "Brief natural-language description of the capability."
    },
    "tags": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "Tags or keywords for basic categorizing and filtering."
    },
    "capabilities": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "Explicit high-performance indexing tags representing skills, tools, or functions (e.g. ['WeatherTool', 'ForecastTool'])."
    },
    "representativeQueries": {
      "type": "array",
      "minItems": 2,
      "maxItems": 5,
      "items": {
        "type": "string"
      },
      "description": "Representative natural-language search queries used for indexing and vector embedding generation."
    },
    "version": {
      "type": "string",
      "description": "Semantic version of the capability."
    },
    "updatedAt": {
      "type": "string",
      "format": "date-time",
      "description": "ISO 8601 timestamp of the last modification."
    },
    "metadata": {
      "type": "object",
      "description": "Arbitrary key-value pairs for custom extensions.",
      "additionalProperties": {
        "type": [
          "string",
          "number",
          "boolean",
          "null"
        ]
      }
    },
    "trustManifest": {
      "$ref": "#/$defs/trustManifest"
    }
  }
};
var pattern4 = new RegExp("^urn:air:[a-zA-Z0-9.-]+(:[a-zA-Z0-9._-]+)+$", "u");
var formats10 = import_formats.fullFormats["date-time"];
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  const _errs3 = errors;
  const _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.data === void 0 && (missing0 = "data")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid1 = _errs4 === errors;
  if (valid1) {
    const err1 = { instancePath, schemaPath: "#/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs5 = errors;
  const _errs6 = errors;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.url === void 0 && (missing1 = "url")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var valid2 = _errs7 === errors;
  if (valid2) {
    const err4 = { instancePath, schemaPath: "#/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs6;
    if (vErrors !== null) {
      if (_errs6) {
        vErrors.length = _errs6;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.data === void 0) {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
  }
  var _valid0 = _errs5 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.identifier === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "identifier" }, message: "must have required property 'identifier'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.displayName === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "displayName" }, message: "must have required property 'displayName'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.identifier !== void 0) {
      let data0 = data.identifier;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err10 = { instancePath: instancePath + "/identifier", schemaPath: "#/properties/identifier/pattern", keyword: "pattern", params: { pattern: "^urn:air:[a-zA-Z0-9.-]+(:[a-zA-Z0-9._-]+)+$" }, message: 'must match pattern "^urn:air:[a-zA-Z0-9.-]+(:[a-zA-Z0-9._-]+)+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/identifier", schemaPath: "#/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.displayName !== void 0) {
      if (typeof data.displayName !== "string") {
        const err12 = { instancePath: instancePath + "/displayName", schemaPath: "#/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if (typeof data.type !== "string") {
        const err13 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data3 = data.url;
      if (typeof data3 === "string") {
        if (!formats0(data3)) {
          const err14 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data4 = data.data;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err16 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err17 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data6 = data.tags;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data6[i0] !== "string") {
            const err18 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data8 = data.capabilities;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data8[i1] !== "string") {
            const err20 = { instancePath: instancePath + "/capabilities/" + i1, schemaPath: "#/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.representativeQueries !== void 0) {
      let data10 = data.representativeQueries;
      if (Array.isArray(data10)) {
        if (data10.length > 5) {
          const err22 = { instancePath: instancePath + "/representativeQueries", schemaPath: "#/properties/representativeQueries/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data10.length < 2) {
          const err23 = { instancePath: instancePath + "/representativeQueries", schemaPath: "#/properties/representativeQueries/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data10[i2] !== "string") {
            const err24 = { instancePath: instancePath + "/representativeQueries/" + i2, schemaPath: "#/properties/representativeQueries/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/representativeQueries", schemaPath: "#/properties/representativeQueries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err26 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.updatedAt !== void 0) {
      let data13 = data.updatedAt;
      if (typeof data13 === "string") {
        if (!formats10.validate(data13)) {
          const err27 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data14 = data.metadata;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key0 in data14) {
          let data15 = data14[key0];
          if (typeof data15 !== "string" && !(typeof data15 == "number" && isFinite(data15)) && typeof data15 !== "boolean" && data15 !== null) {
            const err29 = { instancePath: instancePath + "/metadata/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/additionalProperties/type", keyword: "type", params: { type: schema34.properties.metadata.additionalProperties.type }, message: "must be string,number,boolean,null" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.trustManifest !== void 0) {
      if (!validate21(data.trustManifest, { instancePath: instancePath + "/trustManifest", parentData: data, parentDataProperty: "trustManifest", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
__name(validate23, "validate23");
validate23.evaluated = { "props": { "identifier": true, "displayName": true, "type": true, "url": true, "data": true, "description": true, "tags": true, "capabilities": true, "representativeQueries": true, "version": true, "updatedAt": true, "metadata": true, "trustManifest": true }, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.specVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "specVersion" }, message: "must have required property 'specVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.entries === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property 'entries'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "specVersion" || key0 === "host" || key0 === "entries")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.specVersion !== void 0) {
      let data0 = data.specVersion;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/specVersion", schemaPath: "#/properties/specVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "1.0")) {
        const err4 = { instancePath: instancePath + "/specVersion", schemaPath: "#/properties/specVersion/enum", keyword: "enum", params: { allowedValues: schema31.properties.specVersion.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      let data1 = data.host;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.displayName === void 0) {
          const err5 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/required", keyword: "required", params: { missingProperty: "displayName" }, message: "must have required property 'displayName'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "displayName" || key1 === "identifier" || key1 === "documentationUrl" || key1 === "logoUrl" || key1 === "trustManifest")) {
            const err6 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.displayName !== void 0) {
          if (typeof data1.displayName !== "string") {
            const err7 = { instancePath: instancePath + "/host/displayName", schemaPath: "#/properties/host/properties/displayName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.identifier !== void 0) {
          if (typeof data1.identifier !== "string") {
            const err8 = { instancePath: instancePath + "/host/identifier", schemaPath: "#/properties/host/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.documentationUrl !== void 0) {
          let data4 = data1.documentationUrl;
          if (typeof data4 === "string") {
            if (!formats0(data4)) {
              const err9 = { instancePath: instancePath + "/host/documentationUrl", schemaPath: "#/properties/host/properties/documentationUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/host/documentationUrl", schemaPath: "#/properties/host/properties/documentationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.logoUrl !== void 0) {
          let data5 = data1.logoUrl;
          if (typeof data5 === "string") {
            if (!formats0(data5)) {
              const err11 = { instancePath: instancePath + "/host/logoUrl", schemaPath: "#/properties/host/properties/logoUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/host/logoUrl", schemaPath: "#/properties/host/properties/logoUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.trustManifest !== void 0) {
          if (!validate21(data1.trustManifest, { instancePath: instancePath + "/host/trustManifest", parentData: data1, parentDataProperty: "trustManifest", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.entries !== void 0) {
      let data7 = data.entries;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate23(data7[i0], { instancePath: instancePath + "/entries/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
__name(validate20, "validate20");
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// node_modules/lighthouse/third-party/ard/ard.js
var URN_REGEX = /^urn:air:([a-zA-Z0-9.-]+)(?::([a-zA-Z0-9._:-]+))?:([a-zA-Z0-9._-]+)$/;
var ConformanceTester = class {
  static {
    __name(this, "ConformanceTester");
  }
  constructor() {
    this.errors = [];
    this.warnings = [];
  }
  /**
   * @param {string} message
   * @param {string} [element='Root']
   */
  add_error(message, element = "Root") {
    this.errors.push({ element, message });
    lighthouse_logger_default.verbose("ARD", `Validation Error [${element}]: ${message}`);
  }
  /**
   * @param {string} message
   * @param {string} [element='Root']
   */
  add_warning(message, element = "Root") {
    this.warnings.push({ element, message });
    lighthouse_logger_default.verbose("ARD", `Validation Warning [${element}]: ${message}`);
  }
  /** @param {any} manifest_data */
  run_json_schema_validation(manifest_data) {
    try {
      const valid = schema_validator_default(manifest_data);
      if (valid) {
        lighthouse_logger_default.verbose("ARD", "Strict JSON Schema validation passed.");
        return true;
      } else {
        const errors = (
          /** @type {any} */
          schema_validator_default.errors
        );
        const e = errors?.[0];
        const propertyPath = e?.instancePath ? e.instancePath.replace(/^\//, "").replace(/\//g, ".") : "root";
        let msg = e?.message || "unknown schema error";
        if (e?.keyword === "required") {
          msg = `'${e.params.missingProperty}' is a required property`;
        }
        this.add_error(`JSON Schema Validation Failed: ${msg} at path '${propertyPath}'`, "Root");
        return false;
      }
    } catch (e) {
      this.add_warning(`Failed to run JSON Schema validator: ${e}`, "Root");
      return true;
    }
  }
  /**
   * @param {string} raw_content
   * @param {string} source_label
   */
  validate_manifest(raw_content, source_label) {
    lighthouse_logger_default.verbose("ARD", `Validating Manifest: ${source_label}`);
    let data;
    try {
      data = JSON.parse(raw_content);
      lighthouse_logger_default.verbose("ARD", "Manifest parsed successfully as valid JSON.");
    } catch (e) {
      this.add_error(`Malformed JSON in manifest: ${e}`, "Root");
      return false;
    }
    this.run_json_schema_validation(data);
    lighthouse_logger_default.verbose("ARD", "Running custom semantic checks...");
    const spec_ver = data["specVersion"];
    if (!spec_ver) {
      this.add_error("Missing required 'specVersion' root property.", "Root");
    } else if (spec_ver !== "1.0") {
      this.add_warning(`Unrecognized 'specVersion': ${spec_ver}. Expected '1.0'.`, "Root");
    }
    const entries = data["entries"];
    if (entries === void 0 || entries === null) {
      this.add_error("Missing required 'entries' array.", "Root");
      return false;
    } else if (!Array.isArray(entries)) {
      this.add_error("'entries' must be a JSON array.", "Root");
      return false;
    }
    lighthouse_logger_default.verbose("ARD", `Found ${entries.length} entries to validate.`);
    entries.forEach((entry, idx) => {
      const label = entry["displayName"] || entry["identifier"] || `Entry #${idx}`;
      const ident = entry["identifier"];
      if (!ident) {
        this.add_error("Missing required 'identifier'.", label);
      } else {
        const match = URN_REGEX.exec(ident);
        if (!match) {
          this.add_error(`Identifier '${ident}' does not match RFC 8141 URN pattern 'urn:air:<publisher>:<namespace>:<agent-name>'.`, label);
        } else {
          const publisher = match[1];
          const name = match[3];
          lighthouse_logger_default.verbose("ARD", `[${label}] Valid URN format. Publisher: '${publisher}', Name: '${name}'.`);
        }
      }
      const disp_name = entry["displayName"];
      if (!disp_name) {
        this.add_error("Missing required 'displayName'.", label);
      }
      const media_type = entry["type"];
      if (!media_type) {
        this.add_error("Missing required 'type' (mediaType).", label);
      } else {
        const valid_types = [
          "application/ai-catalog+json",
          "application/agent-card+json",
          "application/a2a-agent-card+json",
          "application/mcp-server-card+json",
          "application/agent-skills+zip",
          "application/agent-skills+gzip",
          'text/markdown; profile="urn:air:agent-skills"',
          "application/ai-registry",
          "application/ai-registry+json"
        ];
        if (!valid_types.includes(media_type)) {
          this.add_warning(`Media type '${media_type}' is not one of standard discovery types: ${valid_types}.`, label);
        }
      }
      const has_url = entry["url"] !== void 0;
      const has_data = entry["data"] !== void 0;
      if (has_url && has_data) {
        this.add_error("Constraint violation: both 'url' and 'data' are provided. MUST provide exactly one.", label);
      } else if (!has_url && !has_data) {
        this.add_error("Constraint violation: neither 'url' nor 'data' is provided. MUST provide exactly one.", label);
      }
      const queries = entry["representativeQueries"];
      if (queries === void 0 || queries === null) {
        this.add_warning("Missing 'representativeQueries'. 2 to 5 queries are recommended for vector index embedding.", label);
      } else if (!Array.isArray(queries)) {
        this.add_error("'representativeQueries' must be an array of strings.", label);
      } else {
        if (queries.length < 2 || queries.length > 5) {
          this.add_warning(`'representativeQueries' array has size ${queries.length}. 2 to 5 queries are recommended for vector index embedding.`, label);
        }
        for (const q of queries) {
          if (typeof q !== "string") {
            this.add_error(`Query '${q}' is not a string.`, label);
          }
        }
      }
      const trust = entry["trustManifest"];
      if (trust !== void 0 && trust !== null) {
        if (typeof trust !== "object" || Array.isArray(trust)) {
          this.add_error("'trustManifest' must be a JSON object.", label);
        } else {
          const trust_id = trust["identity"];
          if (!trust_id) {
            this.add_error("'trustManifest' is missing required 'identity' field.", label);
          }
        }
      }
    });
    if ("collections" in data) {
      this.add_error("Deprecated field check: Found 'collections' array at root. Top-level collections were REMOVED in ADR-0003. Catalog hierarchies MUST be modeled inside 'entries' using 'type: application/ai-catalog+json'.", "Root");
    }
    return this.errors.length === 0;
  }
};

// node_modules/lighthouse/core/audits/agentic/ard-schema.js
var UIStrings2 = {
  /** Title of a Lighthouse audit that evaluates whether ai-catalog.json conforms to the ARD specification. Shown when valid. */
  title: "`ai-catalog.json` schema is valid",
  /** Title of a Lighthouse audit that evaluates whether ai-catalog.json conforms to the ARD specification. Shown when invalid. */
  failureTitle: "`ai-catalog.json` schema is invalid",
  /** Description of a Lighthouse audit that tells the user why ai-catalog.json must match the ARD specification. */
  description: "Valid `ai-catalog.json` manifests are required for autonomous AI agents and registries to discover and verify your resources. [Learn more about the ARD specification](https://agenticresourcediscovery.org/spec/).",
  /** Explanatory message stating that ai-catalog.json could not be loaded for schema validation. */
  explanation: "Catalog file could not be loaded for schema validation.",
  /** Header of the table column which displays the issue. */
  columnIssue: "Issue",
  /** Header of the table column which displays the severity. */
  columnSeverity: "Severity",
  /** Table item value for an error severity. */
  itemSeverityError: "Error"
};
var str_ = createIcuMessageFn(import.meta.url, UIStrings2);
var ArdSchema = class extends Audit {
  static {
    __name(this, "ArdSchema");
  }
  /**
   * @return {LH.Audit.Meta}
   */
  static get meta() {
    return {
      id: "ard-schema",
      title: str_(UIStrings2.title),
      failureTitle: str_(UIStrings2.failureTitle),
      description: str_(UIStrings2.description),
      requiredArtifacts: ["AgentResourceDiscovery"],
      supportedModes: ["navigation", "snapshot"]
    };
  }
  /**
   * @param {LH.Artifacts} artifacts
   * @return {LH.Audit.Product}
   */
  static audit(artifacts) {
    const ard = artifacts.AgentResourceDiscovery;
    const signals = ard.discoverySignals;
    const hasExplicitSignal = Boolean(
      signals.robotsTxtAgentmap || signals.htmlLink || signals.httpHeaderLink
    );
    const hasCatalog = hasExplicitSignal || ard.status === 200;
    if (!hasCatalog) {
      return {
        score: 1,
        notApplicable: true
      };
    }
    if (ard.status !== 200 || !ard.content) {
      return {
        score: 0,
        explanation: str_(UIStrings2.explanation)
      };
    }
    const itemSeverityError = str_(UIStrings2.itemSeverityError);
    const itemSeverityLow = str_(UIStrings.itemSeverityLow);
    const issues = [];
    const headings = [
      { key: "element", valueType: "text", label: str_(UIStrings.columnElement) },
      { key: "issue", valueType: "text", label: str_(UIStrings2.columnIssue) },
      { key: "severity", valueType: "text", label: str_(UIStrings2.columnSeverity) }
    ];
    const tester = new ConformanceTester();
    tester.validate_manifest(ard.content, "ai-catalog.json");
    for (const err of tester.errors) {
      issues.push({
        element: err.element,
        issue: err.message,
        severity: itemSeverityError
      });
    }
    for (const warn of tester.warnings) {
      issues.push({
        element: warn.element,
        issue: warn.message,
        severity: itemSeverityLow
      });
    }
    const hasErrors = issues.some((i) => i.severity === itemSeverityError);
    const hasLowSeverity = issues.some((i) => i.severity === itemSeverityLow);
    let score = 1;
    if (hasErrors) {
      score = 0;
    } else if (hasLowSeverity) {
      score = 0.9;
    }
    return {
      score,
      details: issues.length ? Audit.makeTableDetails(headings, issues) : void 0
    };
  }
};
var ard_schema_default = ArdSchema;
export {
  UIStrings2 as UIStrings,
  ard_schema_default as default
};
