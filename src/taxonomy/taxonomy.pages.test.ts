import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'

forEachDatabase('taxonomy admin page', (dialect) => {
  let t: TestApp
  const client = async (role: 'dpo' | 'marketing', locale?: 'da') => {
    const user = await createUser(t, { role })
    if (locale) await t.ctx.db.updateTable('users').set({ locale }).where('id', '=', user.id).execute()
    const c = new FormClient(t.app)
    c.cookies.set('vern_session', (await signIn(t, user)).cookie.split('=')[1] ?? '')
    return c
  }
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  it('shows the three trees nested by depth, with markers, and forms only to writers', async () => {
    const reader = await client('marketing')
    const page = await reader.get('/admin/taxonomy')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Data categories')
    expect(page.body).toContain('Purposes (data uses)')
    expect(page.body).toMatch(
      /<code>user\.contact<\/code>[\s\S]*?<ul><li><span data-key="user\.contact\.address"/,
    )
    expect(page.body).toContain('<code>user.government_id.national_identification_number.dk_cpr</code>')
    expect(page.body).toContain('href="/api/v1/taxonomy/export"')
    expect(page.body).not.toContain('action="/admin/taxonomy/import"')
    expect(page.body).not.toContain('action="/admin/taxonomy/state"')
    const denied = await reader.post('/admin/taxonomy', { kind: 'data_use', key: 'x', name: 'X' })
    expect(denied.statusCode).toBe(403)
  })

  it('adds a key, refuses a bad one in place, disables and enables, and imports', async () => {
    const writer = await client('dpo', 'da')
    const page = await writer.get('/admin/taxonomy')
    expect(page.body).toContain('Kategorier af personoplysninger')
    expect(page.body).toContain('E-mailadresse')
    const added = await writer.post('/admin/taxonomy', {
      kind: 'data_category',
      key: 'user.contact.work_phone',
      name: 'Work phone',
      label_da: 'Arbejdstelefon',
    })
    expect(added.statusCode).toBe(303)
    const after = await writer.get('/admin/taxonomy?added=1')
    expect(after.body).toContain('Nøglen er tilføjet.')
    expect(after.body).toMatch(
      /Arbejdstelefon <code>user\.contact\.work_phone<\/code>\s*<span class="badge ok">jeres egen/,
    )

    const orphan = await writer.post('/admin/taxonomy', {
      kind: 'data_category',
      key: 'user.nix.x',
      name: 'X',
    })
    expect(orphan.statusCode).toBe(400)
    expect(orphan.body).toContain('delen før det sidste punktum er ikke en eksisterende nøgle')
    expect(orphan.body).toContain('value="user.nix.x"')
    const twice = await writer.post('/admin/taxonomy', {
      kind: 'data_category',
      key: 'user.contact.work_phone',
      name: 'Again',
    })
    expect(twice.statusCode).toBe(409)
    expect(twice.body).toContain('nøglen findes allerede')

    await writer.get('/admin/taxonomy')
    const off = await writer.post('/admin/taxonomy/state', { kind: 'data_use', key: 'sales', disabled: '1' })
    expect(off.statusCode).toBe(303)
    expect((await t.ctx.taxonomy.get(t.ctx.db, 'data_use', 'sales')).disabled).toBe(true)
    expect((await writer.get('/admin/taxonomy')).body).toMatch(
      /<code>sales<\/code>\s*<span class="badge">standard<\/span>\s*<span class="badge bad">deaktiveret/,
    )
    await writer.post('/admin/taxonomy/state', { kind: 'data_use', key: 'sales', disabled: '0' })
    expect((await t.ctx.taxonomy.get(t.ctx.db, 'data_use', 'sales')).disabled).toBe(false)

    await writer.get('/admin/taxonomy')
    const imported = await writer.post('/admin/taxonomy/import', {
      yaml: 'data_subject:\n  - fides_key: club_member\n    name: Club member\n',
    })
    expect(imported.statusCode).toBe(303)
    expect((await writer.get(imported.headers.location as string)).body).toContain(
      'Importeret: 1 tilføjet, 0 ændret, 0 uændret.',
    )
    await writer.get('/admin/taxonomy')
    const broken = await writer.post('/admin/taxonomy/import', { yaml: 'data_use:\n  - fides_key: a.b\n' })
    expect(broken.statusCode).toBe(400)
    expect(broken.body).toContain('Intet blev importeret')
    expect(broken.body).toContain('data_use.0')
  })
})
