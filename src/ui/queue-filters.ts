import { fieldKey } from "../domain/records/career-fields";
import { FOLLOW_UP_KINDS, KIND_LABELS, type FollowUpKind } from "../domain/follow-ups/kinds";
import type { QueueFilter } from "../domain/follow-ups/queue-filter";
import { setClass } from "./dom-class";

const ANY = "";

function isKind(value: string): value is FollowUpKind {
	return (FOLLOW_UP_KINDS as readonly string[]).includes(value);
}

/**
 * The compact row of dropdowns above the queue: one for the kind of follow-up, one for
 * the career field. The field list follows the queue (fields come and go with notes) and
 * is rebuilt only when it changes, so that an open dropdown is not disturbed needlessly.
 */
export class QueueFilters {
	readonly el: HTMLElement;
	private readonly kindEl: HTMLSelectElement;
	private readonly fieldEl: HTMLSelectElement;
	private fields: readonly string[] = [];

	constructor(parent: HTMLElement, onChange: (filter: QueueFilter) => void) {
		this.el = parent.createDiv({ cls: "ii-queue-filters" });
		this.kindEl = this.el.createEl("select", { cls: ["dropdown", "ii-queue-filter"], attr: { "aria-label": "Show only this kind of follow-up" } });
		this.kindEl.createEl("option", { text: "All kinds", value: ANY });
		for (const kind of FOLLOW_UP_KINDS) this.kindEl.createEl("option", { text: KIND_LABELS[kind], value: kind });
		this.fieldEl = this.el.createEl("select", { cls: ["dropdown", "ii-queue-filter"], attr: { "aria-label": "Show only this career field" } });
		this.setFields([]);
		const changed = (): void => onChange(this.filter);
		this.kindEl.addEventListener("change", changed);
		this.fieldEl.addEventListener("change", changed);
	}

	/** Shows `filter` (one remembered from the last session, or none); a field with no items yet stays offered. */
	restore(filter: QueueFilter): void {
		this.kindEl.value = filter.kind ?? ANY;
		if (filter.field !== null && !this.fields.includes(filter.field)) {
			this.fields = [...this.fields, filter.field];
			this.fieldEl.createEl("option", { text: filter.field, value: filter.field });
		}
		this.fieldEl.value = filter.field ?? ANY;
		setClass(this.fieldEl, "ii-queue-hidden", this.fields.length === 0);
	}

	get filter(): QueueFilter {
		const kind = this.kindEl.value;
		const field = this.fieldEl.value;
		return { kind: isKind(kind) ? kind : null, field: field === ANY ? null : field };
	}

	/**
	 * The fields to offer; the chosen one stays offered while it is chosen, even with no
	 * item left in it. When the spelling offered for it changes, that spelling is chosen
	 * instead: the filter ignores case and spaces, so the list it shows stays the same.
	 */
	setFields(fields: readonly string[]): void {
		const value = this.fieldEl.value;
		const chosen = value === ANY ? ANY : (fields.find((field) => fieldKey(field) === fieldKey(value)) ?? value);
		const offered = chosen !== ANY && !fields.includes(chosen) ? [...fields, chosen] : fields;
		if (offered.length === this.fields.length && offered.every((f, i) => f === this.fields[i]) && this.fieldEl.options.length > 0) return;
		this.fields = offered;
		this.fieldEl.empty();
		this.fieldEl.createEl("option", { text: "All fields", value: ANY });
		for (const field of offered) this.fieldEl.createEl("option", { text: field, value: field });
		this.fieldEl.value = chosen;
		setClass(this.fieldEl, "ii-queue-hidden", offered.length === 0);
	}
}
