import type { GlobalConfig } from 'payload'

import { reviewedTranslationsField, reviewPanelField } from '@/collections/shared'
import { globalDefaults } from '@/globals/shared'
import { text } from '@/i18n/admin'
import { messages } from '@/i18n/messages'
import { locales } from '@/i18n/locales'
import { adminOptions } from '@/lib/schema/options'
import { sections, SECTIONS } from '@/lib/sections'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: text('siteSettings:siteSettings'),
  ...globalDefaults,
  admin: { group: text('siteSettings:site') },
  fields: [
    { name: 'siteName', type: 'text', label: text('siteSettings:siteName'), localized: true, required: true },
    { name: 'tagline', type: 'text', label: text('siteSettings:tagline'), localized: true },
    {
      name: 'dataLicence',
      type: 'textarea',
      label: text('siteSettings:dataLicence'),
      localized: true,
      maxLength: 500,
      admin: { description: text('siteSettings:dataLicenceDescription') },
    },
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
      // What an official government site shows at its foot (主办/承办单位, 备案号, 网站标识码).
      name: 'official',
      type: 'group',
      label: text('siteSettings:official'),
      admin: { description: text('siteSettings:officialDescription') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'sponsor', type: 'text', label: text('siteSettings:sponsor'), localized: true },
            { name: 'operator', type: 'text', label: text('siteSettings:operator'), localized: true },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'icp', type: 'text', label: text('siteSettings:icp') },
            {
              name: 'icpUrl',
              type: 'text',
              label: text('siteSettings:icpUrl'),
              defaultValue: 'https://beian.miit.gov.cn/',
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'psb', type: 'text', label: text('siteSettings:psb') },
            { name: 'psbUrl', type: 'text', label: text('siteSettings:psbUrl') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'siteCode', type: 'text', label: text('siteSettings:siteCode') },
            { name: 'note', type: 'text', label: text('siteSettings:officialNote'), localized: true },
          ],
        },
      ],
    },
    {
      name: 'pages',
      type: 'group',
      label: text('siteSettings:pages'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'about', type: 'relationship', relationTo: 'pages', label: text('siteSettings:aboutPage') },
            {
              name: 'privacy',
              type: 'relationship',
              relationTo: 'pages',
              label: text('siteSettings:privacyPage'),
              admin: { description: text('siteSettings:privacyPageDescription') },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'terms', type: 'relationship', relationTo: 'pages', label: text('siteSettings:termsPage') },
            {
              name: 'accessibility',
              type: 'relationship',
              relationTo: 'pages',
              label: text('siteSettings:accessibilityPage'),
            },
          ],
        },
      ],
    },
    {
      name: 'retentionMonths',
      type: 'number',
      label: text('siteSettings:retentionMonths'),
      defaultValue: 24,
      min: 1,
      max: 120,
      required: true,
      admin: { description: text('siteSettings:retentionMonthsDescription') },
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
    reviewPanelField,
    reviewedTranslationsField,
  ],
}
