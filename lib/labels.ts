/** A label in both admin languages: `l('园区名称', 'Park name')`. */
export const l = (zh: string, en: string): Record<string, string> => ({ zh, en })

/** Options of a select field: ASCII values, labels in both languages. */
export const options = <V extends string>(entries: Record<V, readonly [zh: string, en: string]>) =>
  (Object.entries(entries) as [V, readonly [string, string]][]).map(([value, [zh, en]]) => ({
    label: l(zh, en),
    value,
  }))
