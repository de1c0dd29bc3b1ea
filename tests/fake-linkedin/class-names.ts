import { createRng } from './random';

/**
 * The current layout's hashed class names, derived from the seed: a different seed is a
 * different deployment, with different class names, as on the live site. A scraper that leans
 * on these names breaks between seeds, which is the point.
 */
export const CLASS_ROLES = [
  'page',
  'nav',
  'main',
  'header',
  'heading',
  'search',
  'searchInput',
  'pane',
  'card',
  'photoLink',
  'photo',
  'ghost',
  'details',
  'nameLine',
  'nameLink',
  'headline',
  'date',
  'actions',
  'messageButton',
  'moreButton',
  'menu',
  'menuItem',
  'dialog',
  'dialogBody',
  'dialogFooter',
  'dismiss',
  'primary',
  'secondary',
  'loadMore',
  'loading',
  'empty',
  'toast',
  'banner',
] as const;

export type ClassRole = (typeof CLASS_ROLES)[number];
export type ClassMap = Record<ClassRole, string>;

export function hashedClassNames(seed: number): ClassMap {
  const rng = createRng((seed * 2654435761) ^ 0x5bd1e995);
  const used = new Set<string>();
  const map = {} as ClassMap;
  for (const role of CLASS_ROLES) {
    let name = '';
    while (name === '' || used.has(name)) {
      name = '_';
      for (let i = 0; i < 8; i++) name += 'abcdefghijklmnopqrstuvwxyz0123456789'[rng.int(0, 35)];
    }
    used.add(name);
    map[role] = name;
  }
  return map;
}
