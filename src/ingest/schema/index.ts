// The one description of every table the offices commit, one table a file. Validation,
// the data dictionary, the JSON Schema and the template are all generated from it; enum
// labels shown on the site come from here and are never retyped in a page.

import { caseTable } from "./cases.ts";
import { deadlineTable } from "./deadlines.ts";
import { electionTable } from "./elections.ts";
import { eventTable } from "./events.ts";
import { holidayTable } from "./holidays.ts";
import { officialFigureTable } from "./official-figures.ts";

export * from "./types.ts";
export * from "./enums.ts";
export { caseFactFields, caseTable, compiledCaseTable, positionClasses } from "./cases.ts";
export { compiledEventTable, eventTable } from "./events.ts";
export { electionTable } from "./elections.ts";
export { deadlineTable } from "./deadlines.ts";
export { holidayTable } from "./holidays.ts";
export { officialFigureTable } from "./official-figures.ts";

export const tables = {
  cases: caseTable,
  events: eventTable,
  elections: electionTable,
  deadlines: deadlineTable,
  holidays: holidayTable,
  official_figures: officialFigureTable,
} as const;
