const items = new Map()
const listeners = new Set()

export function add(product, quantity = 1) {
  const current = items.get(product.id)
  items.set(product.id, { product, quantity: (current?.quantity ?? 0) + quantity })
  notify()
}

export function remove(id) {
  items.delete(id)
  notify()
}

export function total() {
  let cents = 0
  for (const { product, quantity } of items.values()) cents += product.price * quantity
  return cents
}

export function count() {
  let n = 0
  for (const { quantity } of items.values()) n += quantity
  return n
}

export function subscribe(listener) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function notify() {
  for (const listener of listeners) listener({ count: count(), total: total() })
}
