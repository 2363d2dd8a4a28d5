// The shop's API, started by perf-gate with PORT set. Routes are the variant's own (api/routes.mjs
// in the working directory); the "database" is an in-memory table with a realistic query cost.
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const { routes } = await import(pathToFileURL(path.resolve('api', 'routes.mjs')).href)

const server = http.createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const route = routes[`${request.method} ${url.pathname}`]
  if (!route) {
    response.writeHead(request.method === 'GET' && url.pathname === '/' ? 200 : 404).end()
    return
  }
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
