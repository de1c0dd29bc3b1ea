import { useState } from 'preact/hooks';
import { removeOrUnfollow } from '../core/removal-warning';

/**
 * Remove or unfollow? The two side by side (from core/removal-warning.ts), and, for someone who
 * only wants the posts gone, how to unfollow without opening the person's profile: a visit can
 * show up in their "Who viewed your profile".
 */
export function RemoveOrUnfollow({ name }: { name: string }) {
  const table = removeOrUnfollow();
  const [postsOnly, setPostsOnly] = useState(false);
  const who = name.trim() || 'them';
  return (
    <section
      class="remove-or-unfollow"
      aria-labelledby="remove-or-unfollow-title"
      data-testid="remove-or-unfollow"
    >
      <h3 id="remove-or-unfollow-title" class="section-title">
        Remove or unfollow?
      </h3>
      <table class="comparison">
        <thead>
          <tr>
            <td />
            <th scope="col">{table.columns.remove}</th>
            <th scope="col">{table.columns.unfollow}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.question}>
              <th scope="row">{row.question}</th>
              <td>{row.remove}</td>
              <td>{row.unfollow}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="notice notice-warning">
        QuietPrune never opens {who === 'them' ? 'their' : `${who}’s`} profile. If you unfollow from the
        profile page yourself, LinkedIn may show {who === 'them' ? 'them' : who} your visit under “Who viewed
        your profile”.
      </p>
      <button
        type="button"
        class="btn"
        onClick={() => setPostsOnly(!postsOnly)}
        aria-expanded={postsOnly}
        aria-controls="unfollow-steps"
      >
        I only want to stop seeing their posts
      </button>
      {postsOnly && (
        <div
          id="unfollow-steps"
          class="unfollow-steps"
          role="region"
          aria-label="How to unfollow without a profile visit"
        >
          <p>
            <strong>
              To stop seeing {who === 'them' ? 'their' : `${who}’s`} posts without a profile visit:
            </strong>
          </p>
          <ol>
            <li>Find one of their posts in your LinkedIn feed (or one they reacted to).</li>
            <li>Open the post’s “···” menu at its top right.</li>
            <li>
              Choose “Unfollow {who === 'them' ? 'this person' : who}”. You stay connected, and they are not
              told.
            </li>
          </ol>
          <p class="muted">Follow them again at any time from the same menu, or from their profile.</p>
        </div>
      )}
    </section>
  );
}
