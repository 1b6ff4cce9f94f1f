/**
 * Layout faults a user would see in a narrow sidebar, measured on the real layout:
 * something wider than the view (a horizontal scrollbar, or a part sticking out), and
 * text cut off by an element that hides its overflow without saying the full text
 * (a `title` or `aria-label`).
 */

/** A short description of an element for a failure message: tag, classes, start of its text. */
export function describeElement(el: Element): string {
	const classes = Array.from(el.classList).map((c) => `.${c}`).join("");
	const text = (el.textContent ?? "").trim().slice(0, 40);
	return `<${el.tagName.toLowerCase()}${classes}> "${text}"`;
}

/** Elements the user can see: laid out, not hidden. */
export function isVisible(el: Element): boolean {
	if (el.getClientRects().length === 0) return false;
	const style = getComputedStyle(el);
	return style.visibility !== "hidden" && style.display !== "none";
}

function visibleElements(root: Element): Element[] {
	return [root, ...Array.from(root.querySelectorAll("*"))].filter(isVisible);
}

/** Allowance for subpixel rounding between scroll sizes and client sizes. */
const SLACK = 1;

/** Boxes that lay out their own content (inline boxes have no client width to compare with). */
function isBox(el: Element): boolean {
	return !getComputedStyle(el).display.startsWith("inline") || el.instanceOf(HTMLButtonElement);
}

/** A box that hides what overflows it, or ends it with an ellipsis. */
function clipsOnPurpose(el: Element): boolean {
	const style = getComputedStyle(el);
	return style.textOverflow === "ellipsis" && (style.overflowX === "hidden" || style.overflowX === "clip");
}

/** Every box inside `root` keeps its content within its width, and nothing sticks out of `frame` to either side. */
export function horizontalOverflow(root: HTMLElement, frame: HTMLElement): string[] {
	const faults: string[] = [];
	const bounds = frame.getBoundingClientRect();
	for (const el of visibleElements(root)) {
		// A box that cuts its text off on purpose is judged by clippedText (is the full text said another way?).
		if (isBox(el) && !clipsOnPurpose(el) && el.scrollWidth > el.clientWidth + SLACK) {
			faults.push(`wider than its box: ${describeElement(el)}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
		}
		for (const rect of Array.from(el.getClientRects())) {
			if (rect.width === 0) continue;
			if (rect.left < bounds.left - SLACK || rect.right > bounds.right + SLACK) {
				faults.push(`outside the sidebar: ${describeElement(el)}: ${rect.left.toFixed(0)}…${rect.right.toFixed(0)} px, sidebar ${bounds.left.toFixed(0)}…${bounds.right.toFixed(0)} px`);
				break;
			}
		}
	}
	return faults;
}

function hides(overflow: string): boolean {
	return overflow === "hidden" || overflow === "clip";
}

/** The full text is said another way: a tooltip or an accessible name that contains it. */
function saysFullText(el: Element): boolean {
	const text = (el.textContent ?? "").trim();
	return [el.getAttribute("title"), el.getAttribute("aria-label")].some((said) => said !== null && said.includes(text));
}

/**
 * Text that is cut off: an element that hides its overflow (or ends it with an ellipsis)
 * while its content is larger than its box, unless a title or aria-label holds the full text.
 * Scroll containers do not count: their content can be scrolled to.
 */
export function clippedText(root: HTMLElement): string[] {
	const faults: string[] = [];
	for (const el of visibleElements(root)) {
		if ((el.textContent ?? "").trim() === "") continue;
		const style = getComputedStyle(el);
		const clipsX = hides(style.overflowX) || style.textOverflow === "ellipsis";
		const clipsY = hides(style.overflowY);
		const cutX = clipsX && el.scrollWidth > el.clientWidth + SLACK;
		const cutY = clipsY && el.scrollHeight > el.clientHeight + SLACK;
		if ((cutX || cutY) && !saysFullText(el)) {
			faults.push(`text cut off: ${describeElement(el)}: scroll ${el.scrollWidth}×${el.scrollHeight} > client ${el.clientWidth}×${el.clientHeight}, no title with the full text`);
		}
	}
	return faults;
}

/**
 * Two pieces of text drawn on top of each other, which no test of widths catches. Each
 * line of an inline element is a box of its own (getClientRects), so that a wrapped
 * span is not mistaken for the union of its lines.
 */
export function overlappingText(root: HTMLElement): string[] {
	const faults: string[] = [];
	const leaves = visibleElements(root).filter((el) => el.children.length === 0 && (el.textContent ?? "").trim() !== "");
	const boxes = leaves.map((el) => ({ el, rects: Array.from(el.getClientRects()).filter((r) => r.width > 0 && r.height > 0) }));
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
			const overlap = a.rects.flatMap((ra) => b.rects.map((rb) => [Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left), Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top)] as const)).find(([x, y]) => x > 2 && y > 2);
			if (overlap) faults.push(`text on top of other text: ${describeElement(a.el)}: overlaps ${describeElement(b.el)} by ${overlap[0].toFixed(0)}×${overlap[1].toFixed(0)} px`);
		}
	}
	return faults;
}

let measurer: CanvasRenderingContext2D | null = null;

/** How wide a text is drawn in an element's font. */
function textWidth(text: string, el: Element): number {
	measurer ??= createEl("canvas").getContext("2d");
	if (!measurer) throw new Error("no canvas to measure text with");
	const style = getComputedStyle(el);
	measurer.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
	return measurer.measureText(text).width;
}

/** Dropdowns too narrow for the option they show: the browser cuts it off, and no scroll width tells. */
export function clippedSelects(root: HTMLElement): string[] {
	const faults: string[] = [];
	for (const select of Array.from(root.querySelectorAll("select")).filter(isVisible)) {
		const style = getComputedStyle(select);
		const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		const shown = select.selectedOptions[0]?.text ?? "";
		const needed = textWidth(shown, select);
		if (needed > room + SLACK) faults.push(`text cut off: ${describeElement(select)}: "${shown}" needs ${needed.toFixed(0)} px, has ${room.toFixed(0)} px`);
	}
	return faults;
}
