import type { Page } from 'playwright-core'

/** What the set-up wizard asks for, as typed into it. */
export interface WizardValues {
  name: string
  email: string
  password: string
  legalName: string
  country: string
  registrationNumber: string
  street: string
  postalCode: string
  city: string
  contactEmail: string
  contactPhone?: string
}

/** A realistic Danish webshop and its owner. */
export const NORDLYS: WizardValues = {
  name: 'Mette Nørgaard',
  email: 'mette@nordlys.example',
  password: 'nordlys lights up the long winter',
  legalName: 'Nordlys Webshop ApS',
  country: 'Denmark',
  registrationNumber: '10150817',
  street: 'Vesterbrogade 1',
  postalCode: '1620',
  city: 'København V',
  contactEmail: 'privacy@nordlys.example',
  contactPhone: '+45 33 12 34 56',
}

/** Fills the set-up wizard through its labels. */
export async function fillWizard(page: Page, v: WizardValues): Promise<void> {
  await page.getByLabel('Your name').fill(v.name)
  await page.getByLabel('Your work e-mail').fill(v.email)
  await page.getByLabel('Password', { exact: true }).fill(v.password)
  await page.getByLabel('Password again').fill(v.password)
  await page.getByLabel('Legal name of the business').fill(v.legalName)
  await page.getByLabel('Country').selectOption({ label: v.country })
  await page.getByLabel('Company registration number').fill(v.registrationNumber)
  await page.getByLabel('Street address').fill(v.street)
  await page.getByLabel('Postal code').fill(v.postalCode)
  await page.getByLabel('City').fill(v.city)
  await page.getByLabel('Contact e-mail for privacy questions').fill(v.contactEmail)
  if (v.contactPhone) await page.getByLabel('Contact phone').fill(v.contactPhone)
}

/** Sends the wizard; resolves with the HTTP status of the POST to /setup once the next page loaded. */
export async function submitWizard(page: Page): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/setup'),
    page.getByRole('button', { name: 'Create account and continue' }).click(),
  ])
  await page.waitForLoadState()
  return response.status()
}
