// IndexedDB for unit tests of background/db (WXT's fake browser has no IndexedDB).
import 'fake-indexeddb/auto';

// The interface's t() reads the English catalog, as the browser does for an English-speaking cataloger.
import { catalogTranslator, setTranslator } from '../components/i18n';
import english from '../public/_locales/en/messages.json';

setTranslator(catalogTranslator(english));
