import { isIPv4, isIPv6 } from 'node:net'

/** The network, never the address: /24 for IPv4, /48 for IPv6. */
export function truncateIp(ip: string | undefined): string | null {
  if (!ip) return null
  const mapped = ip.length > 7 && ip.slice(0, 7).toLowerCase() === '::ffff:' ? ip.slice(7) : ip
  if (isIPv4(mapped)) return `${mapped.slice(0, mapped.lastIndexOf('.'))}.0/24`
  if (!isIPv6(ip)) return null
  const [head = '', tail = ''] = ip.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left
  const prefix = groups.slice(0, 3).map((g) => Number.parseInt(g, 16).toString(16))
  return `${prefix.join(':')}::/48`
}

const FAMILIES: readonly [RegExp, string][] = [
  [/bot|crawl|spider|slurp|headless/i, 'bot'],
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
]

/** The browser family only: no version, no platform, nothing that helps fingerprinting. */
export function userAgentFamily(ua: string | undefined): string | null {
  if (!ua) return null
  for (const [pattern, family] of FAMILIES) if (pattern.test(ua)) return family
  return 'other'
}
