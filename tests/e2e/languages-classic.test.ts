import { languageMatrix } from './languages-matrix';

/** Issue 14: LinkedIn in every language of the fake, classic layout (tests/e2e/languages-matrix.ts). */
languageMatrix('classic');
