import { DateTime } from "luxon";
import { INTERVIEW_FORMATS, MAX_DURATION_MINUTES, type InterviewFormat } from "../records/record-types";

/** The new-interview form as typed. */
export interface InterviewFormInput {
	readonly contact: string;
	readonly date: string;
	readonly time: string;
	readonly duration: string;
	readonly format: string;
	readonly location: string;
}

export interface InterviewFormValue {
	readonly contact: string;
	/** `2026-11-24`. */
	readonly date: string;
	/** `15:00`, or undefined for "some time that day". */
	readonly time?: string;
	readonly duration: number;
	readonly format?: InterviewFormat;
	readonly location?: string;
}

/** The fields a mistake can be in; the format is a choice from a list and cannot be wrong. */
export type InterviewFormField = "contact" | "date" | "time" | "duration";

/** One mistake, with the field it is in, so that the form can show it there. */
export interface InterviewFormError {
	readonly field: InterviewFormField;
	readonly message: string;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: InterviewFormError[] };

/** Checks the form, with one message per mistake, each saying how to put it right. */
export function readInterviewForm(input: InterviewFormInput): FormResult<InterviewFormValue> {
	const errors: InterviewFormError[] = [];
	const contact = input.contact.trim();
	if (contact === "") errors.push({ field: "contact", message: "Choose who you are talking to." });
	const date = input.date.trim();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid) errors.push({ field: "date", message: "Enter the date as 2026-11-24." });
	const time = input.time.trim();
	if (time !== "" && (!/^\d{2}:\d{2}$/.test(time) || !DateTime.fromISO(`2000-01-01T${time}`).isValid)) {
		errors.push({ field: "time", message: "Enter the time as 15:00, or leave it empty." });
	}
	const duration = Number(input.duration.trim());
	if (!Number.isInteger(duration) || duration <= 0 || duration > MAX_DURATION_MINUTES) {
		errors.push({ field: "duration", message: `Enter the length as a whole number of minutes between 1 and ${MAX_DURATION_MINUTES}.` });
	}
	const format = INTERVIEW_FORMATS.find((f) => f === input.format);
	if (errors.length > 0) return { ok: false, errors };
	const location = input.location.trim();
	return {
		ok: true,
		value: { contact, date, time: time === "" ? undefined : time, duration, format, location: location === "" ? undefined : location },
	};
}
