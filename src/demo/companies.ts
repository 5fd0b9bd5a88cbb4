import { validateIdentifier } from '../identifiers/index.js'
import type { NewSubject } from '../subjects/subject.schema.js'
import type { Random } from './random.js'

/** A made-up Danish business customer of the shop; the domain is reserved (`.example`). */
interface DemoCompany {
  name: string
  street: string
  postalCode: string
  city: string
  domain: string
  /** A public institution: invoiced electronically to its EAN (GLN) location number. */
  publicInstitution: boolean
  jobTitles: readonly string[]
}

export const COMPANIES: readonly DemoCompany[] = [
  {
    name: 'Havbrise Café ApS',
    street: 'Havnegade 14',
    postalCode: '8000',
    city: 'Aarhus C',
    domain: 'havbrise-cafe.example',
    publicInstitution: false,
    jobTitles: ['Indehaver', 'Køkkenchef'],
  },
  {
    name: 'Børnehuset Solsikken',
    street: 'Skovvej 8',
    postalCode: '8600',
    city: 'Silkeborg',
    domain: 'solsikken-boernehus.example',
    publicInstitution: true,
    jobTitles: ['Pædagogisk leder', 'Administrativ medarbejder'],
  },
  {
    name: 'Lundgaard Blomster & Interiør I/S',
    street: 'Algade 31',
    postalCode: '4000',
    city: 'Roskilde',
    domain: 'lundgaard-blomster.example',
    publicInstitution: false,
    jobTitles: ['Medindehaver', 'Butiksansvarlig'],
  },
  {
    name: 'Bølgen Tegnestue ApS',
    street: 'Strandvejen 102',
    postalCode: '2900',
    city: 'Hellerup',
    domain: 'boelgen-tegnestue.example',
    publicInstitution: false,
    jobTitles: ['Kontorchef', 'Bogholder'],
  },
  {
    name: 'Solbærhavens Skole',
    street: 'Kirkevej 50',
    postalCode: '7100',
    city: 'Vejle',
    domain: 'solbaerhaven-skole.example',
    publicInstitution: true,
    jobTitles: ['Skoleleder', 'Skolesekretær'],
  },
]

/** A CVR number that passes the mod-11 check (8 digits, no leading 0). */
export function syntheticCvr(random: Random): string {
  for (;;) {
    const value = String(random.int(10_000_000, 99_999_999))
    if (validateIdentifier('dk_cvr', value).valid) return value
  }
}

/** A Danish GLN (EAN location number, GS1 prefix 579) with its mod-10 check digit. */
export function syntheticGln(random: Random): string {
  const body = `579${String(random.int(0, 999_999_999)).padStart(9, '0')}`
  for (let check = 0; check <= 9; check++)
    if (validateIdentifier('gln', `${body}${check}`).valid) return `${body}${check}`
  throw new Error('unreachable: one of ten check digits is right')
}

/** The company as the register takes it: CVR number always, EAN (GLN) for a public institution. */
export function companySubject(company: DemoCompany, random: Random, firstContactAt: string): NewSubject {
  return {
    kind: 'company',
    relationship: 'customer',
    firstContactAt,
    name: company.name,
    email: `info@${company.domain}`,
    address: { street: company.street, postalCode: company.postalCode, city: company.city, country: 'DK' },
    companyNumber: { kind: 'dk_cvr', value: syntheticCvr(random) },
    gln: company.publicInstitution ? syntheticGln(random) : null,
  }
}
