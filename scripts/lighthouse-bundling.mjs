// Lighthouse reads some of its own files at run time (report templates, axe-core, its audit and
// locale lists) and loads its audits and gatherers by computed paths. Bundled into dist/, those
// paths point nowhere: this esbuild plugin resolves them at build time instead, the way
// Lighthouse's own bundles do. fs.readFileSync/readdirSync calls whose path can be computed from
// the module's location become literals; the bundled-modules table of config-helpers.js gets a
// static import() of every core audit and gatherer. Two more changes, both as Lighthouse's own
// bundles make them: Lighthouse is told it is bundled (it then wraps the functions it sends into
// the page for esbuild's renaming), and only the English messages are kept (perf-gate never sets a
// locale; the other 60-odd locales are 18 MB).
import { createRequire } from 'node:module'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const IN_LIGHTHOUSE = /[\\/]node_modules[\\/]lighthouse[\\/](core|shared|report)[\\/].*\.js$/

/** The argument list of the call that opens at `open` (the index of its '('), split at top-level commas. */
function callArguments(source, open) {
  const args = []
  let depth = 0
  let start = open + 1
  let quote = null
  for (let index = open; index < source.length; index++) {
    const char = source[index]
    if (quote) {
      if (char === '\\') index++
      else if (char === quote) quote = null
      continue
    }
    if (char === "'" || char === '"' || char === '`') quote = char
    else if (char === '(' || char === '[' || char === '{') depth++
    else if (char === ')' || char === ']' || char === '}') {
      depth--
      if (depth === 0) {
        args.push(source.slice(start, index).trim())
        return { args, end: index + 1 }
      }
    } else if (char === ',' && depth === 1) {
      args.push(source.slice(start, index).trim())
      start = index + 1
    }
  }
  return undefined
}

/** Evaluates a path expression as the module would at run time from its place in node_modules. */
function evaluatePath(expression, file) {
  const moduleDir = path.dirname(file)
  const lighthouseRoot = file.slice(0, file.search(/[\\/](core|shared|report)[\\/]/))
  const require = createRequire(file)
  try {
    const value = new Function('moduleDir', 'LH_ROOT', 'require', 'path', `return (${expression})`)(moduleDir, lighthouseRoot, require, path)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined // Depends on run-time values: left alone.
  }
}

function inlineFileSystemReads(source, file) {
  let output = ''
  let cursor = 0
  const pattern = /\bfs\.(readFileSync|readdirSync)\(/g
  for (const match of source.matchAll(pattern)) {
    if (match.index < cursor) continue
    const open = match.index + match[0].length - 1
    const call = callArguments(source, open)
    if (!call) continue
    const target = evaluatePath(call.args[0], file)
    if (!target) continue
    let literal
    if (match[1] === 'readdirSync') literal = JSON.stringify(readdirSync(target))
    else if (/^['"]utf-?8['"]$/i.test(call.args[1] ?? '')) literal = JSON.stringify(readFileSync(target, 'utf8'))
    else continue
    output += source.slice(cursor, match.index) + literal
    cursor = call.end
  }
  return output + source.slice(cursor)
}

/** `['../audits/x', import('../audits/x.js')], …` for every core audit and gatherer. */
function bundledModules(configHelpersFile) {
  const core = path.resolve(path.dirname(configHelpersFile), '..')
  const list = (dir) =>
    readdirSync(path.join(core, dir), { recursive: true })
      .map((name) => String(name).replaceAll('\\', '/'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `../${dir}/${name.slice(0, -3)}`)
  const entries = [...list('audits'), ...list('gather/gatherers')].map((key) => `[${JSON.stringify(key)}, import(${JSON.stringify(`${key}.js`)})]`)
  return `[${entries.join(',\n')}]`
}

export function lighthouseBundling() {
  return {
    name: 'lighthouse-bundling',
    setup(build) {
      build.onLoad({ filter: IN_LIGHTHOUSE }, (args) => {
        const source = readFileSync(args.path, 'utf8')
        let contents = source
        if (/\bfs\.(readFileSync|readdirSync)\(/.test(source)) contents = inlineFileSystemReads(contents, args.path)
        if (/[\\/]shared[\\/]localization[\\/]locales\.js$/.test(args.path)) {
          contents = "import enUS from './locales/en-US.json' with { type: 'json' };\nexport const locales = { 'en-US': enUS, en: enUS };\n"
        }
        // Found by require.resolve('lighthouse-logger'), which succeeds wherever a node_modules happens to be near dist/.
        contents = contents.replace(/function isBundledEnvironment\(\) \{/, 'function isBundledEnvironment() {\n  return true;')
        if (contents.includes('/* BUILD_REPLACE_BUNDLED_MODULES */')) {
          contents = contents.replace('/* BUILD_REPLACE_BUNDLED_MODULES */', bundledModules(args.path))
        }
        return contents === source ? undefined : { contents, loader: 'js', resolveDir: path.dirname(args.path) }
      })
    },
  }
}
