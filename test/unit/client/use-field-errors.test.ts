import { describe, expect, it } from 'vitest'
import { useFieldErrors } from '../../../client/src/shared/composables/useFieldErrors.ts'

/** A form's own placing: a refusal whose detail names `body/url` belongs beside the URL. */
const place = (r: { message: string; detail?: string }) => ({ field: /body\/url/.test(r.detail ?? '') ? ('url' as const) : ('form' as const), text: r.message })

describe('useFieldErrors: the forms wire a refusal beside its field one way', () => {
  it('is busy with the named action while it runs; what it throws goes beside the field it names, and under the form otherwise', async () => {
    const f = useFieldErrors<'url' | 'name', 'test' | 'save'>(place)
    let fail!: (err: unknown) => void
    const running = f.run('test', () => new Promise<void>((_, reject) => (fail = reject)))
    expect(f.busy.value).toBe('test')
    fail(Object.assign(new Error('地址无效'), { code: 'FST_ERR_VALIDATION', detail: 'body/url must match format "uri"' }))
    await running
    expect([f.busy.value, f.errors.value]).toEqual([null, { url: '地址无效' }])

    await f.run('save', () => Promise.reject('not an Error'))
    expect(f.errors.value).toEqual({ url: '地址无效', form: 'not an Error' })
  })

  it('show puts the form\'s own checks in place of what was shown and says whether there were none; clear empties it', () => {
    const f = useFieldErrors<'url' | 'name'>(place)
    f.refuse(new Error('服务器错误'))
    expect(f.show({ name: '请填写名称' })).toBe(false)
    expect(f.errors.value).toEqual({ name: '请填写名称' })
    expect(f.show({})).toBe(true)
    f.refuse(new Error('x'))
    f.clear()
    expect(f.errors.value).toEqual({})
  })
})
