import type { CollectionConfig } from 'payload'

import { reviewedTranslationsField } from '@/collections/shared'
import { rejectUnsupportedFile } from '@/hooks/rejectUnsupportedFile'
import { convertCollection, reviewedInCollection } from '@/hooks/traditional'
import { revalidateOnChange, revalidateOnDelete } from '@/hooks/revalidatePortal'

import { anyone } from '@/access/anyone'
import { canPublish } from '@/access/content'
import { isStaff } from '@/access/staff'
import { text } from '@/i18n/admin'
import { mediaDir } from '@/lib/server/paths'

const MEDIA_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'application/pdf']
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: text('media:mediaFile'), plural: text('media:media') },
  // A copy of an upload is the same file twice; and Payload's duplicate answers a 500 when the stored
  // file is missing (hostile suite, seed 941152824). Upload it again instead.
  disableDuplicate: true,
  access: {
    create: isStaff,
    // Published pages may use any file: removing one is a publisher's decision.
    delete: ({ req: { user } }) => canPublish(user),
    read: anyone,
    update: isStaff,
  },
  hooks: {
    // Alt text and captions in Traditional Chinese are converted like all content (hooks/traditional.ts).
    beforeChange: [reviewedInCollection],
    afterChange: [convertCollection, revalidateOnChange],
    afterDelete: [revalidateOnDelete],
    beforeOperation: [rejectUnsupportedFile(MEDIA_MIME_TYPES)],
  },
  admin: { group: text('media:content'), defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: text('media:altText'),
      localized: true,
      required: true,
      admin: { description: text('media:describeTheFileForReaders') },
    },
    { name: 'caption', type: 'text', label: text('media:caption'), localized: true },
    { name: 'credit', type: 'text', label: text('media:credit'), localized: true },
    reviewedTranslationsField,
  ],
  upload: {
    staticDir: mediaDir(),
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: { format: 'webp' } },
      { name: 'card', width: 800, height: 500, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'thumbnail',
  },
}
