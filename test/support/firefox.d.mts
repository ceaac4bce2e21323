/** Where findFirefox looks, in order: the FIREFOX_PATH variable, then the installed binaries. */
export const firefoxCandidates: string[];
/** Finds a Firefox for the end-to-end journeys: FIREFOX_PATH, an installed one, else (or with KP_FIREFOX=none) undefined. */
export function findFirefox(): string | undefined;
