// Which processing activities give the reason for keeping a category of data about a kind of person.

/** Whether `key` is `ancestor` itself or lies below it in the dot tree ('user.contact' ⊇ 'user.contact.email'). */
export function isWithin(key: string, ancestor: string): boolean {
  return key === ancestor || key.startsWith(`${ancestor}.`)
}

/** The parts of an activity the matching reads. */
export interface Coverable {
  dataCategories: readonly string[]
  dataSubjects: readonly string[]
}

/** One category and the activities that cover it; none means the data has no documented purpose. */
export interface CategoryPurposes<A> {
  category: string
  activities: A[]
}

/**
 * For each category, the activities that cover it for a person of the given kinds (data_subject keys):
 * the activity lists the category or an ancestor of it, and lists one of the person's kinds or an
 * ancestor of one ('customer' covers 'customer.b2b_contact'). An activity that lists no kinds of
 * person covers everyone. Categories and activities keep their given order.
 */
export function purposesByCategory<A extends Coverable>(
  activities: readonly A[],
  categories: readonly string[],
  subjects: readonly string[],
): CategoryPurposes<A>[] {
  const forPerson = activities.filter(
    (a) =>
      a.dataSubjects.length === 0 ||
      a.dataSubjects.some((kind) => subjects.some((subject) => isWithin(subject, kind))),
  )
  return categories.map((category) => ({
    category,
    activities: forPerson.filter((a) => a.dataCategories.some((listed) => isWithin(category, listed))),
  }))
}
