/** An Atom feed (RFC 4287): news, and new or changed policies, per locale. */
export type AtomEntry = {
  id: string
  title: string
  url: string
  updated: string
  published?: string
  summary?: string | null
  category?: string | null
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function atomFeed(feed: {
  id: string
  title: string
  self: string
  page: string
  lang: string
  author: string
  entries: AtomEntry[]
}): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? new Date(0).toISOString()
  const entry = (e: AtomEntry) =>
    [
      '  <entry>',
      `    <id>${escape(e.id)}</id>`,
      `    <title>${escape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>`,
      `    <updated>${new Date(e.updated).toISOString()}</updated>`,
      ...(e.published ? [`    <published>${new Date(e.published).toISOString()}</published>`] : []),
      ...(e.category ? [`    <category term="${escape(e.category)}"/>`] : []),
      ...(e.summary ? [`    <summary>${escape(e.summary)}</summary>`] : []),
      '  </entry>',
    ].join('\n')
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <id>${escape(feed.id)}</id>`,
    `  <title>${escape(feed.title)}</title>`,
    `  <updated>${new Date(updated).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.page)}"/>`,
    `  <author><name>${escape(feed.author)}</name></author>`,
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n')
}
