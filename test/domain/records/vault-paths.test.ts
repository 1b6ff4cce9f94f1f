import { describe, expect, it } from "vitest";
import { VaultPaths } from "../../../src/domain/records/vault-paths";

const vault = new VaultPaths([
	"Contacts/Jordan Lee.md",
	"Archive/Jordan Lee.md",
	"Archive/Old/Priya Nair.md",
	"Interviews/2026-11-20 Jordan Lee.md",
	"Priya Nair.md",
	"Attachments/card.png",
	"Contacts/Émilie Durand.md",
]);

describe("VaultPaths.resolve", () => {
	it("prefers the note in the linking note's own folder", () => {
		expect(vault.resolve("Jordan Lee", "Archive/index.md")).toBe("Archive/Jordan Lee.md");
	});

	it("otherwise takes the shortest path", () => {
		expect(vault.resolve("Priya Nair", "Contacts/x.md")).toBe("Priya Nair.md");
		expect(vault.resolve("Jordan Lee", "Interviews/x.md")).toBe("Archive/Jordan Lee.md");
	});

	it("matches names without regard to case, and with or without .md", () => {
		expect(vault.resolve("jordan lee.md", "Contacts/x.md")).toBe("Contacts/Jordan Lee.md");
		expect(vault.resolve("émilie durand", "x.md")).toBe("Contacts/Émilie Durand.md");
	});

	it("honours folder parts and relative paths", () => {
		expect(vault.resolve("Old/Priya Nair", "x.md")).toBe("Archive/Old/Priya Nair.md");
		expect(vault.resolve("../Contacts/Jordan Lee", "Interviews/x.md")).toBe("Contacts/Jordan Lee.md");
		expect(vault.resolve("../../Jordan Lee", "Interviews/x.md")).toBeNull();
	});

	it("resolves attachments only with their extension", () => {
		expect(vault.resolve("card.png", "x.md")).toBe("Attachments/card.png");
		expect(vault.resolve("card", "x.md")).toBeNull();
	});

	it("follows additions and removals", () => {
		const paths = new VaultPaths(["A/Casey Kim.md"]);
		paths.remove("A/Casey Kim.md");
		expect(paths.resolve("Casey Kim", "x.md")).toBeNull();
		paths.add("B/Casey Kim.md");
		expect(paths.resolve("Casey Kim", "x.md")).toBe("B/Casey Kim.md");
	});
});
