/** Next data-cache tag of every shared public read (lib/portal/data/); revalidated when content changes. */
export const PORTAL_DATA_TAG = 'portal-data'
