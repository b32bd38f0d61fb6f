import { getImageProps } from 'next/image'

import { imageOf } from '@/lib/portal/media'
import type { Media } from '@/payload-types'

/** A transparent pixel: what phones get instead of the backdrop (and never the LCP element). */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'

/**
 * The home hero's decorative backdrop, from 640 px wide screens up. Phones skip the download: on
 * a slow mobile connection the headline is what they came for, and it paints first.
 */
export function HeroBackdrop({ media, className }: { media: number | Media | null | undefined; className?: string }) {
  const image = imageOf(media, 'hero')
  if (!image) return null
  const {
    props: { srcSet },
  } = getImageProps({ src: image.src, width: image.width, height: image.height, alt: '', sizes: '100vw' })
  return (
    <picture>
      <source media="(min-width: 640px)" srcSet={srcSet} sizes="100vw" />
      {/* Art direction needs <picture>: the srcSet above is next/image's own. */}
      <img src={PIXEL} alt="" width={image.width} height={image.height} fetchPriority="high" className={className} />
    </picture>
  )
}
