import { getTranslations } from 'next-intl/server'

import type { CompareGroup } from '@/components/investor/compareRows'
import { Link } from '@/i18n/navigation'
import type { ComparedPark } from '@/lib/portal/data'
import { comparePath, documentPath } from '@/lib/sections'

/**
 * Parks side by side: each park a column, each fact a row headed by its name, so a screen reader
 * announces both. A group with nothing to show is left out; a group of one row is headed by that row.
 * On a phone the facts' names stand above their values (the row headers stay, in a column of no
 * width, for screen readers), so
 * two parks fit side by side at 390 px, and the parks' names stick to the top of the screen while the
 * table scrolls by; three or four parks scroll sideways, and each group then repeats the names.
 */
export async function CompareTable({
  parks,
  groups,
  carry = '',
}: {
  parks: ComparedPark[]
  groups: CompareGroup[]
  /** The rest of the comparison's query (a cost estimate's figures), kept when a park is removed. */
  carry?: string
}) {
  const t = await getTranslations('Compare')
  const slugs = parks.map((p) => p.slug)
  // Two parks fit a phone's width: no sideways scrolling, so the names can stick to the screen's top.
  const fits = parks.length <= 2
  const removed = (slug: string) => {
    const rest = slugs.filter((s) => s !== slug)
    return `${comparePath(rest)}${rest.length && carry ? `&${carry}` : ''}`
  }
  return (
    <div className={`mt-6 overflow-x-auto print:overflow-visible ${fits ? 'max-sm:overflow-visible' : ''}`}>
      <table
        className="w-full min-w-[calc(var(--parks)*10rem)] border-collapse text-left text-sm max-sm:table-fixed sm:min-w-[36rem] print:min-w-0"
        style={{ '--parks': parks.length } as React.CSSProperties}
      >
        <caption className="sr-only">{t('title')}</caption>
        <thead>
          <tr>
            <td className="w-0 bg-white p-0 sm:sticky sm:left-0 sm:w-40" />
            {parks.map((p) => (
              <th
                key={p.id}
                scope="col"
                className="sticky top-0 z-10 border-b-2 border-slate-300 bg-white p-3 align-bottom"
              >
                <Link
                  href={documentPath('parks', p.slug)}
                  className="text-base font-semibold text-slate-900 hover:underline"
                >
                  {p.name}
                </Link>
                <Link
                  href={removed(p.slug)}
                  className="mt-1 block text-xs font-normal text-slate-600 underline print:hidden"
                  aria-label={`${t('remove')}: ${p.name}`}
                >
                  {t('remove')}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        {groups
          .filter((g) => g.rows.some((r) => r.cells.some((c) => c != null && c !== '')))
          .map((group) => (
            <tbody key={group.title}>
              {/* A group of one row is headed by that row. */}
              {(group.rows.length > 1 || group.rows[0]?.label !== group.title) && (
                <tr>
                  <th
                    colSpan={parks.length + 1}
                    scope="colgroup"
                    className="bg-slate-100 px-3 py-2 text-base font-semibold text-slate-900"
                  >
                    {group.title}
                  </th>
                </tr>
              )}
              {!fits && (
                <tr aria-hidden="true" className="sm:hidden">
                  <td className="p-0" />
                  {parks.map((p) => (
                    <td key={p.id} className="px-3 pt-2 text-xs font-semibold text-slate-900">
                      {p.name}
                    </td>
                  ))}
                </tr>
              )}
              {group.rows.map((row) => [
                <tr key={`${row.label}-label`} aria-hidden="true" className="sm:hidden">
                  <td colSpan={parks.length + 1} className="px-3 pt-3 text-xs font-medium text-slate-600">
                    {row.label}
                  </td>
                </tr>,
                <tr key={row.label} className="border-b border-slate-200 align-top">
                  <th
                    scope="row"
                    className="bg-white font-medium text-slate-700 max-sm:max-w-0 max-sm:overflow-hidden max-sm:p-0 max-sm:text-[0px] sm:sticky sm:left-0 sm:p-3 sm:shadow-[1px_0_0_#e2e8f0]"
                  >
                    {row.label}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={slugs[i]} className="p-3 break-words text-slate-900 max-sm:pt-1">
                      {cell ?? t('none')}
                    </td>
                  ))}
                </tr>,
              ])}
            </tbody>
          ))}
      </table>
    </div>
  )
}
