import { describe, expect, it } from 'vitest'
import { useSubmit } from '../../../client/src/features/case/useSubmit.ts'

describe('useSubmit: the case page forms send the same way', () => {
  it('is busy while the call runs, then saved; a failure leaves its words in error and nothing saved; reset clears both', async () => {
    const s = useSubmit()
    let finish!: () => void
    const running = s.run(() => new Promise<void>((resolve) => (finish = resolve)))
    expect([s.busy.value, s.saved.value, s.error.value]).toEqual([true, false, ''])
    finish()
    expect(await running).toBe(true)
    expect([s.busy.value, s.saved.value, s.error.value]).toEqual([false, true, ''])

    s.reset()
    expect(await s.run(() => Promise.reject(new Error('不能退回：本事项的转办已经退回')))).toBe(false)
    expect([s.busy.value, s.saved.value, s.error.value]).toEqual([false, false, '不能退回：本事项的转办已经退回'])
    s.reset()
    expect([s.saved.value, s.error.value]).toEqual([false, ''])
  })

  it('refuses on the page without calling anything', () => {
    const s = useSubmit()
    s.refuse('请填写原因')
    expect([s.busy.value, s.saved.value, s.error.value]).toEqual([false, false, '请填写原因'])
  })

  it('clears the error line when the form writes it empty, as a change of the case shown does', () => {
    const s = useSubmit()
    s.refuse('请选择承办单位')
    s.error.value = ''
    expect(s.error.value).toBe('')
    s.error.value = '请填写原因'
    expect(s.error.value).toBe('请填写原因')
  })
})
