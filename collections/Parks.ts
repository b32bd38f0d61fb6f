import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { number as validateNumber } from 'payload/shared'

import { areaField } from '@/fields/area'
import { dayOnly } from '@/fields/dayOnly'
import { figuresField } from '@/fields/figures'
import { lastVerifiedField } from '@/fields/lastVerified'
import { sampleFactsField } from '@/fields/sampleFacts'
import { slugFields } from '@/fields/slug'
import { text } from '@/i18n/admin'
import { PRICE_KEYS, type PriceKey } from '@/lib/portal/estimate'
import { counties, destinations, parkLevels, siteKinds, siteStatuses, travelModes } from '@/lib/schema/options'
import { validationMessage } from '@/lib/schema/validationMessages'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

/** Each published cost and the field for the top of its range (lib/portal/estimate.ts reads both). */
const COST_FIELDS = PRICE_KEYS.map((name) => [name, `${name}Max`] as const)

/** The top of a range is above its start, and has one. */
const upToValidate =
  (from: PriceKey): NumberFieldSingleValidation =>
  (value, args) => {
    const start = (args.siblingData as Partial<Record<PriceKey, number | null>>)[from]
    if (typeof value === 'number' && (start == null || value < start))
      return validationMessage(args.req, 'upToBelowFrom')
    return validateNumber(value, args)
  }

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
    {
      name: 'costs',
      type: 'group',
      label: text('parks:costs'),
      admin: { description: text('parks:costsDescription') },
      fields: [
        // Each cost a figure, or a range "from … up to …" where the source gives one.
        ...COST_FIELDS.map(([name, maxName]) => ({
          type: 'row' as const,
          fields: [
            { name, type: 'number' as const, label: text(`parks:${name}`), min: 0 },
            {
              name: maxName,
              type: 'number' as const,
              label: text('parks:upTo'),
              min: 0,
              validate: upToValidate(name),
            },
          ],
        })),
        { name: 'asOf', type: 'date', label: text('parks:asOf'), admin: dayOnly },
      ],
    },
    {
      name: 'sites',
      type: 'array',
      label: text('parks:sites'),
      labels: { singular: text('parks:site'), plural: text('parks:sites') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kind', type: 'select', label: text('parks:siteKind'), options: siteKinds, required: true },
            { name: 'name', type: 'text', label: text('parks:siteName'), localized: true, required: true },
            {
              name: 'status',
              type: 'select',
              label: text('parks:siteStatus'),
              options: siteStatuses,
              defaultValue: 'available',
              required: true,
            },
          ],
        },
        areaField('area', text('parks:siteArea')),
        {
          type: 'row',
          fields: [
            { name: 'price', type: 'text', label: text('parks:sitePrice'), localized: true },
            { name: 'readyDate', type: 'date', label: text('parks:readyDate'), admin: dayOnly },
          ],
        },
      ],
    },
    {
      name: 'logistics',
      type: 'array',
      label: text('parks:logistics'),
      labels: { singular: text('parks:route'), plural: text('parks:logistics') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'destination',
              type: 'select',
              label: text('parks:destination'),
              options: destinations,
              required: true,
            },
            { name: 'place', type: 'text', label: text('parks:place'), localized: true },
            { name: 'mode', type: 'select', label: text('parks:mode'), options: travelModes, defaultValue: 'road' },
            { name: 'minutes', type: 'number', label: text('parks:minutes'), min: 0, required: true },
            { name: 'km', type: 'number', label: text('parks:km'), min: 0 },
          ],
        },
      ],
    },
    sampleFactsField(['level', 'area', 'costs', 'sites', 'travel', 'location']),
    {
      name: 'dataNote',
      type: 'textarea',
      label: text('parks:dataNote'),
      localized: true,
      admin: { description: text('parks:dataNoteDescription') },
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
    // /parks/compare is a page, not a park.
    ...slugFields('name', {}, ['compare']),
    lastVerifiedField(),
    ...editorialFields,
  ],
}
