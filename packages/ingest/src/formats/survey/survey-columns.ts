export const surveyFields = ['id', 'callId', 'caller', 'time', 'csat', 'nps', 'comment'] as const;
export type SurveyField = (typeof surveyFields)[number];

/** Header names recognised without configuration, compared case-insensitively. */
export const defaultSurveyHeaders: Record<SurveyField, string[]> = {
  id: ['survey_id', 'response_id', 'id', '问卷ID', '调查ID', '评价ID'],
  callId: ['call_id', 'callid', 'call id', 'uniqueid', 'uuid', '通话ID', '通话编号', '呼叫ID'],
  caller: [
    'caller',
    'caller_number',
    'phone',
    'ani',
    'caller_id',
    '主叫',
    '主叫号码',
    '来电号码',
    '客户号码',
    '电话',
  ],
  time: [
    'time',
    'answered_at',
    'submitted_at',
    'timestamp',
    'date',
    '时间',
    '评价时间',
    '提交时间',
    '回复时间',
  ],
  csat: ['csat', 'satisfaction', 'score', '满意度', '满意度评分', '评分'],
  nps: ['nps', 'recommend', 'likelihood_to_recommend', '推荐度', 'NPS评分', '推荐意愿'],
  comment: ['comment', 'comments', 'feedback', 'remark', '备注', '意见', '评价内容', '留言'],
};
