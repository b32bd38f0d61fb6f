import { getTranslations } from 'next-intl/server'

import type { PolicyValidity } from '@/lib/schema/policyValidity'

const styles: Record<PolicyValidity, string> = {
  in_force: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  not_yet: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  expired: 'bg-slate-100 text-slate-700 ring-slate-500/30',
}

export async function ValidityBadge({ validity }: { validity: PolicyValidity | null | undefined }) {
  if (!validity) return null
  const t = await getTranslations('Policies')
  return <span className={`badge ${styles[validity]}`}>{t(validity)}</span>
}
