import { calendarCommand } from "./calendar";
import { checkCommand } from "./check";
import { fieldsCommand } from "./fields";
import { pipelineCommand } from "./pipeline";
import type { Command } from "./command";
import { importCommand } from "./import";
import { listCommand } from "./list";
import { queueCommand } from "./queue";
import { referralsCommand } from "./referrals";

/** Every command, in the order the usage text lists them. A new command is one file and one line here. */
export const COMMANDS: readonly Command[] = [calendarCommand, checkCommand, fieldsCommand, importCommand, listCommand, pipelineCommand, queueCommand, referralsCommand];

export function findCommand(name: string): Command | undefined {
	return COMMANDS.find((c) => c.name === name);
}
