import { notFound } from 'next/navigation'

import type { ListPage } from './data'

/** A page past the end of a list (`?page=99` of 3) is not found; an empty list has its one empty page. */
export function pageInRange<T>(list: ListPage<T>): ListPage<T> {
  if (list.page > Math.max(1, list.pages)) notFound()
  return list
}
