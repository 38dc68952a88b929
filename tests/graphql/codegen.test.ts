/** The generated GraphQL types match the SDL and the client's documents; this fails when they drift (run `npm run codegen`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes } from '../../codegen';

describe('generated GraphQL types', () => {
  it('match schema.graphql and client/src/graphql', async () => {
    const files = await generateTypes();
    expect(files.map((f) => f.filename)).toEqual(['server/graphql/generated.ts', 'client/src/lib/generated.ts']);
    for (const f of files)
      expect(readFileSync(f.filename, 'utf8'), `${f.filename}: run \`npm run codegen\``).toBe(f.content);
  });
});
