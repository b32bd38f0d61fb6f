/** The steps of the cluster test across hosts (see ../hosts.mjs), in the order they run. */
import assert from 'node:assert/strict'

import { loadThrough, publishAndSee, signal, sleep, until } from '../lib.mjs'
import { HOSTS, log, results, setLink } from './place.mjs'
import { sql, startPostgresOn, stopPostgresOn } from './postgres.mjs'
import { direct, freshRead, front, instances, origin, readsReachReplica, staff, step } from './setup.mjs'

step('the replica streams from the primary, and the instances read from it', async () => {
  const [stream] = await sql('primary', `SELECT host(client_addr) AS addr, state FROM pg_stat_replication`)
  assert.deepEqual(stream, { addr: HOSTS.replica.address, state: 'streaming' })
  assert.deepEqual(await sql('replica', 'SELECT pg_is_in_recovery() AS standby'), [{ standby: true }])
  const onReplica = await readsReachReplica()
  results.replication = { stream, replicaTransactionsFor20Reads: onReplica }
  log(
    `replication: ${JSON.stringify(stream)}; 20 fresh reads through nginx ran ${onReplica} transactions on the replica`,
  )
})

step('a document published through A is served by B and through nginx within 5 s', async () => {
  results.publish = await publishAndSee({ writer: direct.A, reader: direct.B, staff, front, origin })
  log(`publish through A (${results.publish.savedMs} ms): seen ${JSON.stringify(results.publish.seenAfterSaveMs)}`)
})

step('the replica stopped under load: reads go to the primary, none fails; then back to the replica', async () => {
  const events = []
  const started = Date.now()
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const pages = ['/zh', '/en/parks', '/zh-hant/policies', '/zh/news']
  const load = await loadThrough({
    front,
    origin,
    // One request in three a read nobody asked before: it reaches the database.
    urls: (i) => (i % 3 === 0 ? freshRead() : pages[i % pages.length]),
    seconds: 16,
    workers: 6,
    script: async () => {
      await sleep(3_000)
      stopPostgresOn('replica')
      events.push(`${at()}: replica stopped (pg_ctl stop -m fast)`)
      await sleep(8_000)
      startPostgresOn('replica')
      events.push(`${at()}: replica started again`)
    },
  })
  results.replicaStopped = { ...load, events }
  log(
    `replica stopped under load: ${load.requests} requests, ${load.ok} × 200, ${load.failed} failed ${JSON.stringify(load.failures)}`,
  )
  for (const event of events) log(`  ${event}`)
  assert.equal(load.failed, 0, `reads failed: ${JSON.stringify(load.failures)}`)
  // Once its rest is over (DATABASE_REPLICA_RETRY_MS, 5 s), the replica serves the reads again.
  await sleep(5_000)
  results.replicaStopped.backOnReplica = await readsReachReplica()
  log(`reads back on the replica afterwards (${results.replicaStopped.backOnReplica} transactions for 20 fresh reads)`)
})

step('the primary cut off: writes answered 201 or 503 with Retry-After, none lost; reads go on', async () => {
  const writes = []
  let n = 0
  let writing = true
  let linkUpAt = Infinity
  const write = async () => {
    const name = `HOSTS-${process.pid}-${++n}`
    const sent = Date.now()
    const response = await front(`${origin}/api/industries?locale=en`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ name }),
    })
    const body = response.body.toString('utf8')
    writes.push({
      name,
      sent,
      ms: Date.now() - sent,
      status: response.status,
      retryAfter: response.headers['retry-after'],
      body,
    })
  }
  const writer = async () => {
    while (writing) {
      await write()
      await sleep(200)
    }
  }
  const events = []
  const started = Date.now()
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const writers = Array.from({ length: 4 }, writer)
  const load = await loadThrough({
    front,
    origin,
    urls: ['/zh', '/en/news', '/zh-hant/parks', '/en/policies', '/api/health'],
    seconds: 20,
    workers: 4,
    script: async () => {
      await sleep(3_000)
      setLink('primary', 'down')
      events.push(`${at()}: primary cut off (its interface down)`)
      await sleep(10_000)
      setLink('primary', 'up')
      linkUpAt = Date.now()
      events.push(`${at()}: primary reachable again`)
    },
  })
  // Writing on until writes succeed again after the link came back.
  await until(
    'writes succeed again',
    async () => writes.filter((w) => w.sent > linkUpAt && w.status === 201).length >= 3,
    60_000,
    250,
  )
  writing = false
  await Promise.all(writers)
  const tally = {}
  for (const w of writes) tally[w.status] = (tally[w.status] ?? 0) + 1
  const refused = writes.filter((w) => w.status === 503)
  const slowest = Math.max(...writes.map((w) => w.ms))
  results.primaryCut = { writes: writes.length, tally, slowestWriteMs: slowest, readLoad: load, events }
  log(`primary cut off: ${writes.length} writes ${JSON.stringify(tally)}, slowest answer ${slowest} ms`)
  log(`  reads meanwhile: ${load.requests}, ${load.ok} × 200, ${load.failed} failed ${JSON.stringify(load.failures)}`)
  for (const event of events) log(`  ${event}`)
  assert.deepEqual(Object.keys(tally).sort(), ['201', '503'], `only 201 and 503: ${JSON.stringify(tally)}`)
  assert.ok(refused.length >= 2, 'writes during the outage were answered 503')
  for (const w of refused) {
    assert.equal(w.retryAfter, '5', 'a 503 says when to try again')
    assert.match(JSON.parse(w.body).errors[0].message, /database cannot be reached/)
  }
  assert.equal(load.failed, 0, `reads failed during the outage: ${JSON.stringify(load.failures)}`)
  // Every write answered 201 is on the primary, and reaches the replica.
  const acknowledged = writes.filter((w) => w.status === 201).map((w) => w.name)
  const stored = async (host) =>
    new Set(
      (await sql(host, `SELECT name FROM industries_locales WHERE name LIKE $1`, [`HOSTS-${process.pid}-%`])).map(
        (row) => row.name,
      ),
    )
  const onPrimary = await stored('primary')
  assert.deepEqual(
    acknowledged.filter((name) => !onPrimary.has(name)),
    [],
    'acknowledged writes missing on the primary',
  )
  await until(
    'the replica has caught up',
    async () => {
      const onReplica = await stored('replica')
      return acknowledged.every((name) => onReplica.has(name))
    },
    15_000,
    200,
  )
  const storedAnyway = refused.filter((w) => onPrimary.has(w.name)).length
  results.primaryCut.acknowledged = acknowledged.length
  results.primaryCut.answered503ButStored = storedAnyway
  log(
    `  all ${acknowledged.length} acknowledged writes are on the primary and the replica; ${storedAnyway} answered 503 were stored all the same (a commit whose answer was lost)`,
  )
})

step('an app instance killed under load: no request lost', async () => {
  const events = []
  const load = await loadThrough({
    front,
    origin,
    urls: ['/zh', '/en', '/zh-hant', '/zh/news', '/en/parks', '/api/health'],
    seconds: 12,
    script: async () => {
      await sleep(4_000)
      signal(instances.B, 'SIGKILL')
      events.push('4 s: SIGKILL instance B')
      await instances.B.exited
    },
  })
  results.instanceKilled = { ...load, events }
  log(
    `instance B killed under load: ${load.requests} requests, ${load.ok} × 200, ${load.failed} failed ${JSON.stringify(load.failures)}`,
  )
  assert.equal(load.failed, 0, `requests lost: ${JSON.stringify(load.failures)}`)
})
