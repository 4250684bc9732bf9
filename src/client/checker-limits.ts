// How much of a checked file the checker page shows: the first rows in its table, the
// first case names in its preview, the first problems in its list (the JSON report holds
// every one). Apart, so that the page's own script does not pull in the validator.

export const shownRows = 500;
export const shownTitles = 100;
export const shownProblems = 1000;
