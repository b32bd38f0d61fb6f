import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { beforeAll } from 'vitest'

import { DELETE, GET, PATCH, POST } from '@/app/(payload)/api/[...slug]/route'
import { POST as GRAPHQL } from '@/app/(payload)/api/graphql/route'
import { seed } from '@/seed'

/** Payload on the run's database as it is (the seed test starts from it empty). */
export const getBarePayload = (): Promise<Payload> => getPayload({ config })

let demoContent: Promise<unknown> | undefined

/**
 * Payload on the run's database with the demo content in it, as on a real portal. In a whole run
 * the seed test has put it there first; a file run on its own seeds it here, once.
 */
export async function getTestPayload(): Promise<Payload> {
  const payload = await getBarePayload()
  demoContent ??= payload
    .count({ collection: 'industries' })
    .then(({ totalDocs }) => (totalDocs === 0 ? seed(payload, { demoAccounts: false }) : undefined))
  await demoContent
  return payload
}

/** A suffix that keeps each test's documents apart in the shared run database. */
export const unique = (label = 'x') => `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

type Lang = 'zh' | 'en'
const acceptLanguage: Record<Lang, string> = { zh: 'zh-CN,zh;q=0.9', en: 'en-US,en;q=0.9' }

type RestOptions = {
  body?: unknown
  form?: FormData
  /** A body sent as it is, with its content type (a form-encoded query, say). */
  raw?: { type: string; text: string }
  lang?: Lang
  token?: string
  locale?: string
  headers?: Record<string, string>
}

// The app's own route handlers: Payload's, behind our edge checks (lib/server/apiGuard.ts).
const handlers = { GET, POST, PATCH, DELETE }

/**
 * A request through Payload's real REST handler (the one app/(payload)/api/[...slug]/route.ts
 * serves), with the headers a browser or API client would send.
 */
export async function rest(method: keyof typeof handlers, path: string, options: RestOptions = {}) {
  const url = new URL(`http://localhost:3000/api/${path.replace(/^\//, '')}`)
  if (options.locale) url.searchParams.set('locale', options.locale)
  const headers = new Headers({ 'Accept-Language': acceptLanguage[options.lang ?? 'zh'] })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value)
  let body: BodyInit | undefined
  if (options.form) body = options.form
  else if (options.raw) {
    headers.set('Content-Type', options.raw.type)
    body = options.raw.text
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const request = new Request(url, { method, headers, body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let json: Record<string, any> | null = null
  try {
    json = JSON.parse(text) as Record<string, any>
  } catch {
    // Not JSON (a CSV export, say): the caller reads `text`.
  }
  return { status: response.status, json, text, headers: response.headers }
}

const graphqlHandler = GRAPHQL

export async function graphql(query: string, options: { token?: string; lang?: Lang } = {}) {
  const headers = new Headers({
    'Content-Type': 'application/json',
    'Accept-Language': acceptLanguage[options.lang ?? 'zh'],
  })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const response = await graphqlHandler(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
  )
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: { message: string }[] } }
}

/** A staff account for the tests, logged in: returns its JWT. */
export async function staffToken(payload: Payload, role: 'admin' | 'editor' | 'reviewer' = 'editor') {
  const email = `${unique(role)}@test.example`
  const password = 'integration-password-1'
  // The very first account becomes an administrator (collections/Users.ts): make sure it is not this one.
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email: `${unique('first-admin')}@test.example`, password, roles: ['admin'] },
    })
  }
  await payload.create({ collection: 'users', data: { email, password, roles: [role] } })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error('login returned no token')
  return token
}

/** The field errors of a Payload validation error response, as `{ path: message }`. */
export function fieldErrors(json: Record<string, any> | null): Record<string, string> {
  const errors = (json?.errors ?? []) as { data?: { errors?: { path: string; message: string }[] } }[]
  return Object.fromEntries(errors.flatMap((e) => e.data?.errors ?? []).map((e) => [e.path, e.message]))
}

/**
 * Create data that leaves the slug to the slug hook (fields/slug.ts): the field is required, which
 * Payload's types read as "give one", but the hook makes it from the title before validation.
 */
export const slugFromHook = <T extends object>(data: T) => data as T & { slug: string }

/**
 * Payload and a logged-in account per staff role, set up before the calling file's tests: what
 * most integration files begin with. Read `payload` and `tokens` inside tests and hooks.
 */
export function signedIn() {
  let instance: Payload | undefined
  const tokens = { editor: '', reviewer: '', admin: '' }
  beforeAll(async () => {
    instance = await getTestPayload()
    tokens.editor = await staffToken(instance, 'editor')
    tokens.reviewer = await staffToken(instance, 'reviewer')
    tokens.admin = await staffToken(instance, 'admin')
  })
  return {
    get payload(): Payload {
      if (!instance) throw new Error('signedIn: used before its beforeAll ran')
      return instance
    },
    tokens,
  }
}
