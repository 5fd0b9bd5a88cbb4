import { type PolicyDocument, sectionLines } from './policy.document.js'
import type { PolicyFacts } from './policy.facts.js'

/** One thing that changed between two versions, to be said in plain words (policy.admin.text.ts). */
export type Change =
  | { kind: 'section_added' | 'section_removed' | 'section_changed'; section: string; heading: string }
  | {
      kind:
        | 'activity_added'
        | 'activity_removed'
        | 'activity_changed'
        | 'recipient_added'
        | 'recipient_removed'
        | 'recipient_changed'
        | 'retention_added'
        | 'retention_removed'
        | 'retention_changed'
        | 'cookie_service_added'
        | 'cookie_service_removed'
      name: string
    }
  | { kind: 'controller_changed' | 'dpo_changed' | 'authority_changed' | 'marketing_changed' }

export interface DiffLine {
  op: 'same' | 'added' | 'removed'
  text: string
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Compares lists by id: what was added, removed or changed. */
function byId<T extends { id: string; name: string }>(
  before: T[],
  after: T[],
  kinds: { added: Change['kind']; removed: Change['kind']; changed: Change['kind'] },
): Change[] {
  const old = new Map(before.map((x) => [x.id, x]))
  const now = new Map(after.map((x) => [x.id, x]))
  const out: Change[] = []
  for (const x of after) {
    const was = old.get(x.id)
    if (!was) out.push({ kind: kinds.added, name: x.name } as Change)
    else if (!same(was, x)) out.push({ kind: kinds.changed, name: x.name } as Change)
  }
  for (const x of before) if (!now.has(x.id)) out.push({ kind: kinds.removed, name: x.name } as Change)
  return out
}

/** What changed from one version to the next, in the facts and in the sections of one language. */
export function summarizeChanges(
  before: { facts: PolicyFacts; document: PolicyDocument },
  after: { facts: PolicyFacts; document: PolicyDocument },
): Change[] {
  const changes: Change[] = []
  const a = before.facts
  const b = after.facts
  const { dpo: dpoBefore, authority: authorityBefore, ...orgBefore } = a.organisation
  const { dpo: dpoAfter, authority: authorityAfter, ...orgAfter } = b.organisation
  if (!same(orgBefore, orgAfter)) changes.push({ kind: 'controller_changed' })
  if (!same(dpoBefore, dpoAfter)) changes.push({ kind: 'dpo_changed' })
  if (!same(authorityBefore, authorityAfter)) changes.push({ kind: 'authority_changed' })
  changes.push(
    ...byId(a.activities, b.activities, {
      added: 'activity_added',
      removed: 'activity_removed',
      changed: 'activity_changed',
    }),
    ...byId(a.recipients, b.recipients, {
      added: 'recipient_added',
      removed: 'recipient_removed',
      changed: 'recipient_changed',
    }),
    ...byId(a.retentionRules, b.retentionRules, {
      added: 'retention_added',
      removed: 'retention_removed',
      changed: 'retention_changed',
    }),
  )
  const servicesBefore = new Set(a.cookies.services.map((s) => `${s.category}|${s.name}`))
  const servicesAfter = new Set(b.cookies.services.map((s) => `${s.category}|${s.name}`))
  for (const s of b.cookies.services)
    if (!servicesBefore.has(`${s.category}|${s.name}`))
      changes.push({ kind: 'cookie_service_added', name: s.name })
  for (const s of a.cookies.services)
    if (!servicesAfter.has(`${s.category}|${s.name}`))
      changes.push({ kind: 'cookie_service_removed', name: s.name })
  if (!same(a.marketing, b.marketing)) changes.push({ kind: 'marketing_changed' })

  const old = new Map(before.document.sections.map((s) => [s.key, s]))
  const now = new Map(after.document.sections.map((s) => [s.key, s]))
  for (const s of after.document.sections) {
    const was = old.get(s.key)
    if (!was) changes.push({ kind: 'section_added', section: s.key, heading: s.heading })
    else if (!same(sectionLines(was), sectionLines(s)))
      changes.push({ kind: 'section_changed', section: s.key, heading: s.heading })
  }
  for (const s of before.document.sections)
    if (!now.has(s.key)) changes.push({ kind: 'section_removed', section: s.key, heading: s.heading })
  return changes
}

const MAX_LINES = 2000

/** A line diff (longest common subsequence): every line of both texts, marked same, added or removed. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n').slice(0, MAX_LINES)
  const b = after.split('\n').slice(0, MAX_LINES)
  const n = a.length
  const m = b.length
  // lengths[i][j]: the LCS of a[i..] and b[j..], in one flat array.
  const lengths = new Uint16Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lengths[i * (m + 1) + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j] ?? 0, lengths[i * (m + 1) + j + 1] ?? 0)
  const out: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] ?? '' })
      i++
      j++
    } else if ((lengths[(i + 1) * (m + 1) + j] ?? 0) >= (lengths[i * (m + 1) + j + 1] ?? 0)) {
      out.push({ op: 'removed', text: a[i++] ?? '' })
    } else out.push({ op: 'added', text: b[j++] ?? '' })
  }
  while (i < n) out.push({ op: 'removed', text: a[i++] ?? '' })
  while (j < m) out.push({ op: 'added', text: b[j++] ?? '' })
  return out
}

/** The diff as unified-style text: "+ " added, "- " removed, "  " unchanged. */
export function diffText(lines: DiffLine[]): string {
  return `${lines.map((l) => `${l.op === 'added' ? '+' : l.op === 'removed' ? '-' : ' '} ${l.text}`).join('\n')}\n`
}
