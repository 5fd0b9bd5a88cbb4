// The consent banner that runs on the shop's pages. No dependencies, no inline script or style (the
// styles are a constructed stylesheet in a Shadow DOM, which a strict CSP allows), no fingerprinting.
import type { BannerConfig, Choice, Texts } from './banner.types.js'

declare const __VERN__: BannerConfig
type Categories = Choice['c']
type Listener = (choice: Choice | null) => void

const cfg = __VERN__
const w = window as unknown as {
  dataLayer?: unknown[]
  Vern?: { consent?: unknown }
  gtag?: (...args: unknown[]) => void
}
const doc = document
const COOKIE = 'vern_consent'
const OPTIONAL = ['preferences', 'statistics', 'marketing'] as const
const listeners: Listener[] = []

// Google Consent Mode v2: the default is set before any other tag can run.
w.dataLayer = w.dataLayer || []
const gtag =
  w.gtag ||
  function (..._args: unknown[]) {
    // biome-ignore lint/complexity/noArguments: Consent Mode reads the arguments object itself
    w.dataLayer?.push(arguments)
  }
const mode = (c: Categories | null) => {
  const g = (on: boolean | undefined) => (on ? 'granted' : 'denied')
  return {
    ad_storage: g(c?.marketing),
    ad_user_data: g(c?.marketing),
    ad_personalization: g(c?.marketing),
    analytics_storage: g(c?.statistics),
    functionality_storage: g(c?.preferences),
    personalization_storage: g(c?.preferences),
    security_storage: 'granted',
  }
}
gtag('consent', 'default', { ...mode(null), wait_for_update: 500 })

const script = doc.currentScript as HTMLScriptElement | null
const lang = pickLanguage()
const t: Texts = cfg.texts[lang]
const customer = script?.dataset.customer?.slice(0, 100) || undefined
const gpc =
  cfg.gpc === 'refuse' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true

function pickLanguage(): keyof BannerConfig['texts'] {
  const known = (v: string | null | undefined) => {
    const l = (v || '').toLowerCase().slice(0, 2)
    const n = l === 'no' || l === 'nn' ? 'nb' : l
    return n in cfg.texts ? (n as keyof BannerConfig['texts']) : null
  }
  const asked = known(script?.dataset.lang) || known(doc.documentElement.lang)
  if (asked) return asked
  for (const l of navigator.languages || []) {
    const k = known(l)
    if (k) return k
  }
  return 'en'
}

function read(): Choice | null {
  const m = doc.cookie.match(/(?:^|;\s*)vern_consent=([^;]*)/)
  if (!m?.[1]) return null
  try {
    const c = JSON.parse(decodeURIComponent(m[1])) as Choice
    const fresh = Date.now() - c.t < cfg.expiryMonths * 30.44 * 864e5
    return c.r === cfg.revision && fresh ? c : null
  } catch {
    return null
  }
}

function write(c: Choice): void {
  const age = Math.round(cfg.expiryMonths * 30.44 * 86400)
  const secure = location.protocol === 'https:' ? '; Secure' : ''
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing from Firefox and older Safari
  doc.cookie = `${COOKIE}=${encodeURIComponent(JSON.stringify(c))}; Path=/; Max-Age=${age}; SameSite=Lax${secure}`
}

let current = read()

/** Runs the blocked scripts and frames whose category (and service, if named) is accepted. */
function activate(root: ParentNode): void {
  if (!current) return
  const ok = (el: HTMLElement) => {
    const cat = el.dataset.vernCategory as keyof Categories | undefined
    const svc = el.dataset.vernService
    return !!cat && (cat === 'necessary' || current?.c[cat] === true) && (!svc || current?.s[svc] !== false)
  }
  for (const old of root.querySelectorAll<HTMLScriptElement>(
    'script[type="text/plain"][data-vern-category]',
  )) {
    if (!ok(old)) continue
    const s = doc.createElement('script')
    for (const a of old.attributes)
      if (a.name !== 'type' && a.name !== 'nonce') s.setAttribute(a.name, a.value)
    // The nonce attribute is hidden once parsed; the property keeps it, so a strict CSP still allows the script.
    if (old.nonce) s.nonce = old.nonce
    if (old.dataset.vernType) s.type = old.dataset.vernType
    if (!old.src) s.text = old.text
    old.replaceWith(s)
  }
  for (const f of root.querySelectorAll<HTMLIFrameElement>('iframe[data-vern-src]')) {
    if (!ok(f)) continue
    f.src = f.dataset.vernSrc || ''
    f.removeAttribute('data-vern-src')
  }
}

