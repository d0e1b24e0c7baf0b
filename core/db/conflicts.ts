import { Prisma } from "./generated/client.js";

/** Whether a write was refused by a unique key: the same row was stored first (by us or another). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
