/** One list of a finder result: its heading, and each line behind a mark in the list's colour. */
function MarkedList({ title, lines, mark, tone }: { title: string; lines: string[]; mark: string; tone: string }) {
  if (lines.length === 0) return null
  return (
    <div>
      <h4 className={`font-medium ${tone}`}>{title}</h4>
      <ul className="mt-1 space-y-1">
        {lines.map((line) => (
          <li key={line} className="flex gap-2 text-slate-800">
            <span aria-hidden="true" className={tone}>
              {mark}
            </span>
            <span>{line}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** "Why it matches" (ticks) and "still to check" (question marks) of a finder result. */
export function MatchLists({
  why,
  toCheck,
  labels,
}: {
  why: string[]
  toCheck: string[]
  labels: { why: string; toCheck: string }
}) {
  return (
    <div className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
      <MarkedList title={labels.why} lines={why} mark="✓" tone="text-emerald-800" />
      <MarkedList title={labels.toCheck} lines={toCheck} mark="?" tone="text-amber-800" />
    </div>
  )
}
