import { render } from 'preact';
import '../ui/theme.css';
import './options.css';
import { OptionsApp } from './OptionsApp';
import { startPageInLanguage } from '../ui/page-language';

void startPageInLanguage('title_options').then(() => render(<OptionsApp />, document.getElementById('app')!));
