import { APIError } from 'payload'

/**
 * A refusal of something the client may not do (403) or not now (429), with a localized message
 * that reaches the client. Logged at info without a stack (lib/server/logger.ts): refusals are
 * the rules working, not faults.
 */
export class Refusal extends APIError {
  constructor(message: string, status: 403 | 429) {
    super(message, status, null, true)
    this.name = 'Refusal'
  }
}
