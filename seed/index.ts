import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { defaultLocale, writtenLocales } from '@/i18n/locales'
import { SECTIONS } from '@/lib/sections'

import { sampleWorkingCalendar } from './calendar'
import { teams } from './teams'
import * as data from './data'
import { coverImage, pdfDocument } from './images'
import { keepRowIds, localize } from './localize'
import { news, pages } from './pages'
import { projects } from './projects'
import { incentives } from './samples'
import { setupGuide } from './setupGuide'

type Options = {
  /** Create the demo staff accounts (development databases only). */
  demoAccounts: boolean
  log?: (message: string) => void
  req?: Partial<PayloadRequest>
}

type ContentSlug = 'industries' | 'policies' | 'parks' | 'events' | 'cases' | 'news' | 'pages' | 'projects'
type RefSlug = 'industries' | 'parks' | 'policies' | 'cases' | 'media' | 'pages' | 'teams'

/** Nothing the seed writes should trigger page revalidation or other side effects meant for editors. */
const context = { disableRevalidate: true, seeding: true }

/**
 * Fills an empty database with the demo content, and leaves existing content alone: every
 * document is looked up by its slug (media by file name) first, so running it twice changes nothing.
 */
export async function seed(payload: Payload, { demoAccounts, log = () => {} }: Options) {
  const ids = new Map<string, number | string>()
  const ref = (collection: RefSlug, key: string) => {
    const id = ids.get(`${collection}:${key}`)
    if (id === undefined) throw new Error(`Seed data refers to unknown ${collection} "${key}"`)
    return id
  }
  const counts = { created: 0, kept: 0 }
  const seededOn = new Date().toISOString()

  async function findId(collection: CollectionSlug, field: string, value: string) {
    const { docs } = await payload.find({
      collection,
      where: { [field]: { equals: value } },
      limit: 1,
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: true,
    })
    return docs[0]?.id
  }

  async function uploadOnce(
    key: string,
    filename: string,
    alt: { zh: string; en: string },
    file: () => Promise<Buffer>,
    mimetype: string,
  ) {
    // Payload stores images as WebP (collections/Media.ts), so that is the name to look for.
    const storedName = mimetype.startsWith('image/') ? filename.replace(/\.\w+$/, '.webp') : filename
    let id = await findId('media', 'filename', storedName)
    if (id === undefined) {
      const data = await file()
      const doc = await payload.create({
        collection: 'media',
        locale: defaultLocale,
        data: { alt: alt.zh },
        file: { data, mimetype, name: filename, size: data.length },
        context,
      })
      await payload.update({ collection: 'media', id: doc.id, locale: 'en', data: { alt: alt.en }, context })
      id = doc.id
      counts.created++
    } else counts.kept++
    ids.set(`media:${key}`, id)
  }

  log('Media …')
  for (const image of data.images) {
    await uploadOnce(
      image.key,
      `seed-${image.key}.png`,
      image.alt,
      () => coverImage(image.motif, image.variant),
      'image/png',
    )
  }
  for (const file of data.attachments) {
    await uploadOnce(file.key, file.filename, file.alt, async () => pdfDocument(file.lines), 'application/pdf')
  }

  async function upsert(collection: ContentSlug, docs: { slug: string }[]) {
    let created = 0
    for (const doc of docs) {
      let id = await findId(collection, 'slug', doc.slug)
      if (id === undefined) {
        const first = await payload.create({
          collection,
          locale: defaultLocale,
          data: {
            ...(localize(doc, defaultLocale) as object),
            // Checked against the article when seeded: the stale-content list starts empty.
            ...(SECTIONS[collection].verified ? { lastVerified: seededOn } : {}),
            _status: 'published',
          } as never,
          context,
        })
        for (const locale of writtenLocales.filter((l) => l !== defaultLocale)) {
          await payload.update({
            collection,
            id: first.id,
            locale,
            data: { ...(keepRowIds(localize(doc, locale), first) as object), _status: 'published' } as never,
            context,
          })
        }
        id = first.id
        created++
      }
      ids.set(`${collection}:${doc.slug}`, id)
    }
    counts.created += created
    counts.kept += docs.length - created
    log(`${collection}: ${created} created, ${docs.length - created} already there`)
  }

  await upsert('industries', data.industries)
  await upsert('policies', data.policies(ref))
  await upsert('parks', data.parks(ref))
  // Incentives name the parks they apply in, so they follow the parks.
  await upsert('policies', incentives(ref))
  await upsert('events', data.events(ref))
  await upsert('cases', data.cases(ref))
  await upsert('news', news(ref))
  await upsert('pages', pages)

  async function seedGlobal(
    slug: 'home' | 'site-settings' | 'setup-guide',
    value: object,
    isEmpty: (doc: Record<string, unknown>) => boolean,
  ) {
    const current = (await payload.findGlobal({ slug, locale: defaultLocale, depth: 0 })) as unknown as Record<
      string,
      unknown
    >
    if (!isEmpty(current)) {
      counts.kept++
      log(`${slug}: already set`)
      return
    }
    let saved: unknown = await payload.updateGlobal({
      slug,
      locale: defaultLocale,
      data: { ...(localize(value, defaultLocale) as object), _status: 'published' } as never,
      context,
    })
    for (const locale of writtenLocales.filter((l) => l !== defaultLocale)) {
      saved = await payload.updateGlobal({
        slug,
        locale,
        data: { ...(keepRowIds(localize(value, locale), saved) as object), _status: 'published' } as never,
        context,
      })
    }
    counts.created++
    log(`${slug}: set`)
  }
  await seedGlobal('home', data.home(ref), (doc) => !(doc.hero as { title?: string } | undefined)?.title)
  await seedGlobal('site-settings', data.siteSettings(ref), (doc) => !doc.siteName)
  await seedGlobal('setup-guide', setupGuide, (doc) => !(doc.steps as unknown[] | undefined)?.length)
  // Not content (no languages, no drafts): set once, when nobody has entered a day yet.
  const calendar = await payload.findGlobal({ slug: 'working-calendar', depth: 0 })
  if ((calendar.days ?? []).length === 0) {
    await payload.updateGlobal({ slug: 'working-calendar', data: { days: sampleWorkingCalendar }, context })
    counts.created++
    log('working-calendar: set (sample days of 2026)')
  } else counts.kept++

  // Sector teams (samples), found again by their Chinese name.
  for (const team of teams) {
    const found = await payload.find({
      collection: 'teams',
      where: { name: { equals: team.name.zh } },
      locale: defaultLocale,
      limit: 1,
      depth: 0,
    })
    // Known by its first industry to the content that names it (a project's contact team).
    const key = `teams:${team.industries[0]}`
    if (found.docs[0]) {
      ids.set(key, found.docs[0].id)
      counts.kept++
      continue
    }
    const withIds = { ...team, industries: team.industries.map((slug) => ids.get(`industries:${slug}`)!) }
    const first = await payload.create({
      collection: 'teams',
      locale: defaultLocale,
      data: localize(withIds, defaultLocale) as never,
      context,
    })
    for (const locale of writtenLocales.filter((l) => l !== defaultLocale)) {
      await payload.update({
        collection: 'teams',
        id: first.id,
        locale,
        data: keepRowIds(localize(withIds, locale), first) as never,
        context,
      })
    }
    ids.set(key, first.id)
    counts.created++
  }
  // Projects name the team that answers about them, so they follow the teams.
  await upsert('projects', projects(ref))

  if (demoAccounts) {
    for (const user of data.demoUsers) {
      if ((await findId('users', 'email', user.email)) !== undefined) {
        counts.kept++
        continue
      }
      await payload.create({ collection: 'users', data: { ...user, roles: [...user.roles] }, context })
      counts.created++
      log(`user ${user.email} (${user.roles.join(', ')}) created`)
    }
    // The demo's sample teams: the demo editor answers their enquiries, the demo reviewer leads them.
    const editor = await findId('users', 'email', 'editor@example.com')
    const reviewer = await findId('users', 'email', 'reviewer@example.com')
    const { docs: sampleTeams } = await payload.find({
      collection: 'teams',
      where: { sample: { equals: true } },
      depth: 0,
    })
    for (const team of sampleTeams) {
      if (team.lead || !team.officers?.length) continue
      await payload.update({
        collection: 'teams',
        id: team.id,
        data: {
          lead: reviewer,
          officers: team.officers.map((officer, i) => (i === 0 ? { ...officer, user: editor } : officer)),
        },
        context,
      })
    }
  }

  log(`Seed finished: ${counts.created} created, ${counts.kept} already there.`)
  return counts
}
