import type { TestApp } from '../../test/harness.js'

/** The subscriptions API with one API key. */
export function subscriptionsApi(t: TestApp, key: string) {
  const headers = { authorization: `Bearer ${key}` }
  return {
    subscribe: (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/v1/subscriptions', headers, payload }),
    check: (email: string, channel = 'email', purpose = 'newsletter') =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/subscriptions/check?${new URLSearchParams({ email, channel, purpose })}`,
        headers,
      }),
    ofSubject: (subjectId: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/subscriptions?subjectId=${subjectId}`, headers }),
  }
}

/** The link of the newest mail in the outbox whose text contains `path`. */
export async function linkInOutbox(t: TestApp, path: string): Promise<string> {
  for (const summary of await t.ctx.mail.list(t.ctx.db, 100)) {
    const mail = await t.ctx.mail.read(t.ctx.db, summary.id)
    const match = mail?.message.text.match(new RegExp(`https?://\\S*${path}\\S+`))
    if (match) return match[0]
  }
  throw new Error(`no mail with a link to ${path}`)
}
