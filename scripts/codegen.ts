/** `npm run codegen`: writes the generated GraphQL types (see codegen.ts), each through a temporary file. */
import { renameSync, writeFileSync } from 'node:fs';
import { generateTypes } from '../codegen';

for (const { filename, content } of await generateTypes()) {
  const tmp = `${filename}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, filename);
  console.log(`wrote ${filename}`);
}
