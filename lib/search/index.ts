export { createSearchIndex, type SearchField, type SearchIndex, type SearchResult } from './search-index';
export { tokenize, queryTokens, foldText } from './tokenize';
export { boundedEditDistance, allowedTypos } from './edit-distance';
export { matchQuality, matchWord, QUALITY, type WordMatch } from './match-quality';
