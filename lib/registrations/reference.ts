import { randomInt } from 'node:crypto'

/** HD-XXXX-XXXX (活动): random, so that concurrent sign-ups never queue for a number. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const newRegistrationReference = () => {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return `HD-${pick()}-${pick()}`
}
export const REGISTRATION_REFERENCE = /^HD-[2-9A-Z]{4}-[2-9A-Z]{4}$/
