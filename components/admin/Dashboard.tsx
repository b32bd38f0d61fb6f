import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import { isStaffUser } from '@/access/staff'
import { enquiryStatuses, optionLabel } from '@/lib/options'

const DAY = 24 * 3600_000
/** Parks and policies not checked against their source for this long are listed as stale. */
export const STALE_AFTER_DAYS = 180

const titleField = {
  parks: 'name',
  policies: 'title',
  events: 'title',
  cases: 'companyName',
  industries: 'name',
} as const satisfies Partial<Record<CollectionSlug, string>>
type Content = keyof typeof titleField

const names: Record<Content, [string, string]> = {
  parks: ['产业园区', 'Parks'],
  policies: ['政策', 'Policies'],
  events: ['活动', 'Events'],
  cases: ['投资案例', 'Cases'],
  industries: ['产业链', 'Industries'],
}

type Row = { collection: Content | 'enquiries'; id: number | string; title: string; note: string }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'calc(var(--base) * 0.8)',
}

/** Rows shown per list; the heading gives the full count. */
const SHOWN = 8

function List({ title, rows, empty, more }: { title: string; rows: Row[]; empty: string; more: string }) {
  return (
    <section style={box} aria-label={title}>
      <h3 style={{ margin: 0 }}>
        {title} ({rows.length})
      </h3>
      {rows.length === 0 ? (
        <p style={{ marginBottom: 0 }}>{empty}</p>
      ) : (
        <ul style={{ margin: 'calc(var(--base) * 0.5) 0 0', paddingLeft: '1.2em' }}>
          {rows.slice(0, SHOWN).map((row) => (
            <li key={`${row.collection}-${row.id}`}>
              <a href={`/admin/collections/${row.collection}/${row.id}`}>{row.title}</a>{' '}
              <span style={{ color: 'var(--theme-elevation-600)' }}>· {row.note}</span>
            </li>
          ))}
          {rows.length > SHOWN && (
            <li style={{ listStyle: 'none' }}>{more.replace('{n}', String(rows.length - SHOWN))}</li>
          )}
        </ul>
      )}
    </section>
  )
}

async function find(payload: Payload, user: TypedUser, collection: Content, where: Where, locale: 'zh' | 'en') {
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
  i18n: { language: string }
}) {
  if (!user || !isStaffUser(user)) return null
  const zh = i18n.language !== 'en'
  const lang: 'zh' | 'en' = zh ? 'zh' : 'en'
  const say = (pair: [string, string]) => (zh ? pair[0] : pair[1])
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

  const contents = Object.keys(titleField) as Content[]
  const untranslated = (
    await Promise.all(
      contents.map(async (collection) =>
        (
          await find(
            payload,
            user,
            collection,
            {
              and: [
                { _status: { equals: 'published' } },
                { or: [{ enComplete: { not_equals: true } }, { zhComplete: { not_equals: true } }] },
              ],
            },
            lang,
          )
        ).map((doc) => ({
          collection,
          id: doc.id,
          title: String(doc[titleField[collection]] ?? doc.id),
          note: `${say(names[collection])} · ${String(doc.translationState ?? '')}`,
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
  const [staleParks, stalePolicies, expired] = await Promise.all([
    find(payload, user, 'parks', unverified, lang),
    find(payload, user, 'policies', unverified, lang),
    find(payload, user, 'policies', expiredWhere, lang),
  ])
  const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : say(['从未核实', 'never']))
  const toVerify = (collection: 'parks' | 'policies', doc: Record<string, unknown> & { id: number | string }): Row => ({
    collection,
    id: doc.id,
    title: String(doc[titleField[collection]]),
    note: `${say(names[collection])} · ${say(['最近核实', 'last verified'])} ${day(doc.lastVerified)}`,
  })
  const stale: Row[] = [
    ...staleParks.map((doc) => toVerify('parks', doc)),
    ...stalePolicies.map((doc) => toVerify('policies', doc)),
    ...expired.map((doc) => ({
      collection: 'policies' as const,
      id: doc.id,
      title: String(doc.title),
      note: `${say(['已过期', 'expired'])} ${day(doc.expiryDate)}`,
    })),
  ]

  return (
    <div style={{ display: 'grid', gap: 'var(--base)', marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 style={{ margin: 0 }}>{say(['今日待办', 'To do today'])}</h2>
      <section style={box} aria-label={say(['投资咨询', 'Enquiries'])}>
        <h3 style={{ margin: 0 }}>{say(['投资咨询', 'Enquiries'])}</h3>
        <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', listStyle: 'none', padding: 0 }}>
          {statusCounts.map(({ status, count }) => (
            <li key={status.value}>
              <a href={`/admin/collections/enquiries?where[status][equals]=${status.value}`}>
                {optionLabel(enquiryStatuses, status.value, lang)}: <strong>{count}</strong>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <List
        more={say(['……另有 {n} 条', '… and {n} more'])}
        title={say(['超过 24 小时未联系的咨询', 'Enquiries not contacted within 24 hours'])}
        empty={say(['没有，很好。', 'None. Well done.'])}
        rows={uncontacted.docs.map((doc) => ({
          collection: 'enquiries',
          id: doc.id,
          title: `${doc.reference} · ${doc.company}`,
          note: `${say(['收到于', 'received'])} ${doc.createdAt.slice(0, 16).replace('T', ' ')} UTC`,
        }))}
      />
      <List
        more={say(['……另有 {n} 条', '… and {n} more'])}
        title={say(['已发布但翻译不完整', 'Published with missing translations'])}
        empty={say(['所有已发布内容都有中英文。', 'Everything published is complete in both languages.'])}
        rows={untranslated}
      />
      <List
        more={say(['……另有 {n} 条', '… and {n} more'])}
        title={say(['需要核实的内容', 'Content to verify'])}
        empty={say(['没有过期或久未核实的内容。', 'Nothing stale or expired.'])}
        rows={stale}
      />
    </div>
  )
}
