import { render } from 'preact';
import '../../components/extension-page.css';
import '../../components/Worklist.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
