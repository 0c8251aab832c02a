import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { ErrorCode } from '@shared/errors.ts'
import { failureOf, request } from '../../../client/src/shared/api-error.ts'
import { ERROR_WORDS } from '../../../client/src/i18n/sections/errors.ts'

describe('API failures in the reader\'s words', () => {
  it('a refusal reads in Chinese, keeps its code and the server\'s own text as detail', async () => {
    const f = await failureOf(new Response(JSON.stringify({ statusCode: 400, code: ErrorCode.EVENT_IN_FUTURE, message: 'at is in the future' }), { status: 400 }))
    expect(f).toMatchObject({ message: '发生时间不能晚于现在', code: 'YQ_ERR_EVENT_IN_FUTURE', status: 400, detail: 'at is in the future' })
  })

  it('where the server gives its reason in Chinese, the reader gets it after the words', async () => {
    const f = await failureOf(new Response(JSON.stringify({ code: ErrorCode.WEAK_PASSWORD, message: '密码至少需要 10 个字符' }), { status: 400 }))
    expect(f.message).toBe('密码太简单：密码至少需要 10 个字符')
  })

  it('a validation error says so in words and keeps the field names in detail; an unknown code or an HTML page gives the status', async () => {
    const v = await failureOf(new Response(JSON.stringify({ code: 'FST_ERR_VALIDATION', message: 'body/interval_s must be >= 60' }), { status: 400 }))
    expect(v).toMatchObject({ message: '填写的内容不符合要求', detail: 'body/interval_s must be >= 60' })
    const odd = await failureOf(new Response(JSON.stringify({ code: 'SOMETHING_NEW', message: 'x' }), { status: 409 }))
    expect(odd.message).toBe('操作失败（HTTP 409）')
    const html = await failureOf(new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }))
    expect(html).toMatchObject({ message: '操作失败（HTTP 502）', code: undefined, detail: '' })
  })

  it('a server that cannot be reached is not "Failed to fetch" but what it means for the data on screen', async () => {
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as net.AddressInfo
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await expect(request(`http://127.0.0.1:${port}/api/cases`, {})).rejects.toMatchObject({ code: 'NETWORK', status: 0, message: expect.stringContaining('无法连接服务器') })
  })

  it('every error code the server can send has words', () => {
    for (const code of Object.values(ErrorCode)) expect(ERROR_WORDS[code], code).toMatch(/[\u4e00-\u9fff]/)
  })
})
