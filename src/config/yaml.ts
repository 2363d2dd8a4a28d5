// The parts of the yaml package perf-gate reads config files with. Their own module so that yaml is
// imported statically here (esbuild's CommonJS interop gives a static import its named exports),
// while config loading imports this module only when there is a file to read.
export { LineCounter, isMap, isScalar, isSeq, parse, parseDocument } from 'yaml'
