import { query } from '../../db.mjs'

export const routes = {
  'GET /api/products': ({ timing }) => query(timing, 2, ({ products }) => products.slice(0, 20)),
  'GET /api/search': ({ query: params, timing }) => {
    const word = (params.get('q') ?? '').toLowerCase()
    return query(timing, 4, ({ products }) => products.filter((product) => product.name.toLowerCase().includes(word)).slice(0, 20))
  },
  'POST /api/cart': ({ body, timing }) => query(timing, 3, () => ({ added: body?.id ?? null })),
}
