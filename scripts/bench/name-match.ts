import { readExport } from '../../src/data-export';
import { NameMatcher } from '../../src/data-export/name-matcher';
import type { ExportPerson, KnownPerson } from '../../src/data-export/types';

/**
 * Name matching at its worst: `rows` people who all share one name and have no profile URL (a
 * pre-2023 Connections.csv), as many stored people of that name, and one lookup per row with its
 * company (what a recommendation or an old file's row costs). A matcher that scans everyone with a
 * name for each row is quadratic here: 40,000 such rows took 58 s to import.
 *
 * `matchMs`: the product's NameMatcher (src/data-export), built and asked once per row.
 * `readMs`: the whole reader on the same people as files (Connections.csv and
 * Recommendations_Received.csv), parsing included, for context.
 */
export async function sameNameMatch(
  rows: number,
  withReader: boolean,
): Promise<{ matchMs: number; readMs: number | null; ambiguous: number }> {
  const connections: ExportPerson[] = [];
  const known: KnownPerson[] = [];
  for (let i = 0; i < rows; i++) {
    connections.push({
      profileKey: null,
      profileUrl: null,
      firstName: 'John',
      lastName: 'Smith',
      name: 'John Smith',
      email: '',
      company: `${i} Firm`,
      position: '',
      connectedOn: '2021-07-04',
    });
    known.push({ profileKey: `john-smith-${i}`, name: 'John Smith', company: `${i} Firm` });
  }
  const started = performance.now();
  const matcher = new NameMatcher(connections, known);
  let ambiguous = 0;
  for (const person of connections)
    if (matcher.match(person.name, person.company).confidence === 'ambiguous') ambiguous++;
  matcher.keysNamed('John Smith');
  const matchMs = performance.now() - started;
  if (!withReader) return { matchMs, readMs: null, ambiguous };

  const csv = ['First Name,Last Name,Email Address,Company,Position,Connected On'];
  const recommendations = ['First Name,Last Name,Company,Job Title,Text,Creation Date,Status'];
  for (let i = 0; i < rows; i++) {
    csv.push(`John,Smith,,${i} Firm,Engineer,04 Jul 2021`);
    recommendations.push(`John,Smith,${i} Firm,Engineer,"Great to work with.","07/04/21, 10:35 AM",VISIBLE`);
  }
  const files = [
    { name: 'Connections.csv', data: new Blob([csv.join('\n')]) },
    { name: 'Recommendations_Received.csv', data: new Blob([recommendations.join('\n')]) },
  ];
  const readStarted = performance.now();
  await readExport(files, { knownPeople: known });
  return { matchMs, readMs: performance.now() - readStarted, ambiguous };
}
