/**
 * Adds or removes a class only when that changes something: a live view sets classes on
 * every update, and rewriting an unchanged attribute still costs a style recalculation
 * and wakes every observer of the element.
 */
export function setClass(el: Element, cls: string, on: boolean): void {
	if (el.hasClass(cls) !== on) el.toggleClass(cls, on);
}
