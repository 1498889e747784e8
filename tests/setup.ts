// IndexedDB for unit tests of lib/db (WXT's fake browser has no IndexedDB).
import 'fake-indexeddb/auto';
