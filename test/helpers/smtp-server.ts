import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { onTestFinished } from 'vitest'

/** One message as the loopback SMTP server received it, headers decoded. */
export interface ReceivedMail {
  envelopeFrom: string
  envelopeTo: string[]
  raw: string
  header(name: string): string
  /** The text body, transfer encoding (base64 / quoted-printable) undone, as UTF-8. */
  text: string
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) back to text. */
function decodeWords(value: string): string {
  return value.replace(/\s*=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  )
}

function parseMail(raw: string, envelopeFrom: string, envelopeTo: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const headers = new Map<string, string>()
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':')
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim())
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
        : body
  return { envelopeFrom, envelopeTo, raw, header: (name) => decodeWords(headers.get(name.toLowerCase()) ?? ''), text }
}

export interface SmtpTestServer {
  port: number
  url: string
  received: ReceivedMail[]
}

/**
 * A real SMTP server (the smtp-server package) on 127.0.0.1. `rejectRecipient` answers RCPT TO
 * with 550 for the addresses it matches; `auth` requires AUTH PLAIN/LOGIN with those credentials.
 */
export async function startSmtpServer(opts: { rejectRecipient?: (address: string) => boolean; auth?: { user: string; pass: string } } = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    secure: false,
    disabledCommands: opts.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !opts.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) return callback(null, { user: auth.username })
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
    },
    onRcptTo(address, _session, callback) {
      if (opts.rejectRecipient?.(address.address)) return callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
        received.push(parseMail(Buffer.concat(chunks).toString('latin1'), from, session.envelope.rcptTo.map((r) => r.address)))
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return { port, url: `smtp://127.0.0.1:${port}`, received }
}

/**
 * A hand-written hostile SMTP peer: `silent` accepts the connection and never greets; `midData`
 * speaks SMTP up to DATA, reads a little of the message and drops the connection.
 */
export async function startHostileSmtp(mode: 'silent' | 'midData'): Promise<{ url: string; dataBytes: () => number }> {
  let dataBytes = 0
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => undefined)
    if (mode === 'silent') return
    let inData = false
    socket.write('220 mail.example.gov.cn ESMTP\r\n')
    socket.on('data', (chunk: Buffer) => {
      if (inData) {
        dataBytes += chunk.length
        socket.destroy()
        return
      }
      for (const line of chunk.toString('latin1').split('\r\n').filter(Boolean)) {
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-mail.example.gov.cn\r\n250 8BITMIME\r\n')
        else if (verb === 'MAIL' || verb === 'RCPT') socket.write('250 OK\r\n')
        else if (verb === 'DATA') {
          inData = true
          socket.write('354 End data with <CR><LF>.<CR><LF>\r\n')
        } else if (verb === 'QUIT') socket.end('221 Bye\r\n')
        else socket.write('502 Command not implemented\r\n')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onTestFinished(async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return { url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`, dataBytes: () => dataBytes }
}
