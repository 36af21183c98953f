export * from './csv/read-csv.js';
