import { render } from 'preact';
import '../../components/extension-page.css';
import '../../components/popup/popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
