export type PolicyValidity = 'in_force' | 'not_yet' | 'expired'

/** Whether a policy is in force on `at`: derived from its dates, never stored. */
export function policyValidity(
  dates: { effectiveDate?: string | null; expiryDate?: string | null },
  at: Date = new Date(),
): PolicyValidity {
  if (dates.effectiveDate && new Date(dates.effectiveDate) > at) return 'not_yet'
  if (dates.expiryDate && new Date(dates.expiryDate) < at) return 'expired'
  return 'in_force'
}
