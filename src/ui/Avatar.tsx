import { initials } from './format';

/**
 * Initials in a circle. Never a photo: LinkedIn's photo URLs are signed, expire within weeks, and
 * loading one would be a request to LinkedIn the user did not ask for.
 */
export function Avatar({ name }: { name: string }) {
  return (
    <span class="avatar" aria-hidden="true">
      {initials(name)}
    </span>
  );
}
