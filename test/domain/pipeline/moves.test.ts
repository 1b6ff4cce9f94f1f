import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOARD_COLUMNS, type BoardColumn } from "../../../src/domain/pipeline/board";
import { contactedWrite, planMove } from "../../../src/domain/pipeline/moves";
import { statusOfAt } from "../../../src/domain/pipeline/pipeline";
import { unthankedInterview } from "../../../src/domain/pipeline/stages";
import { contact, contactAt, interviewWith, NOW, PipelineVault, pipelineVaultArb, ZONE } from "../../builders/pipeline";

const JO = contactAt("Jo");
const TALK = "Interviews/Talk with Jo.md";

function plan(vault: PipelineVault, target: BoardColumn) {
	const index = vault.index();
	const unthanked = unthankedInterview(index.byContact(JO), statusOfAt(NOW));
	return planMove(vault.person(JO), target, unthanked, NOW, ZONE);
}

describe("moving a card", () => {
	it("to contacted asks how, then writes contacted and outreach_method", () => {
		const vault = new PipelineVault({ [JO]: contact({ name: "Jo" }) });
		expect(plan(vault, "contacted")).toEqual({ kind: "ask_method", path: JO });
		vault.apply(contactedWrite(JO, "linkedin", NOW, ZONE));
		expect(vault.notes[JO]).toMatchObject({ contacted: "2026-11-24", outreach_method: "linkedin" });
		expect(vault.person(JO).column).toBe("contacted");
	});

	it("to replied writes the queue's Got a reply, and the undo puts the note back", () => {
		const vault = new PipelineVault({ [JO]: contact({ contacted: "2026-11-02" }) });
		const move = plan(vault, "replied");
		if (move.kind !== "write") throw new Error(move.kind);
		const undo = vault.apply(move.write);
		expect(vault.person(JO).column).toBe("replied");
		vault.apply(undo);
		expect(vault.notes[JO]).toEqual(contact({ contacted: "2026-11-02" }));
	});

	it("to scheduled opens New interview for the person", () => {
		expect(plan(new PipelineVault({ [JO]: contact({ replied: "2026-11-05" }) }), "scheduled")).toEqual({ kind: "new_interview", contactPath: JO });
	});

	it("to thanked marks the held interview's thank-you; without one it explains", () => {
		const vault = new PipelineVault({ [JO]: contact(), [TALK]: interviewWith("Jo", { date: "2026-11-20T10:00" }) });
		const move = plan(vault, "thanked");
		expect(move.kind === "write" && move.write.path).toBe(TALK);
		if (move.kind === "write") vault.apply(move.write);
		expect(vault.person(JO).column).toBe("thanked");
		expect(plan(new PipelineVault({ [JO]: contact() }), "thanked").kind).toBe("explain");
	});

	it("backwards explains which fact holds the person, and writes nothing", () => {
		const vault = new PipelineVault({ [JO]: contact({ contacted: "2026-11-02", replied: "2026-11-05" }) });
		const move = plan(vault, "contacted");
		expect(move).toMatchObject({ kind: "explain", path: JO });
		expect(move.kind === "explain" && move.message).toContain("replied: 2026-11-05");
		const held = new PipelineVault({ [JO]: contact(), [TALK]: interviewWith("Jo", { date: "2026-11-20T10:00" }) });
		expect(plan(held, "replied")).toMatchObject({ kind: "explain", path: TALK });
	});

	it("to paused sets the status; back to the own stage makes them active again", () => {
		const vault = new PipelineVault({ [JO]: contact({ contacted: "2026-11-02" }) });
		const pause = plan(vault, "paused");
		if (pause.kind !== "write") throw new Error(pause.kind);
		vault.apply(pause.write);
		expect(vault.person(JO).column).toBe("paused");
		const resume = plan(vault, "contacted");
		if (resume.kind !== "write") throw new Error(resume.kind);
		vault.apply(resume.write);
		expect(vault.person(JO).column).toBe("contacted");
		expect(vault.notes[JO]?.status).toBe("active");
	});

	it("a write always lands the card in the target column, and changes only the keys it names (random vaults)", () => {
		fc.assert(
			fc.property(pipelineVaultArb, fc.constantFrom(...BOARD_COLUMNS), fc.integer({ min: 0, max: 4 }), (notes, target, who) => {
				const vault = new PipelineVault(notes);
				const person = vault.people()[who];
				if (person === undefined) return;
				const index = vault.index();
				const move = planMove(person, target, unthankedInterview(index.byContact(person.path), statusOfAt(NOW)), NOW, ZONE);
				if (move.kind !== "write") return;
				const before = { ...vault.notes[move.write.path] };
				vault.apply(move.write);
				expect(vault.person(person.path).column).toBe(target);
				const after = vault.notes[move.write.path] ?? {};
				for (const key of Object.keys(before)) if (!(key in move.write.set)) expect(after[key]).toEqual(before[key]);
			}),
		);
	});
});
