import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProfileKey } from '../core/connection';
import {
  buildRemovalWarning,
  HOW_TO_FIND_OUT,
  type PersonRemovalWarning,
  type RemovalWarning,
} from '../core/removal-warning';
import { database } from '../storage/db';
import { Button } from './Button';
import { t, tp } from './i18n';
import { Modal } from './Modal';
import { readFacts } from '../storage/people';

/**
 * The removal warning, shown before anyone enters the queue (core/removal-warning.ts decides
 * what it says). First what removing does to anyone, then per person what is known to be lost.
 * Everyone with known endorsements or recommendations needs their own tick: the Confirm button
 * stays disabled until each is ticked, and nothing ticks them in one go. People of whom nothing is
 * known are said to be unknown; past a handful they are listed together under one explanation
 * rather than one identical paragraph each.
 */
export interface PersonToWarnAbout {
  profileKey: ProfileKey;
  profileUrl: string;
  name: string;
  headline?: string;
}

interface RemovalWarningDialogProps {
  people: readonly PersonToWarnAbout[];
  /** True while the queue/add message is on its way. */
  busy: boolean;
  /** `confirmedOnTheirOwn`: those ticked one by one (the worker checks them again). */
  onConfirm: (reason: string, confirmedOnTheirOwn: ProfileKey[]) => void;
  onCancel: () => void;
}

export function RemovalWarningDialog({ people, busy, onConfirm, onCancel }: RemovalWarningDialogProps) {
  const [warning, setWarning] = useState<RemovalWarning | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<ProfileKey>>(new Set());
  const defaultReason = t('warning_defaultReason');
  const [reason, setReason] = useState(defaultReason);

  useEffect(() => {
    let live = true;
    database()
      .then((db) =>
        readFacts(
          db,
          people.map((p) => p.profileKey),
        ),
      )
      .then(
        (facts) =>
          live &&
          setWarning(
            buildRemovalWarning(
              people.map((p) => ({
                profileKey: p.profileKey,
                name: p.name.trim() || p.profileKey,
                facts: facts.get(p.profileKey) ?? null,
              })),
            ),
          ),
        (error) => live && setLoadError(t('warning_loadError', (error as Error)?.message ?? String(error))),
      );
    return () => {
      live = false;
    };
  }, [people]);

  const groups = useMemo(() => (warning ? groupPeople(warning.people) : null), [warning]);
  const untickedCount = warning?.needsOwnConfirmation.filter((key) => !ticked.has(key)).length ?? 0;
  const canConfirm = warning !== null && untickedCount === 0 && !busy;
  const title =
    people.length === 1
      ? t('warning_titleOne', people[0]!.name || t('warning_thisPerson'))
      : tp('warning_title', people.length);

  function toggle(key: ProfileKey) {
    setTicked((old) => {
      const next = new Set(old);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  return (
    <Modal
      title={title}
      titleId="removal-warning-title"
      testId="removal-warning"
      onCancel={onCancel}
      actions={
        <>
          {untickedCount > 0 && (
            <span class="muted confirm-hint" id="confirm-hint">
              {t('warning_tickHint', untickedCount)}
            </span>
          )}
          <Button onClick={onCancel}>{t('warning_cancel')}</Button>
          <Button
            variant="danger"
            disabled={!canConfirm}
            aria-describedby={untickedCount > 0 ? 'confirm-hint' : undefined}
            onClick={() => onConfirm(reason.trim() || defaultReason, [...ticked])}
          >
            {people.length === 1 ? t('warning_confirmOne') : t('warning_confirmMany', people.length)}
          </Button>
        </>
      }
    >
      {loadError && (
        <p class="notice notice-danger" role="alert">
          {loadError}
        </p>
      )}
      {!warning && !loadError && <p class="muted">{t('warning_checking')}</p>}
      {warning && groups && (
        <>
          <ul class="warning-general" aria-label={t('warning_general')}>
            {warning.consequences.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <ul class="warning-people" aria-label={t('warning_people')}>
            {groups.individual.map((person) => (
              <PersonWarning
                key={person.profileKey}
                person={person}
                ticked={ticked.has(person.profileKey)}
                onToggle={toggle}
              />
            ))}
            {groups.nothingKnown.length > 0 && (
              <li class="warning-person" data-testid="nothing-known">
                <strong>{tp('warning_nothingKnown', groups.nothingKnown.length)}</strong>
                <p class="muted warning-unknown">
                  {t('warning_notKnown')} {HOW_TO_FIND_OUT}
                </p>
                <p class="warning-names">{groups.nothingKnown.map((p) => p.name).join(', ')}</p>
              </li>
            )}
          </ul>
          <label class="reason-field">
            <span>{t('warning_reason')}</span>
            <input
              type="text"
              value={reason}
              maxLength={500}
              onInput={(event) => setReason((event.target as HTMLInputElement).value)}
            />
          </label>
        </>
      )}
    </Modal>
  );
}

function PersonWarning({
  person,
  ticked,
  onToggle,
}: {
  person: PersonRemovalWarning;
  ticked: boolean;
  onToggle: (key: ProfileKey) => void;
}) {
  return (
    <li
      class={`warning-person${person.needsOwnConfirmation ? ' needs-tick' : ''}`}
      data-profile-key={person.profileKey}
    >
      <strong>{person.name}</strong>
      {person.lines.length > 0 ? (
        <ul class="warning-lines">
          {person.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p class="muted warning-unknown">{t('warning_nothingBetween')}</p>
      )}
      {person.needsOwnConfirmation && (
        <label class="own-confirm">
          <input type="checkbox" checked={ticked} onChange={() => onToggle(person.profileKey)} />
          <span>{t('warning_ownConfirm', person.name)}</span>
        </label>
      )}
    </li>
  );
}

/** Up to this many people of whom nothing is known are shown one by one; more go in one group. */
const NOTHING_KNOWN_SHOWN_ALONE = 5;

/**
 * People needing their own tick first (they need action), then those with something known, then
 * those of whom nothing is known (grouped when there are many).
 */
function groupPeople(people: readonly PersonRemovalWarning[]) {
  const mustTick = people.filter((p) => p.needsOwnConfirmation);
  const someKnown = people.filter((p) => !p.needsOwnConfirmation && p.factsKnown !== 'none');
  const none = people.filter((p) => !p.needsOwnConfirmation && p.factsKnown === 'none');
  const groupNone = none.length > NOTHING_KNOWN_SHOWN_ALONE;
  return {
    individual: [...mustTick, ...someKnown, ...(groupNone ? [] : none)],
    nothingKnown: groupNone ? none : [],
  };
}
