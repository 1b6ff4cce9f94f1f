import { DateTime } from "luxon";
import type { TFile } from "obsidian";
import { resolveZone } from "../domain/records/dates";
import type { ContactRecord, VaultRecord } from "../domain/records/record-types";
import { contextFromRecord } from "../domain/templates/context-from-records";
import type { TemplateContext } from "../domain/templates/template-context";
import type { PluginHost } from "./plugin-host";

export function recordOf(host: Pick<PluginHost, "index" | "settings">, file: TFile | null): VaultRecord | undefined {
	return file ? host.index.get(file.path) : undefined;
}

/** The contact a note is about: itself when it is a contact, its `contact` when it is an interview. */
export function contactOf(host: Pick<PluginHost, "index" | "settings">, record: VaultRecord | undefined): ContactRecord | undefined {
	if (record?.kind === "contact") return record;
	const path = record?.kind === "interview" ? record.contact?.path : undefined;
	const contact = path ? host.index.get(path) : undefined;
	return contact?.kind === "contact" ? contact : undefined;
}

/** What placeholders mean in `file`, now, in the user's zone. */
export function templateContextFor(host: Pick<PluginHost, "index" | "settings">, file: TFile | null): TemplateContext {
	const { settings } = host;
	const today = DateTime.now().setZone(resolveZone(settings.timeZone));
	const me = { name: settings.myName, email: settings.myEmail, signature: settings.signature };
	return contextFromRecord(recordOf(host, file), host.index, me, today);
}
