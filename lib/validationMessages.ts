import type { PayloadRequest } from 'payload'

/**
 * Our own validation messages, in the language Payload chose for the request (the user's admin
 * language, else Accept-Language, else Chinese), next to Payload's built-in ones.
 */
const messages = {
  endBeforeStart: { zh: '结束时间不能早于开始时间。', en: 'The end must not be before the start.' },
  expiryBeforeEffective: {
    zh: '失效日期不能早于生效日期。',
    en: 'The expiry date must not be before the effective date.',
  },
  invalidSlug: {
    zh: '别名只能包含小写字母、数字和连字符。',
    en: 'The slug may contain only lowercase letters, digits and hyphens.',
  },
  deadlineAfterStart: {
    zh: '报名截止时间不能晚于活动开始时间。',
    en: 'The registration deadline must not be after the event starts.',
  },
  registrationLinkRequired: {
    zh: '外部报名方式需要填写报名链接。',
    en: 'A registration link is required for external registration.',
  },
  fileType: {
    zh: '只能上传图片（PNG、JPEG、WebP、AVIF）或 PDF 文件。',
    en: 'Only images (PNG, JPEG, WebP, AVIF) and PDF files can be uploaded.',
  },
  draftsOnly: {
    zh: '编辑只能保存草稿：发布、撤回发布或直接修改已发布内容需由审核人或管理员完成。',
    en: 'Editors save drafts only: a reviewer or an administrator publishes, unpublishes or changes live content.',
  },
  passwordTooShort: {
    zh: '密码至少需要 10 个字符。',
    en: 'The password must be at least 10 characters long.',
  },
  englishIncomplete: {
    zh: '英文内容不完整（标题、摘要和正文），此类内容不能发布。',
    en: 'The English is incomplete (title, summary and body); this kind of content cannot be published yet.',
  },
  invalidUrl: { zh: '请输入以 http:// 或 https:// 开头的网址。', en: 'Enter a URL starting with http:// or https://.' },
} as const

export type ValidationMessage = keyof typeof messages

export const validationMessage = (req: Pick<PayloadRequest, 'i18n'> | undefined, key: ValidationMessage) =>
  messages[key][req?.i18n?.language === 'en' ? 'en' : 'zh']
