import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { text } from '@/i18n/admin'
import { sections } from '@/lib/sections'

/**
 * The portal's search index: one entry per published document and locale, kept up to date by the
 * content collections' hooks (hooks/searchIndex.ts) and read by the search page (lib/portal/search.ts).
 * It holds only what the public may read; nobody writes it but those hooks.
 */
export const SearchIndex: CollectionConfig = {
  slug: 'search-index',
  labels: { singular: text('searchIndex:entry'), plural: text('searchIndex:entries') },
  access: {
    create: () => false,
    delete: () => false,
    read: anyone,
    update: () => false,
  },
  admin: {
    group: text('users:system'),
    defaultColumns: ['title', 'section', 'locale', 'updatedAt'],
    description: text('searchIndex:description'),
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'section',
      type: 'select',
      options: sections.map((value) => ({ value, label: value })),
      index: true,
      required: true,
    },
    { name: 'locale', type: 'text', index: true, required: true },
    { name: 'docId', type: 'text', index: true, required: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    /** Title, the section's search fields and the body, as plain text (for snippets). */
    { name: 'text', type: 'textarea' },
    /** indexTerms() of title and text (lib/search/tokens.ts). */
    { name: 'terms', type: 'textarea' },
  ],
}
