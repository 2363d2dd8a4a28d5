import { products } from './catalog.js'

// Scores every pair of products on shared tags and price distance, then keeps the best few for
// each: the "customers also bought" row under every card.
function similarity(a, b) {
  const shared = a.tags.filter((tag) => b.tags.includes(tag)).length
  const union = new Set([...a.tags, ...b.tags]).size
  const priceGap = Math.abs(a.price - b.price) / Math.max(a.price, b.price)
  return (union === 0 ? 0 : shared / union) * 0.7 + (1 - priceGap) * 0.3
}

const table = new Map(
  products.map((product) => [
    product.id,
    products
      .filter((other) => other.id !== product.id)
      .map((other) => ({ other, score: similarity(product, other) }))
      .sort((x, y) => y.score - x.score),
  ]),
)

export function recommendationsFor(product, limit = 3) {
  return (table.get(product.id) ?? []).slice(0, limit).map(({ other }) => other)
}

export function explain(product, other) {
  const shared = product.tags.filter((tag) => other.tags.includes(tag))
  if (shared.length > 0) return `Also in ${shared.join(' and ')}`
  const cheaper = other.price < product.price
  return cheaper ? 'A lighter option' : 'An upgrade'
}

export function renderRow(product, onPick) {
  const row = document.createElement('ul')
  row.className = 'recommendations'
  for (const other of recommendationsFor(product)) {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = `#${other.id}`
    link.textContent = other.name
    link.title = explain(product, other)
    link.addEventListener('click', (event) => {
      event.preventDefault()
      onPick(other)
    })
    item.append(link)
    row.append(item)
  }
  return row
}
