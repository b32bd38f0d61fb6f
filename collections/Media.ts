import type { CollectionConfig } from 'payload'

import { rejectUnsupportedFile } from '@/hooks/rejectUnsupportedFile'
import { revalidateOnChange, revalidateOnDelete } from '@/hooks/revalidatePortal'

import { anyone } from '@/access/anyone'
import { canPublish } from '@/access/content'
import { isStaff } from '@/access/staff'
import { l } from '@/lib/labels'
import { mediaDir } from '@/lib/paths'

export const MEDIA_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'application/pdf']
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: l('媒体文件', 'Media file'), plural: l('媒体库', 'Media') },
  access: {
    create: isStaff,
    // Published pages may use any file: removing one is a publisher's decision.
    delete: ({ req: { user } }) => canPublish(user),
    read: anyone,
    update: isStaff,
  },
  hooks: {
    afterChange: [revalidateOnChange],
    afterDelete: [revalidateOnDelete],
    beforeOperation: [rejectUnsupportedFile(MEDIA_MIME_TYPES)],
  },
  admin: { group: l('内容', 'Content'), defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: l('替代文字', 'Alt text'),
      localized: true,
      required: true,
      admin: { description: l('为看不到图片的读者描述它。', 'Describe the file for readers who cannot see it.') },
    },
    { name: 'caption', type: 'text', label: l('说明', 'Caption'), localized: true },
    { name: 'credit', type: 'text', label: l('来源', 'Credit'), localized: true },
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
