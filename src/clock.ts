/** Where "now" comes from: injected so deadline and retention logic is tested without sleeping. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock for tests that only moves when told to. */
export class ManualClock implements Clock {
  #now: Date
  constructor(start: Date | string = '2026-01-15T09:00:00.000Z') {
    this.#now = new Date(start)
  }
  now(): Date {
    return new Date(this.#now)
  }
  set(to: Date | string): void {
    this.#now = new Date(to)
  }
  advance(ms: number): void {
    this.#now = new Date(this.#now.getTime() + ms)
  }
}
