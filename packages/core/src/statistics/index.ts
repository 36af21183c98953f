export { bootstrapMeanInterval, type Interval, wilsonInterval } from './intervals.js';
