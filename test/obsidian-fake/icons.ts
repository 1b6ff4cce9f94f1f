import { requireDom } from "./dom";

/** Icons added with `addIcon`; the built-in Lucide set is not modelled, every id is accepted. */
const customIcons = new Map<string, string>();

/**
 * Obsidian's setIcon replaces the element's content with an SVG. The fake draws an
 * empty `svg.svg-icon` and records the id in `data-icon`, which is what a test checks.
 */
export function setIcon(parent: HTMLElement, iconId: string): void {
	requireDom("setIcon");
	parent.empty();
	parent.setAttr("data-icon", iconId);
	parent.createSvg("svg", { cls: ["svg-icon", `lucide-${iconId}`] });
}

export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}

export function removeIcon(iconId: string): void {
	customIcons.delete(iconId);
}

export function getIconIds(): string[] {
	return [...customIcons.keys()];
}

export function getIcon(iconId: string): SVGSVGElement | null {
	requireDom("getIcon");
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.addClasses(["svg-icon", `lucide-${iconId}`]);
	return svg;
}
