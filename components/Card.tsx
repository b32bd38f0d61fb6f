import type { ReactNode } from 'react'

import { Link } from '@/i18n/navigation'
import type { Media } from '@/payload-types'

import { MediaImage } from './MediaImage'

/** A list item that links to a document: image, title, a line of facts, a summary. */
export function Card({
  href,
  title,
  meta,
  summary,
  image,
  badge,
  footer,
  heading: Heading = 'h3',
}: {
  href: string
  title: ReactNode
  meta?: ReactNode
  summary?: ReactNode
  image?: number | Media | null
  badge?: ReactNode
  /** Controls of the card (a checkbox): above the link that covers the card. */
  footer?: ReactNode
  /** h2 where the card list sits right under the page's h1, h3 under a section heading. */
  heading?: 'h2' | 'h3'
}) {
  return (
    <li className="card">
      {image && typeof image === 'object' && (
        <MediaImage
          media={image}
          size="card"
          className="aspect-[8/5] w-full object-cover"
          sizes="(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw"
        />
      )}
      <div className="card-body">
        {badge}
        <Heading className="card-title">
          <Link href={href} className="card-link">
            {title}
          </Link>
        </Heading>
        {meta && <div className="card-meta">{meta}</div>}
        {summary && <div className="card-summary">{summary}</div>}
        {footer && <div className="relative z-10 mt-auto pt-2">{footer}</div>}
      </div>
    </li>
  )
}

export function CardGrid({ children }: { children: ReactNode }) {
  return <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">{children}</ul>
}
