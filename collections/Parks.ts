import type { CollectionConfig } from 'payload'

import { areaField } from '@/fields/area'
import { figuresField } from '@/fields/figures'
import { lastVerifiedField } from '@/fields/lastVerified'
import { slugField } from '@/fields/slug'
import { l } from '@/lib/labels'
import { counties, parkLevels } from '@/lib/options'

import { contentAdminComponents, contentDefaults, editorialFields } from './shared'

export const Parks: CollectionConfig = {
  slug: 'parks',
  ...contentDefaults,
  labels: { singular: l('产业园区', 'Industrial park'), plural: l('产业园区', 'Industrial parks') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'county', 'level', 'lastVerified', 'translationState', '_status'],
    group: l('内容', 'Content'),
    components: contentAdminComponents,
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: l('园区名称', 'Park name'), localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'county', type: 'select', label: l('所在区县', 'County / district'), options: counties, index: true },
        { name: 'level', type: 'select', label: l('园区级别', 'Level'), options: parkLevels, index: true },
      ],
    },
    {
      type: 'row',
      fields: [
        areaField('plannedArea', l('规划面积', 'Planned area')),
        areaField('builtArea', l('建成面积', 'Built area')),
      ],
    },
    {
      name: 'leadIndustries',
      type: 'relationship',
      relationTo: 'industries',
      hasMany: true,
      label: l('主导产业', 'Lead industries'),
    },
    { name: 'summary', type: 'textarea', label: l('摘要', 'Summary'), localized: true },
    { name: 'body', type: 'richText', label: l('详细介绍', 'Description'), localized: true },
    figuresField({ name: 'keyFigures' }),
    {
      name: 'location',
      type: 'group',
      label: l('位置', 'Location'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', label: l('纬度', 'Latitude'), min: -90, max: 90 },
            { name: 'lng', type: 'number', label: l('经度', 'Longitude'), min: -180, max: 180 },
          ],
        },
        { name: 'address', type: 'text', label: l('地址', 'Address'), localized: true },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: l('联系人', 'Contact'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: l('联系人或窗口', 'Person or desk'), localized: true },
            { name: 'phone', type: 'text', label: l('电话', 'Phone') },
            { name: 'email', type: 'email', label: l('邮箱', 'Email') },
          ],
        },
      ],
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: l('主图', 'Hero image') },
    { name: 'gallery', type: 'upload', relationTo: 'media', hasMany: true, label: l('图集', 'Gallery') },
    {
      name: 'relatedPolicies',
      type: 'relationship',
      relationTo: 'policies',
      hasMany: true,
      label: l('相关政策', 'Related policies'),
    },
    slugField('name'),
    lastVerifiedField(),
    ...editorialFields,
  ],
}
