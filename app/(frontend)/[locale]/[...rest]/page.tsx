import { notFound } from 'next/navigation'

import { noPrerender, pageLocale } from '@/lib/portal/pageLocale'

/** Any unknown path under a locale gets the localized 404 (next-intl's catch-all pattern). */
export const generateStaticParams = noPrerender

export default async function CatchAll({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params)
  notFound()
}
