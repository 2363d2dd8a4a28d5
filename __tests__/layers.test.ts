import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'

// The import graph of src/, type-only imports included: the linter's import-x/no-cycle skips those,
// and a circle of types is still two modules that cannot be read one without the other.

const SRC = path.resolve(import.meta.dirname, '..', 'src')

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Every module → the modules of src/ it imports, statically or with import(), values or types. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8')
    const specifiers = [...text.matchAll(/(?:^import[^'"]*?from\s*|^export[^'"]*?from\s*|\bimport\()\s*'(\.{1,2}\/[^']+)'/gm)].map((match) => match[1] as string)
    const targets = specifiers.map((specifier) => path.relative(SRC, path.resolve(path.dirname(file), specifier)).replace(/\.js$/, '.ts')).filter((target) => !target.startsWith('..'))
    graph.set(path.relative(SRC, file), [...new Set(targets)])
  }
  return graph
}

/** The strongly connected components with more than one module: each is an import circle. */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let counter = 0
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) as number, index.get(next) as number))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string | undefined
      do {
        member = stack.pop() as string
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

describe('the layers of src/', () => {
  const graph = importGraph()

  test('the graph is read: the engine reaches the rooms, the analysis and the renderer', () => {
    expect(graph.get('engine.ts')).toEqual(expect.arrayContaining(['measure/rooms.ts', 'analyze/buildReport.ts', 'report/markdown.ts']))
    expect(graph.get('measure/rooms.ts')).toEqual(expect.arrayContaining(['measure/rooms/bundles.ts', 'measure/rooms/latency.ts']))
  })

  test('no import circles, type-only imports included', () => {
    expect(circles(graph)).toEqual([])
    // The check finds one when there is one.
    expect(
      circles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']],
          ['d.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts']])
  })

  test('model/ imports only model/; analyze/ and report/ import no measuring, publishing or baseline code', () => {
    const offences = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => {
          const layer = file.split('/')[0]
          if (layer === 'model') return !target.startsWith('model/')
          if (layer === 'analyze' || layer === 'report') return /^(measure|publish|baseline)\//.test(target) || target === 'engine.ts' || target === 'main.ts' || target === 'cli.ts'
          return false
        })
        .map((target) => `${file} → ${target}`),
    )
    expect(offences).toEqual([])
  })
})
