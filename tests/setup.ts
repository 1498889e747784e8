// IndexedDB for unit tests of background/db (WXT's fake browser has no IndexedDB).
import 'fake-indexeddb/auto';
