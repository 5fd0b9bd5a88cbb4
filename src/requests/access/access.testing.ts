// Test support only: downloading and opening access packages. Production code never imports this file.
import type { Readable } from 'node:stream'
import { extractText, getDocumentProxy } from 'unpdf'
import { fromBufferPromise, openPromise } from 'yauzl'
import type { TestApp } from '../../../test/harness.js'

/** The path of a download link, e.g. /privacy/download/<token>. */
export function pathOf(url: string): string {
  return new URL(url).pathname
}

/** Presses the download button: a form POST with an empty body, as a browser sends it. */
export function download(t: TestApp, url: string) {
  return t.app.inject({
    method: 'POST',
    url: pathOf(url),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: '',
  })
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Every file of a ZIP by its name. */
export async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await fromBufferPromise(bytes, { lazyEntries: true })
  const files = new Map<string, Buffer>()
  for await (const entry of zip.eachEntry())
    files.set(entry.fileName, await collect(await zip.openReadStreamPromise(entry)))
  return files
}

/** A ZIP file on disk, read one entry at a time: for packages too large to hold in memory. */
export async function eachEntry(
  path: string,
  visit: (name: string, stream: Readable) => Promise<void>,
): Promise<void> {
  const zip = await openPromise(path, { lazyEntries: true })
  try {
    for await (const entry of zip.eachEntry())
      await visit(entry.fileName, await zip.openReadStreamPromise(entry))
  } finally {
    zip.close()
  }
}

/** The text of a PDF, as a reader would copy it. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  return (await extractText(pdf, { mergePages: true })).text
}

export function text(files: Map<string, Buffer>, name: string): string {
  const file = files.get(name)
  if (!file) throw new Error(`${name} is not in the package: ${[...files.keys()].join(', ')}`)
  return file.toString('utf8')
}
