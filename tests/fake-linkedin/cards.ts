import { connectedAgoText, connectedOnText } from './labels';
import { photoUrlFor } from './photos';
import { hashString } from './random';
import type { FakePerson, Lang, Layout } from './types';
import type { CardData } from './views';

/** What the server sends for one person's card, in the layout and language of the page. */
export function cardDataFor(
  person: FakePerson,
  index: number,
  layout: Layout,
  lang: Lang,
  now: number,
): CardData {
  return {
    slug: person.slug,
    // The current layout links absolutely, the classic one relatively; both are /in/<slug>/.
    href: layout === 'current' ? person.profileUrl : `/in/${person.slug}/`,
    name: person.name,
    headline: person.headline,
    dateText:
      layout === 'current'
        ? connectedOnText(person.connectedOn, lang)
        : connectedAgoText(person.connectedOn, now, lang),
    photoUrl: photoUrlFor(person.slug),
    cardId: String(hashString(`${person.slug}:card`)),
    index,
  };
}
