import type { Media } from '@/payload-types'

export type ImageSize = 'thumbnail' | 'card' | 'hero'

export type PortalImage = { src: string; width: number; height: number; alt: string }

/** Payload's URLs may be absolute (serverURL); the portal serves them from its own origin. */
export const relativeUrl = (url: string) => (url.startsWith('http') ? new URL(url).pathname : url)

/** A populated upload as an image of one of the sizes Payload generated, or null. */
export function imageOf(media: number | Media | null | undefined, size: ImageSize): PortalImage | null {
  if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image/')) return null
  const variant = media.sizes?.[size]
  const url = variant?.url || media.url
  const width = variant?.width || media.width
  const height = variant?.height || media.height
  if (!url || !width || !height) return null
  return { src: relativeUrl(url), width, height, alt: media.alt ?? '' }
}
