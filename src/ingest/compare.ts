// The one order of text the project sorts by: code points, as JavaScript compares
// strings, so a build sorts the same way on every machine and in every locale.

/** -1, 0 or 1 as `a` sorts before, with or after `b`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
