// Validates an AsyncAPI document (YAML or JSON) against the official JSON Schema of its declared AsyncAPI version,
// as shipped by the npm package @asyncapi/specs (pinned in package.json). External $refs (the payload schemas)
// are checked to exist beside the document; their content is checked by the contract module's tests.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createRequire } from "node:module";
import Ajv from "ajv";
import { parse } from "yaml";

const require = createRequire(import.meta.url);
const file = process.argv[2];
if (!file) {
  console.error("usage: node asyncapi.mjs ASYNCAPI.yaml");
  process.exit(2);
}
const document = parse(readFileSync(file, "utf8"));
const version = document?.asyncapi;
let schema;
try {
  schema = require(`@asyncapi/specs/schemas/${version}-without-$id.json`);
} catch {
  console.log(`INVALID ${file}: no AsyncAPI schema for version '${version}'`);
  process.exit(1);
}

const problems = [];
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
if (!ajv.validate(schema, document)) {
  problems.push(...ajv.errors.map((e) => `${e.instancePath || "/"} ${e.message}`));
}
(function checkExternalRefs(node) {
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && !value.startsWith("#")
          && !existsSync(resolve(dirname(file), value))) {
        problems.push(`$ref ${value} does not exist beside the document`);
      }
      checkExternalRefs(value);
    }
  }
})(document);

for (const problem of problems) {
  console.log(`INVALID ${file}: ${problem}`);
}
console.log(`${file}: AsyncAPI ${version}, ${problems.length} problems`);
process.exit(problems.length === 0 ? 0 : 1);
