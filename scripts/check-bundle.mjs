// Fails when the plugin bundle contains something that cannot run on mobile or must never
// ship: Node built-ins, Buffer, eval / new Function, or gray-matter (whose JavaScript
// front-matter engine runs code).
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? "main.js";
const code = readFileSync(file, "utf8");

const forbidden = [
	{ what: "a Node built-in module", pattern: /require\(\s*["'](node:)?(fs|path|os|child_process|crypto|buffer|stream|url|util|http|https|net)["']\s*\)/ },
	{ what: "Buffer", pattern: /\bBuffer\b/ },
	{ what: "eval", pattern: /\beval\s*\(/ },
	{ what: "new Function", pattern: /\bnew\s+Function\s*\(/ },
	{ what: "gray-matter", pattern: /gray-matter|section-matter|strip-bom-string/ },
];

const found = forbidden.filter(({ pattern }) => pattern.test(code));
for (const { what, pattern } of found) {
	const at = code.search(pattern);
	console.error(`${file} contains ${what}: …${code.slice(Math.max(0, at - 60), at + 60)}…`);
}
if (found.length > 0) process.exit(1);
console.log(`${file}: ${code.length} bytes, none of: ${forbidden.map((f) => f.what).join(", ")}`);
