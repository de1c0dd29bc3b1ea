import { plural } from '../ui/format';

/**
 * What the user is told after confirming the removal warning: how many were queued and, for
 * anyone the worker refused (kept meanwhile, already queued), why, so no one silently drops out.
 */
export function queueAddOutcome(result: { added: number; refused: string[] } | undefined): string {
  if (!result) return 'Added to the removal queue.';
  const added =
    result.added === 0
      ? 'No one was added to the removal queue.'
      : `${plural(result.added, 'person', 'people')} added to the removal queue.`;
  if (result.refused.length === 0) return added;
  return `${added} Not added: ${result.refused.join(' ')}`;
}
