/**
 * The characters that appear in most turns of a service call. A prefilter built on them would let
 * almost every turn through, so required-chars.ts prefers any other required character.
 */
export const COMMON_CHARS = new Set(
  [
    '的一是不了在人有我他这个们中来上大为和到以说时要就出会可也你对能那得下自之过后里用道行所然家事成多么去如都现当没动起看定天分还进好小些其样心本前开但因只从想您请吗吧呢啊嗯哦呀问题下帮查已经给话号办理电客服务费月日元块钱先生女士谢再见吗还您好',
  ].join(''),
);
