// npm run schemas: writes the content schemas as JSON Schema to schemas/, for editors (see
// scripts/lib/json-schemas.ts). Run it after changing src/content.config.ts; a unit test fails until then.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module: lib } = await runnerImport('./scripts/lib/json-schemas.ts', { configFile: false, logLevel: 'silent' });
mkdirSync('schemas', { recursive: true });
for (const name of Object.keys(lib.JSON_SCHEMA_FILES)) {
  writeFileSync(`schemas/${name}`, lib.jsonSchemaText(name));
  console.log(`wrote schemas/${name}`);
}
