import type { ReactNode } from 'react'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'

export function PageHeader({
  title,
  intro,
  crumbs = [],
  children,
}: {
  title: ReactNode
  intro?: ReactNode
  crumbs?: Crumb[]
  children?: ReactNode
}) {
  return (
    <div className="border-b border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
        <Breadcrumbs items={crumbs} />
        <h1 className="mt-3 text-3xl font-bold text-slate-900 sm:text-4xl">{title}</h1>
        {intro && <div className="mt-3 max-w-3xl text-slate-700">{intro}</div>}
        {children}
      </div>
    </div>
  )
}
