import { t, tp } from '../ui/i18n';

/**
 * What the user is told after confirming the removal warning: how many were queued and, for
 * anyone the worker refused (kept meanwhile, already queued), why, so no one silently drops out.
 */
export function queueAddOutcome(result: { added: number; refused: string[] } | undefined): string {
  if (!result) return t('queueAdd_added');
  const added = result.added === 0 ? t('queueAdd_none') : tp('queueAdd_count', result.added);
  if (result.refused.length === 0) return added;
  return t('queueAdd_refused', added, result.refused.join(' '));
}
