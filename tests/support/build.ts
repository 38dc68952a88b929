/** vitest globalSetup: the built explorer and GraphiQL, for tests that serve them. */
// @ts-expect-error plain ESM script without types
import { buildIfStale } from '../../scripts/build-if-stale.mjs';

export default function setup(): void {
  (buildIfStale as (o: { quiet: boolean }) => void)({ quiet: true });
}
