import type * as obsidian from "obsidian";

interface Range {
	anchor: number;
	head: number;
}

interface Snapshot {
	readonly text: string;
	readonly ranges: readonly Range[];
}

interface Change {
	readonly from: number;
	readonly to: number;
	readonly text: string;
}

/**
 * Obsidian's Editor over a plain string. Every call that edits (`setValue`,
 * `replaceRange`, `replaceSelection`, `transaction`, `setLine`, `processLines`) is one
 * undoable step, as in CodeMirror; `undoDepth` lets a test check that an insertion was a
 * single step. Positions map through edits the way CodeMirror maps a cursor (a cursor at
 * the insertion point stays before the inserted text).
 */
export class Editor implements obsidian.Editor {
	private text: string;
	private ranges: Range[] = [{ anchor: 0, head: 0 }];
	private readonly undoStack: Snapshot[] = [];
	private readonly redoStack: Snapshot[] = [];
	private focused = false;
	private readonly listeners = new Set<(editor: Editor) => void>();

	constructor(text = "") {
		this.text = text;
	}

	/** Test hook: how many undoable steps there are. */
	get undoDepth(): number {
		return this.undoStack.length;
	}

	/** Test hook: called after every edit (the markdown view turns it into `editor-change`). */
	onDidChange(listener: (editor: Editor) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Replaces the text without an undo step, as when a view loads a file. */
	resetValue(text: string): void {
		this.text = text;
		this.ranges = this.ranges.map((r) => ({ anchor: Math.min(r.anchor, text.length), head: Math.min(r.head, text.length) }));
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.edit([{ from: 0, to: this.text.length, text: content }]);
	}

	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getSelection(): string {
		const main = this.main();
		return this.text.slice(Math.min(main.anchor, main.head), Math.max(main.anchor, main.head));
	}

	somethingSelected(): boolean {
		return this.ranges.some((r) => r.anchor !== r.head);
	}

	getRange(from: obsidian.EditorPosition, to: obsidian.EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}

	replaceSelection(replacement: string): void {
		const main = this.main();
		const from = Math.min(main.anchor, main.head);
		this.edit([{ from, to: Math.max(main.anchor, main.head), text: replacement }], [{ anchor: from + replacement.length, head: from + replacement.length }]);
	}

	replaceRange(replacement: string, from: obsidian.EditorPosition, to?: obsidian.EditorPosition): void {
		const start = this.posToOffset(from);
		this.edit([{ from: start, to: to ? this.posToOffset(to) : start, text: replacement }]);
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): obsidian.EditorPosition {
		const main = this.main();
		const offset = side === "from" ? Math.min(main.anchor, main.head) : side === "to" ? Math.max(main.anchor, main.head) : main[side];
		return this.offsetToPos(offset);
	}

	listSelections(): obsidian.EditorSelection[] {
		return this.ranges.map((r) => ({ anchor: this.offsetToPos(r.anchor), head: this.offsetToPos(r.head) }));
	}

	setCursor(pos: obsidian.EditorPosition | number, ch?: number): void {
		const position = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		const offset = this.posToOffset(position);
		this.ranges = [{ anchor: offset, head: offset }];
	}

	setSelection(anchor: obsidian.EditorPosition, head?: obsidian.EditorPosition): void {
		this.ranges = [{ anchor: this.posToOffset(anchor), head: this.posToOffset(head ?? anchor) }];
	}

	setSelections(ranges: obsidian.EditorSelectionOrCaret[], main?: number): void {
		const mapped = ranges.map((r) => ({ anchor: this.posToOffset(r.anchor), head: this.posToOffset(r.head ?? r.anchor) }));
		// The main selection goes first, which is where this fake reads it from.
		const first = mapped.splice(main ?? 0, 1);
		this.ranges = first.length > 0 ? [...first, ...mapped] : [{ anchor: 0, head: 0 }];
	}

	focus(): void {
		this.focused = true;
	}

	blur(): void {
		this.focused = false;
	}

	hasFocus(): boolean {
		return this.focused;
	}

	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}

	scrollTo(): void {}

	scrollIntoView(): void {}

	undo(): void {
		const previous = this.undoStack.pop();
		if (!previous) return;
		this.redoStack.push(this.snapshot());
		this.restore(previous);
	}

	redo(): void {
		const next = this.redoStack.pop();
		if (!next) return;
		this.undoStack.push(this.snapshot());
		this.restore(next);
	}

