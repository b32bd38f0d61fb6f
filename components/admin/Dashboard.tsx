import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser, Where } from 'payload'

import { isStaffUser } from '@/access/staff'
import { adminT } from '@/i18n/admin'
import { beijingTime, completeField, defaultLocale, isLocale, type Locale, locales } from '@/i18n/locales'
import { enquiryStatuses, optionLabel } from '@/lib/schema/options'
import { type Section, SECTIONS, sections, verifiedSections } from '@/lib/sections'

import { box, DashboardList as List, type Row } from './DashboardList'
import { ReviewQueue } from './ReviewQueue'
import { UpcomingEvents } from './UpcomingEvents'

const DAY = 24 * 3600_000
/** Parks and policies not checked against their source for this long are listed as stale. */
const STALE_AFTER_DAYS = 180

const documentRow = (collection: string, id: number | string) => ({
  key: `${collection}-${id}`,
  href: `/admin/collections/${collection}/${id}`,
})

async function find(payload: Payload, user: TypedUser, collection: Section, where: Where, locale: Locale) {
  const { docs } = await payload.find({
    collection,
    where,
    sort: '-updatedAt',
    limit: 50,
    depth: 0,
    locale,
    overrideAccess: false,
    user,
  })
  return docs as unknown as (Record<string, unknown> & { id: number | string })[]
}

/**
 * Above the admin dashboard: what staff should act on today — enquiries by status and those nobody
 * has contacted within 24 hours, published documents missing a translation, and parks and policies
 * that are stale (not verified for 180 days, or past their expiry date).
 */
export async function Dashboard({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
}) {
  if (!user || !isStaffUser(user)) return null
  const say = adminT(i18n.t)
  // Titles in the staff member's admin language where it is a content locale.
  const locale: Locale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const sectionName = (section: Section) => getTranslation(payload.collections[section].config.labels.plural, i18n)
  const now = new Date().getTime()

  const [statusCounts, uncontacted] = await Promise.all([
    Promise.all(
      enquiryStatuses.map(async (status) => ({
        status,
        count: (
          await payload.count({
            collection: 'enquiries',
            where: { status: { equals: status.value } },
            overrideAccess: false,
            user,
          })
        ).totalDocs,
      })),
    ),
    payload.find({
      collection: 'enquiries',
      where: { and: [{ status: { equals: 'new' } }, { createdAt: { less_than: new Date(now - DAY).toISOString() } }] },
      sort: 'createdAt',
      limit: 50,
      depth: 0,
      overrideAccess: false,
      user,
    }),
  ])

  const untranslated = (
    await Promise.all(
      sections.map(async (section) =>
        (
          await find(
            payload,
            user,
            section,
            {
              and: [
                { _status: { equals: 'published' } },
                { or: locales.map((l) => ({ [completeField(l)]: { not_equals: true } })) },
              ],
            },
            locale,
          )
        ).map((doc) => ({
          ...documentRow(section, doc.id),
          title: String(doc[SECTIONS[section].titleField] ?? doc.id),
          note: `${sectionName(section)} · ${String(doc.translationState ?? '')}`,
        })),
      ),
    )
  ).flat()

  // What the public reads: drafts are not stale, they are unfinished.
  const published: Where = { _status: { equals: 'published' } }
  const staleBefore = new Date(now - STALE_AFTER_DAYS * DAY).toISOString()
  const unverified: Where = {
    and: [published, { or: [{ lastVerified: { less_than: staleBefore } }, { lastVerified: { exists: false } }] }],
  }
  const expiredWhere: Where = { and: [published, { expiryDate: { less_than: new Date(now).toISOString() } }] }
  const [stale, expired] = await Promise.all([
    Promise.all(verifiedSections.map((section) => find(payload, user, section, unverified, locale))),
    find(payload, user, 'policies', expiredWhere, locale),
  ])
  const toVerify: Row[] = [
    ...verifiedSections.flatMap((section, i) =>
      stale[i]!.map((doc) => ({
        ...documentRow(section, doc.id),
        title: String(doc[SECTIONS[section].titleField] ?? doc.id),
        note: `${sectionName(section)} · ${
          typeof doc.lastVerified === 'string'
            ? say('dashboard:lastVerified', { date: beijingTime(doc.lastVerified, false) })
            : say('dashboard:neverVerified')
        }`,
      })),
    ),
    ...expired.map((doc) => ({
      ...documentRow('policies', doc.id),
      title: String(doc.title),
      note: say('dashboard:expired', { date: beijingTime(String(doc.expiryDate), false) }),
    })),
  ]
  const more = say('dashboard:more', { n: '{n}' })

  return (
    <div style={{ display: 'grid', gap: 'var(--base)', marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ margin: 0 }}>{say('dashboard:title')}</h2>
      <ReviewQueue payload={payload} user={user} i18n={i18n} more={more} />
      <section style={box} aria-label={say('dashboard:enquiries')}>
        <h3 style={{ margin: 0 }}>{say('dashboard:enquiries')}</h3>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', listStyle: 'none', padding: 0 }}>
          {statusCounts.map(({ status, count }) => (
            <li key={status.value}>
              <a href={`/admin/collections/enquiries?where[status][equals]=${status.value}`}>
                {optionLabel(enquiryStatuses, status.value, i18n.language)}: <strong>{count}</strong>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <List
        more={more}
        title={say('dashboard:uncontacted')}
        empty={say('dashboard:uncontactedNone')}
        rows={uncontacted.docs.map((doc) => ({
          ...documentRow('enquiries', doc.id),
          title: `${doc.reference} · ${doc.company}`,
          note: say('dashboard:received', { time: beijingTime(doc.createdAt) }),
        }))}
      />
      <UpcomingEvents payload={payload} user={user} i18n={i18n} more={more} />
      <List
        more={more}
        title={say('dashboard:untranslated')}
        empty={say('dashboard:untranslatedNone')}
        rows={untranslated}
      />
      <List more={more} title={say('dashboard:toVerify')} empty={say('dashboard:toVerifyNone')} rows={toVerify} />
    </div>
  )
}
