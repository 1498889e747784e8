import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../../components/finding-message';

/** The background words findings in the interface's language (tests/unit/validation/localize.test.ts). */
describe('findingMessage', () => {
  it('shows the message as the background worded it', () => {
    expect(findingMessage({ message: 'Feld 245 (Vorkommen 1) hat kein $a (Titel).' })).toBe(
      'Feld 245 (Vorkommen 1) hat kein $a (Titel).',
    );
    expect(findingMessage({ message: 'Remove the marker' })).toBe('Remove the marker');
  });
});
