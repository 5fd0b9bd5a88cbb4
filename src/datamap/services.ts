import type { AppContext } from '../http/context.js'
import { ActivityService } from './activity.service.js'
import { DpaService } from './dpa.service.js'
import { ProcessorService } from './processor.service.js'
import { RopaService } from './ropa.service.js'
import { SystemService } from './system.service.js'

/** The data map's services, wired from the application context. */
export interface DataMap {
  systems: SystemService
  processors: ProcessorService
  activities: ActivityService
  dpa: DpaService
  ropa: RopaService
}

const BUILT = new WeakMap<AppContext, DataMap>()

/**
 * The data map of an application context, built once. (Until AppContext carries it, routes, pages and
 * later capabilities such as the policy reach it through here.)
 */
export function dataMapOf(ctx: AppContext): DataMap {
  let built = BUILT.get(ctx)
  if (!built) {
    const systems = new SystemService(ctx.audit, ctx.clock)
    const processors = new ProcessorService(ctx.audit, ctx.clock)
    const activities = new ActivityService(ctx.audit, ctx.clock, ctx.taxonomy)
    built = {
      systems,
      processors,
      activities,
      dpa: new DpaService(ctx.audit, ctx.clock),
      ropa: new RopaService(ctx.organisation, ctx.taxonomy, systems, processors, activities, ctx.clock),
    }
    BUILT.set(ctx, built)
  }
  return built
}
