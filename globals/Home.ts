import type { GlobalConfig } from 'payload'

import { readContent, writeContent } from '@/access/content'
import { isStaffUser } from '@/access/staff'
import { globalEditorialGuard } from '@/hooks/editorialGuard'
import { revalidateGlobal } from '@/hooks/revalidatePortal'
import { figuresField } from '@/fields/figures'
import { l } from '@/lib/labels'

export const Home: GlobalConfig = {
  slug: 'home',
  label: l('首页', 'Home page'),
  access: { read: readContent, update: writeContent, readVersions: ({ req: { user } }) => isStaffUser(user) },
  versions: { drafts: { autosave: { interval: 2000 } }, max: 50 },
  hooks: { beforeChange: [globalEditorialGuard], afterChange: [revalidateGlobal] },
  admin: { group: l('站点', 'Site') },
  fields: [
    {
      name: 'hero',
      type: 'group',
      label: l('首屏', 'Hero'),
      fields: [
        { name: 'title', type: 'text', label: l('标题', 'Title'), localized: true, required: true },
        { name: 'subtitle', type: 'textarea', label: l('副标题', 'Subtitle'), localized: true },
        { name: 'image', type: 'upload', relationTo: 'media', label: l('图片', 'Image') },
      ],
    },
    figuresField({
      name: 'keyFigures',
      extraFields: [
        {
          type: 'row',
          fields: [
            { name: 'source', type: 'text', label: l('数据来源', 'Source'), localized: true, required: true },
            {
              name: 'asOf',
              type: 'date',
              label: l('截至日期', 'As of'),
              required: true,
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
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
      label: l('推荐园区', 'Featured parks'),
    },
    {
      name: 'featuredCases',
      type: 'relationship',
      relationTo: 'cases',
      hasMany: true,
      label: l('推荐案例', 'Featured cases'),
    },
  ],
}
