/// <reference types="vite/client" />
import pluginCss from "../../styles.css?raw";
import themeCss from "./obsidian-theme.css?raw";

export type Theme = "light" | "dark";

/** How the plugin is seen: a theme, and the width of the sidebar (300 px on a desktop, the whole 375 px phone screen). */
export interface Frame {
	readonly theme: Theme;
	readonly width: number;
	readonly mobile: boolean;
}

export const DESKTOP_WIDTH = 300;
export const PHONE_WIDTH = 375;

export const FRAMES: readonly Frame[] = (["light", "dark"] as const).flatMap((theme) => [
	{ theme, width: DESKTOP_WIDTH, mobile: false },
	{ theme, width: PHONE_WIDTH, mobile: true },
]);

export function frameName(frame: Frame): string {
	return `${frame.theme}, ${frame.width} px${frame.mobile ? " phone" : ""}`;
}

let installed = false;

/** The theme first, so that the plugin's rules come after Obsidian's, as in the app. */
function installStyles(): void {
	if (installed) return;
	installed = true;
	const sheets = [themeCss, pluginCss].map((css) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		return sheet;
	});
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
}

/**
 * A sidebar of the frame's width in a page of the frame's theme, with `el` (a view's
 * container) in it: the view lays out as in Obsidian's right sidebar.
 */
export function showInSidebar(el: HTMLElement, frame: Frame): HTMLElement {
	installStyles();
	const body = document.body;
	body.removeClasses(["theme-light", "theme-dark", "is-mobile", "is-phone"]);
	body.addClass(`theme-${frame.theme}`);
	if (frame.mobile) body.addClasses(["is-mobile", "is-phone"]);
	body.querySelector(".ii-test-sidebar")?.remove();
	const sidebar = body.createDiv({ cls: "ii-test-sidebar" });
	sidebar.setCssStyles({ width: `${frame.width}px` });
	sidebar.appendChild(el);
	return sidebar;
}
