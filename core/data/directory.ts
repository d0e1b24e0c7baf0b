import { readFileSync } from "node:fs";
import { z } from "zod";
import { projectPath } from "../project-root.js";

// The shipped data files (core/data/README.md names their sources and licence). Read once, on
// first use, and validated: a malformed file stops the bot at the first /crisis rather than
// showing a wrong number.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const phone = z.string().regex(/^[0-9][0-9 -]{1,19}$/);

const crisisEntry = z.object({
  country: z.string().regex(/^[A-Z]{2}$/),
  emergency: phone,
  urgent: phone.optional(),
  crisisLine: z.object({ name: z.string().min(1).max(120), number: phone, url: z.url() }).optional(),
  source: z.url(),
  verified: isoDate,
  verification: z.string().min(1),
});

const crisisFile = z.object({ licence: z.literal("CC0-1.0"), countries: z.array(crisisEntry) });

export const TRUSTED_CATEGORIES = [
  "national_health_service",
  "public_health_agency",
  "un_agency",
  "clinical_institution",
  "medical_library",
] as const;

const trustedEntry = z.object({
  domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/),
  category: z.enum(TRUSTED_CATEGORIES),
  name: z.string().min(1),
  checked: isoDate,
});

const trustedFile = z.object({ licence: z.literal("CC0-1.0"), domains: z.array(trustedEntry) });

export type CrisisEntry = z.infer<typeof crisisEntry>;
export type TrustedEntry = z.infer<typeof trustedEntry>;

function load<T>(file: string, schema: z.ZodType<T>): () => T {
  let cached: T | undefined;
  return () => {
    cached ??= schema.parse(JSON.parse(readFileSync(projectPath("core", "data", file), "utf8")));
    return cached;
  };
}

const crisisData = load("crisis-directory.json", crisisFile);
const trustedData = load("trusted-health-domains.json", trustedFile);

/** Every country of the crisis directory, by ISO 3166-1 alpha-2 code. */
export function crisisDirectory(): ReadonlyMap<string, CrisisEntry> {
  return new Map(crisisData().countries.map((entry) => [entry.country, entry]));
}

export function crisisEntryFor(country: string | null | undefined): CrisisEntry | undefined {
  return country ? crisisDirectory().get(country) : undefined;
}

/** The shipped trusted health-information domains. */
export function trustedDefaults(): readonly TrustedEntry[] {
  return trustedData().domains;
}
