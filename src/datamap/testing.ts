// Fixtures for the data map's tests: a described organisation, systems, processors, activities, PDFs.
import type { TestApp } from '../../test/harness.js'

/** A small but well-formed PDF (header, objects, cross-reference table, trailer), built byte by byte. */
export function tinyPdf(text = 'Data processing agreement'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R >>',
  ]
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** The first bytes of a PNG image: what a picture renamed to .pdf starts with. */
export const PNG_BYTES = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
)

/** A multipart/form-data body with plain fields and at most one file. */
export function multipartBody(
  fields: Record<string, string>,
  file?: { field?: string; filename: string; contentType?: string; bytes: Buffer },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----vern${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    )
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\ncontent-type: ${file.contentType ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  }
}

/** A JSON API caller with a bearer key. */
export function apiClient(t: TestApp, key: string) {
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    })
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, body: unknown) => call('POST', url, body),
    patch: (url: string, body: unknown) => call('PATCH', url, body),
    delete: (url: string) => call('DELETE', url),
  }
}
export type ApiClient = ReturnType<typeof apiClient>

export const webshopSystem = {
  name: 'Webshop',
  description: 'The Shopify store where customers order',
  owner: 'E-commerce manager',
  kind: 'webshop',
  hostingCountry: 'IE',
  securityMeasures: [
    { measure: 'encryption_in_transit', note: 'TLS 1.2+' },
    { measure: 'access_control' },
    { measure: 'backups', note: 'Daily, kept 30 days' },
  ],
}

export const hostingProcessor = {
  name: 'Nordhost A/S',
  role: 'processor',
  country: 'DK',
  description: 'Hosts the webshop and its database',
  contactEmail: 'dpa@nordhost.example',
  website: 'https://nordhost.example',
  dpaSignedOn: '2026-01-15',
  dpaReviewOn: '2027-01-15',
}

export const mailProcessor = {
  name: 'Mailer Inc.',
  role: 'processor',
  country: 'US',
  transferSafeguard: 'scc',
  description: 'Sends the newsletter',
}

/** An activity with every field filled, for the given system and recipients. */
export function orderActivity(systemIds: string[], recipientIds: string[], transfers: unknown[] = []) {
  return {
    name: 'Order handling',
    purpose: 'To deliver what customers order and to handle returns',
    dataUse: 'essential.service.order_handling',
    legalBasis: 'contract',
    dataCategories: ['user.name', 'user.contact.email', 'user.contact.address'],
    dataSubjects: ['customer'],
    systemIds,
    recipientIds,
    transfers,
    requirement: 'contract_prerequisite',
    requirementConsequence: 'Without an address we cannot deliver the order',
    automatedDecisions: false,
    retention: {
      period: { value: 5, unit: 'years' },
      trigger: 'the end of the financial year of the order',
      description: 'Kept under the Danish Bookkeeping Act, then deleted',
    },
  }
}
