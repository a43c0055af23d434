// Validates an AsyncAPI document with the AsyncAPI initiative's own parser; prints every diagnostic and exits 1 on
// any error. Usage: node asyncapi-validate.mjs docs/asyncapi.yaml
import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
const parser = new Parser();
const { document, diagnostics } = await parser.parse(await readFile(file, 'utf8'));
const severities = ['error', 'warning', 'information', 'hint'];
let errors = 0;
for (const d of diagnostics) {
  if (d.severity === 0) errors++;
  console.log(`${severities[d.severity]} ${d.code} ${d.path.join('.')}: ${d.message}`);
}
console.log(`${errors} errors, ${diagnostics.length - errors} other diagnostics${document ? '' : ', no document'}`);
process.exit(errors === 0 && document ? 0 : 1);
