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

const WALL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/

/** The wall-clock time of an instant in a time zone, as a datetime-local value ("2026-03-29T03:30"). */
export function toWallClock(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

/** The zone's offset from UTC at an instant, in milliseconds (+1 h in Copenhagen in winter). */
function offsetAt(at: number, timeZone: string): number {
  const m = WALL.exec(toWallClock(new Date(at), timeZone)) as RegExpExecArray
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!)
  return wall - Math.floor(at / 60_000) * 60_000
}

/**
 * The instant a wall-clock time in a time zone names, DST included: "2026-03-28T10:00" in
 * Europe/Copenhagen is 09:00Z, "2026-03-30T10:00" is 08:00Z. A time in the spring gap moves forward an
 * hour; one in the repeated autumn hour is the first of the two. Null when the text is no such time.
 */
export function fromWallClock(local: string, timeZone: string): Date | null {
  const m = WALL.exec(local.trim())
  if (!m) return null
  const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0))
  const check = new Date(wall)
  if (check.getUTCMonth() !== +m[2]! - 1 || check.getUTCDate() !== +m[3]!) return null
  // The offset before any change that day: in the autumn overlap it gives the first of the two times.
  const before = offsetAt(wall - 12 * HOUR, timeZone)
  const first = wall - before
  if (offsetAt(first, timeZone) === before) return new Date(first)
  const second = wall - offsetAt(first, timeZone)
  // The offset changed before this time of day; in the spring gap no offset fits, and the first
  // reading lands an hour later on the clock.
  return new Date(
    toWallClock(new Date(second), timeZone) === local.trim().slice(0, 16).replace(' ', 'T') ? second : first,
  )
}
