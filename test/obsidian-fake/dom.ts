/**
 * Obsidian's additions to the DOM (`createEl`, `empty`, `addClass`…), installed on the
 * prototypes of whatever DOM the test runs in (happy-dom), so that plugin code and the
 * fake's own views and modals build elements the way they do inside Obsidian.
 */

type Attrs = Record<string, string | number | boolean | null>;

function applyInfo(el: HTMLElement, o: DomElementInfo | string | undefined): void {
	const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	if (info.cls !== undefined) el.addClasses(Array.isArray(info.cls) ? info.cls : info.cls.split(/\s+/).filter((c) => c !== ""));
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) el.setAttrs(info.attr);
	if (info.title !== undefined) el.title = info.title;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	if (info.value !== undefined && "value" in el) el.value = info.value;
}

function place(parent: Node | undefined, el: Node, prepend: boolean | undefined): void {
	if (!parent) return;
	if (prepend === true) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
}

/** A node's document; a document has no owner document, and the fake has only one. */
function documentOf(node: Node): Document {
	return node.ownerDocument ?? document;
}

function create<K extends keyof HTMLElementTagNameMap>(
	doc: Document,
	parent: Node | undefined,
	tag: K,
	o: DomElementInfo | string | undefined,
	callback: ((el: HTMLElementTagNameMap[K]) => void) | undefined,
): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	applyInfo(el, o);
	place(typeof o === "object" && o.parent ? o.parent : parent, el, typeof o === "object" ? o.prepend : undefined);
	callback?.(el);
	return el;
}

function createSvgIn<K extends keyof SVGElementTagNameMap>(
	doc: Document,
	parent: Node | undefined,
	tag: K,
	o: SvgElementInfo | string | undefined,
	callback: ((el: SVGElementTagNameMap[K]) => void) | undefined,
): SVGElementTagNameMap[K] {
	const el = doc.createElementNS("http://www.w3.org/2000/svg", tag);
	const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	if (info.cls !== undefined) el.addClasses(Array.isArray(info.cls) ? info.cls : [info.cls]);
	if (info.attr) el.setAttrs(info.attr);
	place(info.parent ?? parent, el, info.prepend);
	callback?.(el);
	return el;
}

function define<T extends object>(target: T, members: Partial<T>): void {
	for (const [name, value] of Object.entries(members)) {
		Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
	}
}

let installed = false;

