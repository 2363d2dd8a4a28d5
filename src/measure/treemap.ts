import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
// webpack-bundle-analyzer ships no type declarations; the part of its template used here is typed
// by TemplateApi. Its lib/ modules are CommonJS: the default import is module.exports.
// @ts-expect-error -- untyped CommonJS module, typed by TemplateApi
import untypedTemplate from 'webpack-bundle-analyzer/lib/template.js'

/** An asset of the analyzer's chart data, as its viewer draws it: nested groups of folders and modules. */
export interface TreemapAsset {
  label: string
  isAsset: true
  statSize: number
  parsedSize?: number
  gzipSize?: number
  groups: unknown[]
}

interface TemplateApi {
  renderViewer(options: {
    mode: 'static'
    title: string
    chartData: TreemapAsset[]
    entrypoints: Array<string | undefined>
    defaultSizes: 'parsed' | 'stat'
    compressionAlgorithm: 'gzip'
    enableWebSocket: false
  }): string
}

const template: TemplateApi = untypedTemplate

/**
 * webpack-bundle-analyzer's static treemap of some chart data, whether the analyzer made it from
 * webpack stats or perf-gate from source maps: one self-contained HTML file (the viewer's script
 * is inlined), which opens without a server.
 */
export async function writeTreemap(file: string, options: { title: string; chartData: TreemapAsset[]; entrypoints: Array<string | undefined>; defaultSizes: 'parsed' | 'stat' }): Promise<void> {
  const html = template.renderViewer({ mode: 'static', compressionAlgorithm: 'gzip', enableWebSocket: false, ...options })
  const treemapFile = path.resolve(file)
  await mkdir(path.dirname(treemapFile), { recursive: true })
  await writeFile(treemapFile, html)
}
