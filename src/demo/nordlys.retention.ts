import type { Actor } from '../auth/principal.js'
import type { Executor } from '../db/database.js'
import type { ClockStart, Period, RetentionAction } from '../retention/retention.dates.js'
import { PRESETS, type PresetKey } from '../retention/retention.presets.js'
import type { RetentionRuleService } from '../retention/retention.service.js'
import { RETENTION_TEXT } from '../retention/retention.text.js'

/** A retention rule of the demo shop, naming its activities by their names in nordlys.activities.ts. */
interface DemoRule {
  /** A preset the rule starts from: its name, legal ground, categories, clock and period. */
  preset?: PresetKey
  name?: string
  activities: string[]
  dataCategories?: string[]
  clockStart?: ClockStart
  period?: Period
  action?: RetentionAction
  legalGround?: string
}

/**
 * Nordlys Webshop's retention rules, as the shop owner would set them: the Danish bookkeeping act and
 * the newsletter from the presets, and one rule per other purpose with the period its activity states.
 * Together they give every data category of the data map a rule, so the privacy policy is complete.
 */
export const RULES: DemoRule[] = [
  { preset: 'bookkeeping_dk', activities: ['Bogføring'] },
  { preset: 'newsletter', activities: ['Nyhedsbrev'] },
  {
    name: 'Ordrer',
    activities: ['Ordrehåndtering'],
    clockStart: 'collected',
    period: { value: 3, unit: 'years' },
    action: 'delete',
    legalGround:
      'Forældelsesloven: krav om fejl ved en vare forældes som udgangspunkt efter 3 år, så vi gemmer ordren så længe.',
  },
  {
    name: 'Henvendelser til kundeservice',
    activities: ['Kundeservice'],
    clockStart: 'last_contact',
    period: { value: 2, unit: 'years' },
    action: 'delete',
    legalGround:
      'Vores legitime interesse i at kunne se tidligere henvendelser, hvis du skriver igen om samme sag.',
  },
  {
    name: 'Risikovurdering af betalinger',
    activities: ['Forebyggelse af svindel'],
    clockStart: 'collected',
    period: { value: 6, unit: 'months' },
    action: 'delete',
    legalGround:
      'Vores legitime interesse i at opdage svindel: efter et halvt år er en bestilling ikke længere relevant for det.',
  },
  {
    name: 'Webstatistik',
    activities: ['Webstatistik'],
    clockStart: 'collected',
    period: { value: 13, unit: 'months' },
    action: 'delete',
    legalGround: 'Dit samtykke. 13 måneder giver os et helt år at sammenligne med.',
  },
  {
    name: 'Annoncemåling',
    activities: ['Annoncering og måling af annoncer'],
    clockStart: 'collected',
    period: { value: 180, unit: 'days' },
    action: 'delete',
    legalGround: 'Dit samtykke. Annoncia sletter hændelserne fra pixlen efter 180 dage.',
  },
  {
    name: 'Anmodninger fra de registrerede',
    activities: ['Anmodninger fra de registrerede'],
    clockStart: 'request_completed',
    period: { value: 3, unit: 'years' },
    action: 'delete',
    legalGround:
      'Databeskyttelsesforordningens krav om, at vi kan dokumentere, at vi har overholdt reglerne (art. 5, stk. 2).',
  },
]

/** Writes the rules through the retention service (so every check and audit entry applies). */
export async function writeRetentionRules(
  trx: Executor,
  rules: RetentionRuleService,
  activityIds: ReadonlyMap<string, string>,
  actor: Actor,
): Promise<number> {
  for (const r of RULES) {
    const ids = r.activities.map((name) => {
      const id = activityIds.get(name)
      if (!id) throw new Error(`demo retention: no activity named ${name}`)
      return id
    })
    const preset = r.preset ? PRESETS[r.preset] : null
    const words = r.preset ? RETENTION_TEXT.da.presets[r.preset] : null
    await rules.create(
      trx,
      {
        name: r.name ?? words?.name ?? '',
        dataCategories: r.dataCategories ?? preset?.dataCategories ?? [],
        activityIds: ids,
        clockStart: r.clockStart ?? preset?.clockStart ?? 'collected',
        period: r.period ?? preset?.period ?? { value: 0, unit: 'days' },
        action: r.action ?? preset?.action ?? 'delete',
        legalGround: r.legalGround ?? words?.legalGround ?? '',
      },
      actor,
      undefined,
      r.preset ?? null,
    )
  }
  return RULES.length
}
