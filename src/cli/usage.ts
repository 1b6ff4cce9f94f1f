import { COMMANDS } from "./commands";

export const PROGRAM = "informational-interviews";

export function usage(): string {
	const width = Math.max(...COMMANDS.map((c) => c.name.length));
	const commands = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
	return `Usage: ${PROGRAM} <command> <vault> [--now ISO] [--zone IANA] [--json] [--strict] [--out FILE]

Reads the contact and interview notes of an Obsidian vault folder. It never changes a
note and never runs anything written in a note. The plugin's settings are read from
<vault>/.obsidian/plugins/informational-interviews/data.json when present.

Commands:
${commands}

Options:
  --json        print JSON instead of text
  --strict      check: exit with 1 when there is any problem
  --out FILE    calendar: write the .ics to FILE instead of printing it
  --now ISO     the moment to compute for, e.g. 2026-11-24T09:00 (default: now)
  --zone IANA   the time zone, e.g. Europe/Berlin (default: the plugin's setting, else the system's)
  -h, --help    print this text

Exit codes: 0 done, 1 problems found (with --strict), 2 the command line is wrong.
`;
}
