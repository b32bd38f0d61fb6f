/** Admin options of a date without a time: a day in the calendar (effective dates, "as of", ready by). */
export const dayOnly = { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } as const
