import type { CollectionConfig } from 'payload'

import { areaField } from '@/fields/area'
import { figuresField } from '@/fields/figures'
import { lastVerifiedField } from '@/fields/lastVerified'
import { slugField } from '@/fields/slug'
import { text } from '@/i18n/admin'
import { counties, parkLevels } from '@/lib/schema/options'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

export const Parks: CollectionConfig = {
  slug: 'parks',
  ...contentDefaults,
  labels: { singular: text('parks:industrialPark'), plural: text('parks:industrialParks') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'county', 'level', 'lastVerified', 'translationState', '_status'],
    group: text('parks:content'),
    components: contentAdminComponents,
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: text('parks:parkName'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'county', type: 'select', label: text('parks:countyDistrict'), options: counties, index: true },
        { name: 'level', type: 'select', label: text('parks:level'), options: parkLevels, index: true },
      ],
    },
    {
      type: 'row',
      fields: [areaField('plannedArea', text('parks:plannedArea')), areaField('builtArea', text('parks:builtArea'))],
    },
    {
      name: 'leadIndustries',
      type: 'relationship',
      relationTo: 'industries',
      hasMany: true,
      label: text('parks:leadIndustries'),
    },
    { name: 'summary', type: 'textarea', label: text('parks:summary'), localized: true },
    { name: 'body', type: 'richText', label: text('parks:description'), localized: true },
    figuresField({ name: 'keyFigures' }),
    {
      name: 'location',
      type: 'group',
      label: text('parks:location'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', label: text('parks:latitude'), min: -90, max: 90 },
            { name: 'lng', type: 'number', label: text('parks:longitude'), min: -180, max: 180 },
          ],
        },
        { name: 'address', type: 'text', label: text('parks:address'), localized: true },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: text('parks:contact'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: text('parks:personOrDesk'), localized: true },
            { name: 'phone', type: 'text', label: text('parks:phone') },
            { name: 'email', type: 'email', label: text('parks:email') },
          ],
        },
      ],
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: text('parks:heroImage') },
    { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, label: text('parks:gallery') },
    {
      name: 'relatedPolicies',
      type: 'relationship',
      relationTo: 'policies',
      hasMany: true,
      label: text('parks:relatedPolicies'),
    },
    slugField('name'),
    lastVerifiedField(),
    ...editorialFields,
  ],
}
