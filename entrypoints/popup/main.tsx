import { render } from 'preact';
import '../../components/extension-page.css';
import '../../components/popup/popup.css';
import '../../components/visually-hidden.css';
import { markDocumentLanguage, wireBrowserI18n } from '../../extension/i18n';
import { App } from './App';

wireBrowserI18n();
markDocumentLanguage(document, 'extName');
render(<App />, document.getElementById('app')!);
