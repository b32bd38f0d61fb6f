import { both } from './localize'

/**
 * The demo's sector teams: made up (the article names no officers), so each is a sample, which the
 * portal shows on every name in every language; the contacts are placeholders.
 */
export const teams = [
  {
    name: both('电子信息产业招商组', 'Electronics investment team'),
    industries: ['electronics', 'new-energy'],
    officers: [
      {
        name: both('张女士', 'Ms Zhang'),
        title: both('招商专员', 'Investment officer'),
        phone: '0797-0000001',
        email: 'electronics-team@invest-ganzhou.example',
      },
      {
        name: both('李先生', 'Mr Li'),
        title: both('招商专员', 'Investment officer'),
        phone: '0797-0000002',
        email: 'electronics-team@invest-ganzhou.example',
      },
    ],
    sample: true,
  },
  {
    name: both('稀土新材料产业招商组', 'Rare earths & new materials team'),
    industries: ['rare-earths-nonferrous'],
    officers: [
      {
        name: both('王女士', 'Ms Wang'),
        title: both('招商专员', 'Investment officer'),
        phone: '0797-0000003',
        email: 'materials-team@invest-ganzhou.example',
      },
    ],
    sample: true,
  },
]
