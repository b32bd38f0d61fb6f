import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

/**
 * Wraps text that an English page shows in Chinese because no English exists yet: marked
 * `lang="zh-CN"` for screen readers and search engines, with a discreet note.
 */
export async function ChineseOnly({
  active,
  children,
  as = 'div',
}: {
  active: boolean
  children: ReactNode
  as?: 'div' | 'span'
}) {
  if (!active) return <>{children}</>
  const t = await getTranslations('Common')
  const Tag = as
  return (
    <Tag lang="zh-CN">
      {children}{' '}
      <span
        lang="en"
        className="ml-1 inline-block rounded bg-slate-100 px-1.5 py-0.5 align-middle text-xs font-normal text-slate-600"
      >
        {t('chineseOnly')}
      </span>
    </Tag>
  )
}

/**
 * A short value inside a row of a document (a benefit's text) that an English page shows in
 * Chinese because that row has no English: marked `lang="zh-CN"` by its script (Chinese characters
 * and no Latin letter), without the note, which the document's title already carries.
 */
export function InChinese({ text, locale }: { text: string; locale: string }) {
  const chinese = locale === 'en' && /\p{Script=Han}/u.test(text) && !/[A-Za-z]/.test(text)
  return chinese ? <span lang="zh-CN">{text}</span> : <>{text}</>
}
