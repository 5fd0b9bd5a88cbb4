import { fileURLToPath } from 'node:url'
import { connectorsBench } from './connectors.bench.js'
import { consentBench } from './consent.bench.js'
import { discoveryBench } from './discovery.bench.js'
import { foundationBench } from './foundation.bench.js'
import { registerBench } from './register.bench.js'
import { retentionBench } from './retention.bench.js'

// The benchmarks run against the built server beside this bundle (dist/main.js), as users run it.
// `npm run bench` runs them all; `npm run bench -- register` runs the named ones.
const main = fileURLToPath(new URL('./main.js', import.meta.url))
const seconds = Number(process.env.BENCH_SECONDS ?? 10)

const BENCHES: Record<string, () => Promise<string[]>> = {
  foundation: () => foundationBench(main, seconds),
  register: registerBench,
  consent: () => consentBench(main, seconds),
  connectors: connectorsBench,
  discovery: discoveryBench,
  retention: () => retentionBench(main),
}
const chosen = process.argv.slice(2)
const unknown = chosen.filter((name) => !(name in BENCHES))
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`)
  process.exit(2)
}
for (const name of chosen.length > 0 ? chosen : Object.keys(BENCHES)) {
  for (const line of (await BENCHES[name]?.()) ?? []) console.log(line)
}
