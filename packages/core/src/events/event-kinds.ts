/**
 * What callqa tells people about (in-app notifications) and integrations about (webhooks). A
 * webhook subscribes to one kind, or to `*` for all.
 */
export const eventKinds = [
  'appeal.to_decide',
  'appeal.accepted',
  'appeal.rejected',
  'appeal.overdue',
  'evaluation.reviewed',
  'evaluation.fatal',
  'coaching.created',
  'coaching.due',
  'calibration.assigned',
  'training.need',
  'training.invited',
] as const;
export type EventKind = (typeof eventKinds)[number];
