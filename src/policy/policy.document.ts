import type { Language } from '../i18n/languages.js'

/** The sections every policy has, in order; each one is always present (saying "none" when so). */
export const SECTION_KEYS = [
  'controller',
  'dpo',
  'purposes',
  'categories',
  'recipients',
  'transfers',
  'retention',
  'cookies',
  'marketing',
  'rights',
  'consent',
  'complaint',
  'requirement',
  'automated',
  'security',
  'changes',
] as const
export type SectionKey = (typeof SECTION_KEYS)[number]

/** Words, or words that link somewhere. */
export type Inline = string | { text: string; href: string }

export type Block =
  | { type: 'p'; content: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | { type: 'h3'; text: string }

export interface PolicySection {
  key: SectionKey
  heading: string
  blocks: Block[]
}

/** A policy in one language, as data: rendered as a page, a fragment, plain text and JSON. */
export interface PolicyDocument {
  language: Language
  title: string
  intro: string
  sections: PolicySection[]
}

/** The text of inline content, without links. */
export function inlineText(content: Inline[]): string {
  return content.map((c) => (typeof c === 'string' ? c : c.text)).join('')
}

/** The policy as plain text, one line per paragraph or list item: what the text diff compares. */
export function documentText(doc: PolicyDocument): string {
  const lines = [`# ${doc.title}`, '', doc.intro]
  for (const section of doc.sections) lines.push('', ...sectionLines(section))
  return `${lines.join('\n')}\n`
}

/** One section's lines (heading first). */
export function sectionLines(section: PolicySection): string[] {
  const lines = [`## ${section.heading}`]
  for (const block of section.blocks) {
    if (block.type === 'h3') lines.push(`### ${block.text}`)
    else if (block.type === 'p') lines.push(inlineText(block.content))
    else for (const item of block.items) lines.push(`- ${inlineText(item)}`)
  }
  return lines
}
