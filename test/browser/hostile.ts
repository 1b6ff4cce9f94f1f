import { vi } from "vitest";

/** Names that would become markup, links or trouble if a view used them as anything but text. */
export const HOSTILE_NAMES = {
	img: "<img src=x onerror=alert(1)>",
	script: '"><script>alert(1)</script>',
	brackets: "[[",
	long: "W".repeat(5000),
	arabic: "مريم الحسن",
	hebrew: "נועה כהן",
	override: "\u202Eevil\u202C Amir",
	overrideOpen: "\u202Eevil Amir",
	emoji: "Zoë 👩🏽‍💻 Ng 🎉",
} as const;

/** Elements that no name may ever turn into. */
const FORBIDDEN = "img, script, iframe, object, embed, link, style, svg:not(.svg-icon), video, audio, form, input";

export function forbiddenElementsIn(root: Element): string[] {
	return Array.from(root.querySelectorAll(FORBIDDEN)).map((el) => el.outerHTML.slice(0, 80));
}

export interface Watch {
	/** Dialogs opened and forbidden elements added anywhere in the page since the watch began. */
	readonly found: () => string[];
	readonly stop: () => void;
}

/**
 * Watches the whole page: window.alert/confirm/prompt are stubbed (an onerror handler
 * that ran would call one), and every forbidden element added to the document is noted.
 */
export function watchPage(): Watch {
	const found: string[] = [];
	for (const dialog of ["alert", "confirm", "prompt"] as const) {
		vi.spyOn(window, dialog).mockImplementation(() => {
			found.push(`window.${dialog} was called`);
			return null as never;
		});
	}
	const added = new Set<Element>();
	const note = (records: MutationRecord[]): void => {
		for (const record of records) {
			for (const node of Array.from(record.addedNodes)) {
				if (!node.instanceOf(Element)) continue;
				for (const el of [node, ...Array.from(node.querySelectorAll(FORBIDDEN))]) {
					if (!el.matches(FORBIDDEN) || added.has(el)) continue;
					added.add(el);
					found.push(`added ${el.outerHTML.slice(0, 80)}`);
				}
			}
		}
	};
	const observer = new MutationObserver(note);
	observer.observe(document.documentElement, { childList: true, subtree: true });
	return {
		found: () => {
			note(observer.takeRecords());
			return found;
		},
		stop: () => observer.disconnect(),
	};
}
