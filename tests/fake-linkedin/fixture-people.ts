import type { FakePerson } from './types';

/**
 * The dozen people of the saved fixture pages, written out by hand so the fixtures do not move
 * when the generator changes. Each one is a case a reader of the page must get right.
 */
export const FIXTURE_PEOPLE: readonly FakePerson[] = [
  person('Jane', 'Roe, PMP', 'janeroe', 'Program Manager at Acme', '2026-10-02'), // credentials after a comma
  person('Alex', 'Kim', 'alex-kim-1a2b3c', 'Software Engineer at Globex', '2026-09-14'), // same name as the next one
  person(
    'Alex',
    'Kim',
    'ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g',
    'Recruiter | Talent Partner',
    '2026-06-29',
  ), // member-id URL
  person('Zoë', 'Müller', 'zo%C3%AB-m%C3%BCller-3b', 'UX Designer at Zürich Partners', '2025-12-01'), // percent-encoded UTF-8 slug
  person('José', 'Ñúñez', 'jos%C3%A9-%C3%B1%C3%BA%C3%B1ez', 'Founder at Banco Ñandú', '2025-03-17'),
  person('Łukasz', 'Żółć', 'lukasz-zolc-28a1b3', 'DevOps Engineer', '2024-08-09'),
  person('محمد', 'العلي', 'mohammed-alali-5123', 'Data Scientist at Initech', '2023-01-31'),
  {
    ...person(
      '小明',
      '王',
      'ACoAAC9fRt2BqW8xYz1KmN4pLs7Vd3Hj6GcUe0a',
      'Product Manager at Hooli',
      '2022-09-07',
    ),
    name: '王小明',
  },
  person('Sam', 'Taylor 🚀', 'samtaylor', '🚀 Growth Hacker · Web3 ✨', '2021-05-04'), // emoji in the name
  person('Ayşe', 'Yılmaz', 'ay%C5%9Fe-y%C4%B1lmaz', 'Yazılım Mühendisi, Trendyol', '2019-05-14'),
  person('Priya', 'Sharma', 'priya-sharma-0b1', 'Connected Cars lead since 12 March 2024', '2017-11-23'), // a headline that looks like a date line
  person('Tomás', 'Gonçalves', 'TomasGoncalves', '', '2015-02-02'), // no headline; capitals in the slug
];

function person(
  firstName: string,
  lastName: string,
  slug: string,
  headline: string,
  connectedOn: string,
): FakePerson {
  return {
    slug,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    headline,
    connectedOn,
  };
}
