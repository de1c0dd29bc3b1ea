import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { markPageContext } from '../ui/page-context';
import { App } from './App';
import { database } from '../storage/db';
import { readFirstScreen } from './popup-data';
import { parseReviewTarget } from './review-target';
import { startPageInLanguage } from '../ui/page-language';

markPageContext();
const root = document.getElementById('app')!;
// The words' language comes from one small record; the first-screen read starts alongside it.
const language = startPageInLanguage('title_popup');
if (new URLSearchParams(location.search).has('review')) {
  // One person: read only what concerns them, not 30,000 connections. The review's code is a
  // chunk of its own, so the everyday popup does not load it. (Parsed once the language is known:
  // a link that names no profile is said so in words.)
  void language.then(async () => {
    const review = parseReviewTarget(location.search)!;
    const { ReviewView } = await import('./ReviewView');
    render(<ReviewView target={review} />, root);
  });
} else {
  // Start reading before Preact renders anything: the first rows paint as soon as the small
  // first-screen read lands (use-popup-data.ts then reads the whole list).
  const initial = database().then(readFirstScreen);
  initial.catch(() => undefined); // reported by the App; never an unhandled rejection
  void language.then(() => render(<App initial={initial} />, root));
}
