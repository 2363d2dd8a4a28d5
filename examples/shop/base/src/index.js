import { add, subscribe } from './cart.js'
import { products, search } from './catalog.js'

const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' })

function card(product) {
  const element = document.createElement('article')
  element.className = 'card'
  element.innerHTML = `<h2></h2><p class="price"></p><button type="button">Add to cart</button>`
  element.querySelector('h2').textContent = product.name
  element.querySelector('.price').textContent = money.format(product.price / 100)
  element.querySelector('button').addEventListener('click', () => add(product))
  return element
}

function render(list) {
  const grid = document.querySelector('#products')
  grid.replaceChildren(...list.map(card))
}

document.querySelector('#search').addEventListener('input', (event) => render(search(event.target.value)))
subscribe(({ count, total }) => {
  document.querySelector('#cart').textContent = `${count} items · ${money.format(total / 100)}`
})
render(products)
