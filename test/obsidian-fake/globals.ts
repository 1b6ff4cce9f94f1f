/**
 * Obsidian adds a few helpers to built-in prototypes (`Array.prototype.first`,
 * `String.prototype.contains`, `Math.clamp`…); plugin code type-checks against them,
 * so the fake provides the common ones, non-enumerable, as Obsidian does.
 */
function define(target: object, name: string, value: unknown): void {
	if (name in target) return;
	Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

export function installGlobalHelpers(): void {
	define(Array.prototype, "first", function (this: unknown[]) {
		return this[0];
	});
	define(Array.prototype, "last", function (this: unknown[]) {
		return this[this.length - 1];
	});
	define(Array.prototype, "contains", function (this: unknown[], target: unknown) {
		return this.includes(target);
	});
	define(Array.prototype, "remove", function (this: unknown[], target: unknown) {
		for (let i = this.indexOf(target); i >= 0; i = this.indexOf(target)) this.splice(i, 1);
	});
	define(Array.prototype, "unique", function (this: unknown[]) {
		return [...new Set(this)];
	});
	define(String.prototype, "contains", function (this: string, target: string) {
		return this.includes(target);
	});
	define(Math, "clamp", (value: number, min: number, max: number) => Math.min(Math.max(value, min), max));
	define(Math, "square", (value: number) => value * value);
	define(Object, "isEmpty", (object: Record<string, unknown>) => Object.keys(object).length === 0);
	define(globalThis, "isBoolean", (obj: unknown) => typeof obj === "boolean");
}
