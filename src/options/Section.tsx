import type { ComponentChildren } from 'preact';

/**
 * One section of the options page, reachable from the page's contents list. Its heading gives the
 * structure; the section is not itself labelled, so a field and its section never share a name
 * ("Daily cap" is the input's label alone).
 */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="options-section" id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="section-intro">{intro}</p>}
      {children}
    </section>
  );
}

/**
 * A section's outcome line. The status region is always in the page (screen readers announce
 * changes to a live region that already exists, not one that appears with its text); an error
 * is an alert, announced at once.
 */
export function Outcome({ status, error }: { status: string | null; error: string | null }) {
  return (
    <>
      <p role="status" class="outcome-status">
        {status ?? ''}
      </p>
      {error && (
        <p role="alert" class="notice notice-danger outcome-error">
          {error}
        </p>
      )}
    </>
  );
}
