/** The cluster test's steps on uploads, load with instances killed and stopped, and nginx's limit. */
import assert from 'node:assert/strict'
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { ListObjectsV2Command } from '@aws-sdk/client-s3'
import sharp from 'sharp'

import { loadThrough, signal, sleep, until } from '../lib.mjs'
import {
  BUCKET,
  direct,
  front,
  health,
  instances,
  LOAD_SECONDS,
  log,
  origin,
  results,
  s3Client,
  staff,
  startInstance,
  step,
  work,
} from './setup.mjs'

step('a file uploaded through A is in the bucket and served through B', async () => {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([png], { type: 'image/png' }), `cluster-${randomUUID().slice(0, 8)}.png`)
  form.append('_payload', JSON.stringify({ alt: '集群测试图片（示例）' }))
  const response = await fetch(`${direct.A}/api/media?locale=zh`, { method: 'POST', headers: staff, body: form })
  assert.equal(response.status, 201, `upload through A: ${await response.clone().text()}`)
  const { doc } = await response.json()
  const fromA = Buffer.from(await (await fetch(`${direct.A}${new URL(doc.url, origin).pathname}`)).arrayBuffer())
  const viaB = await fetch(`${direct.B}${new URL(doc.url, origin).pathname}`)
  assert.equal(viaB.status, 200)
  const fromB = Buffer.from(await viaB.arrayBuffer())
  const viaFront = await front(`${origin}${new URL(doc.url, origin).pathname}`)
  assert.equal(viaFront.status, 200)
  const digest = (buffer) => createHash('sha256').update(buffer).digest('hex').slice(0, 16)
  assert.equal(digest(fromB), digest(fromA))
  assert.equal(digest(viaFront.body), digest(fromA))
  assert.equal((await sharp(fromB).metadata()).width, 64)
  const listed = await s3Client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `media/${doc.filename}` }))
  assert.ok(
    listed.Contents?.some((object) => object.Key === `media/${doc.filename}`),
    'the file is in the bucket',
  )
  for (const name of ['A', 'B']) {
    const folder = path.join(work, `media-${name}`)
    assert.ok(!existsSync(folder) || readdirSync(folder).length === 0, `nothing in instance ${name}'s own folder`)
  }
  results.upload = { file: doc.filename, bytes: fromB.length, sha256: digest(fromB), inBucket: true }
  log(
    `upload through A: ${doc.filename} in s3://${BUCKET}/media/, served by B and nginx (${fromB.length} bytes, same sha256)`,
  )
})

step('30 s of load while A is killed and restarted and B stopped: no request lost', async () => {
  const html = (await front(`${origin}/zh/news`)).body.toString('utf8')
  const detail = html.match(/href="(\/zh\/news\/[^"/?#]+)"/)?.[1]
  const urls = [
    '/zh',
    '/en',
    '/zh-hant',
    '/zh/news',
    '/en/parks',
    '/zh/policies',
    '/en/events',
    '/api/health',
    detail,
  ].filter(Boolean)
  const events = []
  const started = Date.now()
  const elapsed = () => ((Date.now() - started) / 1000).toFixed(1)
  let stoppedAt = Infinity
  const script = async () => {
    await sleep(8_000)
    signal(instances.A, 'SIGKILL')
    events.push(`${elapsed()} s: SIGKILL instance A`)
    await instances.A.exited
    await sleep(2_000)
    events.push(`${elapsed()} s: instance A starting again`)
    const ready = await startInstance('A')
    events.push(`${elapsed()} s: instance A ready (${ready} ms)`)
    await sleep(Math.max(0, 21_000 - (Date.now() - started)))
    signal(instances.B, 'SIGTERM')
    stoppedAt = (Date.now() - started) / 1000
    events.push(`${elapsed()} s: SIGTERM instance B`)
    const exit = await instances.B.exited
    events.push(`${elapsed()} s: instance B exited (${exit.signal ?? `code ${exit.code}`})`)
  }
  const load = await loadThrough({ front, origin, urls, seconds: LOAD_SECONDS, script })
  results.load = { ...load, events }
  log(
    `load: ${load.requests} requests in ${load.seconds.toFixed(1)} s (${load.requestsPerSecond}/s), ${load.ok} × 200, ${load.failed} failed ${JSON.stringify(load.failures)}`,
  )
  for (const event of events) log(`  ${event}`)
  assert.equal(load.failed, 0, `requests lost: ${JSON.stringify(load.failures)}`)
  assert.ok(stoppedAt < LOAD_SECONDS - 2, `instance B was stopped during the load (at ${stoppedAt} s)`)
})

step('the job runner moves to the instance left', async () => {
  const ms = await until('instance A runs the jobs', async () => (await health('A')).jobs.runner === true, 15_000, 250)
  results.jobs.takeoverMs = ms
  log(`job runner after B stopped: instance-A (${ms} ms after the load ended)`)
})

step("nginx's own limit on public POSTs (last: it holds this address back for a while)", async () => {
  const flood = await Promise.all(
    Array.from({ length: 45 }, () =>
      front(`${origin}/api/enquiries/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    ),
  )
  // nginx's refusals are its bilingual text; everything else is the app's answer (400, or its own 429).
  const fromNginx = (response) => String(response.headers['content-type']).startsWith('text/plain')
  const refused = flood.filter((response) => response.status === 429 && fromNginx(response))
  const answered = flood.filter((response) => !fromNginx(response))
  assert.equal(refused.length + answered.length, flood.length)
  assert.ok(
    refused.length >= 10 && answered.length >= 30,
    `${answered.length} reached the app, ${refused.length} × 429`,
  )
  assert.match(refused[0].body.toString('utf8'), /请求过于频繁.*Too many requests/)
  // Staff saves and uploads are not counted: a signed-in request to the API still gets through.
  const staffPost = await front(`${origin}/api/industries`, {
    method: 'POST',
    headers: { ...staff, 'content-type': 'application/json' },
    body: '{}',
  })
  assert.notEqual(staffPost.status, 429)
  results.nginxPostLimit = { sent: flood.length, answeredByApp: answered.length, refusedByNginx: refused.length }
  log(
    `nginx POST limit: 45 at once → ${answered.length} reached the app, ${refused.length} × 429 from nginx; an API save is not held back (${staffPost.status})`,
  )
})
