export * from './csv/read-csv.js';
export * from './formats/queue-log.js';
export * from './formats/queue-log-reader.js';
export * from './formats/read-queue-log-file.js';
export * from './jsonl/parse-record.js';
export * from './jsonl/read-records.js';
export * from './scenario/generate-center.js';
