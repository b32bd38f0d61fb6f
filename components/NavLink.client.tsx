'use client'

import NextLink from 'next/link'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

/**
 * A navigation link that marks the section the visitor is in. `href` comes with its locale prefix
 * (`/zh/parks`; the home page is `/zh`).
 */
export function NavLink({ href, home = false, children }: { href: string; home?: boolean; children: ReactNode }) {
  // Filtered lists are served from /{locale}/results/{section} behind a rewrite (proxy.ts).
  const pathname = usePathname().replace(/^(\/[^/]+)\/results\//, '$1/')
  const current = home ? pathname === href : pathname === href || pathname.startsWith(`${href}/`)
  return (
    <NextLink
      href={href}
      aria-current={current ? 'page' : undefined}
      // The current section is marked by aria-current (app/(frontend)/globals.css).
      className="nav-link"
    >
      {children}
    </NextLink>
  )
}
