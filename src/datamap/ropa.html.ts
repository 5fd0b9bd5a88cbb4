import { html, type SafeHtml } from '../ui/html.js'
import { ropaText } from './i18n/ropa.js'
import type { Ropa, RopaActivity } from './ropa.schema.js'

/** The record as printable markup: the controller, the DPO, then one section per activity. */
export function ropaFragment(ropa: Ropa): SafeHtml {
  const t = ropaText(ropa.language)
  const c = ropa.controller
  const row = (label: string, value: string | null | undefined) =>
    value ? html`<dt>${label}</dt><dd>${value}</dd>` : ''
  return html`<section class="card" aria-labelledby="ropa-controller">
<h2 id="ropa-controller">${t.controller}</h2>
<dl class="facts">
${row(t.name, c.name)}
${row(t.registrationNumber, c.registrationNumber)}
${row(t.vatNumber, c.vatNumber)}
${row(t.address, [c.address.street, [c.address.postalCode, c.address.city].filter(Boolean).join(' '), c.address.country].filter(Boolean).join(', '))}
${row(t.email, c.email)}
${row(t.phone, c.phone)}
</dl>
<h3>${t.dpo}</h3>
${ropa.dpo ? html`<dl class="facts">${row(t.name, ropa.dpo.name)}${row(t.email, ropa.dpo.email)}${row(t.phone, ropa.dpo.phone)}</dl>` : html`<p>${t.noDpo}</p>`}
</section>
<h2>${t.activities}</h2>
${ropa.activities.length === 0 ? html`<p>${t.noActivities}</p>` : ropa.activities.map((a, i) => activity(t, a, i))}
<p class="hint">${t.generated}: <time datetime="${ropa.generatedAt}">${ropa.generatedAt.slice(0, 10)}</time></p>`
}

function activity(t: ReturnType<typeof ropaText>, a: RopaActivity, index: number): SafeHtml {
  const id = `ropa-activity-${index + 1}`
  const items = (values: string[]) =>
    values.length === 0 ? t.none : html`<ul>${values.map((v) => html`<li>${v}</li>`)}</ul>`
  return html`<section class="card" aria-labelledby="${id}">
<h3 id="${id}">${a.name}</h3>
<dl class="facts">
<dt>${t.purpose}</dt><dd>${a.purpose}</dd>
<dt>${t.dataUse}</dt><dd>${a.dataUse.label}</dd>
<dt>${t.legalBasis}</dt><dd>${a.legalBasis.label}</dd>
${a.legitimateInterest && html`<dt>${t.legitimateInterest}</dt><dd>${a.legitimateInterest}</dd>`}
${a.specialCategoryCondition && html`<dt>${t.specialCondition}</dt><dd>${a.specialCategoryCondition.label}</dd>`}
<dt>${t.dataSubjects}</dt><dd>${items(a.dataSubjects.map((s) => s.label))}</dd>
<dt>${t.dataCategories}</dt><dd>${items(a.dataCategories.map((s) => s.label))}</dd>
<dt>${t.recipients}</dt><dd>${
    a.recipientCategories.length === 0
      ? t.noRecipients
      : html`<ul>${a.recipientCategories.map(
          (g) =>
            html`<li>${g.role.label}: ${g.recipients.map(
              (r, i) =>
                html`${i > 0 ? ', ' : ''}${r.name} (${r.countryName}${r.parent ? html`; ${t.subProcessorOf(r.parent)}` : ''})`,
            )}</li>`,
        )}</ul>`
  }</dd>
<dt>${t.thirdCountries}</dt><dd>${items(a.thirdCountries.map((x) => x.countryName))}</dd>
<dt>${t.transfers}</dt><dd>${
    a.transfers.length === 0
      ? t.noTransfers
      : items(
          a.transfers.map((x) =>
            [x.countryName, x.recipient, x.safeguard?.label].filter(Boolean).join(' · '),
          ),
        )
  }</dd>
<dt>${t.retention}</dt><dd>${a.retention.text}</dd>
<dt>${t.security}</dt><dd>${
    a.securityMeasures.length === 0
      ? t.noMeasures
      : items(
          a.securityMeasures.map(
            (m) =>
              `${m.measure.label} (${m.systems.map((s) => (s.note ? `${s.name}: ${s.note}` : s.name)).join(', ')})`,
          ),
        )
  }</dd>
<dt>${t.systems}</dt><dd>${items(a.systems.map((s) => s.name))}</dd>
<dt>${t.source}</dt><dd>${a.source ?? t.fromPerson}</dd>
${a.requirement && html`<dt>${t.requirement}</dt><dd>${a.requirement.label}${a.requirementConsequence && html`. ${t.consequence}: ${a.requirementConsequence}`}</dd>`}
<dt>${t.automated}</dt><dd>${a.automatedDecisions ? html`${t.yes}: ${a.automatedDecisionsDescription}` : t.no}</dd>
</dl>
</section>`
}

/** The record as a standalone printable document; styles from the admin stylesheet, no script. */
export function ropaDocument(ropa: Ropa): string {
  const t = ropaText(ropa.language)
  return html`<!doctype html>
<html lang="${ropa.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} · ${ropa.controller.name ?? ''}</title>
<link rel="stylesheet" href="/assets/admin.css">
</head>
<body>
<main id="main" class="bare">
<h1>${t.title}</h1>
<p class="hint">${t.basis}</p>
${ropaFragment(ropa)}
</main>
</body>
</html>`.value
}
