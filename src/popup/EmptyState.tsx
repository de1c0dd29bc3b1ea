/** What to do when QuietPrune knows no one yet: two ways to get the list in. */
export function EmptyState() {
  return (
    <div class="empty-state" data-testid="empty-state">
      {/* With nobody stored, this is what "first rows painted" waits for (Element Timing: the bench, and use-popup-data.ts). */}
      <h2 elementtiming="first-rows">No connections yet</h2>
      <p>QuietPrune needs your list of connections first. Either:</p>
      <ol>
        <li>
          Press <strong>Open Connections page</strong> above (LinkedIn’s list of your connections opens in a
          tab), then press <strong>Sync</strong>. QuietPrune scrolls the list at a person’s pace and reads it.
        </li>
        <li>
          Or import your LinkedIn data export (the “Get a copy of your data” zip) in{' '}
          <button type="button" class="link-button" onClick={() => void chrome.runtime.openOptionsPage()}>
            Options
          </button>
          . It also tells QuietPrune about endorsements, recommendations and messages.
        </li>
      </ol>
    </div>
  );
}
