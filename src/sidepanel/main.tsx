import { render } from 'preact';
import '../ui/theme.css';
import './sidepanel.css';
import { SessionPanelApp } from './SessionPanelApp';

render(<SessionPanelApp />, document.getElementById('app')!);
