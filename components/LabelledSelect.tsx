/**
 * A select with its label above it, as the portal's GET forms use it (list filters, the finder, the
 * comparison). `min-w-0`: a long option (a county's full name) must not widen a grid column past a
 * 360 px screen.
 */
export function LabelledSelect({
  id,
  name,
  label,
  value,
  empty,
  options,
  required,
}: {
  id: string
  name: string
  label: string
  value?: string
  /** The first option, with no value: "All", "Any / skip", "Choose …". */
  empty: string
  options: { value: string; label: string }[]
  required?: boolean
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ''}
        required={required}
        className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900"
      >
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
