import type { CollectionConfig } from 'payload'

import { dayOnly } from '@/fields/dayOnly'
import { slugFields } from '@/fields/slug'
import { text } from '@/i18n/admin'
import { cooperationModes, counties, landStatuses, projectStages } from '@/lib/schema/options'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

/**
 * Projects seeking investment (招商项目, issue 30): what a county or park offers a firm to invest in,
 * with the money it needs, the way a firm may take part, and how far it has got. Reviewed and
 * published like the other sections; a project past its `validUntil` stays readable but says so.
 */
export const Projects: CollectionConfig = {
  slug: 'projects',
  ...contentDefaults,
  labels: { singular: text('projects:project'), plural: text('projects:projects') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'county', 'industry', 'mode', 'validUntil', 'translationState', '_status'],
    group: text('projects:content'),
    components: contentAdminComponents,
  },
  defaultSort: '-updatedAt',
  fields: [
    { name: 'title', type: 'text', label: text('projects:name'), localized: true, required: true },
    {
      name: 'sample',
      type: 'checkbox',
      label: text('projects:sample'),
      defaultValue: false,
      admin: { position: 'sidebar', description: text('projects:sampleDescription') },
    },
    {
      type: 'row',
      fields: [
        { name: 'industry', type: 'relationship', relationTo: 'industries', label: text('projects:industry') },
        { name: 'county', type: 'select', label: text('projects:county'), options: counties, index: true },
        { name: 'park', type: 'relationship', relationTo: 'parks', label: text('projects:park') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'totalInvestment',
          type: 'number',
          label: text('projects:totalInvestment'),
          min: 0,
          index: true,
          required: true,
        },
        { name: 'investmentSought', type: 'number', label: text('projects:investmentSought'), min: 0 },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'mode',
          type: 'select',
          label: text('projects:mode'),
          options: cooperationModes,
          hasMany: true,
          required: true,
        },
        { name: 'stage', type: 'select', label: text('projects:stage'), options: projectStages, index: true },
        { name: 'landStatus', type: 'select', label: text('projects:landStatus'), options: landStatuses },
      ],
    },
    { name: 'approvals', type: 'textarea', label: text('projects:approvals'), localized: true },
    { name: 'summary', type: 'textarea', label: text('projects:summary'), localized: true },
    { name: 'body', type: 'richText', label: text('projects:description'), localized: true },
    { name: 'team', type: 'relationship', relationTo: 'teams', label: text('projects:team') },
    {
      name: 'validUntil',
      type: 'date',
      label: text('projects:validUntil'),
      index: true,
      admin: { ...dayOnly, description: text('projects:validUntilDescription') },
    },
    ...slugFields('title'),
    ...editorialFields,
  ],
}
