/**
 * A 64-bit FNV-1a hash of a text's UTF-16 code units, as 16 hex digits. Not for secrets:
 * it only has to give the same answer on every machine and run, and different answers
 * for different texts often enough that two events never share an identity by accident.
 * Two 32-bit lanes with different offsets keep it within plain number arithmetic.
 */
export function contentHash(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ 0x5bd1e995;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		a = Math.imul(a ^ unit, 0x01000193) >>> 0;
		b = Math.imul(b ^ unit, 0x01000193) >>> 0;
		b = (b ^ (b >>> 15)) >>> 0;
	}
	return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
