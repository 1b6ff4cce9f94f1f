/** Drives plugin forms through their DOM, as a user would: by the names shown next to fields. */

export function settingNamed(root: HTMLElement, name: string): HTMLElement {
	const found = Array.from(root.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!found) throw new Error(`no setting named "${name}"`);
	return found;
}

/** Sets a text field and fires `input`, as typing does. */
export function typeInto(root: HTMLElement, name: string, value: string): HTMLInputElement {
	const input = settingNamed(root, name).querySelector("input");
	if (!input) throw new Error(`"${name}" has no text field`);
	input.value = value;
	input.dispatchEvent(new Event("input"));
	return input;
}

export function valueOf(root: HTMLElement, name: string): string {
	return settingNamed(root, name).querySelector("input")?.value ?? "";
}

export function selectOption(root: HTMLElement, name: string, value: string): void {
	const select = settingNamed(root, name).querySelector("select");
	if (!select) throw new Error(`"${name}" has no dropdown`);
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

export function clickButton(root: HTMLElement, text: string): void {
	const button = Array.from(root.querySelectorAll("button")).find((b) => b.textContent === text);
	if (!button) throw new Error(`no button "${text}"`);
	button.click();
}

/** Clicks the open input suggestion whose text starts with `text`. */
export function clickSuggestion(text: string): void {
	const item = Array.from(document.querySelectorAll<HTMLElement>(".suggestion-container .suggestion-item")).find((el) => el.textContent?.startsWith(text));
	if (!item) throw new Error(`no suggestion "${text}"`);
	item.click();
}

/**
 * The error shown beside the field `name` ("" when none), after checking that the field
 * names it for screen readers (`aria-describedby`) and is marked `aria-invalid` exactly
 * while it shows one.
 */
export function errorBeside(root: HTMLElement, name: string): string {
	const row = settingNamed(root, name);
	const input = row.querySelector("input, select, textarea");
	if (!input) throw new Error(`"${name}" has no field`);
	const slot = row.querySelector<HTMLElement>(".ii-form-errors");
	const message = slot?.textContent ?? "";
	const describedBy = (input.getAttribute("aria-describedby") ?? "").split(" ");
	if (slot && !describedBy.includes(slot.id)) throw new Error(`"${name}" does not name its error slot in aria-describedby`);
	const invalid = input.getAttribute("aria-invalid") === "true";
	if (invalid !== (message !== "")) throw new Error(`"${name}" is ${invalid ? "" : "not "}marked invalid while its error reads "${message}"`);
	return message;
}
