export * from './csv/read-csv.js';
export * from './jsonl/parse-record.js';
export * from './jsonl/read-records.js';
export * from './scenario/generate-center.js';
