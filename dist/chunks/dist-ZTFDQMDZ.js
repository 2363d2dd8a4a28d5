import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  lighthouse_logger_default
} from "./chunk-SUS4HUZI.js";
import "./chunk-DGA7P555.js";
import "./chunk-IN4OIQDI.js";
import "./chunk-CUMEVQG2.js";
import {
  __commonJS,
  __export,
  __name,
  __require,
  __toESM
} from "./chunk-OMWRFWOT.js";

// node_modules/chrome-launcher/node_modules/escape-string-regexp/index.js
var require_escape_string_regexp = __commonJS({
  "node_modules/chrome-launcher/node_modules/escape-string-regexp/index.js"(exports, module) {
    "use strict";
    module.exports = (string) => {
      if (typeof string !== "string") {
        throw new TypeError("Expected a string");
      }
      return string.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
    };
  }
});

// node_modules/is-docker/index.js
var require_is_docker = __commonJS({
  "node_modules/is-docker/index.js"(exports, module) {
    "use strict";
    var fs3 = __require("fs");
    var isDocker;
    function hasDockerEnv() {
      try {
        fs3.statSync("/.dockerenv");
        return true;
      } catch (_) {
        return false;
      }
    }
    __name(hasDockerEnv, "hasDockerEnv");
    function hasDockerCGroup() {
      try {
        return fs3.readFileSync("/proc/self/cgroup", "utf8").includes("docker");
      } catch (_) {
        return false;
      }
    }
    __name(hasDockerCGroup, "hasDockerCGroup");
    module.exports = () => {
      if (isDocker === void 0) {
        isDocker = hasDockerEnv() || hasDockerCGroup();
      }
      return isDocker;
    };
  }
});

// node_modules/is-wsl/index.js
var require_is_wsl = __commonJS({
  "node_modules/is-wsl/index.js"(exports, module) {
    "use strict";
    var os = __require("os");
    var fs3 = __require("fs");
    var isDocker = require_is_docker();
    var isWsl3 = /* @__PURE__ */ __name(() => {
      if (process.platform !== "linux") {
        return false;
      }
      if (os.release().toLowerCase().includes("microsoft")) {
        if (isDocker()) {
          return false;
        }
        return true;
      }
      try {
        return fs3.readFileSync("/proc/version", "utf8").toLowerCase().includes("microsoft") ? !isDocker() : false;
      } catch (_) {
        return false;
      }
    }, "isWsl");
    if (process.env.__IS_WSL_TEST__) {
      module.exports = isWsl3;
    } else {
      module.exports = isWsl3();
    }
  }
});

// node_modules/chrome-launcher/dist/chrome-launcher.js
import * as fs2 from "fs";
import * as net from "net";

// node_modules/chrome-launcher/dist/chrome-finder.js
var chrome_finder_exports = {};
__export(chrome_finder_exports, {
  darwin: () => darwin,
  darwinFast: () => darwinFast,
  linux: () => linux,
  win32: () => win32,
  wsl: () => wsl
});
var import_escape_string_regexp = __toESM(require_escape_string_regexp(), 1);
import fs from "fs";
import path from "path";
import { homedir } from "os";
import { execSync, execFileSync } from "child_process";

