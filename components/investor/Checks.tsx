/** "Why it matches" (ticks) and "still to check" (question marks) lists of a finder result. */
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
      {why.length > 0 && (
        <div>
          <h4 className="font-medium text-emerald-800">{labels.why}</h4>
          <ul className="mt-1 space-y-1">
            {why.map((line) => (
              <li key={line} className="flex gap-2 text-slate-800">
                <span aria-hidden="true" className="text-emerald-700">
                  ✓
                </span>
                <span>{line}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {toCheck.length > 0 && (
        <div>
          <h4 className="font-medium text-amber-800">{labels.toCheck}</h4>
          <ul className="mt-1 space-y-1">
            {toCheck.map((line) => (
              <li key={line} className="flex gap-2 text-slate-800">
                <span aria-hidden="true" className="text-amber-700">
                  ?
                </span>
                <span>{line}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
