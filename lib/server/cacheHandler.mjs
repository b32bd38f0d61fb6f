/**
 * Next.js's page and data cache in Redis, for several app instances (next.config.ts uses it when
 * REDIS_URL is set; without it Next keeps the cache in the process, as before).
 *
 * What every instance must see alike:
 * - the entries: rendered pages (HTML, RSC payload, segment data) and `unstable_cache` results,
 *   under keys of this build (`.next/BUILD_ID`), so a deploy never serves pages of the previous one;
 * - the revalidations: `revalidateTag` and `revalidatePath` (an implicit tag) write the time of the
 *   revalidation to one hash. Every read compares an entry's tags with it and treats an entry
 *   older than one of its tags as absent, so the instance that did not handle the publish renders
 *   afresh on its next request. (Next's own tag bookkeeping lives in process memory, which the
 *   other instances cannot see.) A revalidation with a stale-while-revalidate profile is treated
 *   like an expiry: the page is rendered on the next request rather than served stale once more.
 *
 * A render that straddles a revalidation is not kept as new (RENDER_WINDOW_MS below).
 *
 * Redis away: reads miss (pages render from the database), writes are dropped, revalidations are
 * logged as lost. Nothing fails a request.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { redisPrefix, sharedRedis } from './redis.mjs'

/** An entry nobody reads is dropped after this long (pages without a revalidate period included). */
const MAX_AGE_SECONDS = 14 * 24 * 3600
const TAGS_HEADER = 'x-next-cache-tags'
/**
 * A render that began before a revalidation and is stored after it holds the old content but a newer
 * time, and would be served until the next publish. So an entry stored within this long of a
 * revalidation of one of its tags is dated at that revalidation, and rendered again when next read:
 * for a few seconds after a publish, pages may be rendered twice; an old one is never kept.
 */
export const RENDER_WINDOW_MS = 3000

/** JSON with Buffers (HTML and RSC payloads) and Maps (segment data) kept as such. */
function encode(value) {
  return JSON.stringify(value, function (key, json) {
    const raw = this[key]
    if (raw instanceof Uint8Array)
      return { $b: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') }
    if (raw instanceof Map) return { $m: [...raw] }
    return json
  })
}
function decode(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object') {
      if (typeof value.$b === 'string') return Buffer.from(value.$b, 'base64')
      if (Array.isArray(value.$m)) return new Map(value.$m)
    }
    return value
  })
}

/** The tags an entry answers to: those it was stored with, and those of this read (soft tags). */
function tagsOf(value, ctx, stored = []) {
  const tags = [...stored]
  const header = value?.headers?.[TAGS_HEADER]
  if (typeof header === 'string') tags.push(...header.split(','))
  if (Array.isArray(value?.tags)) tags.push(...value.tags)
  if (Array.isArray(ctx?.tags)) tags.push(...ctx.tags)
  if (Array.isArray(ctx?.softTags)) tags.push(...ctx.softTags)
  return [...new Set(tags.filter(Boolean))]
}

export default class RedisCacheHandler {
  constructor(ctx) {
    this.redis = sharedRedis()
    let build = 'dev'
    try {
      if (ctx?.serverDistDir) build = readFileSync(path.join(ctx.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      // no build id (development): one namespace
    }
    this.entries = `${redisPrefix()}cache:${build}:`
    this.revalidated = `${redisPrefix()}cache:tags`
  }

  async get(key, ctx) {
    if (!this.redis) return null
    try {
      const text = await this.redis.get(this.entries + key)
      if (!text) return null
      const entry = decode(text)
      const tags = tagsOf(entry.value, ctx, entry.tags)
      if (tags.length > 0) {
        const times = await this.redis.hmget(this.revalidated, ...tags)
        if (times.some((time) => time != null && Number(time) >= entry.lastModified)) return null
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
    } catch (error) {
      console.error(`[cache] read of ${key} failed: ${error.message}`)
      return null
    }
  }

  async set(key, data, ctx) {
    if (!this.redis) return
    try {
      if (data == null) {
        await this.redis.del(this.entries + key)
        return
      }
      const now = Date.now()
      let lastModified = now
      const tags = tagsOf(data, ctx)
      if (tags.length > 0) {
        const times = (await this.redis.hmget(this.revalidated, ...tags)).map(Number).filter((time) => time > 0)
        const latest = Math.max(0, ...times)
        if (latest > 0 && now - latest < RENDER_WINDOW_MS) lastModified = latest
      }
      const entry = {
        lastModified,
        value: data,
        cacheControl: ctx?.cacheControl,
        tags: Array.isArray(ctx?.tags) ? ctx.tags : [],
      }
      const expire = ctx?.cacheControl?.expire
      const seconds = typeof expire === 'number' && expire > 0 ? Math.min(expire, MAX_AGE_SECONDS) : MAX_AGE_SECONDS
      await this.redis.set(this.entries + key, encode(entry), 'EX', seconds)
    } catch (error) {
      console.error(`[cache] write of ${key} failed: ${error.message}`)
    }
  }

  async revalidateTag(tags) {
    if (!this.redis) return
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean)
    if (list.length === 0) return
    // At once, whatever the profile (`durations`): see the top of this file.
    const at = Date.now()
    try {
      await this.redis.hset(this.revalidated, Object.fromEntries(list.map((tag) => [tag, String(at)])))
    } catch (error) {
      console.error(
        `[cache] revalidation of ${list.join(', ')} LOST (other instances may serve old pages): ${error.message}`,
      )
    }
  }

  resetRequestCache() {}
}
