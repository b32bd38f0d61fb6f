'use client'

import { usePathname } from 'next/navigation'
import { type ReactNode, useEffect, useRef } from 'react'

/**
 * The sections on a phone: one "Menu" button (a native <details>, so it opens without JavaScript)
 * over the full list. It closes when a link in it has taken the visitor to another page, since the
 * header stays on screen across client-side navigation.
 */
export function MobileMenu({ label, children }: { label: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null)
  const pathname = usePathname()
  useEffect(() => {
    if (menu.current) menu.current.open = false
  }, [pathname])
  return (
    <details ref={menu} className="group border-t border-slate-100 md:hidden">
      <summary className="mx-auto flex min-h-11 max-w-6xl cursor-pointer list-none items-center gap-2 px-4 text-sm font-semibold text-slate-800 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current">
          <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" className="group-open:hidden" />
          <path
            d="M5.6 4.2 10 8.6l4.4-4.4 1.4 1.4L11.4 10l4.4 4.4-1.4 1.4L10 11.4l-4.4 4.4-1.4-1.4L8.6 10 4.2 5.6z"
            className="hidden group-open:block"
          />
        </svg>
        {label}
      </summary>
      {children}
    </details>
  )
}
