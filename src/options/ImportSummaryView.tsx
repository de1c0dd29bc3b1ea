import type { FileKind, FileSummary } from '../data-export/types';
import { FILE_KIND_LABELS } from '../data-export/file-kinds';
import type {
  GoneFromExport,
  ImportSummary,
  KeptAside,
  TiedByName,
  Unattached,
} from '../storage/import-store';
import { formatCount, plural } from '../ui/format';

/** What an import did: people added and updated, who was kept aside and why, and each file read. */
export function ImportSummaryView({ summary, heading }: { summary: ImportSummary; heading: string }) {
  const used = summary.files.filter((f) => f.kind !== 'ignored');
  const ignored = summary.files.filter((f) => f.kind === 'ignored');
  return (
    <div class="import-summary">
      <h3>{heading}</h3>
      <ul class="summary-lines">
        <li>
          {plural(summary.added, 'new person', 'new people')}, {plural(summary.updated, 'person', 'people')}{' '}
          already known updated
          {summary.matchedByName > 0 &&
            ` (${formatCount(summary.matchedByName)} of them matched by a name only they have)`}
          .
        </li>
        <li>
          Endorsements, recommendations, messages or invitations stored for{' '}
          {plural(summary.facts, 'person', 'people')}.
        </li>
        {summary.exportDate && <li>The export was made on {summary.exportDate}.</li>}
        {(summary.back ?? 0) > 0 && (
          <li>
            {plural(summary.back!, 'person', 'people')} marked gone before {summary.back === 1 ? 'is' : 'are'}{' '}
            listed again, so no longer gone.
          </li>
        )}
        {summary.goneNotChecked && <li>Nobody was marked gone: {summary.goneNotChecked}.</li>}
        {summary.unattachedRows > 0 && !summary.unattached && (
          <li>
            {plural(summary.unattachedRows, 'row')} in other files named someone QuietPrune could not tie to
            one of your connections; those rows were not used.
          </li>
        )}
      </ul>
      {summary.gone && (summary.goneCount ?? summary.gone.length) > 0 && (
        <GoneList
          people={summary.gone}
          total={summary.goneCount ?? summary.gone.length}
          date={summary.exportDate ?? null}
          hidden={summary.hiddenInExport ?? 0}
        />
      )}
      {summary.tiedByName && summary.tiedByName.length > 0 && (
        <TiedByNameList
          people={summary.tiedByName}
          total={summary.tiedByNameRows ?? summary.tiedByName.length}
        />
      )}
      {summary.unattached && summary.unattached.length > 0 && (
        <UnattachedList people={summary.unattached} total={summary.unattachedRows} />
      )}
      {summary.keptAside.length > 0 && <KeptAsideList people={summary.keptAside} />}
      <table class="file-table">
        <caption>Files read</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Contents</th>
            <th scope="col">Rows used</th>
            <th scope="col">Rows left out</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {used.map((file) => (
            <FileRow key={file.file} file={file} />
          ))}
        </tbody>
      </table>
      {ignored.length > 0 && (
        <details>
          <summary>{plural(ignored.length, 'other file')} in the export not used</summary>
          <ul class="plain-list">
            {ignored.map((file) => (
              <li key={file.file}>{file.file}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

const KIND_CONTENTS: Record<FileKind, string> = {
  connections: 'Your connections and when you connected',
  'endorsements-received': 'Endorsements people gave you',
  'endorsements-given': 'Endorsements you gave',
  'recommendations-received': 'Recommendations you received',
  'recommendations-given': 'Recommendations you wrote',
  messages: 'Messages (only counts and dates are kept)',
  invitations: 'Invitations sent and received',
  ignored: 'Not used',
};

function FileRow({ file }: { file: FileSummary }) {
  return (
    <tr>
      <td>{file.file}</td>
      <td>{KIND_CONTENTS[file.kind]}</td>
      <td>{formatCount(file.rows)}</td>
      <td>{formatCount(file.skipped)}</td>
      <td>
        {file.warnings.length === 0 ? (
          <span class="muted">None</span>
        ) : (
          <ul class="plain-list">
            {file.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

const SHOWN_AT_MOST = 200;

/**
 * People this newer export no longer lists: marked gone (still stored, never deleted, the removal
 * log untouched), shown as gone in the popup until a sync or an export lists them again.
 */
function GoneList({
  people,
  total,
  date,
  hidden,
}: {
  people: GoneFromExport[];
  total: number;
  date: string | null;
  hidden: number;
}) {
  return (
    <details class="gone-from-export" open={people.length <= 10}>
      <summary>
        {plural(total, 'person', 'people')} no longer in your connections on {date ?? 'the day of the export'}
        : marked gone
      </summary>
      <p class="muted">
        They are kept, shown as gone in the popup, and not counted as connections. A sync or a later export
        that lists them again brings them back.
        {hidden > 0 &&
          ` The export also had ${plural(hidden, 'hidden profile')} (no name, no link): if someone here is one of them, they are still connected, and a sync will show it.`}
      </p>
      <ul class="plain-list">
        {people.slice(0, SHOWN_AT_MOST).map((p) => (
          <li key={p.profileKey}>{p.name || p.profileKey}</li>
        ))}
        {total > Math.min(people.length, SHOWN_AT_MOST) && (
          <li class="muted">
            and {plural(total - Math.min(people.length, SHOWN_AT_MOST), 'more person', 'more people')}
          </li>
        )}
      </ul>
    </details>
  );
}

const REASONS: Record<KeptAside['reason'], (k: KeptAside) => string> = {
  'no-name': () => 'no name in the export (a hidden or closed profile)',
  'no-match': () => 'nobody with this name is stored yet; sync your connections, then import again',
  'several-matches': (k) => `${k.candidates} people have this name; QuietPrune will not guess which one`,
};

/** People the export named without a profile URL whom QuietPrune could not match safely. */
function KeptAsideList({ people }: { people: KeptAside[] }) {
  const named = people.filter((p) => p.reason !== 'no-name');
  const nameless = people.length - named.length;
  return (
    <details class="kept-aside" open={people.length <= 10}>
      <summary>
        {plural(people.length, 'person', 'people')} from the export kept aside: no profile link, and no single
        stored connection to match
      </summary>
      <ul class="plain-list">
        {named.slice(0, SHOWN_AT_MOST).map((p, i) => (
          <li key={i}>
            <strong>{p.name}</strong>
            {p.company && <span class="muted"> ({p.company})</span>}: {REASONS[p.reason](p)}
          </li>
        ))}
        {named.length > SHOWN_AT_MOST && (
          <li class="muted">and {plural(named.length - SHOWN_AT_MOST, 'more person', 'more people')}</li>
        )}
        {nameless > 0 && (
          <li>
            {plural(nameless, 'row')} with {REASONS['no-name'](people[0]!)}
          </li>
        )}
      </ul>
    </details>
  );
}

const UNATTACHED_REASONS: Record<Unattached['reason'], (u: Unattached) => string> = {
  ambiguous: (u) => `${u.candidates} of your connections have this name; QuietPrune will not guess which one`,
  none: () => 'none of your connections has this name (a former connection, or a name written differently)',
};

const TIE_CONFIDENCE: Record<TiedByName['confidence'], (t: TiedByName) => string> = {
  'name-and-company': (t) =>
    t.candidates > 1
      ? `sure: ${t.candidates} of your connections have this name, and only one works at ${t.company}`
      : `sure: the only connection with this name, and at ${t.company}`,
  'name-only': () => 'less sure: the only connection with this name, but the company does not confirm it',
};

/** Rows tied to a connection by name, each with how sure the tie is, so a wrong one can be spotted. */
function TiedByNameList({ people, total }: { people: TiedByName[]; total: number }) {
  return (
    <NamesFromFilesList
      class="tied-by-name"
      summary={`${plural(total, 'name')} in files without profile links tied to a connection by name`}
      people={people}
      total={total}
      why={(t) => TIE_CONFIDENCE[t.confidence](t)}
    />
  );
}

/**
 * Names in files without profile links (recommendations, older files) that were not tied to anyone,
 * with why: never attached to a person who may be someone else.
 */
function UnattachedList({ people, total }: { people: Unattached[]; total: number }) {
  return (
    <NamesFromFilesList
      class="unattached"
      summary={`${plural(total, 'name')} in other files not tied to any connection, so not used`}
      people={people}
      total={total}
      why={(u) => UNATTACHED_REASONS[u.reason](u)}
    />
  );
}

/** Names read from files without profile links, each with the file it came from and a word on what became of it. */
function NamesFromFilesList<T extends { name: string; company: string; file: FileKind | null }>(props: {
  class: string;
  summary: string;
  people: T[];
  /** How many such rows there were (the summary stores at most UNATTACHED_LISTED of them). */
  total: number;
  why: (row: T) => string;
}) {
  const { people, total, why } = props;
  return (
    <details class={props.class} open={people.length <= 10}>
      <summary>{props.summary}</summary>
      <ul class="plain-list">
        {people.map((row, i) => (
          <li key={i}>
            <strong>{row.name}</strong>
            {row.company && <span class="muted"> ({row.company})</span>}
            {row.file && <span class="muted">, in {FILE_KIND_LABELS[row.file]}</span>}: {why(row)}
          </li>
        ))}
        {total > people.length && <li class="muted">and {plural(total - people.length, 'more name')}</li>}
      </ul>
    </details>
  );
}
