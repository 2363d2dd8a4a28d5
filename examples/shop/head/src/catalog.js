export const products = [
  { id: 'kb-01', name: 'Mechanical keyboard', price: 8900, tags: ['input', 'desk'] },
  { id: 'ms-02', name: 'Wireless mouse', price: 2900, tags: ['input'] },
  { id: 'mn-03', name: '27" monitor', price: 21900, tags: ['display', 'desk'] },
  { id: 'ls-04', name: 'Desk lamp', price: 3400, tags: ['desk', 'light'] },
  { id: 'hd-05', name: 'Headphones', price: 11900, tags: ['audio'] },
  { id: 'wc-06', name: 'Webcam', price: 6900, tags: ['video'] },
]

export function search(query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return products.filter((product) => words.every((word) => product.name.toLowerCase().includes(word) || product.tags.includes(word)))
}

export function byTag(tag) {
  return products.filter((product) => product.tags.includes(tag))
}
