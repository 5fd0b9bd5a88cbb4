import { html, type SafeHtml, trusted } from '../../ui/html.js'
import type { PackageFacts } from './access.facts.js'
import { type Block, buildReport } from './access.report.js'

/** The report for people as one self-contained HTML page: no scripts, no external files, printable. */
export function reportHtml(facts: PackageFacts): string {
  const r = buildReport(facts)
  return html`<!doctype html>
<html lang="${r.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${r.title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<main>
<h1>${r.title}</h1>
${r.sections.map(
  (s, i) => html`<section id="${s.id}">
${i === 0 ? '' : html`<h2>${s.heading}</h2>`}
${s.blocks.map(block)}
</section>`,
)}
</main>
<footer>${r.footer}</footer>
</body>
</html>
`.value
}

function block(b: Block): SafeHtml {
  switch (b.type) {
    case 'p':
      return html`<p>${b.text}</p>`
    case 'h3':
      return html`<h3>${b.text}</h3>`
    case 'list':
      return html`<ul>${b.items.map((item) => html`<li>${item}</li>`)}</ul>`
    case 'facts':
      return html`<dl>${b.rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`
    case 'table':
      return html`<table>
<thead><tr>${b.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${b.rows.map((row) => html`<tr>${row.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
</table>`
  }
}

const STYLE = `
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; margin: 0; background: #fff; }
main, footer { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
dl { display: grid; grid-template-columns: minmax(10rem, max-content) 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: break-word; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #d0d7de; overflow-wrap: break-word; }
th { background: #f6f8fa; }
footer { color: #57606a; font-size: .9rem; border-top: 1px solid #d0d7de; }
@media print {
  body { font-size: 11pt; }
  main, footer { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, dl { break-inside: avoid; }
  th { background: none; }
}
`
