/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import React from 'react'

import { actionEntered, actionRefused } from '@/lib/server/actions.mjs'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = {
  children: React.ReactNode
}

// One change to Payload's generated file: the action says when it starts and when its arguments were
// the client's mistake, so the production server answers a forged request with 400, not 500
// (lib/server/actions.mjs).
const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  actionEntered()
  if (typeof args !== 'object' || args === null || typeof args.name !== 'string') {
    actionRefused()
    throw new Error('A server function needs a name.')
  }
  try {
    return await handleServerFunctions({
      ...args,
      config,
      importMap,
    })
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Unknown Server Function')) actionRefused()
    throw error
  }
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
