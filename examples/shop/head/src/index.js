import { add, subscribe } from './cart.js'
import { products, search } from './catalog.js'
import { renderRow } from './recommend.js'

const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' })

function card(product) {
  const element = document.createElement('article')
  element.className = 'card'
  element.id = product.id
  element.innerHTML = `<h2></h2><p class="price"></p><button type="button">Add to cart</button><button type="button" class="link">Reviews</button>`
  element.querySelector('h2').textContent = product.name
  element.querySelector('.price').textContent = money.format(product.price / 100)
  element.querySelector('button').addEventListener('click', () => add(product))
  element.querySelector('.link').addEventListener('click', async () => {
    const { renderReviews } = await import(/* webpackChunkName: "reviews" */ './reviews.js')
    element.append(renderReviews(product.id))
  })
  element.append(renderRow(product, (other) => document.getElementById(other.id)?.scrollIntoView({ behavior: 'smooth' })))
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
