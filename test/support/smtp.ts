import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>` for the server's SMTP_URL. */
  url: string;
  /** Messages accepted, in order (a duplicate Message-ID would appear twice). */
  received: ReceivedMail[];
  /** How many RCPT and DATA commands were refused so far. */
  refusals(): number;
  /** Waits until `test` holds for the received messages (polling; fails after `ms`). */
  waitFor(test: (mails: ReceivedMail[]) => boolean, ms?: number): Promise<ReceivedMail[]>;
  /** Further messages wait this long in DATA before they are accepted (a slow server). */
  slowDown(ms: number): void;
  stop(): Promise<void>;
}

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * A real SMTP server in the test process (smtp-server), reading each message with mailparser.
 * It refuses the first `refuseRcpt` RCPT TO commands with 421 and the first `refuseData` DATA
 * with 451, as a busy or greylisting server does, so the sender's retries are exercised.
 */
export async function startSmtpReceiver(options: { refuseRcpt?: number; refuseData?: number } = {}): Promise<SmtpReceiver> {
  let rcptLeft = options.refuseRcpt ?? 0;
  let dataLeft = options.refuseData ?? 0;
  let refused = 0;
  let delay = 0;
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false, authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, banner: 'Lintas test receiver',
    onRcptTo(_address, _session, callback) {
      if (rcptLeft > 0) {
        rcptLeft--;
        refused++;
        return callback(smtpError(421, 'try again later'));
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (dataLeft > 0) {
          dataLeft--;
          refused++;
          return callback(smtpError(451, 'local problem, try again'));
        }
        void (async () => {
          if (delay) await new Promise((r) => setTimeout(r, delay));
          const mail: ParsedMail = await simpleParser(Buffer.concat(chunks));
          received.push({
            messageId: mail.messageId ?? '',
            to: Array.isArray(mail.to) ? mail.to.map((t) => t.text).join(', ') : mail.to?.text ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            attachments: mail.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content.toString('utf8') })),
          });
          callback();
        })();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
    server.on('error', reject);
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusals: () => refused,
    slowDown: (ms) => { delay = ms; },
    async waitFor(test, ms = 30_000) {
      const deadline = Date.now() + ms;
      while (!test(received)) {
        if (Date.now() > deadline) throw new Error(`mail not received in time; got: ${received.map((m) => `${m.to} ${m.subject}`).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
