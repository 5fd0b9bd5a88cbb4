import { describe, expect, it } from 'vitest'
import { html, safeUrl, trusted } from './html.js'

describe('html', () => {
  it('escapes interpolated text, including quotes for attributes', () => {
    const name = `<script>alert("x")</script>' onload='x`
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x</p>',
    )
  })
  it('keeps nested templates and arrays as markup, and drops false, null and undefined', () => {
    const items = ['a&b', 'c']
    const out = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>${false}${null}${undefined}${0}`
    expect(out.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>0')
  })
  it('passes trusted markup through unchanged', () => {
    expect(html`${trusted('<b>x</b>')}`.value).toBe('<b>x</b>')
  })
  it('refuses script URLs', () => {
    expect(safeUrl('javascript:alert(1)')).toBe('#')
    expect(safeUrl(' JaVaScRiPt:alert(1)')).toBe('#')
    expect(safeUrl('//evil.example/x')).toBe('#')
    expect(safeUrl('/privacy')).toBe('/privacy')
    expect(safeUrl('https://shop.example/a')).toBe('https://shop.example/a')
  })
})
