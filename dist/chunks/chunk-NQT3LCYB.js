import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);

// node_modules/lighthouse/core/lib/lh-env.js
import process from "process";
var isUnderTest = !!process.env.CI || process.env.NODE_ENV === "test";

export {
  isUnderTest
};
