import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import "./chunk-OMWRFWOT.js";

// schema/config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://perf-gate.dev/schema/config.schema.json",
  title: "perf-gate configuration",
  description: "The settings of perf-gate.config.json (or .yml). Keys are the action's input names; an action input or CLI flag overrides the same key here. Sizes: 500KB, 1.5MB (1 kB = 1000 B, 1 KiB = 1024 B). Durations: 200ms, 1.5s. Percentages: 10%.",
  type: "object",
  additionalProperties: false,
  definitions: {
    size: {
      description: "A size such as 500KB, 1.5 MB or 800B; a bare number is bytes.",
      type: [
        "string",
        "number"
      ]
    },
    duration: {
      description: "A duration such as 200ms or 1.5s; a bare number is milliseconds.",
      type: [
        "string",
        "number"
      ]
    },
    percentage: {
      description: "A percentage such as 10%; a bare number is percent.",
      type: [
        "string",
        "number"
      ]
    },
    lines: {
      description: "A list, or one string with one item a line.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string"
          }
        }
      ]
    },
    compression: {
      type: "string",
      enum: [
        "gzip",
        "brotli",
        "none"
      ]
    },
    bundleGroup: {
      type: "object",
      description: "A named group of files whose sizes are summed and gated together.",
      additionalProperties: false,
      required: [
        "path"
      ],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          description: "Shown in the report; defaults to the path."
        },
        path: {
          $ref: "#/definitions/lines",
          description: "Glob(s) of the built files, relative to the working directory (no .. or leading /)."
        },
        ignore: {
          type: "array",
          items: {
            type: "string"
          },
          description: "Globs of files left out of the group."
        },
        limit: {
          $ref: "#/definitions/size",
          description: "Budget of this group, after its compression, 1B to 1GB; defaults to bundle-budget."
        },
        compression: {
          $ref: "#/definitions/compression"
        }
      }
    },
    endpoint: {
      type: "object",
      additionalProperties: false,
      required: [
        "path"
      ],
      properties: {
        method: {
          type: "string",
          default: "GET",
          description: "GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS, in any case."
        },
        path: {
          type: "string",
          pattern: "^/",
          description: "A path on the started server, starting with a single /."
        },
        headers: {
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        body: {},
        status: {
          type: "integer",
          minimum: 100,
          maximum: 599
        },
        "p95-budget": {
          $ref: "#/definitions/duration",
          description: "This endpoint's own p95 budget; 1ms to 10s."
        }
      }
    }
  },
  properties: {
    $schema: {
      type: "string"
    },
    "install-command": {
      type: "string",
      description: "Installs dependencies when the base branch is rebuilt; detected from the lockfile by default."
    },
    "build-command": {
      type: "string",
      description: "Builds the app before it is measured."
    },
    "start-command": {
      type: "string",
      description: "Starts the app server; it must listen on $PORT."
    },
    "ready-path": {
      type: "string",
      pattern: "^/",
      default: "/",
      description: "Polled until the server answers."
    },
    "ready-timeout": {
      $ref: "#/definitions/duration",
      default: "30s",
      description: "How long the started server may take to answer on ready-path; 1s to 10m."
    },
    bundles: {
      description: "Globs of built files (each file is its own bundle), or named groups whose files are summed; relative to the working directory, without .. or a leading /, and matching only files inside it (symlinks followed). A .size-limit.json or package.json size-limit section is read too.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            oneOf: [
              {
                type: "string"
              },
              {
                $ref: "#/definitions/bundleGroup"
              }
            ]
          }
        }
      ]
    },
    "bundle-budget": {
      $ref: "#/definitions/size",
      default: "500KB",
      description: "Budget per bundle, after compression; 1B to 1GB."
    },
    compression: {
      $ref: "#/definitions/compression",
      default: "gzip",
      description: "Which size the budgets and regressions use."
    },
    urls: {
      $ref: "#/definitions/lines",
      description: "Pages for Lighthouse: http:// or https:// URLs, or paths on the started server (starting with /)."
    },
    "lighthouse-runs": {
      type: [
        "integer",
        "string"
      ],
      default: 3,
      description: "Lighthouse runs per page, 1 to 25; the median of each metric is used."
    },
    "lighthouse-max-runs": {
      type: [
        "integer",
        "string"
      ],
      default: 9,
      description: "Lighthouse runs per page and side at most: past lighthouse-runs, more are taken while a budget or a change is undecided; 1 to 25."
    },
    "lighthouse-fcp-timeout": {
      $ref: "#/definitions/duration",
      default: "15s",
      description: "How long Lighthouse waits for a first paint before a run fails (NO_FCP); 1s to 2m."
    },
    "lighthouse-budgets": {
      description: "Budgets per Lighthouse metric, over the defaults (lcp 2.5s, cls 0.1, tbt 200ms): timings as 2.5s or 200ms (0 to 2m), cls unitless (0 to 1), score as a minimum 0-1 or 0-100.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            score: {
              type: [
                "number",
                "string"
              ]
            },
            fcp: {
              $ref: "#/definitions/duration"
            },
            lcp: {
              $ref: "#/definitions/duration"
            },
            tbt: {
              $ref: "#/definitions/duration"
            },
            cls: {
              type: [
                "number",
                "string"
              ]
            },
            si: {
              $ref: "#/definitions/duration"
            },
            tti: {
              $ref: "#/definitions/duration"
            }
          }
        }
      ]
    },
    "lighthouse-assertions": {
      type: "string",
      description: "An LHCI lighthouserc (json/yml) or a Lighthouse budget.json whose metric budgets apply, inside the working directory; lighthouserc.json or budget.json in the working directory is read when present."
    },
    endpoints: {
      description: "Endpoints for the load test: METHOD /path [json-body] lines, or objects. Methods: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS (any case).",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            oneOf: [
              {
                type: "string"
              },
              {
                $ref: "#/definitions/endpoint"
              }
            ]
          }
        }
      ]
    },
    "p95-budget": {
      $ref: "#/definitions/duration",
      default: "200ms",
      description: "p95 latency budget per endpoint; 1ms to 10s (the load test's request timeout)."
    },
    "memory-budget": {
      $ref: "#/definitions/size",
      default: "200MB",
      description: "Peak RSS of the server process tree under load; 1MB to 1TB."
    },
    "load-duration": {
      $ref: "#/definitions/duration",
      default: "10s",
      description: "Length of one load-test round; 500ms to 10m."
    },
    connections: {
      type: [
        "integer",
        "string"
      ],
      default: 10,
      description: "Concurrent connections of the normal load, 1 to 1000; peak is 2.5 times this, and the most the stress test reaches must fit the machine's open-file limit."
    },
    "latency-rounds": {
      type: [
        "integer",
        "string"
      ],
      default: 6,
      description: "Rounds per side when latency is compared with the rebuilt base (alternating base and head); 1 to 50."
    },
    "latency-max-rounds": {
      type: [
        "integer",
        "string"
      ],
      default: 12,
      description: "Rounds per side at most: past latency-rounds, more are taken while the p95 comparison is undecided; 1 to 50."
    },
    "sampling-timeout": {
      $ref: "#/definitions/duration",
      default: "3m",
      description: "The most time a run spends on Lighthouse runs and load rounds beyond the fewest, to decide what they left undecided; 0s keeps the counts fixed; up to 30m."
    },
    "error-rate-budget": {
      $ref: "#/definitions/percentage",
      default: "1%",
      description: "Share of requests per endpoint that may fail (non-2xx, errors, timeouts); 0% to 100%."
    },
    "stress-steps": {
      type: [
        "integer",
        "string"
      ],
      default: 4,
      description: "Doublings of the load past peak in the stress test, 0 to 10; 0 turns the stress test off."
    },
    "stress-p99": {
      $ref: "#/definitions/duration",
      default: "1s",
      description: "A stress step whose p99 passes this is past the breaking point; 1ms to 10s."
    },
    profile: {
      type: "string",
      enum: [
        "none",
        "cpu",
        "heap",
        "cpu,heap"
      ],
      default: "none",
      description: "A Node server profiled in a round of its own under normal load (not counted): cpu (the hottest functions), heap (a possible leak), cpu,heap or none."
    },
    "target-url": {
      type: "string",
      description: "The origin of an app that is already running; pages and endpoints resolve against it and no server is started."
    },
    alert: {
      type: "string",
      enum: [
        "none",
        "commit-comment",
        "issue"
      ],
      default: "none",
      description: "On a push to the base branch, what a confirmed regression against the parent commit leads to."
    },
    "alert-mentions": {
      $ref: "#/definitions/lines",
      description: "Who an alert mentions: @login or @org/team, separated by commas."
    },
    "history-size": {
      type: [
        "integer",
        "string"
      ],
      default: "30",
      description: "The most earlier base-branch commits the trend keeps, 1 to 100; give github-action-benchmark's max-items-in-chart the same number."
    },
    "accept-label": {
      type: "string",
      default: "perf-gate: accept",
      description: "A pull request label that makes its regressions non-blocking; budgets still block."
    },
    "soak-duration": {
      $ref: "#/definitions/duration",
      description: "One long steady round per endpoint after the others, for scheduled runs; 1s to 2h."
    },
    baseline: {
      type: "string",
      enum: [
        "auto",
        "rebuild",
        "stored",
        "none"
      ],
      default: "auto"
    },
    "baseline-report": {
      type: "string",
      description: "Path of a report.json from an earlier perf-gate run to compare with: in the working directory, or where perf-gate wrote it (the runner's temp folder, the system's temp folder)."
    },
    "base-ref": {
      type: "string",
      description: "What to compare with; the pull request's base by default."
    },
    "regression-threshold": {
      $ref: "#/definitions/percentage",
      default: "10%",
      description: "Relative growth that counts as a regression; 0% to 100%."
    },
    "fail-on": {
      description: "What fails the check: budget, regression, both, or none.",
      oneOf: [
        {
          type: "string"
        },
        {
          type: "array",
          items: {
            type: "string",
            enum: [
              "budget",
              "regression",
              "none"
            ]
          }
        }
      ],
      default: "budget"
    },
    "pre-existing": {
      enum: [
        "ratchet",
        "block"
      ],
      default: "ratchet",
      description: "A budget the base already breaks: ratchet blocks only when the head is worse than the base beyond the noise; block blocks as any failed budget (a release branch's policy)."
    },
    comment: {
      type: [
        "boolean",
        "string"
      ],
      enum: [
        true,
        false,
        "true",
        "false",
        "on-failure"
      ],
      default: true
    },
    "comment-key": {
      type: "string",
      minLength: 1,
      pattern: "^[A-Za-z0-9._-]+$",
      default: "default",
      description: "Separate perf-gate jobs in one pull request keep separate comments."
    },
    policies: {
      type: "array",
      description: "Rules for some branches (a pull request's base, or the pushed branch): their own budgets, fail-on, threshold and runs. Later matching policies win; inputs win over policies.",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "branches"
        ],
        properties: {
          branches: {
            description: "Glob(s) of the branch being gated: a pull request's base, or the pushed branch, such as release/**.",
            oneOf: [
              {
                type: "string"
              },
              {
                type: "array",
                items: {
                  type: "string"
                }
              }
            ]
          },
          "bundle-budget": {
            $ref: "#/definitions/size",
            default: "500KB",
            description: "Budget per bundle, after compression; 1B to 1GB."
          },
          compression: {
            $ref: "#/definitions/compression",
            default: "gzip",
            description: "Which size the budgets and regressions use."
          },
          "lighthouse-runs": {
            type: [
              "integer",
              "string"
            ],
            default: 3,
            description: "Lighthouse runs per page, 1 to 25; the median of each metric is used."
          },
          "lighthouse-budgets": {
            description: "Budgets per Lighthouse metric, over the defaults (lcp 2.5s, cls 0.1, tbt 200ms): timings as 2.5s or 200ms (0 to 2m), cls unitless (0 to 1), score as a minimum 0-1 or 0-100.",
            oneOf: [
              {
                type: "string"
              },
              {
                type: "object",
                additionalProperties: false,
                properties: {
                  score: {
                    type: [
                      "number",
                      "string"
                    ]
                  },
                  fcp: {
                    $ref: "#/definitions/duration"
                  },
                  lcp: {
                    $ref: "#/definitions/duration"
                  },
                  tbt: {
                    $ref: "#/definitions/duration"
                  },
                  cls: {
                    type: [
                      "number",
                      "string"
                    ]
                  },
                  si: {
                    $ref: "#/definitions/duration"
                  },
                  tti: {
                    $ref: "#/definitions/duration"
                  }
                }
              }
            ]
          },
          "p95-budget": {
            $ref: "#/definitions/duration",
            default: "200ms",
            description: "p95 latency budget per endpoint; 1ms to 10s (the load test's request timeout)."
          },
          "memory-budget": {
            $ref: "#/definitions/size",
            default: "200MB",
            description: "Peak RSS of the server process tree under load; 1MB to 1TB."
          },
          "error-rate-budget": {
            $ref: "#/definitions/percentage",
            default: "1%",
            description: "Share of requests per endpoint that may fail (non-2xx, errors, timeouts); 0% to 100%."
          },
          "load-duration": {
            $ref: "#/definitions/duration",
            default: "10s",
            description: "Length of one load-test round; 500ms to 10m."
          },
          connections: {
            type: [
              "integer",
              "string"
            ],
            default: 10,
            description: "Concurrent connections of the normal load, 1 to 1000; peak is 2.5 times this, and the most the stress test reaches must fit the machine's open-file limit."
          },
          "latency-rounds": {
            type: [
              "integer",
              "string"
            ],
            default: 6,
            description: "Rounds per side when latency is compared with the rebuilt base (alternating base and head); 1 to 50."
          },
          "stress-steps": {
            type: [
              "integer",
              "string"
            ],
            default: 4,
            description: "Doublings of the load past peak in the stress test, 0 to 10; 0 turns the stress test off."
          },
          "stress-p99": {
            $ref: "#/definitions/duration",
            default: "1s",
            description: "A stress step whose p99 passes this is past the breaking point; 1ms to 10s."
          },
          "regression-threshold": {
            $ref: "#/definitions/percentage",
            default: "10%",
            description: "Relative growth that counts as a regression; 0% to 100%."
          },
          "fail-on": {
            description: "What fails the check: budget, regression, both, or none.",
            oneOf: [
              {
                type: "string"
              },
              {
                type: "array",
                items: {
                  type: "string",
                  enum: [
                    "budget",
                    "regression",
                    "none"
                  ]
                }
              }
            ],
            default: "budget"
          },
          "pre-existing": {
            enum: [
              "ratchet",
              "block"
            ],
            default: "ratchet",
            description: "A budget the base already breaks: ratchet blocks only when the head is worse than the base beyond the noise; block blocks as any failed budget."
          },
          comment: {
            type: [
              "boolean",
              "string"
            ],
            enum: [
              true,
              false,
              "true",
              "false",
              "on-failure"
            ],
            default: true
          },
          baseline: {
            type: "string",
            enum: [
              "auto",
              "rebuild",
              "stored",
              "none"
            ],
            default: "auto"
          }
        }
      }
    },
    "webpack-stats": {
      type: "string",
      description: "Path of webpack's stats.json inside the working directory (webpack --json, or the stats of webpack-bundle-analyzer's generateStatsFile): the modules and packages in each bundle, what grew, and a treemap."
    },
    composition: {
      type: "string",
      enum: [
        "auto",
        "source-maps",
        "webpack-stats",
        "none"
      ],
      default: "auto",
      description: "Where what makes up each bundle (packages, modules) comes from: auto takes webpack-stats when it is given, else the bundles' source maps; none skips it."
    },
    "strip-hash": {
      type: "string",
      minLength: 1,
      default: "auto",
      description: "How content hashes come off built file names, so that assets/index-D_6Ay_gG.js and assets/index-CKk-EZXd.js are one bundle that changed: auto (the hashes of Vite, Rollup, webpack, esbuild, Parcel and Next.js), none, or a regular expression whose first capture group is the hash, such as (\\.[0-9a-f]{8})\\.js$."
    }
  }
};
export {
  config_schema_default as default
};
