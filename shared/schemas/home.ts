import { z } from 'zod';
import { id, isoDate, meetingStatus, minutesStatus } from './common';

/** What a meeting still needs before it is held, each a check the home page ticks or flags. */
export const meetingCheck = z.enum(['date', 'venue', 'chair', 'officers', 'agenda', 'previousMinutes', 'invitation', 'attendance']);
export type MeetingCheck = z.infer<typeof meetingCheck>;

const meetingRef = z.object({
  id, seriesId: id, seriesName: z.string(), number: z.number().int().positive(), yearBe: z.number().int(), date: isoDate.nullable(),
});

export const homeSummary = z.object({
  today: isoDate,
  /** Per series, its next meeting (the earliest not yet held, dated today or later, or not dated yet). */
  nextMeetings: z.array(meetingRef.extend({
    startTime: z.string().nullable(),
    venue: z.string(),
    status: meetingStatus,
    items: z.number().int(),
    attendees: z.number().int(),
    /** Attendees whose coming is not yet known. */
    unconfirmed: z.number().int(),
    /** Done or not, in the order an officer prepares a meeting. */
    checks: z.array(z.object({ check: meetingCheck, done: z.boolean() })),
  })),
  /** Meetings held whose minutes are still to circulate (draft) or to certify (circulated), latest first. */
  minutesWaiting: z.array(meetingRef.extend({ minutesStatus })),
  minutesWaitingTotal: z.object({ draft: z.number().int(), circulated: z.number().int() }),
  /** Directives past their due date and not done or cancelled, counted by agency (lead or supporting). */
  overdue: z.object({
    total: z.number().int(),
    byAgency: z.array(z.object({ organisationId: id, abbrTh: z.string(), nameTh: z.string(), count: z.number().int() })),
  }),
  /** Policies that moved stage in the last 30 days, latest first. */
  policyMoves: z.array(z.object({ policyId: id, title: z.string(), stage: z.string(), date: isoDate })),
});
export type HomeSummary = z.infer<typeof homeSummary>;

export const homeArgs = z.object({ today: isoDate.optional() });
