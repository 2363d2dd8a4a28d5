import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import {
  ESTIMATE_FACTOR,
  EXPLAINED_QUERIES,
  LARGE_TABLE_ROWS,
  MORE_CALLS_MIN,
  MORE_CALLS_RATIO,
  NEW_MIN_CALLS_PER_REQUEST,
  N_PLUS_ONE_CALLS,
  SLOWER_FLOOR_MS,
  SLOWER_RATIO,
  TOP_QUERIES,
  analyzeDatabase,
  analyzeEndpointDatabase,
  compareQueries,
  databaseBottlenecks,
  databaseFindings,
  databasePlanItem,
  filterColumns,
  isPlannable,
  queriesToExplain,
  sqlIdentifier,
  summarizeQueries
} from "./chunk-JRZHQAKJ.js";
import "./chunk-OMWRFWOT.js";
export {
  ESTIMATE_FACTOR,
  EXPLAINED_QUERIES,
  LARGE_TABLE_ROWS,
  MORE_CALLS_MIN,
  MORE_CALLS_RATIO,
  NEW_MIN_CALLS_PER_REQUEST,
  N_PLUS_ONE_CALLS,
  SLOWER_FLOOR_MS,
  SLOWER_RATIO,
  TOP_QUERIES,
  analyzeDatabase,
  analyzeEndpointDatabase,
  compareQueries,
  databaseBottlenecks,
  databaseFindings,
  databasePlanItem,
  filterColumns,
  isPlannable,
  queriesToExplain,
  sqlIdentifier,
  summarizeQueries
};
