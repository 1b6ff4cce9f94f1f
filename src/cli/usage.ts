import { version } from "../../package.json";
import { COMMANDS } from "./commands";

export const PROGRAM = "informational-interviews";
/** The package's version, built into the CLI. */
export const VERSION: string = version;

export function usage(): string {
	const width = Math.max(...COMMANDS.map((c) => c.name.length));
	const commands = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
	return `Usage: ${PROGRAM} <command> <vault> [--now ISO] [--zone IANA] [--json] [--strict] [--out FILE]
       ${PROGRAM} import <vault> <file> [--format linkedin|vcard|csv] [--folder F]
           [--met-via TEXT] [--field TEXT] [--dry-run] [--json]

Reads the contact and interview notes of an Obsidian vault folder and never runs
anything written in a note. Only import writes, and only new notes in the contacts
folder; it never changes a file. The plugin's settings are read from
<vault>/.obsidian/plugins/informational-interviews/data.json when present.

Commands:
${commands}

Options:
  --json        print JSON instead of text
  --strict      check: exit with 1 when there is any problem
  --out FILE    calendar: write the .ics to FILE instead of printing it
  --now ISO     the moment to compute for, e.g. 2026-11-24T09:00 (default: now)
  --zone IANA   the time zone, e.g. Europe/Berlin (default: the plugin's setting, else the system's)
  --format F    import: linkedin, vcard or csv (default: from the file)
  --folder F    import: the folder for new notes (default: the plugin's contacts folder)
  --met-via T   import: met_via for every new contact (default: LinkedIn for that export)
  --field T     import: the career field for every new contact
  --dry-run     import: print the plan, write nothing
  -h, --help    print this text
  --version     print the version

Exit codes: 0 done, 1 problems found (with --strict), 2 the command line is wrong.
`;
}