function apply(c: Choice): void {
  current = c
  gtag('consent', 'update', mode(c.c))
  activate(doc)
  for (const l of listeners) l(c)
}

function choose(method: Choice['m'], c: Categories, services?: Record<string, boolean>): void {
  const s: Record<string, boolean> = {}
  for (const v of cfg.services)
    s[v.key] = c[v.category as keyof Categories] === true && services?.[v.key] !== false
  const choice: Choice = { id: null, m: method, c, s, r: cfg.revision, t: Date.now() }
  write(choice)
  apply(choice)
  fetch(`${cfg.base}/api/v1/public/consents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    keepalive: true,
    body: JSON.stringify({
      method,
      categories: { preferences: c.preferences, statistics: c.statistics, marketing: c.marketing },
      services: s,
      revision: cfg.revision,
      language: lang,
      path: location.pathname,
      gpc: gpc || undefined,
      // A signed-in customer's id, when the shop puts it on the script tag (data-customer).
      person: customer ? { customerId: customer } : undefined,
    }),
  })
    .then((r) => (r.ok ? r.json() : null))
    .then((receipt: { id: string } | null) => {
      if (receipt && current === choice) write({ ...choice, id: receipt.id })
    })
    .catch(() => {})
}

// ---- the interface, in a Shadow DOM ----
const host = doc.createElement('div')
host.id = 'vern-consent'
const root = host.attachShadow({ mode: 'open' })
const sheet = new CSSStyleSheet()
sheet.replaceSync(cfg.css)
root.adoptedStyleSheets = [sheet]
let dialog: HTMLElement | null = null
let reopen: HTMLButtonElement | null = null
let opener: Element | null = null

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag)
  if (cls) e.className = cls
  if (text) e.textContent = text
  return e
}

function button(text: string, onClick: () => void, cls = 'b'): HTMLButtonElement {
  const b = el('button', cls, text)
  b.type = 'button'
  b.addEventListener('click', onClick)
  return b
}

const none = (): Categories => ({ necessary: true, preferences: false, statistics: false, marketing: false })
const all = (): Categories => ({ necessary: true, preferences: true, statistics: true, marketing: true })

function close(): void {
  dialog?.remove()
  dialog = null
  showReopen()
  if (opener instanceof HTMLElement) opener.focus()
}

function showReopen(): void {
  if (reopen) return
  reopen = button(t.reopen, () => show(), 'r')
  reopen.setAttribute('aria-label', t.reopen)
  reopen.textContent = '⚙'
  root.append(reopen)
}

/** Opens the first layer (or the second with `details`). */
function show(details = false): void {
  opener = doc.activeElement
  dialog?.remove()
  reopen?.remove()
  reopen = null
  const d = el('div', 'd')
  d.setAttribute('role', 'dialog')
  d.setAttribute('aria-modal', 'true')
  d.setAttribute('aria-labelledby', 'vt')
  d.setAttribute('aria-describedby', 'vb')
  d.lang = lang
  const h = el('h2', '', t.title)
  h.id = 'vt'
  const p = el('p', '', t.body)
  p.id = 'vb'
  const link = el('a', '', t.policyLink)
  link.href = `${cfg.base}/privacy/policy?lang=${lang}`
  d.append(h, p)
  if (gpc) d.append(el('p', 'g', t.gpcNotice))
  const lp = el('p')
  lp.append(link)
  d.append(lp)
  const row = el('div', 'row')
  if (details) {
    const boxes: Record<string, HTMLInputElement> = {}
    const list = el('div', 'l')
    for (const k of ['necessary', ...OPTIONAL] as const) {
      const item = el('div', 'c')
      const label = el('label')
      const box = el('input')
      box.type = 'checkbox'
      box.id = `vc-${k}`
      box.checked = k === 'necessary' || current?.c[k] === true
      box.disabled = k === 'necessary'
      label.htmlFor = box.id
      label.textContent = t.categories[k].name + (k === 'necessary' ? ` (${t.alwaysOn})` : '')
      const desc = el('p', 'x', t.categories[k].description)
      desc.id = `vd-${k}`
      box.setAttribute('aria-describedby', desc.id)
      boxes[k] = box
      item.append(box, label, desc)
      for (const s of cfg.services.filter((v) => v.category === k)) {
        const sb = el('input')
        sb.type = 'checkbox'
        sb.id = `vs-${s.key}`
        sb.checked = current?.s[s.key] === true
        sb.disabled = k === 'necessary'
        const sl = el('label', 's', s.name)
        sl.htmlFor = sb.id
        boxes[`s:${s.key}`] = sb
        const row = el('div', 'sv')
        row.append(sb, sl)
        item.append(row)
      }
      list.append(item)
    }
    d.append(list)
    row.append(
      button(t.acceptAll, () => done('accept_all', all())),
      button(t.rejectAll, () => done('reject_all', none())),
      button(t.save, () => {
        const c = none()
        for (const k of OPTIONAL) c[k] = boxes[k]?.checked === true
        const s: Record<string, boolean> = {}
        for (const v of cfg.services) s[v.key] = boxes[`s:${v.key}`]?.checked !== false
        done('custom', c, s)
      }),
    )
  } else {
    row.append(
      button(t.acceptAll, () => done('accept_all', all())),
      button(t.rejectAll, () => done('reject_all', none())),
      button(t.choose, () => show(true)),
    )
  }
  d.append(row)
  d.addEventListener('keydown', trap)
  dialog = d
  root.append(d)
  d.querySelector<HTMLElement>('button, input:not([disabled])')?.focus()
}

function done(method: Choice['m'], c: Categories, s?: Record<string, boolean>): void {
  const withdrawing = method === 'reject_all' && current && OPTIONAL.some((k) => current?.c[k])
  choose(withdrawing ? 'withdraw' : method, c, s)
  close()
}

/** Keeps focus inside the dialog; Esc closes it without a choice (nothing optional runs). */
function trap(e: KeyboardEvent): void {
  if (e.key === 'Escape') {
    e.preventDefault()
    close()
    return
  }
  if (e.key !== 'Tab' || !dialog) return
  const f = [...dialog.querySelectorAll<HTMLElement>('a[href], button, input:not([disabled])')]
  const first = f[0]
  const last = f[f.length - 1]
  const active = root.activeElement
  if (e.shiftKey && active === first) {
    e.preventDefault()
    last?.focus()
  } else if (!e.shiftKey && active === last) {
    e.preventDefault()
    first?.focus()
  }
}

w.Vern = w.Vern || {}
w.Vern.consent = {
  show: () => show(true),
  get: () => current,
  on: (event: string, fn: Listener) => {
    if (event === 'change') listeners.push(fn)
  },
}

// Scripts and frames added later (a single-page app changing route) are activated as they appear.
new MutationObserver((records) => {
  if (current)
    for (const r of records)
      for (const n of r.addedNodes) if (n instanceof Element) activate(n.parentNode || n)
}).observe(doc.documentElement, { childList: true, subtree: true })

// A link to any page with #vern-consent (the privacy center has one) opens the choices there.
const asked = () => location.hash === '#vern-consent'
addEventListener('hashchange', () => {
  if (asked()) show(true)
})

function start(): void {
  doc.body.append(host)
  if (current && asked()) show(true)
  else if (current) {
    apply(current)
    showReopen()
  } else if (gpc) {
    choose('gpc', none())
    show()
  } else show()
}
if (doc.body) start()
else doc.addEventListener('DOMContentLoaded', start)
