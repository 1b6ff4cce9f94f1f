import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importedNoteText } from "../src/domain/import/import-note";
import { planImport, type KnownContact } from "../src/domain/import/import-plan";
import { readImportFile } from "../src/domain/import/read-import";
import { run } from "../src/cli/run";
import { medianMs, medianMsAsync, type Row } from "./measure";

const FIRST = ["Priya", "Tomás", "Mei-Ling", "Jordan", "Kwame", "Zoë", "Élodie", "Olusegun", "Fatima", "Ingrid"];
const LAST = ["Raman", "Herrera", "Chen", "Lee", "Asante", "Ångström", "Dubois", "Adeyemi", "Haddad", "Solberg"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A LinkedIn Connections.csv of `rows` distinct people, a third of them with an email, as LinkedIn writes it. */
function linkedinCsv(rows: number): string {
	const lines = ["Notes:", '"When exporting your connection data, you may notice that some of the email addresses are missing."', "", "First Name,Last Name,URL,Email Address,Company,Position,Connected On"];
	for (let i = 0; i < rows; i++) {
		const first = `${FIRST[i % FIRST.length] ?? ""}`;
		const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length] ?? ""} ${i}`;
		const email = i % 3 === 0 ? `person${i}@example.org` : "";
		lines.push(`${first},${last},https://www.linkedin.com/in/person-${i},${email},"Company ${i % 400}, Inc.",Analyst ${i % 50},${(i % 28) + 1} ${MONTHS[i % 12] ?? "Jan"} ${2015 + (i % 10)}`);
	}
	return `${lines.join("\r\n")}\r\n`;
}

/** 3,000 contacts already in the vault, none of them in the file: every row is compared and planned. */
function knownContacts(): KnownContact[] {
	return Array.from({ length: 3000 }, (_, i) => ({ path: `Contacts/Known ${i}.md`, name: `Known ${i}`, email: `known${i}@example.com`, linkedin: `https://www.linkedin.com/in/known-${i}` }));
}

export async function importBenchmarks(): Promise<Row[]> {
	const rows = 5000;
	const csv = linkedinCsv(rows);
	const bytes = new TextEncoder().encode(csv);
	const known = knownContacts();
	let created = 0;
	const planMs = medianMs(() => {
		const source = readImportFile(bytes, "Connections.csv");
		const plan = planImport(source.people, source.problems, { format: source.format, folder: "Contacts", known, takenNames: known.map((k) => k.name) });
		for (const planned of plan.create) importedNoteText(planned, "type");
		created = plan.create.length;
	}, 5);
	if (created !== rows) throw new Error(`the plan has ${created} notes for ${rows} rows`);

	const file = join(mkdtempSync(join(tmpdir(), "ii-bench-import-")), "Connections.csv");
	writeFileSync(file, csv);
	const silent = { stdout: () => undefined, stderr: () => undefined };
	const vaults: string[] = [];
	const cliMs = await medianMsAsync(async () => {
		const root = mkdtempSync(join(tmpdir(), "ii-bench-vault-"));
		vaults.push(root);
		const code = await run(["import", root, file, "--json"], silent);
		if (code !== 0) throw new Error(`import exited ${code}`);
	}, 3);
	for (const root of vaults) rmSync(root, { recursive: true, force: true });
	rmSync(file, { force: true });
	return [
		{ measure: `Import: read, plan and note text, ${rows.toLocaleString("en")} LinkedIn rows vs 3,000 contacts`, value: `${planMs.toFixed(0)} ms`, target: "", verdict: "" },
		{ measure: `Import: CLI import to disk, ${rows.toLocaleString("en")} new notes (plan and write)`, value: `${cliMs.toFixed(0)} ms`, target: "", verdict: "" },
	];
}
