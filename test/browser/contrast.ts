import { describeElement, isVisible } from "./layout-checks";

/** A colour with straight alpha, channels 0–255. */
export interface Rgba {
	readonly r: number;
	readonly g: number;
	readonly b: number;
	readonly a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** A computed colour as Chromium serialises it: `rgb(…)`, `rgba(…)` or `color(srgb …)`. */
export function parseColor(text: string): Rgba {
	const rgb = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(text);
	if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a: rgb[4] === undefined ? 1 : Number(rgb[4]) };
	const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(text);
	if (srgb) return { r: Number(srgb[1]) * 255, g: Number(srgb[2]) * 255, b: Number(srgb[3]) * 255, a: srgb[4] === undefined ? 1 : Number(srgb[4]) };
	throw new Error(`cannot read the colour ${text}`);
}

export function formatColor({ r, g, b, a }: Rgba): string {
	const hex = [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("");
	return a < 1 ? `#${hex} at ${a.toFixed(2)}` : `#${hex}`;
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
	const mix = (t: number, b: number): number => t * top.a + b * (1 - top.a);
	return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * What is painted behind an element: its own background and its ancestors', composited
 * from the first opaque one (or the white canvas) upwards, as a translucent hover or
 * badge background is.
 */
export function effectiveBackground(el: Element): Rgba {
	const layers: Rgba[] = [];
	for (let at: Element | null = el; at; at = at.parentElement) {
		const color = parseColor(getComputedStyle(at).backgroundColor);
		if (color.a === 0) continue;
		layers.push(color);
		if (color.a >= 1) break;
	}
	return layers.reduceRight<Rgba>((below, layer) => over(layer, below), WHITE);
}

function luminance({ r, g, b }: Rgba): number {
	const linear = (c: number): number => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** WCAG's large text: 24 px, or 18.66 px (14 pt) bold. */
function isLarge(style: CSSStyleDeclaration): boolean {
	const size = parseFloat(style.fontSize);
	return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** The elements that hold visible text directly (each text node's parent). */
function textHolders(root: HTMLElement): Element[] {
	const holders = new Set<Element>();
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (parent && (node.textContent ?? "").trim() !== "" && isVisible(parent)) holders.add(parent);
	}
	return [...holders];
}

/**
 * Every piece of visible text below WCAG AA contrast (4.5:1, or 3:1 for large text)
 * against what is painted behind it, said as "element: colour on background = ratio".
 */
export function contrastFaults(root: HTMLElement): string[] {
	const faults: string[] = [];
	for (const el of textHolders(root)) {
		const style = getComputedStyle(el);
		const background = effectiveBackground(el);
		const color = over(parseColor(style.color), background);
		const ratio = contrastRatio(color, background);
		const needed = isLarge(style) ? 3 : 4.5;
		if (ratio < needed) faults.push(`low contrast: ${describeElement(el)}: ${formatColor(parseColor(style.color))} on ${formatColor(background)} = ${ratio.toFixed(2)}:1, needs ${needed}:1`);
	}
	return faults;
}
