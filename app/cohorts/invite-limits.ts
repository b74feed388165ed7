/** How much an invitation list may hold (shared by the readers and the page, so the page stays free of the parsers). */

/** The most entries read from one list: a cohort has at most 2,000 seats. */
export const MAX_ENTRIES = 2000;
export const MAX_NAME = 100;
/** The largest CSV file read: far more than 2,000 people, well under the 1 MiB request ceiling. */
export const MAX_UPLOAD_BYTES = 256 * 1024;
/** The most text read from the box: a few thousand lines. */
export const MAX_TEXT = 200_000;
