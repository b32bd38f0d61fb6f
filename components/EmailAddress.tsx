import { Fragment } from 'react'

/**
 * An email address that wraps where a reader expects, at "@" and at dots (a word break opportunity,
 * <wbr>), never inside a word: "investment-promotion@<wbr>ganzhou.<wbr>gov.<wbr>cn".
 */
export function EmailAddress({ address }: { address: string }) {
  const parts = address.split(/(?=[@.])/)
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  )
}
