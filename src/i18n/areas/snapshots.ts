/**
 * Messages of one console area, in both languages. Keys are prefixed by the area; ja must have
 * every en key (typed here, and checked by tests/i18n.test.ts through the merged catalogues).
 */
const en = {} as const;

const ja: Record<keyof typeof en, string> = {};

export const snapshotMessages = { en, ja };
