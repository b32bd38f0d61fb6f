import { getTranslations } from 'next-intl/server'

import type { Team } from '@/payload-types'

/**
 * Who to contact about an industry: its sector team and each member's public phone and email. A
 * sample team (made up for the demo) is marked as such on every name.
 */
export async function TeamContacts({ team }: { team: Pick<Team, 'name' | 'officers' | 'sample'> }) {
  const [t, tc] = await Promise.all([getTranslations('Industries'), getTranslations('Common')])
  const named = (value: string) => (team.sample ? tc('sampleValue', { value }) : value)
  return (
    <div className="mt-3">
      <p className="text-slate-700">{t('teamIntro', { team: named(team.name) })}</p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {(team.officers ?? []).map((officer) => (
          <li key={officer.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="font-semibold text-slate-900">{named(officer.name)}</p>
            {officer.title && <p className="text-sm text-slate-600">{officer.title}</p>}
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              {officer.phone && (
                <>
                  <dt className="text-slate-600">{t('phone')}</dt>
                  <dd>
                    <a className="text-brand-700 underline" href={`tel:${officer.phone.replace(/[^\d+]/g, '')}`}>
                      {officer.phone}
                    </a>
                  </dd>
                </>
              )}
              {officer.email && (
                <>
                  <dt className="text-slate-600">{t('email')}</dt>
                  <dd className="break-all">
                    <a className="text-brand-700 underline" href={`mailto:${officer.email}`}>
                      {officer.email}
                    </a>
                  </dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  )
}
