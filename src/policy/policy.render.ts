import { html, type SafeHtml, safeUrl } from '../ui/html.js'
import type { DiffLine } from './policy.diff.js'
import type { Block, Inline, PolicyDocument } from './policy.document.js'

function inline(content: Inline[]): SafeHtml {
  return html`${content.map((c) => (typeof c === 'string' ? c : html`<a href="${safeUrl(c.href)}">${c.text}</a>`))}`
}

function block(b: Block): SafeHtml {
  if (b.type === 'h3') return html`<h3>${b.text}</h3>`
  if (b.type === 'p') return html`<p>${inline(b.content)}</p>`
  return html`<ul>${b.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`
}

/**
 * The policy as HTML: an article with one landmark section per heading. Used by the public page, the
 * embeddable fragment and the admin preview; `headline` puts the title in an h1 (the page) or leaves it
 * out (a fragment embedded under the shop's own heading).
 */
export function renderDocument(
  doc: PolicyDocument,
  o: { headline: boolean; before?: SafeHtml | string; idPrefix?: string } = { headline: true },
): SafeHtml {
  const prefix = o.idPrefix ?? 'policy'
  return html`<article class="policy" lang="${doc.language}">
${o.headline && html`<h1>${doc.title}</h1>`}
${o.before ?? ''}
<p>${doc.intro}</p>
<nav aria-label="${doc.title}"><ol class="policy-toc">${doc.sections.map((s) => html`<li><a href="#${prefix}-${s.key}">${s.heading}</a></li>`)}</ol></nav>
${doc.sections.map(
  (s) =>
    html`<section aria-labelledby="${prefix}-${s.key}"><h2 id="${prefix}-${s.key}">${s.heading}</h2>
${s.blocks.map(block)}
</section>`,
)}
</article>`
}

/** The text diff as a list: added lines in <ins>, removed lines in <del>, so it reads without colour. */
export function renderDiff(lines: DiffLine[], words: { added: string; removed: string }): SafeHtml {
  return html`<ol class="policy-diff">${lines.map((l) =>
    l.op === 'same'
      ? html`<li>${l.text || ' '}</li>`
      : l.op === 'added'
        ? html`<li><ins><span class="visually-hidden">${words.added}: </span>${l.text}</ins></li>`
        : html`<li><del><span class="visually-hidden">${words.removed}: </span>${l.text}</del></li>`,
  )}</ol>`
}
