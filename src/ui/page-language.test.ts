import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { ADMIN_LANGUAGES, type AdminLanguage } from '../i18n/languages.js'

/** Words each language must show, written out so a dictionary wired to the wrong language is caught. */
const EXPECTED: Record<AdminLanguage, { signIn: string; users: string; notFound: string; swedish: string }> =
  {
    en: { signIn: 'Sign in to Vern', users: 'Users', notFound: 'Not found', swedish: 'Swedish' },
    da: { signIn: 'Log ind i Vern', users: 'Brugere', notFound: 'Siden findes ikke', swedish: 'Svensk' },
    nb: { signIn: 'Logg inn i Vern', users: 'Brukere', notFound: 'Fant ikke siden', swedish: 'Svensk' },
    sv: {
      signIn: 'Logga in i Vern',
      users: 'Användare',
      notFound: 'Sidan hittades inte',
      swedish: 'Svenska',
    },
    fi: { signIn: 'Kirjaudu Verniin', users: 'Käyttäjät', notFound: 'Sivua ei löytynyt', swedish: 'Ruotsi' },
  }

forEachDatabase('admin pages in every admin language', (dialect) => {
  let t: TestApp
  /** A browser signed in as an owner whose chosen admin language is `locale`. */
  const ownerIn = async (locale: AdminLanguage | null) => {
    const user = await createUser(t, { role: 'owner' })
    await t.ctx.db.updateTable('users').set({ locale }).where('id', '=', user.id).execute()
    const browser = new FormClient(t.app)
    browser.cookies.set('vern_session', (await signIn(t, user)).cookie.split('=')[1] ?? '')
    return browser
  }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    await createUser(t, { role: 'owner' })
  })
  afterAll(() => t.close())

  it.each(ADMIN_LANGUAGES)('?lang=%s gives the sign-in and error pages in that language', async (lang) => {
    const browser = new FormClient(t.app)
    const login = await browser.get(`/login?lang=${lang}`)
    expect(login.statusCode).toBe(200)
    expect(login.body).toContain(`<html lang="${lang}">`)
    expect(login.body).toContain(EXPECTED[lang].signIn)
    const missing = await browser.get(`/no-such-page?lang=${lang}`)
    expect(missing.statusCode).toBe(404)
    expect(missing.body).toContain(`<html lang="${lang}">`)
    expect(missing.body).toContain(EXPECTED[lang].notFound)
  })

  it('follows the browser when nothing else is chosen, reading no and nn as Bokmål', async () => {
    const browser = new FormClient(t.app)
    for (const [header, lang] of [
      ['sv-SE,sv;q=0.9,en;q=0.5', 'sv'],
      ['fi-FI,fi;q=0.9', 'fi'],
      ['nn-NO,no;q=0.9', 'nb'],
      ['de-DE', 'en'],
    ] as const) {
      const page = await browser.get('/login', { 'accept-language': header })
      expect(page.body, header).toContain(`<html lang="${lang}">`)
      expect(page.body, header).toContain(EXPECTED[lang].signIn)
    }
  })

  it.each(ADMIN_LANGUAGES)('a user who chose %s gets the dashboard and navigation in it', async (lang) => {
    const owner = await ownerIn(lang)
    // The user's own choice wins over the browser's.
    const page = await owner.get('/', { 'accept-language': lang === 'da' ? 'sv' : 'da' })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain(`<html lang="${lang}">`)
    expect(page.body).toMatch(
      new RegExp(`<nav id="nav"[\\s\\S]*href="/admin/users"[^>]*>${EXPECTED[lang].users}<`),
    )
  })

  it('offers all five languages on the account page and switches to the one chosen', async () => {
    const owner = await ownerIn(null)
    const account = await owner.get('/account?lang=sv')
    for (const lang of ADMIN_LANGUAGES) expect(account.body).toContain(`value="${lang}"`)
    expect(account.body).toContain(`>${EXPECTED.sv.swedish}</option>`)
    const saved = await owner.post('/account', { name: 'Aino Virtanen', locale: 'fi' })
    expect(saved.statusCode).toBe(303)
    const after = await owner.get('/account')
    expect(after.body).toContain('<html lang="fi">')
    expect(after.body).toMatch(/<option value="fi"[^>]*selected[^>]*>Suomi<\/option>/)
    expect(after.body).toContain(`>${EXPECTED.fi.swedish}</option>`)
  })
})
