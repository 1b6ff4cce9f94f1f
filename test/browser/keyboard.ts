import { userEvent } from "vitest/browser";
import { isVisible } from "./layout-checks";

/**
 * Presses Tab from the start of the page until focus has gone through `root` and left
 * it; returns the elements inside `root` that took the focus, in order.
 */
export async function tabOrder(root: HTMLElement, limit = 200): Promise<Element[]> {
	(document.activeElement as HTMLElement | null)?.blur();
	const reached: Element[] = [];
	for (let i = 0; i < limit; i++) {
		await userEvent.tab();
		const at = document.activeElement;
		if (at && root.contains(at)) {
			if (reached.includes(at)) break;
			reached.push(at);
		} else if (reached.length > 0) {
			break;
		}
	}
	return reached;
}

/** Elements that Tab should stop at: links, buttons and form fields in the tab sequence, and items with tabindex 0. */
export function tabStops(root: HTMLElement): Element[] {
	return Array.from(root.querySelectorAll<HTMLElement>("a, button, select, input, textarea, [tabindex]")).filter((el) => {
		if (!isVisible(el) || el.tabIndex < 0) return false;
		if (el.instanceOf(HTMLButtonElement) && el.disabled) return false;
		// An anchor without href or tabindex is not focusable (the fake's header actions).
		return !(el.instanceOf(HTMLAnchorElement) && !el.hasAttribute("href") && !el.hasAttribute("tabindex"));
	});
}

function isHiddenFromAssistiveTech(el: Element): boolean {
	return el.closest('[aria-hidden="true"]') !== null;
}

/** The name a screen reader says: aria-label, else the text. Enough for elements that have no aria-labelledby. */
export function accessibleName(el: Element): string {
	return (el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
}

/** Controls (buttons, links, tree items) that a screen reader would announce without a name. */
export function unnamedControls(root: HTMLElement): string[] {
	return Array.from(root.querySelectorAll('button, a, [role="link"], [role="button"], [role="treeitem"]'))
		.filter((el) => !isHiddenFromAssistiveTech(el) && accessibleName(el) === "")
		.map((el) => el.outerHTML.slice(0, 120));
}
