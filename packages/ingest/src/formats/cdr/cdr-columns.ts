/** Master.csv's columns in order, as cdr_csv writes them; the tail depends on cdr.conf and version. */
const BASE = [
  'accountcode',
  'src',
  'dst',
  'dcontext',
  'clid',
  'channel',
  'dstchannel',
  'lastapp',
  'lastdata',
  'start',
  'answer',
  'end',
  'duration',
  'billsec',
  'disposition',
  'amaflags',
];

/**
 * The column layout of a Master.csv row by its field count: 16 without uniqueid and userfield
 * (loguniqueid/loguserfield off), 17 and 18 with them, 21 with peeraccount, linkedid and
 * sequence (Asterisk 1.8+). Undefined for counts no Asterisk writes.
 */
export function masterCsvColumns(fieldCount: number): string[] | undefined {
  if (fieldCount === 16) return BASE;
  if (fieldCount === 17) return [...BASE, 'uniqueid'];
  if (fieldCount === 18) return [...BASE, 'uniqueid', 'userfield'];
  if (fieldCount >= 21) return [...BASE, 'uniqueid', 'userfield', 'peeraccount', 'linkedid', 'sequence'];
  return undefined;
}

/** Header names of table exports mapped to Master.csv's names (MySQL cdr table, PBXware, …). */
const ALIASES: Record<string, string> = {
  calldate: 'start',
  starttime: 'start',
  start_time: 'start',
  answertime: 'answer',
  answer_time: 'answer',
  endtime: 'end',
  end_time: 'end',
  context: 'dcontext',
  dst_channel: 'dstchannel',
  last_app: 'lastapp',
  last_data: 'lastdata',
  unique_id: 'uniqueid',
  linked_id: 'linkedid',
};

export const STANDARD_COLUMNS = new Set([
  ...BASE,
  'uniqueid',
  'userfield',
  'peeraccount',
  'linkedid',
  'sequence',
]);

export function canonicalColumn(header: string): string {
  const name = header.trim().toLowerCase();
  return ALIASES[name] ?? name;
}

/** A first row is a header when it names the columns a CDR cannot do without. */
export function isCdrHeader(fields: string[]): boolean {
  const names = new Set(fields.map(canonicalColumn));
  return names.has('disposition') && names.has('start') && (names.has('uniqueid') || names.has('src'));
}
