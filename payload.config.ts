// First: stops on a Node.js that cannot load this module graph (Node 20), before anything else loads.
import './lib/server/nodeVersion'

import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isStaffUser } from './access/staff'
import { Cases } from './collections/Cases'
import { Projects } from './collections/Projects'
import { Enquiries } from './collections/Enquiries'
import { Events } from './collections/Events'
import { Industries } from './collections/Industries'
import { EventSeats } from './collections/EventSeats'
import { Redirects } from './collections/Redirects'
import { News } from './collections/News'
import { ReviewRequests } from './collections/ReviewRequests'
import { Teams } from './collections/Teams'
import { Registrations } from './collections/Registrations'
import { anonymiseEnquiriesTask } from './lib/enquiries/retention'
import { overdueEnquiriesTask } from './lib/enquiries/overdue'
import { removeEmptyDraftsTask } from './lib/emptyDrafts'
import { reviewRemindersTask } from './lib/review/reminders'
import { Pages } from './collections/Pages'
import { LoginAttempts } from './collections/LoginAttempts'
import { Media, MEDIA_MAX_BYTES } from './collections/Media'
import { Parks } from './collections/Parks'
import { RateCounters } from './collections/RateCounters'
import { Policies } from './collections/Policies'
import { SearchIndex } from './collections/SearchIndex'
import { Users } from './collections/Users'
import { Home } from './globals/Home'
import { SetupGuide } from './globals/SetupGuide'
import { guardDocumentLocks } from './hooks/ownLocks'
import { portalRevalidateEndpoint } from './hooks/revalidatePortal'
import { validQueries } from './hooks/validQuery'
import { WorkingCalendar } from './globals/WorkingCalendar'
import { SiteSettings } from './globals/SiteSettings'
import { type AdminLanguage, adminMessages, adminText, adminTranslations } from './i18n/admin'
import { defaultLocale, localeNames, locales } from './i18n/locales'
import { emailAdapter } from './lib/server/email'
import { previewPath } from './lib/portal/preview'
import { chooseDatabase, databaseAdapter, onDatabaseReady } from './lib/server/database'
import { formTokenEndpoint } from './lib/forms/adapters'
import { databaseUnavailable } from './lib/server/api/unavailable'
import { healthEndpoints } from './lib/server/health'
import { jobAutorun, shouldRunJobs } from './lib/server/jobRunner'
import { storagePlugins } from './lib/server/storage'
import { spreadsheetPlugin } from './lib/spreadsheets'
import { sections } from './lib/sections'
import { projectRoot } from './lib/server/paths'
import { portalLogger } from './lib/server/logger'
import { payloadSecret } from './lib/server/secret'
import { configuredServerUrl } from './lib/server/serverUrl'

const database = chooseDatabase(process.env.DATABASE_URI)
const serverURL = configuredServerUrl()

export default buildConfig({
  admin: {
    // No Gravatar: the admin must not call out to third-party hosts.
    avatar: 'default',
    user: Users.slug,
    importMap: { baseDir: projectRoot },
    meta: { titleSuffix: ' · 粤企入赣 Invest Ganzhou' },
    components: {
      beforeDashboard: ['@/components/admin/Dashboard#Dashboard'],
    },
    livePreview: {
      // Every public section: its edit screen shows the portal page (lib/sections.ts).
      collections: sections,
      // The portal page in the language being edited, in draft mode (app/next/preview/route.ts).
      url: ({ collectionConfig, data, locale }) =>
        previewPath({ collection: collectionConfig?.slug, slug: data?.slug, locale: locale?.code }),
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 375, height: 667 },
        { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
        { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [
    Parks,
    Policies,
    Events,
    Cases,
    Projects,
    Industries,
    News,
    Pages,
    Enquiries,
    Registrations,
    EventSeats,
    Media,
    Users,
    LoginAttempts,
    RateCounters,
    SearchIndex,
    ReviewRequests,
    Teams,
    Redirects,
  ],
  globals: [Home, SiteSettings, SetupGuide, WorkingCalendar],
  // The GraphQL API stays open for reading published content, but a production server does not
  // describe its whole schema to anyone who asks (an introspection query costs seconds of CPU).
  graphQL: { disableIntrospectionInProduction: true, disablePlaygroundInProduction: true },
  // GET /api/health and /api/health/ready (lib/server/health.ts).
  endpoints: [...healthEndpoints, formTokenEndpoint, portalRevalidateEndpoint],
  // Uploads in an S3-compatible bucket when S3_BUCKET is set.
  plugins: [...storagePlugins(), spreadsheetPlugin(), validQueries],
  db: await databaseAdapter(database),
  editor: lexicalEditor(),
  email: emailAdapter(),
  i18n: {
    fallbackLanguage: defaultLocale,
    supportedLanguages: { zh, en },
    // Our own admin and server text (i18n/admin): labels, validation messages, dashboard, CSV, emails.
    translations: adminTranslations,
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeNames[code] })),
    defaultLocale,
    fallback: true,
  },
  secret: payloadSecret(),
  serverURL,
  // Cookie-authenticated requests are accepted only from the portal's own origin.
  csrf: [serverURL || 'http://localhost:3000'],
  cors: [serverURL || 'http://localhost:3000'],
  jobs: {
    // Scheduled publishing and the retention job, every minute, in exactly one instance
    // (lib/server/jobRunner.ts: the Redis lease; PAYLOAD_JOBS_AUTORUN=false: none).
    autoRun: jobAutorun,
    shouldAutoRun: shouldRunJobs,
    access: { run: ({ req }) => isStaffUser(req.user) },
    // Scheduled publishing is Payload's own task; ours remove personal details past retention and
    // remind reviewers of drafts waiting longer than a working day (lib/review/reminders.ts), and
    // mark overdue enquiries and mail their team leads (lib/enquiries/overdue.ts), and remove the
    // untitled drafts autosave leaves behind (lib/emptyDrafts.ts).
    tasks: [anonymiseEnquiriesTask, reviewRemindersTask, overdueEnquiriesTask, removeEmptyDraftsTask],
  },
  sharp,
  typescript: { outputFile: path.join(projectRoot, 'payload-types.ts') },
  upload: {
    abortOnLimit: true,
    limits: { fileSize: MEDIA_MAX_BYTES },
    // A fixed answer (Payload gives this option no request to choose a language from): both languages.
    responseOnLimit: (Object.keys(adminMessages) as AdminLanguage[])
      .map((language) => adminText(language, 'validation:fileTooLarge', { mb: MEDIA_MAX_BYTES / 1024 / 1024 }))
      .join(' '),
  },
  // The database out of reach: 503 with Retry-After, not a 500 (lib/server/api/unavailable.ts).
  hooks: { afterError: [databaseUnavailable] },
  // Refusals and a client's mistakes are the rules working: one info line, no stack (lib/server/logger.ts).
  logger: portalLogger,
  onInit: async (payload) => {
    guardDocumentLocks(payload)
    await onDatabaseReady(payload)
  },
})
