// Validates JSON files against a JSON Schema 2020-12 with Ajv, an independent implementation,
// to cross-check schemas/medborgarlofte.schema.json and the library's own reading.
//
//   node tests/ajv/validate.mjs [--schema-id <id>] <schema.json> <file.json>…
//   node tests/ajv/validate.mjs [--schema-id <id>] <schema.json> --stdin
//
// Without --schema-id the files are validated against the schema file's root (the agreement). With
// it, against the schema resource of that $id inside the file, found with ajv.getSchema(id): e.g.
// --schema-id urn:medborgarlofte:followup:1.1 for the follow-up document ($defs/followUpDocument).
//
// Prints one JSON object per file and line:
//   {"file": …, "valid": …, "errors": [{"instancePath": …, "keyword": …, "message": …, "params": …}]}
// With --stdin, documents come from standard input instead, one per line, each line a JSON string whose
// value is the document's text (so any text, even one that is not JSON, fits on one line), and the
// answer is one line per document, in order: {"index": …, "valid": …, "errors": […]}, or
// {"index": …, "parseError": …} when the text is not JSON. The differential test sends thousands of
// generated documents this way, in one process.
// Exit code: 0 when every file was checked (valid or not), 2 when the schema does not compile,
// a file cannot be read or parsed, or the arguments are wrong.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const usage = "usage: node tests/ajv/validate.mjs [--schema-id <id>] <schema.json> (<file.json>…|--stdin)\n";
const args = process.argv.slice(2);
let schemaId;
if (args[0] === "--schema-id") {
  schemaId = args[1] ?? "";
  args.splice(0, 2);
}

const [schemaPath, ...files] = args;
if (schemaId === "" || !schemaPath || files.length === 0) {
  process.stderr.write(usage);
  process.exit(2);
}

// strict: unknown keywords, formats and ill-typed schema parts are compile errors, not silence.
// All but strictRequired: Ajv compiles allOf/if/then before the sibling "properties", so it takes
// the target's conditional "required" (comparator, value, unit, recurrence; text) for undeclared
// names. SchemaContractTests checks instead that every required name is a declared property.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);

// Compiling the root registers every embedded resource ($id inside the file) with Ajv, so that
// getSchema finds it; a resource that is not there is an error, never a silent pass.
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
  if (schemaId !== undefined) {
    validate = ajv.getSchema(schemaId);
    if (validate === undefined) {
      process.stderr.write(`${schemaPath}: no schema resource with $id ${schemaId}\n`);
      process.exit(2);
    }
  }
} catch (error) {
  process.stderr.write(`${schemaPath}: the schema does not compile: ${error.message}\n`);
  process.exit(2);
}

const report = (e) => ({
  instancePath: e.instancePath,
  keyword: e.keyword,
  message: e.message ?? "",
  params: e.params,
  ...(e.propertyName === undefined ? {} : { propertyName: e.propertyName }),
});

if (files.length === 1 && files[0] === "--stdin") {
  const lines = readFileSync(0, "utf8").split("\n");
  const out = [];
  let index = 0;
  for (const line of lines) {
    if (line.length === 0) {
      continue;
    }

    let data;
    try {
      data = JSON.parse(JSON.parse(line));
    } catch (error) {
      out.push(JSON.stringify({ index: index++, parseError: error.message }));
      continue;
    }

    const valid = validate(data);
    out.push(JSON.stringify({ index: index++, valid, errors: (validate.errors ?? []).map(report) }));
  }

  // No process.exit here: it would cut off output still on its way into the pipe.
  process.stdout.write(out.join("\n") + "\n");
} else {
  validateFiles();
}

function validateFiles() {
  let exitCode = 0;
  for (const file of files) {
    let data;
    try {
      data = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      process.stderr.write(`${file}: ${error.message}\n`);
      exitCode = 2;
      continue;
    }

    const valid = validate(data);
    const errors = (validate.errors ?? []).map(report);
    process.stdout.write(JSON.stringify({ file, valid, errors }) + "\n");
  }

  // exitCode rather than exit(): the answers may still be on their way into the pipe.
  process.exitCode = exitCode;
}
