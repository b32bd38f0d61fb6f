import { getTranslations } from 'next-intl/server'

import { previewUser } from '@/lib/portal/data'

import { LivePreviewRefresh } from './LivePreviewRefresh.client'

/** In draft mode only: a banner saying so, with a way out, and the live-preview refresher. */
export async function DraftPreview({ path }: { path: string }) {
  if (!(await previewUser())) return null
  const t = await getTranslations('Preview')
  return (
    <div role="status" className="bg-amber-100 text-amber-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
        <span>{t('banner')}</span>
        <a className="font-semibold underline" href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>
          {t('exit')}
        </a>
      </div>
      <LivePreviewRefresh />
    </div>
  )
}
