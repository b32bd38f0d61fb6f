import type { ReactNode } from 'react'

/** A document's key facts as a labelled list; empty values are left out. */
export function FactList({ facts, children }: { facts: [label: string, value: ReactNode][]; children?: ReactNode }) {
  return (
    <dl className="space-y-3 rounded-lg border border-slate-200 p-5 text-sm">
      {facts
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      {children}
    </dl>
  )
}