/** Installs the helpers once; does nothing without a DOM (the node test environment). */
export function installDomHelpers(): void {
	if (installed || typeof document === "undefined") return;
	installed = true;

	define<Node>(Node.prototype, {
		createEl<K extends keyof HTMLElementTagNameMap>(this: Node, tag: K, o?: DomElementInfo | string, callback?: (el: HTMLElementTagNameMap[K]) => void) {
			return create(documentOf(this), this, tag, o, callback);
		},
		createDiv(this: Node, o?: DomElementInfo | string, callback?: (el: HTMLDivElement) => void) {
			return create(documentOf(this), this, "div", o, callback);
		},
		createSpan(this: Node, o?: DomElementInfo | string, callback?: (el: HTMLSpanElement) => void) {
			return create(documentOf(this), this, "span", o, callback);
		},
		createSvg<K extends keyof SVGElementTagNameMap>(this: Node, tag: K, o?: SvgElementInfo | string, callback?: (el: SVGElementTagNameMap[K]) => void) {
			return createSvgIn(documentOf(this), this, tag, o, callback);
		},
		empty(this: Node) {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		detach(this: Node) {
			this.parentNode?.removeChild(this);
		},
		appendText(this: Node, val: string) {
			this.appendChild(documentOf(this).createTextNode(val));
		},
		indexOf(this: Node, other: Node) {
			return Array.prototype.indexOf.call(this.childNodes, other);
		},
		insertAfter<T extends Node>(this: Node, node: T, child: Node | null) {
			this.insertBefore(node, child ? child.nextSibling : this.firstChild);
			return node;
		},
		setChildrenInPlace(this: Node, children: Node[]) {
			while (this.firstChild) this.removeChild(this.firstChild);
			for (const child of children) this.appendChild(child);
		},
		instanceOf<T>(this: Node, type: new () => T): this is T {
			// What `instanceof` does, spelled out: this helper is what `.instanceOf` means.
			return Object.prototype.isPrototypeOf.call(type.prototype, this);
		},
	});
	Object.defineProperty(Node.prototype, "doc", {
		configurable: true,
		get(this: Node) {
			return documentOf(this);
		},
	});
	Object.defineProperty(Node.prototype, "win", {
		configurable: true,
		get(this: Node) {
			return documentOf(this).defaultView ?? window;
		},
	});

	define<Element>(Element.prototype, {
		getText(this: Element) {
			return this.textContent ?? "";
		},
		setText(this: Element, val: string | DocumentFragment) {
			if (typeof val === "string") this.textContent = val;
			else this.replaceChildren(val);
		},
		addClass(this: Element, ...classes: string[]) {
			this.classList.add(...classes);
		},
		addClasses(this: Element, classes: string[]) {
			this.classList.add(...classes);
		},
		removeClass(this: Element, ...classes: string[]) {
			this.classList.remove(...classes);
		},
		removeClasses(this: Element, classes: string[]) {
			this.classList.remove(...classes);
		},
		toggleClass(this: Element, classes: string | string[], value: boolean) {
			for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
		},
		hasClass(this: Element, cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(this: Element, name: string, value: string | number | boolean | null) {
			if (value === null) this.removeAttribute(name);
			else this.setAttribute(name, String(value));
		},
		setAttrs(this: Element, obj: Attrs) {
			for (const [name, value] of Object.entries(obj)) this.setAttr(name, value);
		},
		getAttr(this: Element, name: string) {
			return this.getAttribute(name);
		},
		matchParent(this: Element, selector: string, lastParent?: Element) {
			const found = this.closest(selector);
			// The search stops below `lastParent`, as Obsidian's does.
			if (!found || (lastParent && (found === lastParent || !lastParent.contains(found)))) return null;
			return found;
		},
		find(this: Element, selector: string) {
			return this.querySelector(selector);
		},
		findAll(this: Element, selector: string) {
			return Array.from(this.querySelectorAll<HTMLElement>(selector));
		},
		findAllSelf(this: Element, selector: string) {
			const found = Array.from(this.querySelectorAll<HTMLElement>(selector));
			return this.instanceOf(HTMLElement) && this.matches(selector) ? [this, ...found] : found;
		},
		isActiveElement(this: Element) {
			return documentOf(this).activeElement === this;
		},
		getCssPropertyValue(this: Element, property: string) {
			return this.instanceOf(HTMLElement) ? this.style.getPropertyValue(property) : "";
		},
	});

	define<HTMLElement>(HTMLElement.prototype, {
		show(this: HTMLElement) {
			this.style.removeProperty("display");
		},
		hide(this: HTMLElement) {
			this.style.display = "none";
		},
		toggle(this: HTMLElement, show: boolean) {
			if (show) this.show();
			else this.hide();
		},
		toggleVisibility(this: HTMLElement, visible: boolean) {
			this.style.visibility = visible ? "" : "hidden";
		},
		isShown(this: HTMLElement) {
			return this.style.display !== "none" && this.isConnected;
		},
		setCssStyles(this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		},
		setCssProps(this: HTMLElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		},
		onClickEvent(this: HTMLElement, listener: (this: HTMLElement, ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
			this.addEventListener("click", listener, options);
		},
		trigger(this: HTMLElement, eventType: string) {
			this.dispatchEvent(new Event(eventType, { bubbles: true }));
		},
	});

	const globals: Record<string, unknown> = {
		createEl: <K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo | string, callback?: (el: HTMLElementTagNameMap[K]) => void) => create(document, undefined, tag, o, callback),
		createDiv: (o?: DomElementInfo | string, callback?: (el: HTMLDivElement) => void) => create(document, undefined, "div", o, callback),
		createSpan: (o?: DomElementInfo | string, callback?: (el: HTMLSpanElement) => void) => create(document, undefined, "span", o, callback),
		createSvg: <K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgElementInfo | string, callback?: (el: SVGElementTagNameMap[K]) => void) => createSvgIn(document, undefined, tag, o, callback),
		createFragment: (callback?: (el: DocumentFragment) => void) => {
			const fragment = document.createDocumentFragment();
			callback?.(fragment);
			return fragment;
		},
		activeDocument: document,
		activeWindow: window,
		sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
		nextFrame: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
	};
	for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
}

/** For the fake's DOM-building parts: a clear failure in the node environment. */
export function requireDom(what: string): void {
	if (typeof document === "undefined") {
		throw new Error(`${what} needs a DOM: start the test file with the docblock // @vitest-environment happy-dom`);
	}
	installDomHelpers();
}
