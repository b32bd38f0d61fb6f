import type { GlobalConfig } from 'payload'

import { dayOnly } from '@/fields/dayOnly'
import { readContent, writeContent } from '@/access/content'
import { isStaffUser } from '@/access/staff'
import { globalEditorialGuard } from '@/hooks/editorialGuard'
import { revalidateGlobal } from '@/hooks/revalidatePortal'
import { figuresField } from '@/fields/figures'
import { text } from '@/i18n/admin'

export const Home: GlobalConfig = {
  slug: 'home',
  label: text('home:homePage'),
  access: { read: readContent, update: writeContent, readVersions: ({ req: { user } }) => isStaffUser(user) },
  versions: { drafts: { autosave: { interval: 2000 } }, max: 50 },
  hooks: { beforeChange: [globalEditorialGuard], afterChange: [revalidateGlobal] },
  admin: { group: text('home:site') },
  fields: [
    {
      name: 'hero',
      type: 'group',
      label: text('home:hero'),
      fields: [
        { name: 'title', type: 'text', label: text('home:title'), localized: true, required: true },
        { name: 'subtitle', type: 'textarea', label: text('home:subtitle'), localized: true },
        { name: 'image', type: 'upload', relationTo: 'media', label: text('home:image') },
      ],
    },
    figuresField({
      name: 'keyFigures',
      extraFields: [
        {
          type: 'row',
          fields: [
            { name: 'source', type: 'text', label: text('home:source'), localized: true, required: true },
            {
              name: 'asOf',
              type: 'date',
              label: text('home:asOf'),
              admin: { ...dayOnly, description: text('home:asOfDescription') },
            },
          ],
        },
      ],
    }),
    {
      name: 'featuredParks',
      type: 'relationship',
      relationTo: 'parks',
      hasMany: true,
      label: text('home:featuredParks'),
    },
    {
      name: 'featuredCases',
      type: 'relationship',
      relationTo: 'cases',
      hasMany: true,
      label: text('home:featuredCases'),
    },
  ],
}
