import type { Commands } from '../ui/use-commands';
import { DailyCapLine } from './DailyCapLine';
import type { PopupData } from './popup-data';
import { SessionPanel } from './SessionPanel';

/**
 * The removal session and, under it, the daily cap line, both from the same stored data: the
 * popup's Queue tab and Chrome's side panel show them together.
 */
export function SessionWithCap({
  data,
  now,
  commands,
  inSidePanel = false,
}: {
  data: Pick<
    PopupData,
    'session' | 'queue' | 'removalTimes' | 'endedElsewhere' | 'settings' | 'riskAccepted'
  >;
  now: number;
  commands: Commands;
  /** True in the side panel itself (Start then has no panel to open). */
  inSidePanel?: boolean;
}) {
  return (
    <>
      <SessionPanel
        session={data.session}
        queue={data.queue}
        removalTimes={data.removalTimes}
        cap={data.settings.dailyCap}
        now={now}
        riskAccepted={data.riskAccepted !== null}
        commands={commands}
        inSidePanel={inSidePanel}
      />
      <DailyCapLine
        removalTimes={data.removalTimes}
        endedElsewhere={data.endedElsewhere}
        cap={data.settings.dailyCap}
        now={now}
      />
    </>
  );
}
