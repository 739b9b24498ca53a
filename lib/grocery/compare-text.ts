/** Code-unit order, so sorting never depends on the runtime's locale data. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
