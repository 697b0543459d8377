// Ajv 8 (all errors) on the same documents and schema as the .NET benchmarks, in the same sitting.
// Usage: node benchmarks/ajv/bench.mjs <schema.json> <document.json>…
// Prints one JSON object per document: median µs to validate the parsed document, and from UTF-8 bytes.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node bench.mjs <schema.json> <document.json>…");
  process.exit(2);
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
const decoder = new TextDecoder("utf-8", { fatal: true });

function median(run, minimumMs = 1500) {
  for (let i = 0; i < 200; i++) run(); // warm up the JIT
  const samples = [];
  const until = performance.now() + minimumMs;
  while (performance.now() < until || samples.length < 30) {
    // Batches long enough for the timer's resolution.
    const start = performance.now();
    const batch = 20;
    for (let i = 0; i < batch; i++) run();
    samples.push(((performance.now() - start) * 1000) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

for (const file of files) {
  const bytes = readFileSync(file);
  const parsed = JSON.parse(decoder.decode(bytes));
  const valid = validate(parsed);
  const parsedUs = median(() => validate(parsed));
  const bytesUs = median(() => validate(JSON.parse(decoder.decode(bytes))));
  console.log(JSON.stringify({ input: basename(file, ".json"), bytes: bytes.length, valid, ajvParsedUs: +parsedUs.toFixed(2), ajvFromBytesUs: +bytesUs.toFixed(2) }));
}
