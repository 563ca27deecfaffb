import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../../config';

export type Mail = { to: string; subject: string; text: string };
export type Mailer = { send: (mail: Mail) => Promise<void>; close: () => void };

/**
 * An SMTP mailer (nodemailer) from the settings. UTF-8 throughout: the Vietnamese subject is sent as an encoded word
 * and arrives intact (test: sendNotificationEmail.test.ts parses it back).
 */
export function createMailer(smtp: SmtpConfig): Mailer {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({ from: smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