	exec(command: obsidian.EditorCommandName): void {
		const cursor = this.getCursor();
		if (command === "goStart") this.setCursor(0, 0);
		else if (command === "goEnd") this.setCursor(this.offsetToPos(this.text.length));
		else if (command === "deleteLine") this.replaceRange("", { line: cursor.line, ch: 0 }, cursor.line < this.lastLine() ? { line: cursor.line + 1, ch: 0 } : { line: cursor.line, ch: this.getLine(cursor.line).length });
		else if (command === "newlineAndIndent") this.replaceSelection("\n");
		// Folding, indentation and cursor motions by word have no visible effect on a string.
	}

	transaction(tx: obsidian.EditorTransaction): void {
		const changes: Change[] = (tx.changes ?? []).map((c) => {
			const from = this.posToOffset(c.from);
			return { from, to: c.to ? this.posToOffset(c.to) : from, text: c.text };
		});
		if (tx.replaceSelection !== undefined) {
			for (const r of this.ranges) changes.push({ from: Math.min(r.anchor, r.head), to: Math.max(r.anchor, r.head), text: tx.replaceSelection });
		}
		const wanted = tx.selections ?? (tx.selection ? [tx.selection] : undefined);
		// Selections in a transaction are given in the document after the changes.
		this.edit(changes, undefined, wanted);
	}

	wordAt(pos: obsidian.EditorPosition): obsidian.EditorRange | null {
		const line = this.getLine(pos.line);
		const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
		let start = pos.ch;
		let end = pos.ch;
		while (isWord(line[start - 1])) start--;
		while (isWord(line[end])) end++;
		return start === end ? null : { from: { line: pos.line, ch: start }, to: { line: pos.line, ch: end } };
	}

	posToOffset(pos: obsidian.EditorPosition): number {
		const lines = this.lines();
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		let offset = 0;
		for (let i = 0; i < line; i++) offset += (lines[i]?.length ?? 0) + 1;
		return offset + Math.max(0, Math.min(pos.ch, lines[line]?.length ?? 0));
	}

	offsetToPos(offset: number): obsidian.EditorPosition {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const before = this.text.slice(0, clamped);
		const line = before.split("\n").length - 1;
		return { line, ch: clamped - (before.lastIndexOf("\n") + 1) };
	}

	processLines<T>(
		read: (line: number, lineText: string) => T | null,
		write: (line: number, lineText: string, value: T | null) => obsidian.EditorChange | void,
		ignoreEmpty = false,
	): void {
		const changes: obsidian.EditorChange[] = [];
		this.lines().forEach((lineText, line) => {
			if (ignoreEmpty && lineText.trim() === "") return;
			const change = write(line, lineText, read(line, lineText));
			if (change) changes.push(change);
		});
		if (changes.length > 0) this.transaction({ changes });
	}

	private lines(): string[] {
		return this.text.split("\n");
	}

	private main(): Range {
		return this.ranges[0] ?? { anchor: 0, head: 0 };
	}

	private snapshot(): Snapshot {
		return { text: this.text, ranges: this.ranges.map((r) => ({ ...r })) };
	}

	private restore(snapshot: Snapshot): void {
		this.text = snapshot.text;
		this.ranges = snapshot.ranges.map((r) => ({ ...r }));
		for (const listener of [...this.listeners]) listener(this);
	}

	/** Applies non-overlapping changes given against the current text, as one undo step. */
	private edit(changes: Change[], ranges?: Range[], after?: obsidian.EditorRangeOrCaret[]): void {
		if (changes.length === 0 && !ranges && !after) return;
		this.undoStack.push(this.snapshot());
		this.redoStack.length = 0;
		const sorted = [...changes].sort((a, b) => b.from - a.from);
		for (const change of sorted) this.text = this.text.slice(0, change.from) + change.text + this.text.slice(change.to);
		const map = (offset: number): number => {
			let result = offset;
			for (const change of changes) {
				if (offset <= change.from) continue;
				if (offset >= change.to) result += change.text.length - (change.to - change.from);
				else result += change.from - offset;
			}
			return result;
		};
		if (after) this.ranges = after.map((r) => ({ anchor: this.posToOffset(r.from), head: this.posToOffset(r.to ?? r.from) }));
		else this.ranges = ranges ?? this.ranges.map((r) => ({ anchor: map(r.anchor), head: map(r.head) }));
		for (const listener of [...this.listeners]) listener(this);
	}
}
