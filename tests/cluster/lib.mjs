/**
 * The pieces of the cluster tests (tests/cluster/cluster.mjs on one host, hosts.mjs across hosts):
 * processes they start and stop and the checks both make (a publish seen by the other instance, load while instances die).
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { openSync } from 'node:fs'
import { test } from 'node:test'

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** A binary on the PATH or in the usual system places, or undefined. */
export function which(name) {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin']) {
    const file = `${dir}/${name}`
    if (dir && spawnSync('test', ['-x', file]).status === 0) return file
  }
  return undefined
}

/** Starts a process in its own group (so that it and its children can be stopped together), output to a log. */
export function start(command, args, { env, log, cwd }) {
  const out = openSync(log, 'a')
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out], detached: true })
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  return child
}

export function signal(child, name) {
  try {
    process.kill(-child.pid, name)
  } catch {
    // gone already
  }
}

export async function stopAll(children) {
  for (const child of children) signal(child, 'SIGTERM')
  await Promise.race([Promise.all(children.map((child) => child.exited)), sleep(10_000)])
  for (const child of children) signal(child, 'SIGKILL')
}

/** Waits until `probe()` is true, up to `ms`; returns how long that took, or throws. */
export async function until(what, probe, ms, every = 100) {
  const started = Date.now()
  for (;;) {
    try {
      if (await probe()) return Date.now() - started
    } catch {
      // not yet
    }
    if (Date.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`)
    await sleep(every)
  }
}

/**
 * Publishes a change to the newest published news item through `writer` (an instance's base URL,
 * with a staff token) and waits, up to 5 s each, for `reader` and for nginx (`front` at `origin`,
 * four answers in a row) to serve it in all three languages; each page is first made cached on
 * the reader. Returns how long the saves took and, per reader and language, when the change showed.
 */
export async function publishAndSee({ writer, reader, staff, front, origin }) {
  const list = await (
    await fetch(`${writer}/api/news?limit=1&depth=0&where[_status][equals]=published&sort=-publishedAt`, {
      headers: staff,
    })
  ).json()
  const news = list.docs[0]
  if (!news?.slug) throw new Error('no published news item')
  const pages = { zh: `/zh/news/${news.slug}`, 'zh-hant': `/zh-hant/news/${news.slug}`, en: `/en/news/${news.slug}` }
  for (const url of Object.values(pages)) {
    if ((await fetch(`${reader}${url}`)).status !== 200) throw new Error(`${url}: not 200 on the reader`)
    const cache = (await fetch(`${reader}${url}`)).headers.get('x-nextjs-cache')
    if (cache !== 'HIT') throw new Error(`${url}: not cached on the reader (${cache})`)
  }
  const marker = `CLUSTER-${randomUUID().slice(0, 8)}`
  const published = Date.now()
  for (const locale of ['zh', 'en']) {
    const current = await (
      await fetch(`${writer}/api/news/${news.id}?locale=${locale}&depth=0`, { headers: staff })
    ).json()
    const response = await fetch(`${writer}/api/news/${news.id}?locale=${locale}`, {
      method: 'PATCH',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `${current.title} ${marker}`, _status: 'published' }),
    })
    if (response.status !== 200) throw new Error(`publish ${locale}: ${response.status} ${await response.text()}`)
  }
  const savedMs = Date.now() - published
  const seen = {}
  for (const [locale, url] of Object.entries(pages)) {
    seen[`reader ${locale}`] = await until(
      `${url} updated on the reader`,
      async () => (await (await fetch(`${reader}${url}`)).text()).includes(marker),
      5_000,
      50,
    )
    seen[`nginx ${locale}`] = await until(
      `${url} updated through nginx`,
      async () => {
        for (let i = 0; i < 4; i++)
          if (!(await front(`${origin}${url}`)).body.toString('utf8').includes(marker)) return false
        return true
      },
      5_000,
      50,
    )
  }
  return { savedMs, seenAfterSaveMs: seen }
}

/**
 * GETs of `urls` (a list taken in turn, or a function of the request's number) through nginx by
 * `workers` loops for `seconds`, while `script()` does harm; every answer but a 200 (or a network
 * error) is counted as failed, by status and URL.
 */
export async function loadThrough({ front, origin, urls, seconds, workers = 8, script }) {
  const pick = typeof urls === 'function' ? urls : (i) => urls[i % urls.length]
  const counts = { requests: 0, ok: 0, failed: 0 }
  const failures = {}
  const fail = (key) => {
    counts.failed++
    failures[key] = (failures[key] ?? 0) + 1
  }
  const started = Date.now()
  let running = true
  const loop = async (w) => {
    for (let i = w; running; i++) {
      const url = pick(i)
      try {
        const response = await front(`${origin}${url}`)
        counts.requests++
        if (response.status === 200) counts.ok++
        else fail(`${response.status} ${url}`)
      } catch (error) {
        counts.requests++
        fail(`${error.code ?? error.message} ${url}`)
      }
    }
  }
  const loops = Array.from({ length: workers }, (_, w) => loop(w))
  const harm = script()
  await sleep(seconds * 1000)
  running = false
  await Promise.all(loops)
  await harm
  const took = (Date.now() - started) / 1000
  return { seconds: took, ...counts, requestsPerSecond: Math.round(counts.requests / took), failures }
}

/**
 * The steps of a cluster test as node:test tests that remember whether one failed (its logs are
 * then kept): `steps.step(name, body, options)`, `steps.guard(setUp)` for a hook, `steps.failed`.
 */
export function stepper() {
  const steps = {
    failed: false,
    async guard(body) {
      try {
        await body()
      } catch (error) {
        steps.failed = true
        throw error
      }
    },
    step: (name, body, options = {}) => test(name, options, () => steps.guard(body)),
  }
  return steps
}
