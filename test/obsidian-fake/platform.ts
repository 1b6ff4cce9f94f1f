import type * as obsidian from "obsidian";

type PlatformFlags = typeof obsidian.Platform;

const DESKTOP: PlatformFlags = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake-vault/",
};

const PHONE: PlatformFlags = {
	...DESKTOP,
	isDesktop: false,
	isMobile: true,
	isDesktopApp: false,
	isMobileApp: true,
	isAndroidApp: true,
	isPhone: true,
	isLinux: false,
	resourcePathPrefix: "http://localhost/_capacitor_file_",
};

/**
 * Obsidian's Platform. One object, changed in place, because plugin code reads it
 * through the module binding; `setPlatform("mobile")` switches, `setPlatform("desktop")`
 * switches back (do it in `afterEach`).
 */
export const Platform: PlatformFlags = { ...DESKTOP };

export function setPlatform(kind: "desktop" | "mobile", overrides: Partial<PlatformFlags> = {}): void {
	Object.assign(Platform, kind === "desktop" ? DESKTOP : PHONE, overrides);
}
