import { expect, test } from '@playwright/test'

/** What makes the portal look like, and be, an official site: its footer, notices and consent boxes. */
for (const [locale, text] of [
  [
    'zh',
    {
      sponsor: /主办单位：赣州市人民政府（示例）/,
      operator: /承办单位：/,
      siteCode: /网站标识码：3607000000/,
      siteMap: '网站地图',
      privacy: '隐私政策',
      terms: '使用条款',
      accessibility: '无障碍声明',
      privacyHeading: '保存多久',
      privacyLink: /阅读隐私政策/,
      sample: /示例/,
    },
  ],
  [
    'en',
    {
      sponsor: /Sponsor: Ganzhou Municipal People’s Government \(sample\)/,
      operator: /Operated by: /,
      siteCode: /Website ID: 3607000000/,
      siteMap: 'Site map',
      privacy: 'Privacy notice',
      terms: 'Terms of use',
      accessibility: 'Accessibility',
      privacyHeading: 'How long we keep it',
      privacyLink: /Read the privacy notice/,
      sample: /sample/,
    },
  ],
] as const) {
  test(`the footer names sponsor, operator, registration numbers and links the notices (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`)
    const footer = page.locator('footer')
    await expect(footer.getByText(text.sponsor)).toBeVisible()
    await expect(footer.getByText(text.operator)).toBeVisible()
    await expect(footer.getByText(text.siteCode)).toBeVisible()
    // The registration numbers link to the registries that can confirm them, as the rules require.
    await expect(footer.getByRole('link', { name: /ICP备/ })).toHaveAttribute('href', 'https://beian.miit.gov.cn/')
    await expect(footer.getByRole('link', { name: /公网安备/ })).toHaveAttribute('href', /beian\.mps\.gov\.cn/)
    await expect(footer.getByText(text.sample).last()).toBeVisible()

    // The footer is on every page: from one notice to the next through it.
    for (const name of [text.terms, text.accessibility]) {
      await footer.getByRole('link', { name, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        new RegExp(name === 'Accessibility' ? 'Accessibility statement' : name),
      )
    }
    await footer.getByRole('link', { name: text.privacy, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/pages/privacy$`))
    await expect(page.getByRole('heading', { name: text.privacyHeading })).toBeVisible()

    await footer.getByRole('link', { name: text.siteMap }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/site-map$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.siteMap)
    // The site map reaches every section and every fixed page.
    for (const path of ['/parks', '/policies', '/events', '/cases', '/industries', '/news', '/pages/privacy']) {
      await expect(page.locator(`main a[href="/${locale}${path}"]`).first()).toBeVisible()
    }
  })

  test(`every form links the privacy notice next to its consent box (${locale})`, async ({ page }) => {
    for (const path of [
      '/contact',
      '/parks/ganzhou-international-inland-port',
      '/policies/ganzhou-shenzhen-combined-port',
      '/cases/qianxing-technology',
    ]) {
      await page.goto(`/${locale}${path}`)
      const consent = page.getByRole('checkbox', { name: locale === 'zh' ? /我同意/ : /I agree/ })
      await expect(consent, path).toBeVisible()
      // In the same block as the box, before the submit button.
      const block = consent.locator('xpath=ancestor::div[2]')
      const link = block.getByRole('link', { name: text.privacyLink })
      await expect(link, path).toHaveAttribute('href', `/${locale}/pages/privacy`)
    }
  })
}
