'use client'

import { type PointerEvent, type ReactNode, useRef, useState } from 'react'

import type { ViewBox } from '@/lib/portal/map'

type Strings = { zoomIn: string; zoomOut: string; reset: string; keys: string }

const ZOOM_STEP = 1.5
/** How far in and out a reader may zoom, as multiples of the first view's width. */
const [MIN_SCALE, MAX_SCALE] = [0.25, 4]

/**
 * Zoom and pan for the server-drawn parks map, without a tile host: the outlines and markers are the
 * children, drawn once on the server; only the viewBox moves. Buttons (+, −, all parks), the keyboard
 * on the focused map (arrows move, + and − zoom, 0 shows all) and dragging with a finger or a mouse.
 * Without JavaScript the map is the first view, as before.
 */
export function MapViewport({
  initial,
  strings,
  labelledBy,
  describedBy,
  children,
}: {
  initial: ViewBox
  strings: Strings
  labelledBy: string
  describedBy: string
  children: ReactNode
}) {
  const [view, setView] = useState(initial)
  const svg = useRef<SVGSVGElement>(null)
  const drag = useRef<{ x: number; y: number; view: ViewBox } | null>(null)

  const zoom = (factor: number) =>
    setView((v) => {
      const width = Math.min(initial.width * MAX_SCALE, Math.max(initial.width * MIN_SCALE, v.width / factor))
      const height = (width * initial.height) / initial.width
      return { x: v.x + (v.width - width) / 2, y: v.y + (v.height - height) / 2, width, height }
    })
  const pan = (dx: number, dy: number) => setView((v) => ({ ...v, x: v.x + dx * v.width, y: v.y + dy * v.height }))

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => pan(-0.1, 0),
      ArrowRight: () => pan(0.1, 0),
      ArrowUp: () => pan(0, -0.1),
      ArrowDown: () => pan(0, 0.1),
      '+': () => zoom(ZOOM_STEP),
      '=': () => zoom(ZOOM_STEP),
      '-': () => zoom(1 / ZOOM_STEP),
      '0': () => setView(initial),
    }
    const move = moves[event.key]
    if (!move || event.target !== svg.current) return
    event.preventDefault()
    move()
  }
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    // A press on a marker is a click on its link, not a drag.
    if ((event.target as Element).closest('a')) return
    drag.current = { x: event.clientX, y: event.clientY, view }
    svg.current?.setPointerCapture(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current
    const box = svg.current?.getBoundingClientRect()
    if (!start || !box?.width) return
    const perPixel = start.view.width / box.width
    setView({
      ...start.view,
      x: start.view.x - (event.clientX - start.x) * perPixel,
      y: start.view.y - (event.clientY - start.y) * perPixel,
    })
  }
  const stop = () => {
    drag.current = null
  }
  const button =
    'flex h-11 w-11 items-center justify-center rounded-md border border-slate-300 bg-white text-lg font-semibold text-slate-800 shadow-sm hover:border-brand-700'

  return (
    <div className="relative mt-3">
      <svg
        ref={svg}
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        className="h-auto max-h-[26rem] w-full touch-pan-y select-none"
        role="group"
        tabIndex={0}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown + - 0"
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={stop}
        onPointerCancel={stop}
      >
        <title>{strings.keys}</title>
        <rect x={view.x} y={view.y} width={view.width} height={view.height} className="fill-sky-50" />
        {children}
      </svg>
      <div className="absolute top-2 right-2 flex flex-col gap-1">
        <button type="button" className={button} aria-label={strings.zoomIn} onClick={() => zoom(ZOOM_STEP)}>
          +
        </button>
        <button type="button" className={button} aria-label={strings.zoomOut} onClick={() => zoom(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" className={button} aria-label={strings.reset} onClick={() => setView(initial)}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-none stroke-current stroke-2">
            <path d="M3 8V3h5M17 12v5h-5M3 3l5 5M17 17l-5-5" />
          </svg>
        </button>
      </div>
    </div>
  )
}
