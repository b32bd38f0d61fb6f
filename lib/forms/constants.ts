/**
 * What the browser needs to know about the public forms (enquiry, event registration). This module
 * imports nothing, so a client chunk that reads it carries these lines and no more.
 */

/** The forms' honeypot: hidden from people, filled in by bots. */
export const HONEYPOT_FIELD = 'website_url'

/** Where a form fetches a fresh signed "form shown at" time when it appears (lib/forms/token.ts). */
export const FORM_TOKEN_PATH = '/api/form-token'

/** Most characters each text field of the enquiry form takes (the database stores them as text). */
export const ENQUIRY_MAX = {
  company: 200,
  contactName: 100,
  phone: 40,
  email: 254,
  origin: 100,
  message: 2000,
} as const

/**
 * The enquiry form's field names, in the order they are shown (and errors are listed). `category`
 * is an aftercare request's problem (only on the aftercare form, where it is required).
 */
export const ENQUIRY_FIELDS = [
  'company',
  'contactName',
  'phone',
  'email',
  'category',
  'origin',
  'industry',
  'investment',
  'premises',
  'message',
  'preferredLanguage',
  'consent',
] as const
export type EnquiryField = (typeof ENQUIRY_FIELDS)[number]

/** Most characters of each registration text field; the most people one registration brings. */
export const REGISTRATION_MAX = { name: 100, company: 200, jobTitle: 100, phone: 40, email: 254 } as const
export const MAX_ATTENDEES = 10

/** The registration form's fields in the order shown (and errors listed). */
export const REGISTRATION_FIELDS = [
  'name',
  'company',
  'jobTitle',
  'phone',
  'email',
  'attendees',
  'language',
  'consent',
] as const
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number]
