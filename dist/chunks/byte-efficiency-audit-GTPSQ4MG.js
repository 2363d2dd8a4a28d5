import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  ByteEfficiencyAudit
} from "./chunk-NPSMRO4Z.js";
import "./chunk-XIHQSQOX.js";
import "./chunk-Z3CABXSZ.js";
import "./chunk-672NMUMG.js";
import "./chunk-X3MROZVS.js";
import "./chunk-N6IEHMNS.js";
import "./chunk-ZCDCEIXT.js";
import "./chunk-LTKMILJT.js";
import "./chunk-HEXXHXNP.js";
import "./chunk-4AWAE4MI.js";
import "./chunk-BJHEQ4OP.js";
import "./chunk-ONCDSVQ5.js";
import "./chunk-5URQEILV.js";
import "./chunk-F4KVDJHG.js";
import "./chunk-2NDN4UYY.js";
import "./chunk-MMYCO4A4.js";
import "./chunk-5OCP4ICV.js";
import "./chunk-XDP7JP2V.js";
import "./chunk-IKRFTKV6.js";
import "./chunk-OGF3ODRV.js";
import "./chunk-M6BVBSCB.js";
import "./chunk-EE5QGFNO.js";
import "./chunk-NQT3LCYB.js";
import "./chunk-WHNLLLG3.js";
import "./chunk-4HNUH45J.js";
import "./chunk-PVRN2YPO.js";
import "./chunk-S7DQYX2D.js";
import "./chunk-N23IISKJ.js";
import "./chunk-SBARIJAF.js";
import "./chunk-HQY6G4FK.js";
import "./chunk-OMWRFWOT.js";
export {
  ByteEfficiencyAudit
};
