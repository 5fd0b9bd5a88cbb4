// Discovery on the WooCommerce-like shop in real MariaDB and PostgreSQL: the planted identifiers and
// the full card number in an order note are found; nothing else is taken for a card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scan } from '../discovery/discovery.service.js'
import { SqlSampleSource } from './sample-source.js'
import { openSession } from './sql.session.js'
import { type ScratchDatabase, scratchDatabase, serverAnswers } from './testing/databases.js'
import { buildShop, generateShop } from './testing/shop.js'

const CARD = '4111 1111 1111 1111'
const CPR = '070761-4285'

for (const kind of ['mysql', 'postgres'] as const) {
  const up = await serverAnswers(kind)
  describe.skipIf(!up && !process.env.CI)(`discovery in a ${kind} shop`, () => {
    let shop: ScratchDatabase
    beforeAll(async () => {
      const { data } = generateShop(120)
      // A customer wrote their card number in an order note; a plugin kept CPR numbers in user meta.
      const note = data.wp_comments?.find((c) => c.comment_type === 'order_note')
      if (note) note.comment_content = `Kunden ringede og oplyste kort ${CARD}, udløb 09/27`
      for (const meta of (data.wp_usermeta ?? []).slice(0, 40)) {
        meta.meta_key = 'billing_cpr'
        meta.meta_value = CPR
      }
      shop = await scratchDatabase(kind)
      const session = await openSession(shop.target, true)
      await buildShop(session, data)
      await session.close()
    })
    afterAll(async () => {
      await shop?.drop()
    })

    it('finds e-mails, phones, names, the CPR numbers and the card number, and no other card', async () => {
      const source = new SqlSampleSource(await openSession(shop.target, false))
      try {
        const result = await scan(source, { sampleRows: 1000, now: new Date('2026-12-07T00:00:00Z') })
        const column = (table: string, name: string) =>
          result.columns.find((c) => c.table === table && c.column === name)
        expect(column('wp_users', 'user_email')?.proposal?.label).toBe('email')
        expect(column('wp_wc_order_addresses', 'phone')?.proposal?.label).toBe('phone')
        expect(column('wp_wc_order_addresses', 'email')?.proposal?.label).toBe('email')
        expect(column('wp_comments', 'comment_author_IP')?.proposal?.label).toBe('ip_address')
        expect(column('wp_usermeta', 'meta_value')?.counts.dk_cpr ?? 0).toBeGreaterThanOrEqual(40)
        expect(column('wp_comments', 'comment_content')?.cardCount).toBe(1)
        expect(result.cardFindings).toBe(1)
      } finally {
        await source.close()
      }
    })
  })
}
