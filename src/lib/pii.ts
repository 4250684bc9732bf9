// The anonymisation guard: the kinds of personal data that must never be published.
// A finding names only the kind, never the value.

export type PersonalDataKind = "NIP" | "NIK" | "phone" | "email";

/** How each kind is named in messages (both languages read the same). */
export const personalDataLabel: Record<PersonalDataKind, string> = {
  NIP: "NIP (nomor induk pegawai / civil-servant number)",
  NIK: "NIK (nomor induk kependudukan / identity number)",
  phone: "nomor telepon / phone number",
  email: "alamat e-mail / e-mail address",
};

// A run of 16 or 18 digits that is not part of a longer number.
const longNumber = /(?<!\d)(\d{16}|\d{18})(?!\d)/;
// NIP as it is printed: birth date (8), appointment year and month (6), sex (1), serial (3).
const spacedNip = /(?<!\d)\d{8}[\s.-]\d{6}[\s.-]\d[\s.-]\d{3}(?!\d)/;
// NIK printed in groups: 6-6-4 or 4-4-4-4 (or 2-2-2-6-4, region by region).
const spacedNik = /(?<!\d)(?:\d{6}[\s.-]\d{6}[\s.-]\d{4}|\d{4}[\s.-]\d{4}[\s.-]\d{4}[\s.-]\d{4}|\d{2}[\s.-]\d{2}[\s.-]\d{2}[\s.-]\d{6}[\s.-]\d{4})(?!\d)/;
// Mobile numbers: +62 8.., 62 8.., 08.., in groups of 3-4 digits split by a space, dot or
// dash ("0812-3456-7890", "+62 812 3456 7890"); dates such as 2023-08-12 do not fit.
const phone = /(?<![\w+])(?:\(?\+\s?62\)?[\s.-]?|62[\s.-]?|0)8\d{1,3}(?:[\s.-]?\d{3,4}){2,3}(?!\d)/;
// Bounded parts (a local part is at most 64 characters, a label 63), so a long run of
// letters around an "@" is checked in linear time: unbounded, it took seconds per cell.
const email = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}/;

const digitRun = /\d{8}/;

/** The first kind of personal data found in `text`, or null. */
export function findPersonalData(text: string): PersonalDataKind | null {
  if (text.includes("@") && email.test(text)) return "email";
  // Every numeric pattern below holds at least 8 digits in a row, or digit groups.
  const hasLongRun = digitRun.test(text);
  if (hasLongRun || /\d[\s.-]\d/.test(text)) {
    if (spacedNip.test(text)) return "NIP";
    if (spacedNik.test(text)) return "NIK";
    const long = hasLongRun ? longNumber.exec(text) : null;
    if (long) return long[1]!.length === 18 ? "NIP" : "NIK";
  }
  if (phone.test(text)) return "phone";
  return null;
}

/**
 * The guard for a citation: a web address's host and path belong to its publisher and
 * often hold long article numbers, so only its query and fragment are checked; a text
 * citation is checked whole.
 */
export function findPersonalDataInSource(source: string, url: URL | null): PersonalDataKind | null {
  if (url === null) return findPersonalData(source);
  if (url.search === "" && url.hash === "" && url.username === "" && url.password === "") return null;
  let tail = `${url.username} ${url.password} ${url.search} ${url.hash}`;
  try {
    tail = decodeURIComponent(tail);
  } catch {
    // keep the encoded form
  }
  return findPersonalData(tail);
}
