export { fleissKappa, icc21 } from './agreement.js';
export { bootstrapMeanInterval, type Interval, wilsonInterval } from './intervals.js';
