/**
 * The fake LinkedIn: a small, faithful stand-in for LinkedIn's Connections page (both layouts)
 * and the pages around it, served at the real URLs through Playwright request routing.
 * See README.md in this folder.
 */
export { FakeLinkedIn } from './fake-linkedin';
export { generatePeople, NEWEST_CONNECTION, MAX_PEOPLE, profileKeyOf } from './people';
export {
  renderStaticCheckpointPage,
  renderStaticConnectionsPage,
  type StaticPageOptions,
} from './static-page';
export { FIXTURE_PEOPLE } from './fixture-people';
export { hashedClassNames } from './class-names';
export { photoKind, photoUrlFor } from './photos';
export type {
  ExtraPerson,
  FakeFaults,
  FakeLinkedInOptions,
  FakePerson,
  Lang,
  Layout,
  RemovalRecord,
  WarningMode,
} from './types';
export {
  dataExportFileName,
  dataExportFiles,
  dataExportZip,
  exportFactsOf,
  type DataExportOptions,
  type ExportFacts,
} from './data-export';
