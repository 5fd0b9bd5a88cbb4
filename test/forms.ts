import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

/** A browser-like client for the HTML forms: keeps cookies and reads the CSRF token from each page. */
export class FormClient {
  readonly cookies = new Map<string, string>()
  csrf = ''
  constructor(private readonly app: FastifyInstance) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  #remember(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name)
      else this.cookies.set(c.name, c.value)
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1]
    if (token) this.csrf = token
    return res
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.#remember(
      await this.app.inject({
        method: 'GET',
        url,
        headers: { accept: 'text/html', cookie: this.cookieHeader, ...headers },
      }),
    )
  }

  /** Posts a form as a browser would, with the token of the last page seen. */
  async post(
    url: string,
    fields: Record<string, string>,
    o: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams({
      ...(o.csrf === null ? {} : { _csrf: o.csrf ?? this.csrf }),
      ...fields,
    }).toString()
    return this.#remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: {
          accept: 'text/html',
          cookie: this.cookieHeader,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: body,
      }),
    )
  }
}
