// Test support only: a seeded random source so that property tests are repeatable, and small helpers
// for building numbers. Production code never imports this file.

/** A seeded pseudo-random generator (mulberry32) returning floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A random integer in [low, high]. */
export function int(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1))
}

/** `count` random decimal digits. */
export function digits(random: () => number, count: number): string {
  let out = ''
  for (let i = 0; i < count; i++) out += String(int(random, 0, 9))
  return out
}

/** Zero-pads `n` to `width` digits. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** Every string obtained by replacing one digit of `value` with a different digit. */
export function singleDigitChanges(value: string): string[] {
  const out: string[] = []
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 48 || c > 57) continue
    for (let d = 0; d <= 9; d++) {
      if (d !== c - 48) out.push(`${value.slice(0, i)}${d}${value.slice(i + 1)}`)
    }
  }
  return out
}

/** Appends a Luhn check digit: from the right, double every second digit, subtract 9 above 9. */
export function appendLuhn(payload: string): string {
  let sum = 0
  for (let i = 0; i < payload.length; i++) {
    const d = Number(payload[payload.length - 1 - i]) * (i % 2 === 0 ? 2 : 1)
    sum += d > 9 ? d - 9 : d
  }
  return `${payload}${(10 - (sum % 10)) % 10}`
}

/** Appends both Norwegian control digits as LEGAL.md states them; null when either would be 10. */
export function appendFnrControls(nine: string): string | null {
  const control = (value: string, weights: number[]) => {
    const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0)
    const k = (11 - (sum % 11)) % 11
    return k === 10 ? null : String(k)
  }
  const k1 = control(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2])
  if (k1 === null) return null
  const k2 = control(`${nine}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
  return k2 === null ? null : `${nine}${k1}${k2}`
}

/** Builds a henkilötunnus: DDMMYYNNN modulo 31 picks the check character (DVV's table). */
export function hetuWithCheck(ddmmyy: string, sign: string, nnn: string): string {
  return `${ddmmyy}${sign}${nnn}${'0123456789ABCDEFHJKLMNPRSTUVWXY'.charAt(Number(`${ddmmyy}${nnn}`) % 31)}`
}

/** A fixed clock for tests: 15 June 2026, noon UTC. */
export const NOW = new Date(Date.UTC(2026, 5, 15, 12))
