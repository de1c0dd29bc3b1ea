import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { markPageContext } from '../ui/page-context';
import { App } from './App';
import { database } from '../storage/db';
import { readFirstScreen } from './popup-data';
import { parseReviewTarget } from './review-target';

markPageContext();
const root = document.getElementById('app')!;
const review = parseReviewTarget(location.search);
if (review) {
  // One person: read only what concerns them, not 30,000 connections. The review's code is a
  // chunk of its own, so the everyday popup does not load it.
  void import('./ReviewView').then(({ ReviewView }) => render(<ReviewView target={review} />, root));
} else {
  // Start reading before Preact renders anything: the first rows paint as soon as the small
  // first-screen read lands (use-popup-data.ts then reads the whole list).
  const initial = database().then(readFirstScreen);
  initial.catch(() => undefined); // reported by the App; never an unhandled rejection
  render(<App initial={initial} />, root);
}
