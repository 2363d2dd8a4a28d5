// The shop, started by perf-gate with PORT set: the page and the built files of the variant in the
// working directory, and its API (api/routes.mjs); the "database" is an in-memory table with a
// realistic query cost.
import { readFile } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const { routes } = await import(pathToFileURL(path.resolve('api', 'routes.mjs')).href)
const page = await readFile(path.join(path.dirname(fileURLToPath(import.meta.url)), 'index.html'))
const TYPES = { '.js': 'text/javascript', '.css': 'text/css' }

async function sendStatic(pathname, response) {
  if (pathname === '/') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
  const file = path.resolve('dist', path.relative('/dist', pathname))
  if (!pathname.startsWith('/dist/') || !file.startsWith(path.resolve('dist'))) return response.writeHead(404).end()
  try {
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file))
  } catch {
    response.writeHead(404).end()
  }
}

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const route = routes[`${request.method} ${url.pathname}`]
  if (!route) return request.method === 'GET' ? sendStatic(url.pathname, response) : response.writeHead(404).end()
  let body = ''
  for await (const chunk of request) body += chunk
  const started = performance.now()
  const timing = { db: 0 }
  const result = await route({ query: url.searchParams, body: body ? JSON.parse(body) : undefined, timing })
  const app = performance.now() - started - timing.db
  response.writeHead(200, {
    'content-type': 'application/json',
    'server-timing': `db;dur=${timing.db.toFixed(1)}, app;dur=${Math.max(0, app).toFixed(1)}`,
  })
  response.end(JSON.stringify(result))
})

server.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => console.log(`shop API on ${server.address().port}`))
