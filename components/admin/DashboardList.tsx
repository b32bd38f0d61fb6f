import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import type { CSSProperties } from 'react'

/** What each part of the dashboard is given: who is looking, in which language, and the "…n more" text. */
export type DashboardPartProps = { payload: Payload; user: TypedUser; i18n: I18nClient; more: string }

/** One line of a dashboard list: what it is, where it opens, a note, and maybe a second link. */
export type Row = { key: string; href: string; title: string; note: string; link?: { href: string; label: string } }

export const box: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'calc(var(--base) * 0.8)',
}

/** Rows shown per list; the heading gives the full count. */
const SHOWN = 8

/** A titled list of the admin dashboard (components/admin/Dashboard.tsx), with its count. */
export function DashboardList({
  title,
  rows,
  empty,
  more,
}: {
  title: string
  rows: Row[]
  empty: string
  more: string
}) {
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
            <li key={row.key}>
              <a href={row.href}>{row.title}</a>{' '}
              <span style={{ color: 'var(--theme-elevation-600)' }}>· {row.note}</span>
              {row.link && (
                <>
                  {' · '}
                  <a href={row.link.href}>{row.link.label}</a>
                </>
              )}
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
