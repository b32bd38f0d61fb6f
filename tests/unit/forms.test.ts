import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkEnquiry } from '@/lib/enquiries/fields'
import { checkText, isEmail, isPhone, readForm } from '@/lib/forms/check'
import { ENQUIRY_MAX, REGISTRATION_MAX } from '@/lib/forms/constants'
import { checkRegistration } from '@/lib/registrations/fields'

const root = path.resolve(import.meta.dirname, '../..')

describe('the public forms’ shared checks', () => {
  it('keeps what the browser loads free of imports (no catalogue or server module rides along)', () => {
    const source = readFileSync(path.join(root, 'lib/forms/constants.ts'), 'utf8')
    expect(source).not.toMatch(/^\s*import\s/m)
    expect(source).not.toMatch(/\brequire\(|\bimport\(/)
  })

  it('reads a form as trimmed text, numbers as text, consent as any of the ways a client says yes', () => {
    for (const yes of [true, 'on', 'true', '1', 'yes', ' on ']) {
      expect(readForm({ consent: yes }, ['consent']).consent).toBe(true)
    }
    for (const no of [false, 'off', '', 'no', 0, null, undefined, {}, ['on']]) {
      expect(readForm({ consent: no }, ['consent']).consent).toBe(false)
    }
    expect(readForm({ a: '  x  ', b: 3, c: {}, d: ['y'], e: '   ' }, ['a', 'b', 'c', 'd', 'e']).values).toEqual({
      a: 'x',
      b: '3',
    })
  })

  it('finds a required field empty and a field one character over its limit, for every limit of both forms', () => {
    for (const max of [ENQUIRY_MAX, REGISTRATION_MAX] as Record<string, number>[]) {
      for (const [field, limit] of Object.entries(max)) {
        expect(checkText<string>({ [field]: 'x'.repeat(limit) }, [], max)[field]).toBeUndefined()
        expect(checkText<string>({ [field]: 'x'.repeat(limit + 1) }, [], max)[field]).toEqual({
          key: 'tooLong',
          max: limit,
        })
        expect(checkText({}, [field], max)[field]).toEqual({ key: 'required' })
      }
    }
  })

  it('takes phone numbers of 6 to 20 digits with the usual separators, and addresses that look like one', () => {
    for (let digits = 1; digits <= 25; digits++) {
      const number = '1'.repeat(digits)
      expect(isPhone(number)).toBe(digits >= 6 && digits <= 20)
      // +86 adds two digits.
      expect(isPhone(`+86 (${number.slice(0, 3)}) ${number.slice(3)}`)).toBe(digits + 2 >= 6 && digits + 2 <= 20)
    }
    for (const bad of ['12345a678', '１２３４５６７', '123<45678']) expect(isPhone(bad)).toBe(false)
    for (const good of ['a@b.cn', 'li.wei+gz@example.com.hk']) expect(isEmail(good)).toBe(true)
    for (const bad of ['a@b', 'a b@c.cn', '<a@b.cn>', '@b.cn', 'a@.cn', 'a"@b.cn']) expect(isEmail(bad)).toBe(false)
  })

  it('checks the contact fields the same way in both forms', () => {
    for (const [phone, email] of [
      ['12', 'x@y.cn'],
      ['+86 797 1234567', 'not-an-address'],
    ]) {
      const enquiry = checkEnquiry({ company: 'A', contactName: 'B', phone, email, consent: 'on' }).errors
      const registration = checkRegistration({ name: 'B', company: 'A', phone, email, consent: 'on' }).errors
      expect(enquiry.phone).toEqual(registration.phone)
      expect(enquiry.email).toEqual(registration.email)
    }
  })
})
