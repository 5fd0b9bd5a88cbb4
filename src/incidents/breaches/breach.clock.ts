/** The hours the authority gives from awareness (Art. 33(1)). */
export const NOTIFY_WITHIN_HOURS = 72
/** Reminders go out when this many hours or fewer are left, once each. */
export const REMINDER_THRESHOLDS = [24, 12, 2] as const
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number]

const HOUR = 3_600_000

/** When the authority must have been notified: 72 hours after awareness. */
export function notifyBy(awareAt: Date): Date {
  return new Date(awareAt.getTime() + NOTIFY_WITHIN_HOURS * HOUR)
}

export interface ClockState {
  deadline: Date
  /** Milliseconds left; negative once the deadline has passed. */
  msLeft: number
  overdue: boolean
}

export function clockState(awareAt: Date, now: Date): ClockState {
  const deadline = notifyBy(awareAt)
  const msLeft = deadline.getTime() - now.getTime()
  return { deadline, msLeft, overdue: msLeft < 0 }
}

/**
 * The smallest threshold already reached and not yet sent, or null. A clock checked late (the server
 * was down) sends only the most urgent reminder due, and records the skipped ones as passed.
 */
export function reminderDue(
  awareAt: Date,
  now: Date,
  sent: ReadonlySet<number>,
): { send: ReminderThreshold; passed: ReminderThreshold[] } | null {
  const { msLeft } = clockState(awareAt, now)
  if (msLeft <= 0) return null
  const reached = REMINDER_THRESHOLDS.filter((h) => msLeft <= h * HOUR && !sent.has(h))
  if (reached.length === 0) return null
  const send = reached[reached.length - 1] as ReminderThreshold
  return { send, passed: reached.filter((h) => h !== send) }
}

/** Hours and minutes left, for the countdown ("5 h 20 min"); null once overdue. */
export function hoursMinutes(msLeft: number): { hours: number; minutes: number } | null {
  if (msLeft < 0) return null
  const minutes = Math.floor(msLeft / 60_000)
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 }
}
