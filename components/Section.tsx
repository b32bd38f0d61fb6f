import type { ReactNode } from 'react'

import { Link } from '@/i18n/navigation'

/**
 * A titled block of a portal page; the heading names the region for screen readers. `more` links
 * to the whole list when the block shows part of it.
 */
export function Section({
  id,
  title,
  more,
  children,
}: {
  id: string
  title: string
  more?: { href: { pathname: string; query?: Record<string, string> }; label: string }
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-2xl font-bold text-slate-900">
          {title}
        </h2>
        {more && (
          <Link href={more.href} className="text-brand-700 text-sm font-medium hover:underline">
            {more.label}
          </Link>
        )}
      </div>
      {children}
    </section>
  )
}
