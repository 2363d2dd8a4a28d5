// Loaded when a shopper opens the reviews of a product: kept out of the first download.
const reviews = {
  'kb-01': [
    { stars: 5, text: 'Crisp switches, solid frame, and the keycaps feel great after months of use.' },
    { stars: 4, text: 'Loud in an open office, but the typing feel is worth it.' },
  ],
  'ms-02': [{ stars: 4, text: 'Light and accurate; the battery lasts for weeks.' }],
  'mn-03': [
    { stars: 5, text: 'Sharp text, good colours out of the box, easy to mount.' },
    { stars: 3, text: 'Stand wobbles a little when typing hard.' },
  ],
  'ls-04': [{ stars: 5, text: 'Warm light without flicker; the dimmer goes low enough for evenings.' }],
  'hd-05': [
    { stars: 5, text: 'Comfortable for a full day of calls, and noise cancelling is excellent.' },
    { stars: 4, text: 'Great sound; the case is bulky.' },
  ],
  'wc-06': [{ stars: 3, text: 'Fine in daylight, grainy in a dim room.' }],
}

export function reviewsFor(id) {
  return reviews[id] ?? []
}

export function averageStars(id) {
  const list = reviewsFor(id)
  return list.length === 0 ? 0 : list.reduce((sum, review) => sum + review.stars, 0) / list.length
}

export function renderReviews(id) {
  const section = document.createElement('section')
  section.className = 'reviews'
  const heading = document.createElement('h3')
  heading.textContent = `${averageStars(id).toFixed(1)} ★ from ${reviewsFor(id).length} reviews`
  section.append(heading)
  for (const review of reviewsFor(id)) {
    const quote = document.createElement('blockquote')
    quote.textContent = `${'★'.repeat(review.stars)} ${review.text}`
    section.append(quote)
  }
  return section
}
