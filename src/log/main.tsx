import { render } from 'preact';
import '../ui/theme.css';
import './log.css';
import { LogApp } from './LogApp';

render(<LogApp />, document.getElementById('app')!);
