/** The dispositions Asterisk writes in a CDR. */
export const cdrDispositions = ['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION'] as const;
export type CdrDisposition = (typeof cdrDispositions)[number];

/**
 * One Asterisk call detail record, from Master.csv or a CDR table export. Since Asterisk 12 one
 * call writes several rows (one per party it was bridged or dialled to), all with its uniqueid.
 */
export type CdrRecord = {
  /** Stable import key: uniqueid and sequence when the source has them, else the row's identity. */
  key: string;
  uniqueid: string;
  /** The id shared by every channel of the call (Asterisk 1.8+). */
  linkedid?: string;
  sequence?: number;
  accountcode?: string;
  src: string;
  dst: string;
  /** dcontext. */
  context: string;
  clid: string;
  channel: string;
  dstChannel: string;
  lastApp: string;
  lastData: string;
  /** Epoch ms (UTC). */
  start: number;
  /** Epoch ms the channel was answered; absent when it was not. */
  answer?: number;
  end: number;
  durationSec: number;
  billSec: number;
  disposition: CdrDisposition;
  amaFlags?: string;
  userField?: string;
  peerAccount?: string;
  /** Columns of a table export beyond the standard ones (vendor extras), non-empty values only. */
  extra?: Record<string, string>;
};
