import { ErrorBanner } from '../ui/ErrorBanner';
import { RehearsalReport, rehearsalTitle } from '../ui/RehearsalReport';
import { useCommands } from '../ui/use-commands';
import { useRehearsal } from '../ui/use-rehearsal';
import { downloadJson } from './download';
import { Section } from './Section';

/** The rehearsal and the page diagnosis on the options page, where a page-shape file can be saved. */
export function RehearsalSection() {
  const commands = useCommands();
  const rehearsal = useRehearsal();
  return (
    <Section id="rehearsal" title={rehearsalTitle()}>
      {commands.error && <ErrorBanner message={commands.error} onDismiss={commands.dismissError} />}
      {rehearsal && (
        <RehearsalReport
          rehearsal={rehearsal}
          commands={commands}
          onSaveShape={(shape) => downloadJson(shape, 'quietprune-page-shape.json')}
        />
      )}
    </Section>
  );
}
