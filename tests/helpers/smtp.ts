import { once } from 'node:events'

import { type Attachment, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { to: string[]; subject: string; text: string; attachments: Attachment[] }

/**
 * A real SMTP server on SMTP_PORT (the port the app's email adapter sends to in the tests), keeping
 * each message (in `mails`) as a mail client would read it: headers and body decoded, attachments apart.
 */
export async function startSmtp(mails: ReceivedMail[] = []) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            attachments: mail.attachments,
          })
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  server.listen(Number(process.env.SMTP_PORT), '127.0.0.1')
  await once(server.server, 'listening')
  return { mails, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
