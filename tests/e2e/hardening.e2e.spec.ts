import { createHash } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'

import { expect, test } from '@playwright/test'

/**
 * What a client meets at the production server's edge (server.mjs): security headers, a script
 * policy that holds on the real pages, refusals of malformed paths and oversized bodies, and an
 * address that cannot be chosen with a header. The e2e server runs as if behind one proxy
 * (TRUST_PROXY=1, playwright.config.ts).
 */
const common = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
}

test.describe('security headers', () => {
  for (const path of ['/zh', '/en/parks', '/zh/search?q=园区']) {
    test(`portal page ${path}: its own inline scripts by hash, nothing inline else`, async ({ request }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      const headers = response.headers()
      expect(headers).toMatchObject(common)
      expect(headers['permissions-policy']).toContain('camera=()')
      const csp = headers['content-security-policy'] ?? ''
      const scriptSrc = csp.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? ''
      expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/)
      expect(scriptSrc).not.toContain('unsafe-inline')
      expect(csp).toContain("frame-ancestors 'self'")
      expect(csp).toContain("object-src 'none'")
    })
  }

  test('the admin and the API', async ({ request }) => {
    const admin = await request.get('/admin/login')
    expect(admin.headers()).toMatchObject(common)
    expect(admin.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
    const api = await request.get('/api/parks?limit=1')
    expect(api.headers()).toMatchObject(common)
  })

  test('pages run under the policy: no violation, JSON-LD still there, in both languages', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to execute/i.test(message.text())) violations.push(message.text())
    })
    for (const path of ['/zh', '/en']) {
      await page.goto(path)
      await expect(page.locator('script[type="application/ld+json"]').first()).toBeAttached()
    }
    // Client-side navigation works, so Next's bootstrap scripts ran.
    await page.goto('/en')
    await page.getByRole('navigation').getByRole('link', { name: 'Industrial parks' }).click()
    await expect(page).toHaveURL(/\/en\/parks$/)
    expect(violations).toEqual([])
  })
})

/** One GET as a client sends it, its body as received (not decoded). */
function rawGet(baseURL: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(new URL(path, baseURL), { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      req.on('error', reject)
      req.end()
    },
  )
}

/** What clients send, and the encoding each should get: Brotli, else gzip, else deflate, else none. */
const ENCODINGS: [string, 'br' | 'gzip' | 'deflate' | undefined][] = [
  ['', undefined],
  ['identity', undefined],
  ['gzip, deflate, br, zstd', 'br'],
  ['gzip', 'gzip'],
  ['br;q=0, gzip;q=0.5', 'gzip'],
  ['*', 'br'],
  ['BR', 'br'],
  ['deflate', 'deflate'],
  ['br;q=0, gzip;q=0, deflate;q=0', undefined],
]

/** One GET in each of ENCODINGS, twice (the first of a version is compressed, the next comes from
 * what was kept): the encoding, the length, the Vary header, and the body decoded. */
async function eachEncoding(
  baseURL: string,
  path: string,
  check: (body: Buffer, context: string, headers: Record<string, unknown>) => void,
) {
  for (const [acceptEncoding, expected] of [...ENCODINGS, ...ENCODINGS]) {
    const answer = await rawGet(baseURL, path, { 'Accept-Encoding': acceptEncoding })
    const context = `${path} with Accept-Encoding "${acceptEncoding}"`
    expect(answer.status, context).toBe(200)
    expect(answer.headers['content-encoding'], context).toBe(expected)
    expect(Number(answer.headers['content-length']), context).toBe(answer.body.length)
    expect(answer.headers.vary, context).toMatch(/Accept-Encoding/i)
    const decoded =
      expected === 'br'
        ? brotliDecompressSync(answer.body)
        : expected === 'gzip'
          ? gunzipSync(answer.body)
          : expected === 'deflate'
            ? inflateSync(answer.body)
            : answer.body
    check(decoded, context, answer.headers)
  }
}

