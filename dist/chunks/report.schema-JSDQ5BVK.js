import { createRequire as __perfGateCreateRequire } from 'node:module';
import { fileURLToPath as __perfGateFileURLToPath } from 'node:url';
import { dirname as __perfGateDirnameOf } from 'node:path';
const require = __perfGateCreateRequire(import.meta.url);
const __perfGateFilename = __perfGateFileURLToPath(import.meta.url);
const __perfGateDirname = __perfGateDirnameOf(__perfGateFilename);
import "./chunk-OMWRFWOT.js";

// schema/report.schema.json
var report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://perf-gate.dev/schema/report.schema.json",
  title: "perf-gate report",
  description: "The JSON report perf-gate writes (output report-path). Sizes are bytes; changes and thresholds are fractions (0.1 = 10%). schemaVersion changes whenever a reader could break.",
  type: "object",
  required: [
    "schemaVersion",
    "tool",
    "createdAt",
    "settings",
    "baseline",
    "measurements",
    "comparison",
    "validation",
    "bottlenecks",
    "verdict",
    "notes",
    "plan"
  ],
  definitions: {
    compression: {
      type: "string",
      enum: [
        "gzip",
        "brotli",
        "none"
      ]
    },
    sizes: {
      type: "object",
      required: [
        "raw",
        "gzip",
        "brotli"
      ],
      properties: {
        raw: {
          type: "integer",
          minimum: 0
        },
        gzip: {
          type: "integer",
          minimum: 0
        },
        brotli: {
          type: "integer",
          minimum: 0
        }
      }
    },
    commit: {
      type: "object",
      properties: {
        sha: {
          type: "string"
        },
        ref: {
          type: "string"
        }
      }
    },
    partialSizes: {
      type: "object",
      description: "The sizes that were measured: all three for files perf-gate reads, only the check's own compression for a check the project's size-limit measured.",
      properties: {
        raw: {
          type: "integer",
          minimum: 0
        },
        gzip: {
          type: "integer",
          minimum: 0
        },
        brotli: {
          type: "integer",
          minimum: 0
        }
      }
    },
    bundleMeasurement: {
      allOf: [
        {
          $ref: "#/definitions/partialSizes"
        }
      ],
      type: "object",
      required: [
        "name",
        "compression",
        "limit",
        "files"
      ],
      properties: {
        name: {
          type: "string"
        },
        sizeLimit: {
          type: "object",
          description: "Set when the project's own size-limit measured this check.",
          required: [
            "passed"
          ],
          properties: {
            passed: {
              type: "boolean"
            },
            loading: {
              type: "number",
              minimum: 0,
              description: "ms, size-limit's time plugin"
            },
            running: {
              type: "number",
              minimum: 0,
              description: "ms, size-limit's time plugin"
            },
            timeLimit: {
              type: "number",
              minimum: 0,
              description: "ms"
            }
          }
        },
        compression: {
          $ref: "#/definitions/compression"
        },
        limit: {
          type: "integer",
          minimum: 0,
          description: "Budget in bytes, after compression."
        },
        files: {
          type: "array",
          items: {
            allOf: [
              {
                $ref: "#/definitions/sizes"
              }
            ],
            type: "object",
            required: [
              "path"
            ],
            properties: {
              path: {
                type: "string"
              }
            }
          }
        }
      }
    },
    bundleComparison: {
      type: "object",
      required: [
        "name",
        "status",
        "compression",
        "limit",
        "size",
        "regression",
        "overBudget"
      ],
      properties: {
        name: {
          type: "string",
          description: "A file's name without its content hashes (strip-hash), or a group's name."
        },
        file: {
          type: "string",
          description: "The head's file, when its name has a hash."
        },
        baseFile: {
          type: "string",
          description: "The base's file, when its name has a hash."
        },
        pairing: {
          type: "string",
          enum: [
            "same-sizes",
            "size-order",
            "unpaired"
          ],
          description: "Set when several files on a side strip to this name: paired with a file of identical sizes, by rank of size among the rest, or left unpaired."
        },
        status: {
          type: "string",
          enum: [
            "added",
            "removed",
            "changed",
            "unchanged",
            "no-baseline"
          ]
        },
        compression: {
          $ref: "#/definitions/compression"
        },
        limit: {
          type: "integer",
          minimum: 0
        },
        head: {
          $ref: "#/definitions/sizes"
        },
        base: {
          $ref: "#/definitions/sizes"
        },
        size: {
          type: "integer",
          minimum: 0,
          description: "Head size after compression."
        },
        baseSize: {
          type: "integer",
          minimum: 0
        },
        delta: {
          type: "integer",
          description: "Head minus base, bytes after compression."
        },
        change: {
          type: "number",
          description: "delta / baseSize."
        },
        regression: {
          type: "boolean"
        },
        overBudget: {
          type: "boolean"
        }
      }
    },
    target: {
      type: "object",
      required: [
        "kind",
        "subject",
        "target",
        "actual",
        "passed",
        "blocking"
      ],
      properties: {
        kind: {
          type: "string",
          enum: [
            "bundle-budget",
            "bundle-regression",
            "size-limit-time",
            "latency-p95",
            "error-rate",
            "memory",
            "lighthouse-metric",
            "lighthouse-error",
            "latency-regression",
            "render-regression",
            "shard"
          ]
        },
        subject: {
          type: "string"
        },
        target: {
          type: "number"
        },
        actual: {
          type: "number"
        },
        passed: {
          type: "boolean"
        },
        blocking: {
          type: "boolean",
          description: "Whether failing it fails the check under fail-on."
        },
        inconclusive: {
          type: "boolean",
          description: "Neither pass nor fail: the load generator was CPU-bound, a change's interval reaches past the threshold, or a budget's runs straddle it."
        },
        accepted: {
          type: "boolean",
          description: "A failed regression that would block, made non-blocking by the pull request's accept label (see accepted)."
        },
        unavailable: {
          type: "string",
          enum: [
            "target-url",
            "no-proc"
          ],
          description: "Not evaluated: what it needs was not there to measure (target-url: the server's process belongs to an app perf-gate did not start; no-proc: no /proc to sample it from). Neither pass nor fail; passed is false and actual is no reading."
        },
        metric: {
          type: "string"
        },
        detail: {
          type: "string"
        },
        base: {
          type: "number",
          description: "The base's reading of the same target, in the same unit and by the same statistic, when the base was measured."
        },
        preExisting: {
          type: "object",
          required: [
            "worse"
          ],
          properties: {
            worse: {
              type: "boolean",
              description: "The head is worse than the base beyond the noise."
            },
            straddled: {
              type: "boolean",
              description: "The base's runs straddled the budget rather than all missing it."
            }
          },
          description: "The base already fails this budget; with pre-existing: ratchet it blocks only when worse."
        },
        runs: {
          type: "integer",
          minimum: 0,
          description: "How many runs or rounds (per side, for a change) the verdict took."
        },
        absolute: {
          type: "boolean",
          description: "The change is in the metric's unit (CLS; a base of 0): target is the floor and actual the difference, not fractions."
        },
        withinNoiseOfBase: {
          type: "boolean",
          description: "Inconclusive under pre-existing: ratchet: a noisy budget the base met and the head misses while no worse than the base beyond the noise."
        }
      }
    },
    latencyStats: {
      type: "object",
      description: "Milliseconds, over the successful responses of a round.",
      required: [
        "p50",
        "p90",
        "p95",
        "p99",
        "max",
        "mean"
      ],
      properties: {
        p50: {
          type: "number",
          minimum: 0
        },
        p90: {
          type: "number",
          minimum: 0
        },
        p95: {
          type: "number",
          minimum: 0
        },
        p99: {
          type: "number",
          minimum: 0
        },
        max: {
          type: "number",
          minimum: 0
        },
        mean: {
          type: "number",
          minimum: 0
        }
      }
    },
    round: {
      type: "object",
      required: [
        "connections",
        "durationMs",
        "requests",
        "ok",
        "unexpectedStatus",
        "errors",
        "timeouts",
        "errorRate",
        "throughput",
        "latency",
        "statusCodes",
        "serverTiming",
        "generatorCpu",
        "saturated"
      ],
      properties: {
        connections: {
          type: "integer",
          minimum: 1
        },
        durationMs: {
          type: "number"
        },
        requests: {
          type: "integer",
          minimum: 0
        },
        ok: {
          type: "integer",
          minimum: 0,
          description: "Responses with the expected status."
        },
        unexpectedStatus: {
          type: "integer",
          minimum: 0
        },
        errors: {
          type: "integer",
          minimum: 0
        },
        timeouts: {
          type: "integer",
          minimum: 0
        },
        errorRate: {
          type: "number",
          minimum: 0,
          maximum: 1
        },
        throughput: {
          type: "number",
          minimum: 0,
          description: "Successful responses per second."
        },
        latency: {
          $ref: "#/definitions/latencyStats"
        },
        statusCodes: {
          type: "object",
          additionalProperties: {
            type: "integer"
          }
        },
        serverTiming: {
          type: "object",
          additionalProperties: {
            type: "number"
          },
          description: "Mean dur per Server-Timing metric, ms."
        },
        generatorCpu: {
          type: "number",
          description: "Cores the load generator used."
        },
        saturated: {
          type: "boolean"
        },
        server: {
          type: "object",
          required: [
            "peakRss",
            "meanCpu",
            "samples"
          ],
          properties: {
            peakRss: {
              type: "integer",
              minimum: 0
            },
            meanCpu: {
              type: "number",
              minimum: 0
            },
            samples: {
              type: "integer",
              minimum: 0
            },
            counted: {
              $ref: "#/definitions/countedProcesses"
            }
          }
        }
      }
    },
    endpointLatency: {
      type: "object",
      required: [
        "name",
        "method",
        "path",
        "p95Budget",
        "normal",
        "peak"
      ],
      properties: {
        name: {
          type: "string"
        },
        method: {
          type: "string"
        },
        path: {
          type: "string"
        },
        p95Budget: {
          type: "number"
        },
        normal: {
          $ref: "#/definitions/round"
        },
        peak: {
          $ref: "#/definitions/round"
        },
        stress: {
          type: "object",
          required: [
            "steps",
            "breakingPoint"
          ],
          properties: {
            steps: {
              type: "array",
              items: {
                $ref: "#/definitions/round"
              }
            },
            breakingPoint: {
              type: "object",
              required: [
                "connections",
                "throughput",
                "p99",
                "reason"
              ],
              properties: {
                connections: {
                  type: "integer"
                },
                throughput: {
                  type: "number"
                },
                p99: {
                  type: "number"
                },
                reason: {
                  type: "string",
                  enum: [
                    "error-rate",
                    "latency",
                    "throughput-plateau",
                    "not-reached"
                  ]
                }
              }
            }
          }
        },
        paired: {
          type: "object",
          required: [
            "base",
            "head"
          ],
          properties: {
            base: {
              type: "array",
              items: {
                type: "number"
              }
            },
            head: {
              type: "array",
              items: {
                type: "number"
              }
            }
          }
        },
        soak: {
          $ref: "#/definitions/round",
          description: "With soak-duration (and no heap profile): one long steady round at normal load, after the counted ones."
        }
      }
    },
    endpointSummary: {
      type: "object",
      required: [
        "p50",
        "p95",
        "p99",
        "throughput",
        "errorRate"
      ],
      properties: {
        p50: {
          type: "number"
        },
        p95: {
          type: "number"
        },
        p99: {
          type: "number"
        },
        throughput: {
          type: "number"
        },
        errorRate: {
          type: "number"
        }
      }
    },
    metricValues: {
      type: "object",
      description: "ms for timings, unitless CLS, score 0-1.",
      additionalProperties: false,
      properties: {
        score: {
          type: "number"
        },
        fcp: {
          type: "number"
        },
        lcp: {
          type: "number"
        },
        tbt: {
          type: "number"
        },
        cls: {
          type: "number"
        },
        si: {
          type: "number"
        },
        tti: {
          type: "number"
        }
      }
    },
    metricSavings: {
      type: "object",
      description: "Lighthouse's estimated saving per metric, as its audit's metricSavings gives it: ms, CLS unitless. Absent in reports from before perf-gate kept it.",
      additionalProperties: false,
      properties: {
        FCP: {
          type: "number"
        },
        LCP: {
          type: "number"
        },
        TBT: {
          type: "number"
        },
        CLS: {
          type: "number"
        },
        INP: {
          type: "number"
        }
      }
    },
    moves: {
      type: "array",
      description: "The Lighthouse metrics fixing it would improve: those with an estimated saving above 0, and TBT for third-party code, which Lighthouse gives no estimate. Absent in reports from before perf-gate kept it.",
      items: {
        enum: [
          "FCP",
          "LCP",
          "TBT",
          "CLS",
          "INP"
        ]
      }
    },
    lighthousePage: {
      type: "object",
      required: [
        "name",
        "url",
        "runs",
        "opportunities"
      ],
      properties: {
        url: {
          type: "string"
        },
        runs: {
          type: "array",
          items: {
            type: "object",
            required: [
              "attempts"
            ],
            properties: {
              metrics: {
                $ref: "#/definitions/metricValues"
              },
              benchmarkIndex: {
                type: "number"
              },
              error: {
                type: "string"
              },
              attempts: {
                type: "integer",
                minimum: 1
              }
            }
          }
        },
        median: {
          $ref: "#/definitions/metricValues"
        },
        spread: {
          type: "object",
          additionalProperties: {
            type: "object",
            required: [
              "min",
              "max"
            ],
            properties: {
              min: {
                type: "number"
              },
              max: {
                type: "number"
              }
            }
          }
        },
        representative: {
          type: "integer",
          minimum: 0
        },
        benchmarkIndex: {
          type: "number"
        },
        opportunities: {
          type: "array",
          items: {
            type: "object",
            required: [
              "id",
              "title",
              "savingsMs",
              "savingsBytes"
            ],
            properties: {
              id: {
                type: "string"
              },
              title: {
                type: "string"
              },
              savingsMs: {
                type: "number"
              },
              savingsBytes: {
                type: "number"
              },
              metricSavings: {
                $ref: "#/definitions/metricSavings"
              },
              moves: {
                $ref: "#/definitions/moves"
              }
            }
          }
        },
        htmlReport: {
          type: "string"
        },
        error: {
          type: "string"
        },
        name: {
          type: "string",
          description: "The page as configured: a path stays a path."
        },
        baseRuns: {
          type: "array",
          items: {
            type: "object",
            required: [
              "attempts"
            ],
            properties: {
              metrics: {
                $ref: "#/definitions/metricValues"
              },
              benchmarkIndex: {
                type: "number"
              },
              error: {
                type: "string"
              },
              attempts: {
                type: "integer",
                minimum: 1
              }
            }
          }
        }
      }
    },
    pairedChange: {
      type: "object",
      description: "A change judged from runs or rounds taken in turn on the base and the head: each side's median over the same pairs, their difference, and the sign test's interval of the median paired difference.",
      required: [
        "pairs",
        "base",
        "head",
        "difference",
        "interval",
        "limit",
        "verdict",
        "confidence"
      ],
      properties: {
        pairs: {
          type: "integer",
          description: "How many pairs the verdict took."
        },
        base: {
          type: "number",
          description: "The base's median over the pairs."
        },
        head: {
          type: "number",
          description: "The head's median over the same pairs."
        },
        difference: {
          type: "number",
          description: "head \u2212 base."
        },
        interval: {
          type: "array",
          items: {
            type: [
              "number",
              "null"
            ]
          },
          minItems: 2,
          maxItems: 2,
          description: "Where the median paired difference lies with `confidence` (the sign test's order statistics; below 6 pairs the whole range); null: unbounded, no pair."
        },
        change: {
          type: "number",
          description: "difference / base; absent when the base is 0 or the metric's ratio means nothing (CLS): then the change is difference."
        },
        confidence: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "The interval's exact confidence for its number of pairs (0.75 for 3, 0.969 for 6). A regression or an improvement needs 0.95."
        },
        limit: {
          type: "number",
          description: "The change that counts, in the metric's unit: the threshold of the base, at least the metric's noise floor."
        },
        verdict: {
          type: "string",
          enum: [
            "regression",
            "improvement",
            "unchanged",
            "inconclusive"
          ]
        }
      }
    },
    headlineMetric: {
      type: "object",
      required: [
        "id",
        "label",
        "unit",
        "value"
      ],
      properties: {
        id: {
          type: "string"
        },
        label: {
          type: "string"
        },
        unit: {
          enum: [
            "bytes",
            "ms"
          ]
        },
        value: {
          type: "number"
        }
      }
    },
    moduleSize: {
      type: "object",
      required: [
        "name",
        "size"
      ],
      properties: {
        name: {
          type: "string"
        },
        size: {
          type: "number",
          minimum: 0
        },
        gzip: {
          type: "number",
          minimum: 0
        },
        stat: {
          type: "number",
          minimum: 0
        }
      }
    },
    composition: {
      type: "object",
      description: "What the bundles are made of: from webpack stats analysed by webpack-bundle-analyzer, or from the bundles' source maps.",
      required: [
        "sizeKind",
        "assets"
      ],
      properties: {
        source: {
          enum: [
            "webpack-stats",
            "source-maps"
          ],
          description: "What the composition was read from. Reports written before source maps were read leave it out: theirs is from webpack stats."
        },
        statsFile: {
          type: "string",
          description: "The webpack stats file; only a composition from webpack stats has one."
        },
        sizeKind: {
          enum: [
            "parsed",
            "stat"
          ]
        },
        bundleDir: {
          type: "string"
        },
        treemap: {
          type: "string"
        },
        assets: {
          type: "array",
          items: {
            type: "object",
            required: [
              "asset",
              "size",
              "moduleCount",
              "packages",
              "modules"
            ],
            properties: {
              asset: {
                type: "string"
              },
              size: {
                type: "number"
              },
              gzip: {
                type: "number"
              },
              moduleCount: {
                type: "integer",
                minimum: 0
              },
              packages: {
                type: "array",
                items: {
                  $ref: "#/definitions/moduleSize"
                }
              },
              modules: {
                type: "array",
                items: {
                  $ref: "#/definitions/moduleSize"
                }
              }
            }
          }
        }
      }
    },
    alertRegression: {
      type: "object",
      description: "A regression against the parent commit: its target, and the second set of paired rounds' judgment of it.",
      required: [
        "target"
      ],
      properties: {
        target: {
          $ref: "#/definitions/target"
        },
        second: {
          $ref: "#/definitions/pairedChange",
          description: "The second set of paired rounds; absent for a bundle (sizes are exact) and for a noisy target whose second set could not be measured."
        }
      }
    },
    countedProcesses: {
      type: "object",
      required: [
        "pid",
        "command",
        "processes",
        "launchers"
      ],
      description: "The processes the memory and CPU figures count: the one listening on the server's port and its descendants, not the launchers in front of it (npm, a shell); wholeGroup when no listener was found.",
      properties: {
        pid: {
          type: "integer"
        },
        command: {
          type: "string"
        },
        processes: {
          type: "integer",
          minimum: 0
        },
        launchers: {
          type: "array",
          items: {
            type: "string"
          }
        },
        wholeGroup: {
          type: "boolean"
        }
      }
    }
  },
  properties: {
    schemaVersion: {
      const: 1
    },
    tool: {
      type: "object",
      required: [
        "name",
        "version"
      ],
      properties: {
        name: {
          const: "perf-gate"
        },
        version: {
          type: "string"
        }
      }
    },
    createdAt: {
      type: "string",
      description: "ISO 8601 time of the run."
    },
    commit: {
      $ref: "#/definitions/commit"
    },
    settings: {
      type: "object",
      required: [
        "compression",
        "bundleBudget",
        "regressionThreshold",
        "failOn",
        "errorRateBudget",
        "memoryBudget",
        "lighthouseBudgets"
      ],
      properties: {
        compression: {
          $ref: "#/definitions/compression"
        },
        bundleBudget: {
          type: "integer",
          minimum: 0
        },
        regressionThreshold: {
          type: "number",
          minimum: 0
        },
        failOn: {
          type: "object",
          required: [
            "budget",
            "regression"
          ],
          properties: {
            budget: {
              type: "boolean"
            },
            regression: {
              type: "boolean"
            }
          }
        },
        preExisting: {
          type: "string",
          enum: [
            "ratchet",
            "block"
          ],
          description: "A budget the base already breaks: blocks only when the head is worse (ratchet), or as any (block). Absent in earlier reports: block."
        },
        errorRateBudget: {
          type: "number",
          minimum: 0
        },
        memoryBudget: {
          type: "integer",
          minimum: 0
        },
        lighthouseBudgets: {
          $ref: "#/definitions/metricValues"
        }
      }
    },
    baseline: {
      oneOf: [
        {
          type: "object",
          required: [
            "source",
            "path"
          ],
          properties: {
            source: {
              const: "report"
            },
            path: {
              type: "string"
            },
            createdAt: {
              type: "string"
            },
            commit: {
              $ref: "#/definitions/commit"
            }
          }
        },
        {
          type: "object",
          required: [
            "source",
            "ref",
            "commit"
          ],
          properties: {
            source: {
              const: "rebuild"
            },
            ref: {
              type: "string"
            },
            commit: {
              $ref: "#/definitions/commit"
            }
          }
        },
        {
          type: "object",
          required: [
            "source",
            "ref",
            "commit",
            "commitsBeforeMergeBase"
          ],
          properties: {
            source: {
              const: "stored"
            },
            ref: {
              type: "string"
            },
            commit: {
              $ref: "#/definitions/commit"
            },
            commitsBeforeMergeBase: {
              type: "integer",
              minimum: 0
            },
            runId: {
              type: "integer"
            }
          }
        },
        {
          type: "object",
          required: [
            "source",
            "reason"
          ],
          properties: {
            source: {
              const: "none"
            },
            reason: {
              type: "string"
            }
          }
        }
      ]
    },
    measurements: {
      type: "object",
      required: [
        "bundles"
      ],
      properties: {
        bundles: {
          type: "array",
          items: {
            $ref: "#/definitions/bundleMeasurement"
          }
        },
        latency: {
          type: "object",
          required: [
            "resourcesMeasured",
            "endpoints"
          ],
          properties: {
            startupMs: {
              type: "number",
              description: "Milliseconds until the started server answered; absent for a target-url, which perf-gate did not start."
            },
            resourcesMeasured: {
              type: "boolean",
              description: "Whether the server's memory and CPU were sampled (from /proc, of the process tree perf-gate started)."
            },
            target: {
              type: "string",
              description: "The target-url the pages and endpoints were measured at, when perf-gate started no server: memory, CPU and profiles are then unavailable."
            },
            endpoints: {
              type: "array",
              items: {
                $ref: "#/definitions/endpointLatency"
              }
            },
            database: {
              type: "object",
              description: "With database-url: pg_stat_statements per endpoint and side (between a reset before and a snapshot after each counted round), the generic plans of the head's top statements by queryid, or a note.",
              required: [
                "queries",
                "plans"
              ],
              properties: {
                queries: {
                  type: "array",
                  items: {
                    type: "object",
                    required: [
                      "endpoint",
                      "side",
                      "requests",
                      "responseTimeMs",
                      "queries"
                    ]
                  }
                },
                plans: {
                  type: "object"
                },
                note: {
                  type: "string"
                }
              }
            },
            profile: {
              type: "object",
              description: "With profile: each side's profiled rounds (not counted): per endpoint a CPU profile summary and its .cpuprofile file, heap samples after GC and the leak finding.",
              required: [
                "head"
              ],
              properties: {
                head: {
                  type: "object"
                },
                base: {
                  type: "object"
                }
              }
            },
            counted: {
              $ref: "#/definitions/countedProcesses"
            }
          }
        },
        lighthouse: {
          type: "object",
          required: [
            "chromePath",
            "runsPerPage",
            "pages"
          ],
          properties: {
            chromePath: {
              type: "string"
            },
            runsPerPage: {
              type: "integer"
            },
            pages: {
              type: "array",
              items: {
                $ref: "#/definitions/lighthousePage"
              }
            }
          }
        },
        composition: {
          $ref: "#/definitions/composition"
        }
      }
    },
    comparison: {
      type: "object",
      required: [
        "bundles",
        "endpoints",
        "pages"
      ],
      properties: {
        bundles: {
          type: "array",
          items: {
            $ref: "#/definitions/bundleComparison"
          }
        },
        endpoints: {
          type: "array",
          items: {
            type: "object",
            required: [
              "name",
              "head"
            ],
            properties: {
              name: {
                type: "string"
              },
              head: {
                $ref: "#/definitions/endpointSummary"
              },
              base: {
                $ref: "#/definitions/endpointSummary"
              },
              p95Change: {
                $ref: "#/definitions/pairedChange"
              }
            }
          }
        },
        pages: {
          type: "array",
          items: {
            type: "object",
            required: [
              "name"
            ],
            properties: {
              name: {
                type: "string"
              },
              head: {
                $ref: "#/definitions/metricValues"
              },
              base: {
                $ref: "#/definitions/metricValues"
              },
              changes: {
                type: "object",
                additionalProperties: {
                  $ref: "#/definitions/pairedChange"
                }
              }
            }
          }
        },
        composition: {
          type: "array",
          items: {
            type: "object",
            required: [
              "asset",
              "name",
              "kind",
              "delta",
              "status"
            ],
            properties: {
              asset: {
                type: "string"
              },
              name: {
                type: "string"
              },
              kind: {
                enum: [
                  "package",
                  "module"
                ]
              },
              base: {
                type: "number"
              },
              head: {
                type: "number"
              },
              delta: {
                type: "number"
              },
              status: {
                enum: [
                  "added",
                  "removed",
                  "changed"
                ]
              }
            }
          }
        }
      }
    },
    validation: {
      type: "array",
      items: {
        $ref: "#/definitions/target"
      }
    },
    bottlenecks: {
      type: "array",
      items: {
        oneOf: [
          {
            type: "object",
            required: [
              "kind",
              "subject",
              "bytes",
              "compression"
            ],
            properties: {
              kind: {
                type: "string",
                enum: [
                  "largest-file",
                  "bundle-growth"
                ]
              },
              subject: {
                type: "string"
              },
              bytes: {
                type: "integer"
              },
              compression: {
                $ref: "#/definitions/compression"
              },
              share: {
                type: "number"
              },
              growth: {
                type: "object",
                required: [
                  "bytes"
                ],
                properties: {
                  bytes: {
                    type: "integer"
                  },
                  change: {
                    type: "number"
                  }
                },
                description: "For a largest-file that also grew: its growth after compression, and relative to the base."
              },
              impactMs: {
                type: "number",
                minimum: 0,
                description: "Estimated cost to a user in ms, on one scale for all kinds: Lighthouse's savings, an endpoint's p95, bytes as download time at 1.6 Mbps."
              }
            }
          },
          {
            type: "object",
            required: [
              "kind",
              "subject",
              "p95",
              "throughput",
              "serverTiming"
            ],
            properties: {
              kind: {
                const: "slow-endpoint"
              },
              subject: {
                type: "string"
              },
              p95: {
                type: "number"
              },
              throughput: {
                type: "number"
              },
              serverTiming: {
                type: "object",
                additionalProperties: {
                  type: "number"
                }
              },
              dbShare: {
                type: "number",
                minimum: 0,
                maximum: 1
              },
              impactMs: {
                type: "number",
                minimum: 0,
                description: "Estimated cost to a user in ms, on one scale for all kinds: Lighthouse's savings, an endpoint's p95, bytes as download time at 1.6 Mbps."
              }
            }
          },
          {
            type: "object",
            required: [
              "kind",
              "subject",
              "id",
              "title",
              "savingsMs",
              "savingsBytes"
            ],
            properties: {
              kind: {
                const: "lighthouse-opportunity"
              },
              subject: {
                type: "string"
              },
              id: {
                type: "string"
              },
              title: {
                type: "string"
              },
              savingsMs: {
                type: "number"
              },
              savingsBytes: {
                type: "number"
              },
              metricSavings: {
                $ref: "#/definitions/metricSavings"
              },
              moves: {
                $ref: "#/definitions/moves"
              },
              impactMs: {
                type: "number",
                minimum: 0,
                description: "Estimated cost to a user in ms, on one scale for all kinds: Lighthouse's savings, an endpoint's p95, bytes as download time at 1.6 Mbps."
              }
            }
          },
          {
            type: "object",
            required: [
              "kind",
              "subject",
              "asset",
              "bytes"
            ],
            properties: {
              kind: {
                enum: [
                  "largest-package",
                  "package-growth",
                  "largest-module"
                ]
              },
              subject: {
                type: "string"
              },
              asset: {
                type: "string"
              },
              bytes: {
                type: "number"
              },
              share: {
                type: "number"
              },
              gzip: {
                type: "number"
              },
              impactMs: {
                type: "number",
                minimum: 0
              }
            }
          },
          {
            type: "object",
            required: [
              "kind",
              "subject",
              "queryid",
              "query",
              "findings",
              "callsPerRequest",
              "msPerRequest",
              "fixes"
            ],
            properties: {
              kind: {
                const: "database-query"
              },
              subject: {
                type: "string",
                description: "The endpoint."
              },
              queryid: {
                type: "string"
              },
              query: {
                type: "string",
                description: "The normalised statement, as pg_stat_statements keeps it."
              },
              findings: {
                type: "array",
                items: {
                  enum: [
                    "n-plus-one",
                    "sequential-scan",
                    "estimate-off"
                  ]
                }
              },
              callsPerRequest: {
                type: "number",
                minimum: 0
              },
              msPerRequest: {
                type: "number",
                minimum: 0
              },
              fixes: {
                type: "array",
                items: {
                  type: "string"
                }
              },
              fixSql: {
                type: "string"
              },
              impactMs: {
                type: "number",
                minimum: 0
              }
            }
          }
        ]
      }
    },
    verdict: {
      type: "object",
      required: [
        "passed",
        "budgetFailures",
        "regressions",
        "blockingFailures",
        "inconclusive"
      ],
      properties: {
        passed: {
          type: "boolean"
        },
        budgetFailures: {
          type: "integer",
          minimum: 0
        },
        regressions: {
          type: "integer",
          minimum: 0
        },
        blockingFailures: {
          type: "array",
          items: {
            $ref: "#/definitions/target"
          }
        },
        inconclusive: {
          type: "integer",
          minimum: 0
        },
        preExisting: {
          type: "integer",
          minimum: 0,
          description: "Of the failed budgets, those the base already failed."
        }
      }
    },
    alert: {
      type: "object",
      description: "On a push with alert, against the parent commit rebuilt in the job: the regressions that alert (bundle regressions, and latency and render regressions that a second set of paired rounds found again) and the noisy ones the second set did not confirm.",
      required: [
        "confirmed",
        "unconfirmed"
      ],
      properties: {
        confirmed: {
          type: "array",
          items: {
            $ref: "#/definitions/alertRegression"
          }
        },
        unconfirmed: {
          type: "array",
          items: {
            $ref: "#/definitions/alertRegression"
          }
        }
      }
    },
    notes: {
      type: "array",
      items: {
        type: "string"
      }
    },
    plan: {
      type: "array",
      items: {
        type: "object",
        required: [
          "kind",
          "subject",
          "action",
          "fixesFailure"
        ],
        properties: {
          kind: {
            type: "string",
            enum: [
              "lighthouse-opportunity",
              "database-time",
              "slow-endpoint",
              "code",
              "memory",
              "bundle-size"
            ]
          },
          subject: {
            type: "string"
          },
          action: {
            type: "string"
          },
          expectedMs: {
            type: "number"
          },
          expectedBytes: {
            type: "number"
          },
          fixesFailure: {
            type: "boolean",
            description: "Whether doing it would fix a target that fails now: for a Lighthouse finding, whether it moves a failing metric of its page (SI by FCP or LCP savings, TTI by TBT savings, the score by any)."
          },
          moves: {
            $ref: "#/definitions/moves"
          },
          expectedIs: {
            type: "string",
            enum: [
              "estimate",
              "upper-bound"
            ]
          },
          effort: {
            enum: [
              "low",
              "medium",
              "high"
            ],
            description: "low: a setting or build option; medium: a change in one place; high: a cause still to be found."
          },
          priority: {
            type: "number",
            description: "Expected ms a user gains per unit of effort (low 1, medium 2, high 4): the plan's order after failing targets."
          }
        }
      }
    },
    database: {
      type: "object",
      description: "With database-url: per endpoint the statements behind it from pg_stat_statements (calls per request, time, share of the response time), what changed base to head, the findings with their fixes, and the generic plans of the top statements; or a note when pg_stat_statements is not available.",
      required: [
        "endpoints"
      ],
      properties: {
        endpoints: {
          type: "array",
          items: {
            type: "object",
            required: [
              "endpoint",
              "head",
              "changes",
              "findings",
              "plans"
            ]
          }
        },
        note: {
          type: "string"
        }
      }
    },
    code: {
      type: "object",
      description: "With profile: per endpoint the hottest functions of a profiled normal-load round (self time, file:line in the project), what got hotter base to head, and the heap's slope per 1,000 requests with its interval (a possible leak).",
      required: [
        "kinds",
        "endpoints",
        "notes"
      ],
      properties: {
        kinds: {
          type: "array",
          items: {
            enum: [
              "cpu",
              "heap"
            ]
          }
        },
        endpoints: {
          type: "array",
          items: {
            type: "object",
            required: [
              "endpoint",
              "head",
              "hotter"
            ]
          }
        },
        notes: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    history: {
      description: "Headline metrics of earlier base-branch commits, nearest first, from their stored reports: at most history-size of them.",
      type: "array",
      items: {
        type: "object",
        required: [
          "sha",
          "metrics"
        ],
        properties: {
          sha: {
            type: "string"
          },
          createdAt: {
            type: "string",
            description: "When the stored report was written."
          },
          committedAt: {
            type: "string",
            description: "The commit's committer date (ISO 8601), when git could tell."
          },
          runId: {
            type: "integer"
          },
          metrics: {
            type: "array",
            items: {
              $ref: "#/definitions/headlineMetric"
            }
          }
        }
      }
    },
    historyReach: {
      description: "How far back history reaches: what history-size asked for, how many earlier commits were found, among how many base-branch commits they were looked for, and the oldest.",
      type: "object",
      required: [
        "size",
        "points",
        "commitsLookedAt"
      ],
      properties: {
        size: {
          type: "integer",
          minimum: 1,
          description: "history-size."
        },
        points: {
          type: "integer",
          minimum: 0,
          description: "The earlier commits in history: at most size."
        },
        commitsLookedAt: {
          type: "integer",
          minimum: 0
        },
        oldest: {
          type: "object",
          required: [
            "sha"
          ],
          properties: {
            sha: {
              type: "string"
            },
            date: {
              type: "string",
              description: "YYYY-MM-DD: the commit's date, else its report's."
            }
          }
        }
      }
    },
    trend: {
      description: "The headline metrics' lines over the stored commits (oldest first) and this run last, as the Monitoring phase draws them.",
      type: "array",
      items: {
        type: "object",
        required: [
          "metric",
          "points"
        ],
        properties: {
          metric: {
            $ref: "#/definitions/headlineMetric"
          },
          points: {
            type: "array",
            items: {
              type: "object",
              required: [
                "label",
                "value"
              ],
              properties: {
                label: {
                  type: "string"
                },
                value: {
                  type: "number"
                }
              },
              additionalProperties: false
            }
          }
        },
        additionalProperties: false
      }
    },
    links: {
      type: "object",
      properties: {
        artifact: {
          type: "string"
        },
        checkRun: {
          type: "string"
        }
      }
    },
    shard: {
      type: "object",
      description: "In a shard's report: its share of the matrix and the base it compared with, for the merge job.",
      required: [
        "index",
        "total",
        "pages",
        "endpoints",
        "bundles"
      ],
      properties: {
        index: {
          type: "integer",
          minimum: 1
        },
        total: {
          type: "integer",
          minimum: 1
        },
        pages: {
          type: "array",
          items: {
            type: "string"
          }
        },
        endpoints: {
          type: "array",
          items: {
            type: "string"
          }
        },
        bundles: {
          type: "boolean"
        },
        base: {
          $ref: "#/properties/measurements"
        },
        reportDir: {
          type: "string"
        },
        stripHash: {
          type: "string",
          description: "strip-hash as the shard was given it: auto, none or the pattern."
        }
      }
    },
    shards: {
      type: "object",
      description: "In a merged report: the shards it holds and those missing, each a failed target.",
      required: [
        "total",
        "merged",
        "missing"
      ],
      properties: {
        total: {
          type: "integer",
          minimum: 1
        },
        merged: {
          type: "array",
          items: {
            type: "integer"
          }
        },
        missing: {
          type: "array",
          items: {
            type: "object",
            required: [
              "index",
              "reason"
            ],
            properties: {
              index: {
                type: "integer"
              },
              reason: {
                enum: [
                  "no-report",
                  "other-commit",
                  "other-settings",
                  "overlap"
                ]
              },
              detail: {
                type: "string"
              }
            }
          }
        }
      }
    },
    accepted: {
      type: "object",
      description: "The pull request carries the accept label (accept-label): its regressions do not block; budgets still do.",
      required: [
        "label"
      ],
      properties: {
        label: {
          type: "string",
          description: "The label as it is on the pull request."
        },
        by: {
          type: "string",
          description: "The login of whoever added the label; absent when that could not be found out."
        },
        at: {
          type: "string",
          description: "When the label was added (ISO 8601), when known."
        }
      },
      additionalProperties: false
    }
  }
};
export {
  report_schema_default as default
};
