import type { GlobalConfig } from 'payload'

import { readContent, writeContent } from '@/access/content'
import { isStaffUser } from '@/access/staff'
import { globalEditorialGuard } from '@/hooks/editorialGuard'
import { revalidateGlobal } from '@/hooks/revalidatePortal'
import { l, options } from '@/lib/labels'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: l('站点设置', 'Site settings'),
  access: { read: readContent, update: writeContent, readVersions: ({ req: { user } }) => isStaffUser(user) },
  versions: { drafts: { autosave: { interval: 2000 } }, max: 50 },
  hooks: { beforeChange: [globalEditorialGuard], afterChange: [revalidateGlobal] },
  admin: { group: l('站点', 'Site') },
  fields: [
    { name: 'siteName', type: 'text', label: l('站点名称', 'Site name'), localized: true, required: true },
    { name: 'tagline', type: 'text', label: l('标语', 'Tagline'), localized: true },
    {
      name: 'contact',
      type: 'group',
      label: l('联系方式', 'Contact'),
      fields: [
        { name: 'organisation', type: 'text', label: l('单位', 'Organisation'), localized: true },
        { name: 'address', type: 'text', label: l('地址', 'Address'), localized: true },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: l('电话', 'Phone') },
            { name: 'email', type: 'email', label: l('邮箱', 'Email') },
          ],
        },
        { name: 'hours', type: 'text', label: l('办公时间', 'Office hours'), localized: true },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: l('页脚链接', 'Footer links'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', label: l('文字', 'Label'), localized: true, required: true },
            { name: 'url', type: 'text', label: l('链接', 'URL'), required: true },
          ],
        },
      ],
    },
    {
      name: 'social',
      type: 'array',
      label: l('社交媒体', 'Social media'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              label: l('平台', 'Platform'),
              required: true,
              options: options({
                wechat: ['微信公众号', 'WeChat'],
                weibo: ['微博', 'Weibo'],
                douyin: ['抖音', 'Douyin'],
                linkedin: ['领英', 'LinkedIn'],
                website: ['网站', 'Website'],
              }),
            },
            { name: 'label', type: 'text', label: l('名称', 'Label'), localized: true },
            { name: 'url', type: 'text', label: l('链接', 'URL') },
          ],
        },
      ],
    },
  ],
}
