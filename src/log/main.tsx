import { render } from 'preact';
import '../ui/theme.css';
import './log.css';
import { LogApp } from './LogApp';
import { startPageInLanguage } from '../ui/page-language';

void startPageInLanguage('title_log').then(() => render(<LogApp />, document.getElementById('app')!));
