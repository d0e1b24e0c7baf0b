// Product limits: small enough that every list fits a platform message, large enough for real groups.
export const MAX_RULES = 50;
export const MAX_RULE_LENGTH = 500;
export const MAX_WELCOME_LENGTH = 1500;
// Discord allows 250 roles per guild; a catalog past 100 tags is no longer a catalog.
export const MAX_TAGS = 100;
// Discord role names allow 100 characters; short names keep Telegram toggle buttons readable.
export const MAX_TAG_NAME = 32;
export const MAX_TAG_DESCRIPTION = 200;
export const MAX_CRISIS_TEXT = 1500;
/** Days audit entries and closed reports are kept: a week at least, ten years at most. */
export const RETENTION_DAYS = { min: 7, max: 3650 } as const;
/** Days a warning stays active. */
export const WARNING_EXPIRY_DAYS = { min: 1, max: 3650 } as const;
