import { render } from 'preact';
import '../ui/theme.css';
import './sidepanel.css';
import { SessionPanelApp } from './SessionPanelApp';
import { startPageInLanguage } from '../ui/page-language';

void startPageInLanguage('title_sidepanel').then(() =>
  render(<SessionPanelApp />, document.getElementById('app')!),
);
