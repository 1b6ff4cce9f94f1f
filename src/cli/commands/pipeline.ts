import { buildQueue } from "../../domain/follow-ups/queue";
import { byColumn, COLUMN_LABELS } from "../../domain/pipeline/board";
import { pipelinePeople } from "../../domain/pipeline/pipeline";
import { pipelineJson } from "../../domain/pipeline/pipeline-json";
import { textTable } from "../format/text";
import { writeJson, type Command } from "./command";

const NONE = "—";

/** People by stage at --now, each with when they entered it and their next follow-up: the pipeline board as text. */
export const pipelineCommand: Command = {
	name: "pipeline",
	summary: "people by stage (not contacted … staying in touch; paused, closed) with their next follow-up",
	flags: [],
	run({ vault, now, json, io }) {
		const { index, settings, zone } = vault;
		const people = pipelinePeople(index, now, buildQueue(index, now, settings, zone));
		if (json) {
			writeJson(io, pipelineJson(people));
			return 0;
		}
		const sections = byColumn(people).map(({ column, people: inColumn }) => {
			const title = `${COLUMN_LABELS[column][0]?.toUpperCase() ?? ""}${COLUMN_LABELS[column].slice(1)} (${inColumn.length})\n`;
			if (inColumn.length === 0) return title;
			return (
				title +
				textTable(
					["Name", "Since", "Next", "Due", "Note"],
					inColumn.map((p) => [p.name, p.since?.toISODate() ?? NONE, p.next?.title ?? NONE, p.next?.due?.slice(0, 16).replace("T", " ") ?? (p.next ? "anytime" : NONE), p.path]),
				)
			);
		});
		io.stdout(sections.join("\n"));
		return 0;
	},
};
