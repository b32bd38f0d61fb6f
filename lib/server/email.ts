import type { SendMailOptions, Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

const from = () => ({
  address: process.env.EMAIL_FROM_ADDRESS || 'no-reply@invest-ganzhou.example',
  name: process.env.EMAIL_FROM_NAME || '粤企入赣 Invest Ganzhou',
})

/**
 * Payload's email adapter. With SMTP_HOST set, mail goes out through nodemailer (SMTP_PORT,
 * SMTP_SECURE, SMTP_USER, SMTP_PASS); without it, development writes each email to the server log
 * in full, so a development machine needs no mail server and loses nothing. Production without
 * SMTP_HOST logs only that an email was not sent: a body can carry a password-reset link or
 * someone's personal details, which do not belong in a log.
 */
export function emailAdapter(): EmailAdapter {
  const host = process.env.SMTP_HOST?.trim()
  const { address, name } = from()
  if (!host) {
    return ({ payload }) => ({
      name: 'log',
      defaultFromAddress: address,
      defaultFromName: name,
      sendEmail: async (message: SendEmailOptions) => {
        if (process.env.NODE_ENV === 'production') {
          payload.logger.warn({
            msg: `Email NOT sent (no SMTP_HOST set; its text is not logged in production): ${message.subject}`,
          })
          return
        }
        payload.logger.info({
          msg: `Email (no SMTP_HOST set, logged only) to ${String(message.to)}: ${message.subject}`,
        })
        payload.logger.info(String(message.text ?? message.html ?? ''))
      },
    })
  }
  // nodemailer is loaded when the first email goes out, not with the config.
  let transport: Promise<Transporter> | undefined
  const connect = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        host,
        port: Number(process.env.SMTP_PORT || 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      }),
    ))
  return () => ({
    name: 'smtp',
    defaultFromAddress: address,
    defaultFromName: name,
    sendEmail: async (message: SendEmailOptions) =>
      (await connect()).sendMail({ from: { address, name }, ...message } as SendMailOptions),
  })
}
