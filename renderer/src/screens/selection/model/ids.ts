/**
 * A fresh id for a stage, aspect, criterion or position the person adds. Both the app://
 * page and the loopback page are secure contexts, where crypto.randomUUID exists.
 */
export function newId(): string {
  return crypto.randomUUID();
}
