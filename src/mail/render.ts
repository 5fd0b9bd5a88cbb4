import type { Language } from '../i18n/languages.js'
import { html } from '../ui/html.js'

export interface MailContent {
  subject: string
  text: string
  html: string
}

export interface MailLayout {
  language: Language
  subject: string
  greeting: string
  paragraphs: string[]
  action?: { label: string; url: string }
  after?: string[]
  signature: string
}

/** One layout for every mail, as plain text and as simple, accessible HTML with the same words. */
export function renderMail(m: MailLayout): MailContent {
  const text = [
    m.greeting,
    '',
    ...m.paragraphs.flatMap((p) => [p, '']),
    ...(m.action ? [`${m.action.label}:`, m.action.url, ''] : []),
    ...(m.after ?? []).flatMap((p) => [p, '']),
    m.signature,
  ].join('\n')
  const body = html`<!doctype html>
<html lang="${m.language}"><head><meta charset="utf-8"><title>${m.subject}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f24;max-width:36rem;margin:0 auto;padding:1rem">
<p>${m.greeting}</p>
${m.paragraphs.map((p) => html`<p>${p}</p>`)}
${
  m.action &&
  html`<p><a href="${m.action.url}" style="display:inline-block;padding:.6rem 1rem;background:#1d4d3f;color:#fff;text-decoration:none;border-radius:4px">${m.action.label}</a></p>
<p style="font-size:.85rem;color:#4a5560">${m.action.url}</p>`
}
${(m.after ?? []).map((p) => html`<p>${p}</p>`)}
<p>${m.signature}</p>
</body></html>`
  return { subject: m.subject, text, html: body.value }
}
