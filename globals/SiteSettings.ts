import type { GlobalConfig } from 'payload'

import { readContent, writeContent } from '@/access/content'
import { isStaffUser } from '@/access/staff'
import { globalEditorialGuard } from '@/hooks/editorialGuard'
import { revalidateGlobal } from '@/hooks/revalidatePortal'
import { text } from '@/i18n/admin'
import { messages } from '@/i18n/messages'
import { locales } from '@/i18n/locales'
import { adminOptions } from '@/lib/schema/options'
import { sections, SECTIONS } from '@/lib/sections'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: text('siteSettings:siteSettings'),
  access: { read: readContent, update: writeContent, readVersions: ({ req: { user } }) => isStaffUser(user) },
  versions: { drafts: { autosave: { interval: 2000 } }, max: 50 },
  hooks: { beforeChange: [globalEditorialGuard], afterChange: [revalidateGlobal] },
  admin: { group: text('siteSettings:site') },
  fields: [
    { name: 'siteName', type: 'text', label: text('siteSettings:siteName'), localized: true, required: true },
    { name: 'tagline', type: 'text', label: text('siteSettings:tagline'), localized: true },
    {
      // Sections (say, the policy pages of a bureau) whose documents publish only in both languages.
      name: 'requireBothLanguages',
      type: 'select',
      hasMany: true,
      label: text('siteSettings:requireBothLanguages'),
      admin: { description: text('siteSettings:requireBothLanguagesDescription') },
      options: sections.map((section) => ({
        value: section,
        label: Object.fromEntries(locales.map((l) => [l, messages[l][SECTIONS[section].messages].title])),
      })),
    },
    {
      name: 'contact',
      type: 'group',
      label: text('siteSettings:contact'),
      fields: [
        { name: 'organisation', type: 'text', label: text('siteSettings:organisation'), localized: true },
        { name: 'address', type: 'text', label: text('siteSettings:address'), localized: true },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: text('siteSettings:phone') },
            { name: 'email', type: 'email', label: text('siteSettings:email') },
          ],
        },
        { name: 'hours', type: 'text', label: text('siteSettings:officeHours'), localized: true },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: text('siteSettings:footerLinks'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: text('siteSettings:label'), localized: true, required: true },
            { name: 'url', type: 'text', label: text('siteSettings:url'), required: true },
          ],
        },
      ],
    },
    {
      name: 'social',
      type: 'array',
      label: text('siteSettings:socialMedia'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              label: text('siteSettings:platform'),
              required: true,
              options: adminOptions('socialPlatforms'),
            },
            { name: 'label', type: 'text', label: text('siteSettings:label2'), localized: true },
            { name: 'url', type: 'text', label: text('siteSettings:url') },
          ],
        },
      ],
    },
  ],
}
