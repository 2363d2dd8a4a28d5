// A stand-in database: each query costs a few milliseconds of waiting, as a round trip would.
import { setTimeout as sleep } from 'node:timers/promises'

const products = Array.from({ length: 500 }, (_, index) => ({
  id: index + 1,
  name: `Product ${index + 1}`,
  tags: ['desk', 'input', 'audio', 'video', 'light'].filter((_, tag) => (index + tag) % 3 === 0),
  price: 990 + ((index * 7919) % 20000),
}))
const reviews = products.flatMap((product) => Array.from({ length: 3 }, (_, n) => ({ productId: product.id, stars: 1 + ((product.id + n) % 5) })))

export async function query(timing, cost, run) {
  const started = performance.now()
  await sleep(cost)
  const rows = run({ products, reviews })
  timing.db += performance.now() - started
  return rows
}