// node_modules/chrome-launcher/dist/utils.js
var import_is_wsl = __toESM(require_is_wsl(), 1);
import { join } from "path";
import childProcess from "child_process";
import { mkdirSync } from "fs";
function defaults(val, def) {
  return typeof val === "undefined" ? def : val;
}
__name(defaults, "defaults");
async function delay(time) {
  return new Promise((resolve) => setTimeout(resolve, time));
}
__name(delay, "delay");
var LauncherError = class extends Error {
  static {
    __name(this, "LauncherError");
  }
  constructor(message = "Unexpected error", code) {
    super();
    this.message = message;
    this.code = code;
    this.stack = new Error().stack;
    return this;
  }
};
var ChromePathNotSetError = class extends LauncherError {
  static {
    __name(this, "ChromePathNotSetError");
  }
  constructor() {
    super(...arguments);
    this.message = "The CHROME_PATH environment variable must be set to a Chrome/Chromium executable no older than Chrome stable.";
    this.code = "ERR_LAUNCHER_PATH_NOT_SET";
  }
};
var InvalidUserDataDirectoryError = class extends LauncherError {
  static {
    __name(this, "InvalidUserDataDirectoryError");
  }
  constructor() {
    super(...arguments);
    this.message = "userDataDir must be false or a path.";
    this.code = "ERR_LAUNCHER_INVALID_USER_DATA_DIRECTORY";
  }
};
var UnsupportedPlatformError = class extends LauncherError {
  static {
    __name(this, "UnsupportedPlatformError");
  }
  constructor() {
    super(...arguments);
    this.message = `Platform ${getPlatform()} is not supported.`;
    this.code = "ERR_LAUNCHER_UNSUPPORTED_PLATFORM";
  }
};
var ChromeNotInstalledError = class extends LauncherError {
  static {
    __name(this, "ChromeNotInstalledError");
  }
  constructor() {
    super(...arguments);
    this.message = "No Chrome installations found.";
    this.code = "ERR_LAUNCHER_NOT_INSTALLED";
  }
};
function getPlatform() {
  return import_is_wsl.default ? "wsl" : process.platform;
}
__name(getPlatform, "getPlatform");
function makeTmpDir() {
  switch (getPlatform()) {
    case "darwin":
    case "linux":
      return makeUnixTmpDir();
    case "wsl":
      process.env.TEMP = getWSLLocalAppDataPath(`${process.env.PATH}`);
    case "win32":
      return makeWin32TmpDir();
    default:
      throw new UnsupportedPlatformError();
  }
}
__name(makeTmpDir, "makeTmpDir");
function toWinDirFormat(dir = "") {
  const results = /\/mnt\/([a-z])\//.exec(dir);
  if (!results) {
    return dir;
  }
  const driveLetter = results[1];
  return dir.replace(`/mnt/${driveLetter}/`, `${driveLetter.toUpperCase()}:\\`).replace(/\//g, "\\");
}
__name(toWinDirFormat, "toWinDirFormat");
function toWin32Path(dir = "") {
  if (/[a-z]:\\/iu.test(dir)) {
    return dir;
  }
  try {
    return childProcess.execFileSync("wslpath", ["-w", dir]).toString().trim();
  } catch {
    return toWinDirFormat(dir);
  }
}
__name(toWin32Path, "toWin32Path");
function toWSLPath(dir, fallback) {
  try {
    return childProcess.execFileSync("wslpath", ["-u", dir]).toString().trim();
  } catch {
    return fallback;
  }
}
__name(toWSLPath, "toWSLPath");
function getLocalAppDataPath(path2) {
  const userRegExp = /\/mnt\/([a-z])\/Users\/([^\/:]+)\/AppData\//;
  const results = userRegExp.exec(path2) || [];
  return `/mnt/${results[1]}/Users/${results[2]}/AppData/Local`;
}
__name(getLocalAppDataPath, "getLocalAppDataPath");
function getWSLLocalAppDataPath(path2) {
  const userRegExp = /\/([a-z])\/Users\/([^\/:]+)\/AppData\//;
  const results = userRegExp.exec(path2) || [];
  return toWSLPath(`${results[1]}:\\Users\\${results[2]}\\AppData\\Local`, getLocalAppDataPath(path2));
}
__name(getWSLLocalAppDataPath, "getWSLLocalAppDataPath");
function makeUnixTmpDir() {
  return childProcess.execSync("mktemp -d -t lighthouse.XXXXXXX").toString().trim();
}
__name(makeUnixTmpDir, "makeUnixTmpDir");
function makeWin32TmpDir() {
  const winTmpPath = process.env.TEMP || process.env.TMP || (process.env.SystemRoot || process.env.windir) + "\\temp";
  const randomNumber = Math.floor(Math.random() * 9e7 + 1e7);
  const tmpdir = join(winTmpPath, "lighthouse." + randomNumber);
  mkdirSync(tmpdir, { recursive: true });
  return tmpdir;
}
__name(makeWin32TmpDir, "makeWin32TmpDir");

// node_modules/chrome-launcher/dist/chrome-finder.js
var newLineRegex = /\r?\n/;
function darwinFast() {
  const priorityOptions = [
    process.env.CHROME_PATH,
    process.env.LIGHTHOUSE_CHROMIUM_PATH,
    "/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  ];
  for (const chromePath of priorityOptions) {
    if (chromePath && canAccess(chromePath))
      return chromePath;
  }
  return darwin()[0];
}
__name(darwinFast, "darwinFast");
function darwin() {
  const suffixes = ["/Contents/MacOS/Google Chrome Canary", "/Contents/MacOS/Google Chrome"];
  const LSREGISTER = "/System/Library/Frameworks/CoreServices.framework/Versions/A/Frameworks/LaunchServices.framework/Versions/A/Support/lsregister";
  const installations = [];
  const customChromePath = resolveChromePath();
  if (customChromePath) {
    installations.push(customChromePath);
  }
  execSync(`${LSREGISTER} -dump | grep -i 'google chrome\\( canary\\)\\?\\.app' | awk '{$1=""; print $0}'`).toString().split(newLineRegex).forEach((inst) => {
    suffixes.forEach((suffix) => {
      const execPath = path.join(inst.substring(0, inst.indexOf(".app") + 4).trim(), suffix);
      if (canAccess(execPath) && installations.indexOf(execPath) === -1) {
        installations.push(execPath);
      }
    });
  });
  const home = (0, import_escape_string_regexp.default)(process.env.HOME || homedir());
  const priorities = [
    { regex: new RegExp(`^${home}/Applications/.*Chrome\\.app`), weight: 50 },
    { regex: new RegExp(`^${home}/Applications/.*Chrome Canary\\.app`), weight: 51 },
    { regex: /^\/Applications\/.*Chrome.app/, weight: 100 },
    { regex: /^\/Applications\/.*Chrome Canary.app/, weight: 101 },
    { regex: /^\/Volumes\/.*Chrome.app/, weight: -2 },
    { regex: /^\/Volumes\/.*Chrome Canary.app/, weight: -1 }
  ];
  if (process.env.LIGHTHOUSE_CHROMIUM_PATH) {
    priorities.unshift({ regex: new RegExp((0, import_escape_string_regexp.default)(process.env.LIGHTHOUSE_CHROMIUM_PATH)), weight: 150 });
  }
  if (process.env.CHROME_PATH) {
    priorities.unshift({ regex: new RegExp((0, import_escape_string_regexp.default)(process.env.CHROME_PATH)), weight: 151 });
  }
  return sort(installations, priorities);
}
__name(darwin, "darwin");
function resolveChromePath() {
  if (canAccess(process.env.CHROME_PATH)) {
    return process.env.CHROME_PATH;
  }
  if (canAccess(process.env.LIGHTHOUSE_CHROMIUM_PATH)) {
    lighthouse_logger_default.warn("ChromeLauncher", "LIGHTHOUSE_CHROMIUM_PATH is deprecated, use CHROME_PATH env variable instead.");
    return process.env.LIGHTHOUSE_CHROMIUM_PATH;
  }
  return void 0;
}
__name(resolveChromePath, "resolveChromePath");
function linux() {
  let installations = [];
  const customChromePath = resolveChromePath();
  if (customChromePath) {
    installations.push(customChromePath);
  }
  const desktopInstallationFolders = [
    path.join(homedir(), ".local/share/applications/"),
    "/usr/share/applications/"
  ];
  desktopInstallationFolders.forEach((folder) => {
    installations = installations.concat(findChromeExecutables(folder));
  });
  const executables = [
    "google-chrome-stable",
    "google-chrome",
    "chromium-browser",
    "chromium"
  ];
  executables.forEach((executable) => {
    try {
      const chromePath = execFileSync("which", [executable], { stdio: "pipe" }).toString().split(newLineRegex)[0];
      if (canAccess(chromePath)) {
        installations.push(chromePath);
      }
    } catch (e) {
    }
  });
  if (!installations.length) {
    throw new ChromePathNotSetError();
  }
  const priorities = [
    { regex: /chrome-wrapper$/, weight: 51 },
    { regex: /google-chrome-stable$/, weight: 50 },
    { regex: /google-chrome$/, weight: 49 },
    { regex: /chromium-browser$/, weight: 48 },
    { regex: /chromium$/, weight: 47 }
  ];
  if (process.env.LIGHTHOUSE_CHROMIUM_PATH) {
    priorities.unshift({ regex: new RegExp((0, import_escape_string_regexp.default)(process.env.LIGHTHOUSE_CHROMIUM_PATH)), weight: 100 });
  }
  if (process.env.CHROME_PATH) {
    priorities.unshift({ regex: new RegExp((0, import_escape_string_regexp.default)(process.env.CHROME_PATH)), weight: 101 });
  }
  return sort(uniq(installations.filter(Boolean)), priorities);
}
__name(linux, "linux");
function wsl() {
  process.env.LOCALAPPDATA = getWSLLocalAppDataPath(`${process.env.PATH}`);
  process.env.PROGRAMFILES = toWSLPath("C:/Program Files", "/mnt/c/Program Files");
  process.env["PROGRAMFILES(X86)"] = toWSLPath("C:/Program Files (x86)", "/mnt/c/Program Files (x86)");
  return win32();
}
__name(wsl, "wsl");
function win32() {
  const installations = [];
  const suffixes = [
    `${path.sep}Google${path.sep}Chrome SxS${path.sep}Application${path.sep}chrome.exe`,
    `${path.sep}Google${path.sep}Chrome${path.sep}Application${path.sep}chrome.exe`
  ];
  const prefixes = [
    process.env.LOCALAPPDATA,
    process.env.PROGRAMFILES,
    process.env["PROGRAMFILES(X86)"]
  ].filter(Boolean);
  const customChromePath = resolveChromePath();
  if (customChromePath) {
    installations.push(customChromePath);
  }
  prefixes.forEach((prefix) => suffixes.forEach((suffix) => {
    const chromePath = path.join(prefix, suffix);
    if (canAccess(chromePath)) {
      installations.push(chromePath);
    }
  }));
  return installations;
}
__name(win32, "win32");
function sort(installations, priorities) {
  const defaultPriority = 10;
  return installations.map((inst) => {
    for (const pair of priorities) {
      if (pair.regex.test(inst)) {
        return { path: inst, weight: pair.weight };
      }
    }
    return { path: inst, weight: defaultPriority };
  }).sort((a, b) => b.weight - a.weight).map((pair) => pair.path);
}
__name(sort, "sort");
function canAccess(file) {
  if (!file) {
    return false;
  }
  try {
    fs.accessSync(file);
    return true;
  } catch (e) {
    return false;
  }
}
__name(canAccess, "canAccess");
function uniq(arr) {
  return Array.from(new Set(arr));
}
__name(uniq, "uniq");
function findChromeExecutables(folder) {
  const argumentsRegex = /(^[^ ]+).*/;
  const chromeExecRegex = "^Exec=/.*/(google-chrome|chrome|chromium)-.*";
  let installations = [];
  if (canAccess(folder)) {
    let execPaths;
    try {
      execPaths = execSync(`grep -ER "${chromeExecRegex}" ${folder} | awk -F '=' '{print $2}'`, { stdio: "pipe" });
    } catch (e) {
      execPaths = execSync(`grep -Er "${chromeExecRegex}" ${folder} | awk -F '=' '{print $2}'`, { stdio: "pipe" });
    }
    execPaths = execPaths.toString().split(newLineRegex).map((execPath) => execPath.replace(argumentsRegex, "$1"));
    execPaths.forEach((execPath) => canAccess(execPath) && installations.push(execPath));
  }
  return installations;
}
__name(findChromeExecutables, "findChromeExecutables");

// node_modules/chrome-launcher/dist/random-port.js
import { createServer } from "http";
function getRandomPort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0);
    server.once("listening", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}
__name(getRandomPort, "getRandomPort");

// node_modules/chrome-launcher/dist/flags.js
var DEFAULT_FLAGS = [
  "--disable-features=" + [
    // Disable built-in Google Translate service
    "Translate",
    // Disable the Chrome Optimization Guide background networking
    "OptimizationHints",
    //  Disable the Chrome Media Router (cast target discovery) background networking
    "MediaRouter",
    /// Avoid the startup dialog for _Do you want the application “Chromium.app” to accept incoming network connections?_. This is a sub-component of the MediaRouter.
    "DialMediaRouteProvider",
    // Disable the feature of: Calculate window occlusion on Windows will be used in the future to throttle and potentially unload foreground tabs in occluded windows.
    "CalculateNativeWinOcclusion",
    // Disables the Discover feed on NTP
    "InterestFeedContentSuggestions",
    // Don't update the CT lists
    "CertificateTransparencyComponentUpdater",
    // Disables autofill server communication. This feature isn't disabled via other 'parent' flags.
    "AutofillServerCommunication",
    // Disables "Enhanced ad privacy in Chrome" dialog (though as of 2024-03-20 it shouldn't show up if the profile has no stored country).
    "PrivacySandboxSettings4",
    // Disable RenderDocument (https://chromium.googlesource.com/chromium/src/+/main/docs/render_document.md) until remaining bugs are fixed. https://github.com/GoogleChrome/lighthouse/pull/16363
    "RenderDocument"
  ].join(","),
  // Disable all chrome extensions
  "--disable-extensions",
  // Disable some extensions that aren't affected by --disable-extensions
  "--disable-component-extensions-with-background-pages",
  // Disable various background network services, including extension updating,
  //   safe browsing service, upgrade detector, translate, UMA
  "--disable-background-networking",
  // Don't update the browser 'components' listed at chrome://components/
  "--disable-component-update",
  // Disables client-side phishing detection.
  "--disable-client-side-phishing-detection",
  // Disable syncing to a Google account
  "--disable-sync",
  // Disable reporting to UMA, but allows for collection
  "--metrics-recording-only",
  // Disable installation of default apps on first run
  "--disable-default-apps",
  // Mute any audio
  "--mute-audio",
  // Disable the default browser check, do not prompt to set it as such
  "--no-default-browser-check",
  // Skip first run wizards
  "--no-first-run",
  // Disable backgrounding renders for occluded windows
  "--disable-backgrounding-occluded-windows",
  // Disable renderer process backgrounding
  "--disable-renderer-backgrounding",
  // Disable task throttling of timer tasks from background pages.
  "--disable-background-timer-throttling",
  // Disable the default throttling of IPC between renderer & browser processes.
  "--disable-ipc-flooding-protection",
  // Avoid potential instability of using Gnome Keyring or KDE wallet. crbug.com/571003 crbug.com/991424
  "--password-store=basic",
  // Use mock keychain on Mac to prevent blocking permissions dialogs
  "--use-mock-keychain",
  // Disable background tracing (aka slow reports & deep reports) to avoid 'Tracing already started'
  "--force-fieldtrials=*BackgroundTracing/default/",
  // Suppresses hang monitor dialogs in renderer processes. This flag may allow slow unload handlers on a page to prevent the tab from closing.
  "--disable-hang-monitor",
  // Reloading a page that came from a POST normally prompts the user.
  "--disable-prompt-on-repost",
  // Disables Domain Reliability Monitoring, which tracks whether the browser has difficulty contacting Google-owned sites and uploads reports to Google.
  "--disable-domain-reliability",
  // Disable the in-product Help (IPH) system.
  "--propagate-iph-for-testing"
];

// node_modules/chrome-launcher/dist/chrome-launcher.js
import { spawn, spawnSync } from "child_process";
var isWsl2 = getPlatform() === "wsl";
var isWindows = getPlatform() === "win32";
var _SIGINT = "SIGINT";
var _SIGINT_EXIT_CODE = 130;
var _SUPPORTED_PLATFORMS = /* @__PURE__ */ new Set(["darwin", "linux", "win32", "wsl"]);
var instances = /* @__PURE__ */ new Set();
var sigintListener = /* @__PURE__ */ __name(() => {
  killAll();
  process.exit(_SIGINT_EXIT_CODE);
}, "sigintListener");
async function launch(opts = {}) {
  opts.handleSIGINT = defaults(opts.handleSIGINT, true);
  const instance = new Launcher(opts);
  if (opts.handleSIGINT && instances.size === 0) {
    process.on(_SIGINT, sigintListener);
  }
  instances.add(instance);
  await instance.launch();
  const kill = /* @__PURE__ */ __name(() => {
    instances.delete(instance);
    if (instances.size === 0) {
      process.removeListener(_SIGINT, sigintListener);
    }
    instance.kill();
  }, "kill");
  return {
    pid: instance.pid,
    port: instance.port,
    process: instance.chromeProcess,
    remoteDebuggingPipes: instance.remoteDebuggingPipes,
    kill
  };
}
__name(launch, "launch");
function getChromePath() {
  const installation = Launcher.getFirstInstallation();
  if (!installation) {
    throw new ChromeNotInstalledError();
  }
  return installation;
}
__name(getChromePath, "getChromePath");
function killAll() {
  let errors = [];
  for (const instance of instances) {
    try {
      instance.kill();
      instances.delete(instance);
    } catch (err) {
      errors.push(err);
    }
  }
  return errors;
}
__name(killAll, "killAll");
var Launcher = class _Launcher {
  static {
    __name(this, "Launcher");
  }
  constructor(opts = {}, moduleOverrides = {}) {
    this.opts = opts;
    this.tmpDirandPidFileReady = false;
    this.remoteDebuggingPipes = null;
    this.fs = moduleOverrides.fs || fs2;
    this.spawn = moduleOverrides.spawn || spawn;
    lighthouse_logger_default.setLevel(defaults(this.opts.logLevel, "silent"));
    this.startingUrl = defaults(this.opts.startingUrl, "about:blank");
    this.chromeFlags = defaults(this.opts.chromeFlags, []);
    this.prefs = defaults(this.opts.prefs, {});
    this.requestedPort = defaults(this.opts.port, 0);
    this.portStrictMode = opts.portStrictMode;
    this.chromePath = this.opts.chromePath;
    this.ignoreDefaultFlags = defaults(this.opts.ignoreDefaultFlags, false);
    this.connectionPollInterval = defaults(this.opts.connectionPollInterval, 500);
    this.maxConnectionRetries = defaults(this.opts.maxConnectionRetries, 50);
    this.envVars = defaults(opts.envVars, Object.assign({}, process.env));
    if (typeof this.opts.userDataDir === "boolean") {
      if (!this.opts.userDataDir) {
        this.useDefaultProfile = true;
        this.userDataDir = void 0;
      } else {
        throw new InvalidUserDataDirectoryError();
      }
    } else {
      this.useDefaultProfile = false;
      this.userDataDir = this.opts.userDataDir;
    }
    this.useRemoteDebuggingPipe = this.chromeFlags.some((f) => f.startsWith("--remote-debugging-pipe"));
  }
  get flags() {
    const flags = this.ignoreDefaultFlags ? [] : DEFAULT_FLAGS.slice();
    if (this.port) {
      flags.push(`--remote-debugging-port=${this.port}`);
    }
    if (!this.ignoreDefaultFlags && getPlatform() === "linux") {
      flags.push("--disable-setuid-sandbox");
    }
    if (!this.useDefaultProfile) {
      flags.push(`--user-data-dir=${isWsl2 ? toWin32Path(this.userDataDir) : this.userDataDir}`);
    }
    if (process.env.HEADLESS)
      flags.push("--headless");
    flags.push(...this.chromeFlags);
    flags.push(this.startingUrl);
    return flags;
  }
  static defaultFlags() {
    return DEFAULT_FLAGS.slice();
  }
  /** Returns the highest priority chrome installation. */
  static getFirstInstallation() {
    if (getPlatform() === "darwin")
      return darwinFast();
    return chrome_finder_exports[getPlatform()]()[0];
  }
  /** Returns all available chrome installations in decreasing priority order. */
  static getInstallations() {
    return chrome_finder_exports[getPlatform()]();
  }
  // Wrapper function to enable easy testing.
  makeTmpDir() {
    return makeTmpDir();
  }
  prepare() {
    const platform = getPlatform();
    if (!_SUPPORTED_PLATFORMS.has(platform)) {
      throw new UnsupportedPlatformError();
    }
    this.userDataDir = this.userDataDir || this.makeTmpDir();
    this.outFile = this.fs.openSync(`${this.userDataDir}/chrome-out.log`, "a");
    this.errFile = this.fs.openSync(`${this.userDataDir}/chrome-err.log`, "a");
    this.setBrowserPrefs();
    this.pidFile = `${this.userDataDir}/chrome.pid`;
    lighthouse_logger_default.verbose("ChromeLauncher", `created ${this.userDataDir}`);
    this.tmpDirandPidFileReady = true;
  }
  setBrowserPrefs() {
    if (Object.keys(this.prefs).length === 0) {
      return;
    }
    const profileDir = `${this.userDataDir}/Default`;
    if (!this.fs.existsSync(profileDir)) {
      this.fs.mkdirSync(profileDir, { recursive: true });
    }
    const preferenceFile = `${profileDir}/Preferences`;
    try {
      if (this.fs.existsSync(preferenceFile)) {
        const file = this.fs.readFileSync(preferenceFile, "utf-8");
        const content = JSON.parse(file);
        this.fs.writeFileSync(preferenceFile, JSON.stringify({ ...content, ...this.prefs }), "utf-8");
      } else {
        this.fs.writeFileSync(preferenceFile, JSON.stringify({ ...this.prefs }), "utf-8");
      }
    } catch (err) {
      lighthouse_logger_default.log("ChromeLauncher", `Failed to set browser prefs: ${err.message}`);
    }
  }
  async launch() {
    if (this.requestedPort !== 0) {
      this.port = this.requestedPort;
      try {
        await this.isDebuggerReady();
        lighthouse_logger_default.log("ChromeLauncher", `Found existing Chrome already running using port ${this.port}, using that.`);
        return;
      } catch (err) {
        if (this.portStrictMode) {
          throw new Error(`found no Chrome at port ${this.requestedPort}`);
        }
        lighthouse_logger_default.log("ChromeLauncher", `No debugging port found on port ${this.port}, launching a new Chrome.`);
      }
    }
    if (this.chromePath === void 0) {
      const installation = _Launcher.getFirstInstallation();
      if (!installation) {
        throw new ChromeNotInstalledError();
      }
      this.chromePath = installation;
    }
    if (!this.tmpDirandPidFileReady) {
      this.prepare();
    }
    this.pid = await this.spawnProcess(this.chromePath);
    return Promise.resolve();
  }
  async spawnProcess(execPath) {
    const spawnPromise = (async () => {
      if (this.chromeProcess) {
        lighthouse_logger_default.log("ChromeLauncher", `Chrome already running with pid ${this.chromeProcess.pid}.`);
        return this.chromeProcess.pid;
      }
      if (this.requestedPort === 0) {
        if (this.useRemoteDebuggingPipe) {
          this.port = 0;
        } else {
          this.port = await getRandomPort();
        }
      }
      lighthouse_logger_default.verbose("ChromeLauncher", `Launching with command:
"${execPath}" ${this.flags.join(" ")}`);
      this.chromeProcess = this.spawn(execPath, this.flags, {
        // On non-windows platforms, `detached: true` makes child process a leader of a new
        // process group, making it possible to kill child process tree with `.kill(-pid)` command.
        // @see https://nodejs.org/api/child_process.html#child_process_options_detached
        detached: process.platform !== "win32",
        stdio: this.useRemoteDebuggingPipe ? ["ignore", this.outFile, this.errFile, "pipe", "pipe"] : ["ignore", this.outFile, this.errFile],
        env: this.envVars
      });
      if (this.chromeProcess.pid) {
        this.fs.writeFileSync(this.pidFile, this.chromeProcess.pid.toString());
      }
      if (this.useRemoteDebuggingPipe) {
        this.remoteDebuggingPipes = {
          incoming: this.chromeProcess.stdio[4],
          outgoing: this.chromeProcess.stdio[3]
        };
      }
      lighthouse_logger_default.verbose("ChromeLauncher", `Chrome running with pid ${this.chromeProcess.pid} on port ${this.port}.`);
      return this.chromeProcess.pid;
    })();
    const pid = await spawnPromise;
    if (this.port !== 0) {
      await this.waitUntilReady();
    }
    return pid;
  }
  cleanup(client) {
    if (client) {
      client.removeAllListeners();
      client.end();
      client.destroy();
      client.unref();
    }
  }
  // resolves if ready, rejects otherwise
  isDebuggerReady() {
    return new Promise((resolve, reject) => {
      const client = net.createConnection(this.port, "127.0.0.1");
      client.once("error", (err) => {
        this.cleanup(client);
        reject(err);
      });
      client.once("connect", () => {
        this.cleanup(client);
        resolve();
      });
    });
  }
  // resolves when debugger is ready, rejects after 10 polls
  waitUntilReady() {
    const launcher = this;
    return new Promise((resolve, reject) => {
      let retries = 0;
      let waitStatus = "Waiting for browser.";
      const poll = /* @__PURE__ */ __name(() => {
        if (retries === 0) {
          lighthouse_logger_default.log("ChromeLauncher", waitStatus);
        }
        retries++;
        waitStatus += "..";
        lighthouse_logger_default.log("ChromeLauncher", waitStatus);
        launcher.isDebuggerReady().then(() => {
          lighthouse_logger_default.log("ChromeLauncher", waitStatus + `${lighthouse_logger_default.greenify(lighthouse_logger_default.tick)}`);
          resolve();
        }).catch((err) => {
          if (retries > launcher.maxConnectionRetries) {
            lighthouse_logger_default.error("ChromeLauncher", err.message);
            const stderr = this.fs.readFileSync(`${this.userDataDir}/chrome-err.log`, { encoding: "utf-8" });
            lighthouse_logger_default.error("ChromeLauncher", `Logging contents of ${this.userDataDir}/chrome-err.log`);
            lighthouse_logger_default.error("ChromeLauncher", stderr);
            return reject(err);
          }
          delay(launcher.connectionPollInterval).then(poll);
        });
      }, "poll");
      poll();
    });
  }
  kill() {
    if (!this.chromeProcess) {
      return;
    }
    this.chromeProcess.on("close", () => {
      delete this.chromeProcess;
      this.destroyTmp();
    });
    lighthouse_logger_default.log("ChromeLauncher", `Killing Chrome instance ${this.chromeProcess.pid}`);
    try {
      if (isWindows) {
        const taskkillProc = spawnSync(`taskkill /pid ${this.chromeProcess.pid} /T /F`, { shell: true, encoding: "utf-8" });
        const { stderr } = taskkillProc;
        if (stderr)
          lighthouse_logger_default.error("ChromeLauncher", `taskkill stderr`, stderr);
      } else {
        if (this.chromeProcess.pid) {
          process.kill(-this.chromeProcess.pid, "SIGKILL");
        }
      }
    } catch (err) {
      const message = `Chrome could not be killed ${err.message}`;
      lighthouse_logger_default.warn("ChromeLauncher", message);
    }
    this.destroyTmp();
  }
  destroyTmp() {
    if (this.outFile) {
      this.fs.closeSync(this.outFile);
      delete this.outFile;
    }
    if (this.userDataDir === void 0 || this.opts.userDataDir !== void 0) {
      return;
    }
    if (this.errFile) {
      this.fs.closeSync(this.errFile);
      delete this.errFile;
    }
    const rmSync = this.fs.rmSync || this.fs.rmdirSync;
    rmSync(this.userDataDir, { recursive: true, force: true, maxRetries: 10 });
  }
};
export {
  Launcher,
  getChromePath,
  killAll,
  launch
};
