import browser from 'webextension-polyfill';
import { createMessageRouter } from './message-router';
import {
  onPageReady,
  onSyncBatch,
  onSyncFinished,
  onTabGone as onSyncTabGone,
  startSync,
  stopSync,
} from './sync-controller';
import { focusOrOpenConnectionsTab, tabIsOnConnectionsPage } from './connections-tab';
import * as session from './session/session-controller';
import * as queue from './queue-commands';
import * as data from './data-commands';
import * as rehearsal from './rehearsal-controller';
import { forgetLearnedLabels, onLabelsLearned } from './learned-labels';
import { registerContextMenu, onContextMenuClick } from './review-menu';
import {
  onReminderAlarm,
  ensureReminderAlarm,
  onNotificationButton,
  onNotificationClick,
  REMINDER_ALARM,
} from './reminder';
import { refreshBadge, BADGE_ALARM } from './badge';
import { listenToNotifications } from './notifications';
import { installTestHooks } from './test-hooks';
import { languageKnown } from './language';
import { database } from '../storage/db';
import { ensureListHead } from '../storage/list-head';

/**
 * QuietPrune's service worker. Chrome stops it whenever it is idle, so it keeps nothing in
 * memory: every listener is registered synchronously at the top level (so a waking event is not
 * lost), every piece of state is read from IndexedDB when needed, and every delay that must
 * outlive the worker is a chrome.alarms alarm.
 */
const route = createMessageRouter(
  {
    'sync/start': (m) => startSync(m.full === true),
    'sync/stop': () => stopSync(),
    'page/open-connections': async () => {
      await focusOrOpenConnectionsTab();
      return { ok: true };
    },
    'queue/add': (m) => queue.addToQueue(m.people, m.reason, m.confirmedOnTheirOwn),
    'queue/remove': (m) => queue.removeFromQueue(m.profileKeys),
    'queue/reorder': (m) => queue.reorderQueue(m.profileKeys),
    'queue/retry': (m) => queue.retryItems(m.profileKeys),
    'queue/clear': (m) => queue.clearQueue(m.which),
    'keep/set': (m) => queue.setKeep(m.people, m.keep),
    'session/start': () => session.startSession(),
    'session/pause': () => session.pauseSession(),
    'session/resume': () => session.resumeSession(),
    'session/stop': () => session.stopSession('popup'),
    'settings/save': (m) => data.saveSettings(m.settings),
    'checklist/set': (m) => data.setChecklist(m.hideConnectionsList),
    'risk/accept': () => data.acceptRisk(),
    'data/delete-all': () => data.deleteAllData(),
    'data/restore': (m) => data.restoreBackup(m.backup),
    'import/done': () => data.importDone(),
    'rehearsal/start': () => rehearsal.startRehearsal(),
    'page/capture-shape': (m) => rehearsal.captureShape(m.failedStep),
    'labels/forget': (m) => forgetLearnedLabels(m.lang),
  },
  {
    'page/ready': async (_m, tabId) => {
      await onPageReady(tabId);
      await session.onPageReady(tabId);
      await rehearsal.onPageReady(tabId);
      return { ok: true };
    },
    'sync/batch': (m, tabId) => onSyncBatch(m, tabId),
    'sync/finished': (m, tabId) => onSyncFinished(m, tabId),
    'page/warning': (m, tabId) => session.onPageWarning(tabId, m.kind, m.evidence),
    'removal/confirming': (m, tabId) => session.onConfirming(m, tabId),
    'removal/result': (m, tabId) => session.onRemovalResult(m, tabId),
    'handsOn/step': (m, tabId) => session.onHandsOnStep(m, tabId),
    'handsOn/withdraw': (m, tabId) => session.onHandsOnWithdraw(m, tabId),
    'rehearsal/finished': (m, tabId) => rehearsal.onRehearsalFinished(m, tabId),
    'labels/learned': (m, tabId) => onLabelsLearned(m, tabId),
  },
);

// Every handler below waits for the language of the worker's words (language.ts): a sentence it
// stores or shows is worded in the person's language, never in English before the setting is read.
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  languageKnown().then(() => route(message, sender)),
);

browser.runtime.onInstalled.addListener(() => {
  void languageKnown().then(registerContextMenu);
  // An update from a version without the popup's list head builds it once (storage/list-head.ts).
  void database()
    .then(ensureListHead)
    .catch((error) => console.warn('QuietPrune: the list head could not be built', error));
  void ensureReminderAlarm();
  void refreshBadge();
});
browser.runtime.onStartup.addListener(() => {
  void ensureReminderAlarm();
  void languageKnown().then(refreshBadge);
});

browser.alarms.onAlarm.addListener((alarm) => {
  void languageKnown().then(() => {
    if (alarm.name === session.SESSION_ALARM) return session.onSessionAlarm();
    if (alarm.name === REMINDER_ALARM) return onReminderAlarm();
    if (alarm.name === BADGE_ALARM) return refreshBadge();
  });
});

browser.tabs.onRemoved.addListener((tabId) => {
  void languageKnown().then(() =>
    Promise.all([onSyncTabGone(tabId), session.onTabGone(tabId), rehearsal.onTabGone(tabId)]),
  );
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url === undefined) return;
  void (async () => {
    await languageKnown();
    if (await tabIsOnConnectionsPage(tabId)) return;
    await onSyncTabGone(tabId);
    await session.onTabLeftPage(tabId, change.url!);
    await rehearsal.onTabGone(tabId);
  })();
});

browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
// Notifications are optional (background/notifications.ts): listened to once the permission is held.
listenToNotifications(
  (id, button) => void languageKnown().then(() => onNotificationButton(id, button)),
  (id) => void languageKnown().then(() => onNotificationClick(id)),
);
// Granted or taken back in Chrome's settings: the reminder's alarm follows.
chrome.permissions.onAdded.addListener(() => void ensureReminderAlarm());
chrome.permissions.onRemoved.addListener(() => void ensureReminderAlarm());

if (import.meta.env.MODE === 'e2e') installTestHooks();
