// Loads rendered HTML documents in headless Chromium (Debian's `chromium` package) and reports, per document
// and view, how wide the signature block is against the content, whether any word of a signature (name, title,
// place and date) wraps inside itself, and axe-core's WCAG 2.1 AA violations. One browser process serves every page.
//
//   node tests/browser/check.mjs <file.html>…
//
// The browser is $CHROMIUM_PATH, else /usr/bin/chromium. Prints one JSON object per document and line:
//   {"file": …, "views": [{"view": "390"|"1200"|"print", "contentWidth": …, "signatureBlockWidth": …|null,
//     "signatureCount": …, "brokenWords": ["…"]}], "axe": [{"id": …, "impact": …, "nodes": …, "help": …}]}
// The print view lays the page out with print media at the printable width of an A4 sheet with the style
// sheet's 2 cm margins (170 mm = 643 CSS px), which is what the paper gets.
// Exit code: 0 when every document was checked (whatever it measured), 2 when the browser does not start,
// a file cannot be loaded, or the arguments are wrong.
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const puppeteer = require("puppeteer-core");
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: node tests/browser/check.mjs <file.html>…\n");
  process.exit(2);
}

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  process.stderr.write(`Chromium was not found at ${executablePath}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.\n`);
  process.exit(2);
}

const views = [
  { view: "390", width: 390, media: "screen" },
  { view: "1200", width: 1200, media: "screen" },
  { view: "print", width: 643, media: "print" },
];

// Runs in the page: widths in CSS pixels, and every word of the signature block (names, titles, place and date)
// that spans more than one line box, i.e. wraps inside the word.
function measure() {
  const main = document.querySelector("main");
  const style = getComputedStyle(main);
  const contentWidth = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  const list = document.querySelector("ul.signatures");
  const brokenWords = [];
  const walker = list ? document.createTreeWalker(list, NodeFilter.SHOW_TEXT) : null;
  for (let text = walker?.nextNode(); text; text = walker.nextNode()) {
    for (const match of text.nodeValue.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) brokenWords.push(match[0]);
    }
  }

  return {
    contentWidth,
    signatureBlockWidth: list ? list.getBoundingClientRect().width : null,
    signatureCount: list ? list.querySelectorAll(":scope > li").length : 0,
    brokenWords,
  };
}

let browser;
try {
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
  });
} catch (e) {
  process.stderr.write(`Chromium did not start: ${e.message}\n`);
  process.exit(2);
}

let exitCode = 0;
try {
  const page = await browser.newPage();
  // The rendered page forbids scripts by its Content-Security-Policy; axe is injected by the test, not the page.
  await page.setBypassCSP(true);
  for (const file of files) {
    const url = pathToFileURL(resolve(file)).href;
    const result = { file, views: [], axe: [] };
    for (const { view, width, media } of views) {
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaType(media);
      await page.goto(url, { waitUntil: "load" });
      result.views.push({ view, ...(await page.evaluate(measure)) });
    }

    await page.emulateMediaType("screen");
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(url, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const axe = await page.evaluate(async () => {
      const outcome = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return outcome.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, target: v.nodes[0]?.target?.join(" ") ?? null }));
    });
    result.axe = axe;
    process.stdout.write(JSON.stringify(result) + "\n");
  }
} catch (e) {
  process.stderr.write(`The browser check failed: ${e.stack ?? e}\n`);
  exitCode = 2;
} finally {
  await browser.close();
}

process.exit(exitCode);
