/** The resolver types are generated from the SDL; this fails when they drift (run `npm run codegen`). */
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../codegen';

describe('generated GraphQL types', () => {
  it('match schema.graphql', async () => {
    const [file] = await generate({ ...codegenConfig, silent: true }, false);
    expect(file?.filename).toBe('server/graphql/generated.ts');
    expect(readFileSync('server/graphql/generated.ts', 'utf8'), 'run `npm run codegen`').toBe(file?.content);
  });
});
