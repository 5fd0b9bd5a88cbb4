import { fileURLToPath } from 'node:url'
import { foundationBench } from './foundation.bench.js'

// The benchmarks run against the built server beside this bundle (dist/main.js), as users run it.
const main = fileURLToPath(new URL('./main.js', import.meta.url))
const seconds = Number(process.env.BENCH_SECONDS ?? 10)

const lines = await foundationBench(main, seconds)
for (const line of lines) console.log(line)
