import Image from 'next/image'

import { imageOf, type ImageSize } from '@/lib/portal/media'
import type { Media } from '@/payload-types'

/** A Payload image at one of its generated sizes, with its dimensions (no layout shift). */
export function MediaImage({
  media,
  size,
  className,
  priority = false,
  sizes,
}: {
  media: number | Media | null | undefined
  size: ImageSize
  className?: string
  priority?: boolean
  sizes?: string
}) {
  const image = imageOf(media, size)
  if (!image) return null
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={image.alt}
      className={className}
      priority={priority}
      sizes={sizes ?? '(min-width: 1024px) 33vw, 100vw'}
    />
  )
}
