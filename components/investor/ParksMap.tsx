import { getTranslations } from 'next-intl/server'

import { htmlLang, type Locale } from '@/i18n/locales'
import { fitView, MAP, onMap, placeLabel, project, tilesFor } from '@/lib/portal/map'
import { counties, optionLabel } from '@/lib/schema/options'
import { documentPath } from '@/lib/sections'

import { MapViewport } from './MapViewport.client'

export type MapPark = {
  slug: string
  name: string
  lat?: number | null
  lng?: number | null
  /** Its position is a sample (`sampleFacts`: location): drawn, and said to be approximate. */
  approximate?: boolean
}

/** The county outlines as a file of their own (public/, written by scripts/make-map-svg.mjs). */
const COUNTIES_SVG = '/map/ganzhou-counties.svg'

/**
 * Parks on an outline map of Ganzhou's counties: server-rendered SVG from data in the repo, so it
 * shows where foreign map hosts are blocked and without JavaScript. Each marker is a numbered link
 * (keyboard: Tab; screen readers: its name), and the numbered list under the map says the same in
 * text. With MAP_TILE_URL (a `{z}/{x}/{y}` template of a provider such as Tianditu or AMap, key
 * included) its tiles are drawn under the outlines.
 */
export async function ParksMap({
  locale,
  parks,
  current,
  id = 'parks-map',
}: {
  locale: Locale
  parks: MapPark[]
  /** The park whose page this is: drawn larger, the view centred on it. */
  current?: string
  id?: string
}) {
  const t = await getTranslations('Map')
  const placed = parks.flatMap((park) => {
    if (park.lat == null || park.lng == null) return []
    const point = project(park.lat, park.lng)
    return onMap(point) ? [{ park, point }] : []
  })
  const approximate = placed.filter((m) => m.park.approximate).map((m) => m.park.name)
  const markerName = (park: MapPark) => (park.approximate ? t('approximateMarker', { name: park.name }) : park.name)
  const missing = parks.filter((p) => p.lat == null || p.lng == null).map((p) => p.name)
  const outside = parks
    .filter((p) => p.lat != null && p.lng != null && !placed.some((m) => m.park === p))
    .map((p) => p.name)
  const focus = placed.filter((m) => m.park.slug === current)
  const fit = () => fitView((focus.length ? focus : placed).map((m) => m.point))
  // Parks at (nearly) the same place, such as a park inside a development zone: side by side; then
  // the view is fitted again to where the markers are drawn, so none is cut at an edge.
  const spacing = (fit().width / 100) * 6.8
  placed.forEach((marker, i) => {
    while (
      placed
        .slice(0, i)
        .some((other) => Math.hypot(other.point[0] - marker.point[0], other.point[1] - marker.point[1]) < spacing)
    ) {
      marker.point = [marker.point[0] + spacing, marker.point[1]]
    }
  })
  const view = fit()
  const unit = view.width / 100
  const radius = (slug: string) => unit * (slug === current ? 4 : 3.2)
  // A county's name moves off any marker that would cover part of it (drawn size and its white ring).
  const discs = placed.map(({ park, point }) => ({ x: point[0], y: point[1], r: radius(park.slug) + unit * 0.6 }))
  const labels = MAP.counties.map((c) => {
    const name = optionLabel(counties, c.county, locale)
    return { ...c, name, label: placeLabel(c.label, name, unit * 3, discs) }
  })
  const template = process.env.MAP_TILE_URL
  const tiles = template ? tilesFor(view, template) : []
  const list = new Intl.ListFormat(htmlLang[locale], { type: 'conjunction' })

  return (
    <figure aria-labelledby={`${id}-title`} className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {t('title')}
      </h2>
      <p id={`${id}-description`} className="sr-only">
        {t('description', { count: placed.length })}
      </p>
      <MapViewport
        initial={view}
        labelledBy={`${id}-title`}
        describedBy={`${id}-description`}
        strings={{ zoomIn: t('zoomIn'), zoomOut: t('zoomOut'), reset: t('reset'), keys: t('keys') }}
      >
        {tiles.map((tile) => (
          <image key={tile.href} href={tile.href} x={tile.x} y={tile.y} width={tile.size} height={tile.size} />
        ))}
        <g aria-hidden="true">
          {/* The outlines: one static file (scripts/make-map-svg.mjs), drawn over tiles when there are some. */}
          {tiles.length ? (
            MAP.counties.map((c) => (
              <path
                key={c.county}
                d={c.path}
                className="fill-none stroke-slate-600"
                strokeWidth={unit * 0.25}
                strokeLinejoin="round"
              />
            ))
          ) : (
            <image href={COUNTIES_SVG} x={0} y={0} width={MAP.width} height={MAP.height} />
          )}
          {labels.map((c) => (
            <text
              key={c.county}
              x={c.label[0]}
              y={c.label[1]}
              textAnchor="middle"
              className="fill-slate-500 stroke-white"
              strokeWidth={unit * 0.5}
              paintOrder="stroke"
              fontSize={unit * 3}
            >
              {c.name}
            </text>
          ))}
        </g>
        {placed.map(({ park, point: [x, y] }, i) => {
          const big = park.slug === current
          const r = radius(park.slug)
          return (
            <a
              key={park.slug}
              href={`/${locale}${documentPath('parks', park.slug)}`}
              aria-label={markerName(park)}
              className="group"
            >
              <title>{markerName(park)}</title>
              {/* 2.4 times the drawn size to tap: 44 px and more at a phone’s width (WCAG 2.5.5). */}
              <circle cx={x} cy={y} r={r * 2.4} className="fill-transparent" />
              <circle
                cx={x}
                cy={y}
                r={r}
                className={`${big ? 'fill-amber-600' : 'fill-brand-700'} group-hover:fill-brand-900 stroke-white group-focus-visible:stroke-amber-400`}
                strokeWidth={unit * 0.6}
              />
              <text
                x={x}
                y={y}
                dy="0.35em"
                textAnchor="middle"
                className="pointer-events-none fill-white font-semibold"
                fontSize={r * 1.1}
                aria-hidden="true"
              >
                {i + 1}
              </text>
            </a>
          )
        })}
      </MapViewport>
      <figcaption className="mt-3 text-sm text-slate-700">
        <ol className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {placed.map(({ park }, i) => (
            <li key={park.slug} className="flex gap-2">
              <span aria-hidden="true" className="font-semibold text-slate-900">
                {i + 1}.
              </span>
              <a href={`/${locale}${documentPath('parks', park.slug)}`} className="text-brand-700 underline">
                {park.name}
              </a>
            </li>
          ))}
        </ol>
        {approximate.length > 0 && (
          <p className="mt-2">
            {approximate.length === placed.length
              ? t('allApproximate')
              : t('approximate', { list: list.format(approximate) })}
          </p>
        )}
        {outside.length > 0 && <p className="mt-2">{t('outside', { list: list.format(outside) })}</p>}
        {missing.length > 0 && <p className="mt-2">{t('noLocation', { list: list.format(missing) })}</p>}
        <p className="mt-2 text-xs text-slate-500">
          {t('source')}
          {template && process.env.MAP_TILE_ATTRIBUTION ? ` ${process.env.MAP_TILE_ATTRIBUTION}` : ''}
        </p>
      </figcaption>
    </figure>
  )
}
