import { render } from 'preact';
import '../../components/options/options.css';
import '../../components/visually-hidden.css';
import { markDocumentLanguage, wireBrowserI18n } from '../../extension/i18n';
import { App } from './App';

wireBrowserI18n();
markDocumentLanguage(document, 'options_title');
render(<App />, document.getElementById('app')!);
