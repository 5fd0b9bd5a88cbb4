import type { FastifyInstance } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import { VernError } from '../errors.js'
import { compileInput } from '../http/validation.js'
import { describeError, fieldLabel } from '../ui/errors.js'
import { formFields, postForm } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { sendPage, textFor } from '../ui/page.js'
import {
  formFieldOf,
  formValues,
  identityFields,
  patchFromForm,
  settingsFields,
} from './organisation.form.js'
import { type Organisation, OrganisationPatch } from './organisation.schema.js'

const checkPatch = compileInput<OrganisationPatch>(OrganisationPatch)

/** The organisation page: a form for owners and DPOs, the facts for everyone else. */
export async function organisationPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app

  app.get(
    '/admin/organisation',
    { config: { access: 'organisation.read', page: true } },
    async (request, reply) => {
      const org = await ctx.organisation.get(ctx.db)
      const t = textFor(request)
      const notice = (request.query as Record<string, string>).saved ? t.common.saved : null
      if (!request.principal || !can(request.principal.role, 'organisation.write')) {
        return sendPage(request, reply, { title: t.organisation.title, body: facts(t, org) })
      }
      return sendPage(request, reply, {
        title: t.organisation.title,
        notice,
        body: form(request, t, org, formValues(org), {}),
      })
    },
  )

  app.post(
    '/admin/organisation',
    { config: { access: 'organisation.write', page: true } },
    async (request, reply) => {
      const t = textFor(request)
      const fields = formFields(request.body)
      const checked = checkPatch(patchFromForm(fields, 'all'))
      try {
        if (!checked.ok) throw checked.error
        await ctx.db
          .transaction()
          .execute((trx) =>
            ctx.organisation.update(trx, checked.value, actorOf(request.principal), request.id),
          )
        return reply.redirect('/admin/organisation?saved=1', 303)
      } catch (error) {
        if (!(error instanceof VernError) || error.code !== 'validation_failed') throw error
        const org = await ctx.organisation.get(ctx.db)
        return sendPage(request, reply, {
          title: t.organisation.title,
          status: 400,
          error: t.common.fixErrors,
          body: form(request, t, org, fields, { [formFieldOf(error.field)]: describeError(t, error) }),
        })
      }
    },
  )
}

function form(
  request: Parameters<typeof postForm>[0],
  t: ReturnType<typeof textFor>,
  org: Organisation,
  values: Record<string, string>,
  errors: Record<string, string>,
) {
  return html`<p>${t.organisation.intro}</p>
${authority(t, org)}
${postForm(
  request,
  '/admin/organisation',
  html`<fieldset><legend>${t.organisation.identity}</legend>${identityFields(t, values, errors)}</fieldset>
${settingsFields(t, values, errors)}
<div class="actions"><button type="submit">${t.common.save}</button></div>`,
)}`
}

function authority(t: ReturnType<typeof textFor>, org: Organisation) {
  const a = org.supervisoryAuthority
  return html`<div class="card"><dl class="facts">
<dt>${t.organisation.authority}</dt><dd>${a ? html`${a.name}, ${a.address} (<a href="${a.web}">${a.web.replace(/^https:\/\//, '')}</a>)` : html`${t.common.notSet} <span class="hint">${t.organisation.authorityHint}</span>`}</dd>
${org.vatNumber && html`<dt>${t.organisation.vat}</dt><dd>${org.vatNumber}</dd>`}
${org.missing.length > 0 && html`<dt>${t.organisation.missing}</dt><dd>${org.missing.map((f) => fieldLabel(t, f)).join(', ')}</dd>`}
</dl></div>`
}

function facts(t: ReturnType<typeof textFor>, org: Organisation) {
  const s = t.setup
  const row = (label: string, value: string | null | undefined) =>
    html`<dt>${label}</dt><dd>${value || t.common.notSet}</dd>`
  return html`<p>${t.organisation.intro}</p>
<div class="card"><dl class="facts">
${row(s.legalName, org.legalName)}
${row(s.country, org.country ? t.countries[org.country] : null)}
${row(s.registrationNumber, org.registrationNumber)}
${row(t.organisation.vat, org.vatNumber)}
${row(s.street, [org.address.street, [org.address.postalCode, org.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', '))}
${row(s.contactEmail, org.contactEmail)}
${row(s.contactPhone, org.contactPhone)}
${row(t.organisation.dpoHeading, org.dpo ? `${org.dpo.name} <${org.dpo.email}>` : null)}
${row(s.defaultLanguage, t.languages[org.defaultLanguage])}
${row(t.organisation.financialYearEnd, org.financialYearEnd)}
${row(t.organisation.authority, org.supervisoryAuthority ? `${org.supervisoryAuthority.name}, ${org.supervisoryAuthority.address}` : null)}
</dl></div>`
}
