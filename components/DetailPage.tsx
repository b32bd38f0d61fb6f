import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { ChineseOnly } from '@/components/ChineseOnly'
import { DraftPreview } from '@/components/DraftPreview'
import { DetailEnquiry } from '@/components/EnquirySection'
import { DocumentJsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PageHeader } from '@/components/PageHeader'
import { RichTextBlock } from '@/components/RichTextBlock'
import { defaultLocale, htmlLang, type Locale } from '@/i18n/locales'
import type { EnquiryValues } from '@/lib/enquiries/fields'
import type { Media } from '@/payload-types'
import { documentPath, enquirySections, type Section, SECTIONS, sectionPath } from '@/lib/sections'

/**
 * The frame of every document's page: draft-preview banner, structured data of its kind in its
 * language, a header with breadcrumbs whose title and summary (the fields the registry names) are
 * marked when they show the Chinese for want of a translation, the body beside an optional aside, sections after it, and the enquiry
 * form where the registry says a document of the section can be enquired about. The page supplies
 * what is its own.
 */
export async function DetailPage<D extends { slug: string }>({
  section,
  locale,
  doc,
  fallback,
  jsonLd,
  header,
  aside,
  after,
  layout = 'aside',
  enquiry: enquiryForm,
  children,
}: {
  section: Section
  locale: Locale
  doc: D
  /** The fields shown in Chinese because this language has none (`bySlug`'s `fallback`). */
  fallback: ReadonlySet<string>
  /** What the structured data says beyond name, description, address and language. */
  jsonLd?: Record<string, unknown>
  /** Under the title and summary: badges, tags. */
  header?: ReactNode
  aside?: ReactNode
  /** Full-width sections between the body and the enquiry form. */
  after?: ReactNode
  /** Body beside the aside (default), a narrow column of text, or the children as they are. */
  layout?: 'aside' | 'narrow' | 'none'
  /** The enquiry form's own heading and what it starts with (a project's page). */
  enquiry?: { title?: string; prefill?: EnquiryValues }
  children: ReactNode
}) {
  const { titleField, summaryField, messages } = SECTIONS[section]
  const fields = doc as unknown as Record<string, string | null | undefined>
  const name = fields[titleField] ?? ''
  const summary = fields[summaryField]
  const t = await getTranslations(messages)
  const enquiry = enquirySections.find((s) => s === section)
  return (
    <article>
      <DraftPreview path={documentPath(section, doc.slug, locale)} />
      <DocumentJsonLd
        section={section}
        locale={locale}
        slug={doc.slug}
        name={name}
        description={summary}
        extra={jsonLd}
      />
      <PageHeader
        title={
          <ChineseOnly active={fallback.has(titleField)} as="span">
            {name}
          </ChineseOnly>
        }
        intro={summary && <ChineseOnly active={fallback.has(summaryField)}>{summary}</ChineseOnly>}
        crumbs={[
          { href: sectionPath(section), label: t('title') },
          { label: name, lang: fallback.has(titleField) ? htmlLang[defaultLocale] : undefined },
        ]}
      >
        {header}
      </PageHeader>
      {layout === 'aside' && (
        <div className="mx-auto grid max-w-6xl gap-10 px-4 py-8 lg:grid-cols-3">
          {/* Hidden when the document has no picture or text, so the aside starts under the header. */}
          <div className="empty:hidden lg:col-span-2">{children}</div>
          {aside && <aside className="space-y-6">{aside}</aside>}
        </div>
      )}
      {layout === 'narrow' && <div className="mx-auto max-w-3xl px-4 py-8">{children}</div>}
      {layout === 'none' && children}
      {after}
      {enquiry && (
        <DetailEnquiry
          locale={locale}
          path={documentPath(section, doc.slug)}
          subject={`${enquiry}:${doc.slug}`}
          subjectTitle={name}
          subjectLang={fallback.has(titleField) ? htmlLang[defaultLocale] : undefined}
          {...enquiryForm}
        />
      )}
    </article>
  )
}

/**
 * A document's picture at the top of its page and its rich text below, marked when the text is the
 * Chinese shown for want of a translation; `between` goes between the two (a park's key facts).
 */
export function DocumentBody({
  image,
  body,
  chineseOnly,
  between,
}: {
  image?: number | Media | null
  body: unknown
  chineseOnly: boolean
  between?: ReactNode
}) {
  if (!image && !between && !hasContent(body)) return null
  return (
    <>
      <MediaImage
        media={image}
        size="hero"
        priority
        className="h-auto w-full rounded-lg"
        sizes="(min-width: 1024px) 66vw, 100vw"
      />
      {between}
      <div className="mt-8">
        <ChineseOnly active={chineseOnly}>
          <RichTextBlock data={body} />
        </ChineseOnly>
      </div>
    </>
  )
}

/** Whether rich text has anything in it (an editor's emptied field is a root with no children). */
const hasContent = (body: unknown) =>
  Boolean(
    body && typeof body === 'object' && 'root' in body && (body.root as { children?: unknown[] }).children?.length,
  )
