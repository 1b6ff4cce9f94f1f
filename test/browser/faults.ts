import { contrastFaults } from "./contrast";
import { clippedSelects, clippedText, horizontalOverflow, overlappingText } from "./layout-checks";

/**
 * Everything a user could see go wrong in a view as it is drawn now: parts wider than
 * the sidebar, text cut off or drawn over other text, and text too faint to read.
 */
export function faultsOf(viewContainer: HTMLElement): string[] {
	const sidebar = viewContainer.closest<HTMLElement>(".ii-test-sidebar");
	if (!sidebar) throw new Error("the view is not in a sidebar");
	return [...horizontalOverflow(viewContainer, sidebar), ...clippedText(viewContainer), ...clippedSelects(viewContainer), ...overlappingText(viewContainer), ...contrastFaults(viewContainer)];
}
