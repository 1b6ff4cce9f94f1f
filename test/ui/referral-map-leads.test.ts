// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Modal, Notice } from "../obsidian-fake";
import { fileAt, note } from "../integration/fixture";
import { activate, freezeClock, openMap, section, startMap } from "./referral-map-fixture";

const JORDAN = "Contacts/Jordan Lee.md";
const OCTOBER = "Interviews/2026-10-01 Jordan Lee.md";
const NOVEMBER = "Interviews/2026-11-20 Jordan Lee.md";

beforeEach(() => freezeClock(new Date("2026-11-23T12:00:00Z")));

afterEach(() => {
	Modal.closeAll();
	Notice.clear();
	vi.useRealTimers();
	document.body.empty();
});

function jordanWith(interviews: Record<string, Record<string, unknown>>): Record<string, string> {
	const files: Record<string, string> = { [JORDAN]: note({ type: "contact" }), "Contacts/Sam Ng.md": note({ type: "contact", referred_by: "[[Jordan Lee]]" }) };
	for (const [path, properties] of Object.entries(interviews)) files[path] = note({ type: "interview", contact: "[[Jordan Lee]]", ...properties });
	return files;
}

/** Each lead as the user reads it, with the interview it came from. */
function leadLines(el: HTMLElement): string[] {
	return Array.from(el.querySelectorAll("li.ii-lead")).map((li) => li.textContent ?? "");
}

describe("job leads on the referral map's person view", () => {
	it("lists the leads from all of the person's interviews, latest first, each with the interview it came from", async () => {
		const { app } = await startMap(
			jordanWith({
				[OCTOBER]: { date: "2026-10-01T10:00", leads: ["Data team hires in March"] },
				[NOVEMBER]: { date: "2026-11-20T15:00", leads: ["Spring fellowship at Northwind", "Analyst internship"] },
			}),
		);
		const view = await openMap(app);
		await activate(app, JORDAN);
		const leads = section(view, "Job leads");
		expect(leadLines(leads)).toEqual([
			"Spring fellowship at Northwind · from the interview on 2026-11-20",
			"Analyst internship · from the interview on 2026-11-20",
			"Data team hires in March · from the interview on 2026-10-01",
		]);
		expect(leads.querySelector("ul")?.getAttribute("aria-label")).toBe("Job leads from Jordan Lee");
		// Said in words: no property names.
		expect(leads.textContent).not.toMatch(/\bleads\b/);
		// Right under the person, before who referred them.
		const headings = Array.from(view.contentEl.querySelectorAll("h4")).map((h) => h.textContent);
		expect(headings.indexOf("Job leads")).toBeLessThan(headings.indexOf("Referred by"));
	});

	it("opens the interview a lead came from when its date is clicked", async () => {
		const { app } = await startMap(jordanWith({ [NOVEMBER]: { date: "2026-11-20T15:00", leads: ["Spring fellowship at Northwind"] } }));
		const view = await openMap(app);
		await activate(app, JORDAN);
		const link = section(view, "Job leads").querySelector<HTMLElement>(".ii-lead .ii-ref-link");
		expect(link?.textContent).toBe("interview on 2026-11-20");
		link?.click();
		await app.settle();
		expect(app.workspace.getActiveFile()?.path).toBe(NOVEMBER);
	});

	it("puts the leads of an interview without a date last, under the interview's name", async () => {
		const { app } = await startMap(
			jordanWith({
				"Interviews/Coffee with Jordan.md": { leads: ["Volunteer day at the data lab"] },
				[NOVEMBER]: { date: "2026-11-20T15:00", leads: ["Spring fellowship at Northwind"] },
			}),
		);
		const view = await openMap(app);
		await activate(app, JORDAN);
		expect(leadLines(section(view, "Job leads"))).toEqual([
			"Spring fellowship at Northwind · from the interview on 2026-11-20",
			"Volunteer day at the data lab · from Coffee with Jordan",
		]);
	});

	it("says when their interviews noted no leads, and says nothing for someone not interviewed yet", async () => {
		const { app } = await startMap(jordanWith({ [NOVEMBER]: { date: "2026-11-20T15:00", leads: [] } }));
		const view = await openMap(app);
		await activate(app, JORDAN);
		expect(section(view, "Job leads").textContent).toBe("Job leadsNo job leads noted from Jordan Lee yet.");
		await activate(app, "Contacts/Sam Ng.md");
		expect(view.contentEl.querySelector(".ii-map-leads")).toBeNull();
		expect(view.contentEl.textContent).toContain("Sam Ng");
	});

	it("shows the readable leads of a malformed list and reports the rest as a problem of that interview", async () => {
		const { app, plugin } = await startMap(jordanWith({ [NOVEMBER]: { date: "2026-11-20T15:00", leads: [{ team: "data" }, "Spring fellowship at Northwind"] } }));
		const view = await openMap(app);
		await activate(app, JORDAN);
		expect(leadLines(section(view, "Job leads"))).toEqual(["Spring fellowship at Northwind · from the interview on 2026-11-20"]);
		expect(plugin.index.get(NOVEMBER)?.problems.map((p) => p.field)).toEqual(["leads[0]"]);
	});

	it("shows a lead added to the interview note without reopening the map", async () => {
		const { app, plugin } = await startMap(jordanWith({ [NOVEMBER]: { date: "2026-11-20T15:00" } }));
		const view = await openMap(app);
		await activate(app, JORDAN);
		await app.fileManager.processFrontMatter(fileAt(app, NOVEMBER), (fm: Record<string, unknown>) => {
			fm.leads = ["Spring fellowship at Northwind"];
		});
		plugin.index.flush();
		await app.settle();
		expect(leadLines(section(view, "Job leads"))).toEqual(["Spring fellowship at Northwind · from the interview on 2026-11-20"]);
	});
});
