/**
 * The kinds of personal data that transcripts are scanned for. 400/800 service numbers are deliberately
 * absent: they belong to companies, and agents read them out on purpose.
 *
 * @example
 * piiKinds.includes('mobile'); // true
 */
export const piiKinds = ['mobile', 'landline', 'id_card', 'bank_card', 'email'] as const;

export type PiiKind = (typeof piiKinds)[number];