test('a page comes whole in every encoding a client accepts, with its length and its own script policy', async ({
  baseURL,
}) => {
  for (const path of ['/en/policies', '/zh-hant/setup']) {
    await eachEncoding(baseURL!, path, (html, context, headers) => {
      // The page whole, and the policy its own: every script of Next's in it allowed by its hash.
      const text = html.toString('utf8')
      expect(text, context).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>$/)
      const csp = String(headers['content-security-policy'])
      const scripts = [...text.matchAll(/<script>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)].map((m) => m[1]!)
      expect(scripts.length, context).toBeGreaterThan(0)
      for (const script of scripts)
        expect(csp, context).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`)
    })
  }
})

test('a built file comes whole in every encoding a client accepts, still cached for a year; a range of it as asked', async ({
  baseURL,
}) => {
  const page = (await rawGet(baseURL!, '/zh/parks', {})).body.toString('utf8')
  const files = [
    ...new Set([...page.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!)),
  ]
  expect(files.length).toBeGreaterThan(2)
  for (const path of files.slice(0, 4)) {
    const plain = await rawGet(baseURL!, path, {})
    expect(plain.status, path).toBe(200)
    await eachEncoding(baseURL!, path, (body, context, headers) => {
      expect(body.equals(plain.body), context).toBe(true)
      expect(String(headers['cache-control']), context).toMatch(/max-age=31536000.*immutable/)
      expect(String(headers['content-type']), context).toMatch(/^(?:application\/javascript|text\/css)/)
    })
    // A range is the bytes asked for, never compressed.
    const range = await rawGet(baseURL!, path, { 'Accept-Encoding': 'br', Range: 'bytes=10-99' })
    expect(range.status, path).toBe(206)
    expect(range.headers['content-encoding'], path).toBeUndefined()
    expect(range.body.equals(plain.body.subarray(10, 100)), path).toBe(true)
  }
})

test.describe('refused at the edge', () => {
  for (const path of ['/zh/parks/%ff', '/zh/parks/%', '/zh/industries/%E0%A4%A']) {
    test(`a path that cannot be decoded: ${path}`, async ({ request }) => {
      const response = await request.get(path)
      expect(response.status()).toBe(400)
    })
  }

  test('a JSON body over 1 MB is refused with 413, never parsed, and the client gets the answer', async ({
    request,
  }) => {
    const big = JSON.stringify({ query: `{ Parks { totalDocs } } # ${'x'.repeat(1_100_000)}` })
    for (const path of ['/api/graphql', '/api/parks']) {
      const response = await request.post(path, {
        data: big,
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      })
      expect(response.status()).toBe(413)
      expect(await response.json()).toEqual({ errors: [{ message: 'The request is too large (limit 1 MB).' }] })
    }
  })

  test('a body of unknown length (chunked) is refused with 411', async ({ baseURL }) => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${baseURL}/api/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.write('{"query":')
      req.end('"{ Parks { totalDocs } }"}')
    })
    expect(status).toBe(411)
  })
})

test('the enquiry form’s server action: a garbage post gets a 4xx, another site’s post a 403', async ({ request }) => {
  const html = await (await request.get('/zh/contact')).text()
  const action = /name="\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1]
  expect(action, 'the form carries its action id').toBeTruthy()
  const post = (body: string | Buffer, type: string, headers: Record<string, string> = {}) =>
    request.post('/zh/contact', { data: body, headers: { 'next-action': action!, 'content-type': type, ...headers } })
  const statuses: Record<string, number> = {}
  for (const [label, body] of [
    ['empty', ''],
    ['an empty array', '[]'],
    ['broken JSON', '{{{'],
    ['binary', Buffer.from([0, 255, 1, 2])],
  ] as const) {
    for (const type of [
      'text/plain;charset=UTF-8',
      'multipart/form-data',
      'multipart/form-data; boundary=xyz',
      'application/json',
    ]) {
      statuses[`${label} as ${type}`] = (await post(body, type)).status()
    }
  }
  for (const [label, status] of Object.entries(statuses)) expect(status, label).toBeLessThan(500)
  expect(Object.values(statuses).filter((status) => status >= 400)).toHaveLength(15)
  expect((await post('[]', 'text/plain;charset=UTF-8', { origin: 'https://evil.example' })).status()).toBe(403)
})

test.describe('the client address', () => {
  const enquiry = (startedAt: string) => ({
    company: `地址测试公司 ${Math.random().toString(36).slice(2)}`,
    contactName: '王经理',
    email: 'wang@example.com',
    consent: 'on',
    locale: 'en',
    startedAt,
  })

  test('cannot be chosen with X-Forwarded-For or our own header: the proxy’s hop counts', async ({ request }) => {
    const proxyHop = `203.0.113.${Math.floor(Math.random() * 250)}`
    // One form token per submission (each stores one), and their minimum fill time must pass first.
    const tokens: string[] = []
    for (let i = 0; i < 6; i++) tokens.push((await (await request.get('/api/form-token')).json()).token)
    await new Promise((resolve) => setTimeout(resolve, 3200))
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const response = await request.post('/api/enquiries/submit', {
        data: enquiry(tokens[i]!),
        headers: {
          // What a client adds in front of the proxy's hop, and a header of ours it should not know.
          'x-forwarded-for': `198.18.${i}.${i}, ${proxyHop}`,
          'x-real-ip': `198.19.${i}.${i}`,
          'x-portal-client-address': `198.20.${i}.${i}`,
        },
      })
      statuses.push(response.status())
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
  })
})
