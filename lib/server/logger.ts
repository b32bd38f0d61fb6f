import { defaultLoggerOptions } from 'payload'

type Failure = { status?: unknown; message?: unknown; originalError?: { status?: unknown } }
type Logged = { err?: Failure }

/**
 * Payload's logger (pretty, as its default), with one rule: an error that Payload logs but that is
 * a refusal or a client's mistake (an error object carrying a status below 500: 400, 401, 403, 404,
 * 413, 429 …) is one info line without a stack. Real faults stay at error with their stack. (Payload's
 * own `loggingLevels` matches error class names, which the production build minifies.)
 */
export const portalLogger = {
  destination: defaultLoggerOptions,
  options: {
    hooks: {
      logMethod(
        this: { info: (message: string) => void },
        args: unknown[],
        method: (...args: unknown[]) => void,
        level: number,
      ) {
        const error = (args[0] as Logged | undefined)?.err
        // GraphQL wraps the error it logs; the status is on the original.
        const status = Number(error?.status ?? error?.originalError?.status)
        if (level >= 50 && Number.isInteger(status) && status >= 400 && status < 500) {
          return this.info(`${status} ${String(error?.message ?? '')}`.trim())
        }
        return method.apply(this, args)
      },
    },
  },
}
