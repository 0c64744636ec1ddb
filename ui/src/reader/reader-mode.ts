// The reader's two ways of showing a letter, and which one a session starts in.

export type ReaderMode = 'structure' | 'original';

/**
 * The first document of a session opens in Original text, so the letter's own words are on screen
 * (inside `data-testid="reader-text"`) the moment it loads, whether or not the letter was read into
 * questions. After that the reader keeps whichever mode the user last chose, until the app closes.
 */
export const initialReaderMode: ReaderMode = 'original';
