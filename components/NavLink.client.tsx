'use client'

import type { ReactNode } from 'react'

import { Link, usePathname } from '@/i18n/navigation'

/** A navigation link that marks the section the visitor is in. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname().replace(/^\/results\//, '/')
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`)
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`hover:text-brand-700 inline-block border-b-2 px-3 py-2.5 ${current ? 'border-brand-700 text-brand-700' : 'border-transparent'}`}
    >
      {children}
    </Link>
  )
}
