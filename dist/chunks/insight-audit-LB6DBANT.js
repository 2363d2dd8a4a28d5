import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  adaptInsightToAuditProduct,
  makeNodeItemForNodeId
} from "./chunk-J4L6AU7X.js";
import "./chunk-XJYUVFMM.js";
import "./chunk-6LDEO2DW.js";
import "./chunk-ZDTZO4FP.js";
import "./chunk-6K4RRHRO.js";
import "./chunk-P6RRBHLG.js";
import "./chunk-C6Y33VRW.js";
import "./chunk-SYESP6GA.js";
import "./chunk-GFHU54RB.js";
import "./chunk-3KFQCHM4.js";
import "./chunk-YWRXZ2DQ.js";
import "./chunk-234O27YG.js";
import "./chunk-ZXMZWSLD.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-BQGYKYRY.js";
import "./chunk-3KM644WB.js";
import "./chunk-5BBHM7BZ.js";
import "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import "./chunk-LKICZOEU.js";
import "./chunk-FQTCD4Y2.js";
import "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
import "./chunk-QX4LR4A3.js";
import "./chunk-NPWTAH35.js";
export {
  adaptInsightToAuditProduct,
  makeNodeItemForNodeId
};
