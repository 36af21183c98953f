import type { SurveyResponse } from '@callqa/core';

export type LinkableCall = { callId: string; caller?: string; endedAt: number };

/**
 * Numbers compare by digits, and one may carry a prefix the other lacks (`+86`, a trunk `0`):
 * `+86 138-0000-0001` and `13800000001` are one caller. Calls are grouped by their last 8 digits.
 */
function digits(caller: string): string {
  return caller.replace(/\D/g, '');
}

function sameCaller(a: string, b: string): boolean {
  return a.length >= b.length ? a.endsWith(b) : b.endsWith(a);
}

type Indexed = LinkableCall & { digits: string };

/**
 * Links surveys that carry no call id to the caller's most recent call that ended before the
 * answer, within `windowHours`: the usual post-call SMS or IVR survey rates the last call. Surveys
 * with a call id, without a caller, or with no call in the window are returned unchanged.
 */
export function linkSurveys(
  responses: readonly SurveyResponse[],
  calls: Iterable<LinkableCall>,
  options: { windowHours: number },
): SurveyResponse[] {
  const windowMs = options.windowHours * 3_600_000;
  const byCaller = new Map<string, Indexed[]>();
  for (const call of calls) {
    const d = digits(call.caller ?? '');
    if (!d) continue;
    const key = d.slice(-8);
    const list = byCaller.get(key);
    const indexed = { ...call, digits: d };
    if (list) list.push(indexed);
    else byCaller.set(key, [indexed]);
  }
  for (const list of byCaller.values()) list.sort((a, b) => a.endedAt - b.endedAt);

  return responses.map((response) => {
    if (response.callId || !response.caller) return response;
    const d = digits(response.caller);
    const list = byCaller.get(d.slice(-8));
    if (!list) return response;
    // The last call ending at or before the answer: binary search over end times, then back
    // through the window past numbers that only share the last digits.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as Indexed).endedAt <= response.answeredAt) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const call = list[i] as Indexed;
      if (response.answeredAt - call.endedAt > windowMs) break;
      if (sameCaller(call.digits, d)) return { ...response, callId: call.callId };
    }
    return response;
  });
}
