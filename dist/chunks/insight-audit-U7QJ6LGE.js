import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirname } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __filename = __perfGateFileURLToPath(import.meta.url);
const __dirname = __perfGateDirname(__filename);
import {
  adaptInsightToAuditProduct,
  makeNodeItemForNodeId
} from "./chunk-OLKCNGBW.js";
import "./chunk-N3K66X6R.js";
import "./chunk-A2VZLC7O.js";
import "./chunk-55ZN7BAG.js";
import "./chunk-3KM644WB.js";
import "./chunk-UT74UKR5.js";
import "./chunk-TBUUV2YV.js";
import "./chunk-3KFQCHM4.js";
import "./chunk-RYL4IQBK.js";
import "./chunk-B6YPWBWC.js";
import "./chunk-5BBHM7BZ.js";
import "./chunk-OYL5QUQM.js";
import "./chunk-VBC5SOUF.js";
import "./chunk-XZRLS2KF.js";
import "./chunk-OJI7KLWC.js";
import "./chunk-GJQVB7BC.js";
import "./chunk-LXOYKW2X.js";
import "./chunk-CCAZ4I2I.js";
import "./chunk-TX2N5ISY.js";
import "./chunk-RMSGWGKU.js";
import "./chunk-FSWK4TCA.js";
import "./chunk-7GKXG23E.js";
import "./chunk-5PV2OCCB.js";
import "./chunk-QX4LR4A3.js";
import "./chunk-NPWTAH35.js";
export {
  adaptInsightToAuditProduct,
  makeNodeItemForNodeId
};
