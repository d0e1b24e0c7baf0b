-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "formerActor" INTEGER;

-- AlterTable
ALTER TABLE "LinkCode" ADD COLUMN     "createdByPlatform" "Platform";

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "resolvedByPlatform" "Platform";

-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "approvedByPlatform" "Platform";

-- AlterTable
ALTER TABLE "Warning" ADD COLUMN     "issuedByPlatform" "Platform";

-- Existing actor ids were written by moderators of the community's own groups: take the platform
-- of its first group (a community spanning platforms before this migration is the rare case).
UPDATE "Resource" r SET "approvedByPlatform" = g."platform"
  FROM (SELECT DISTINCT ON ("communityId") "communityId", "platform" FROM "Group" ORDER BY "communityId", "id") g
 WHERE r."communityId" = g."communityId" AND r."approvedBy" IS NOT NULL;
UPDATE "Report" r SET "resolvedByPlatform" = g."platform"
  FROM (SELECT DISTINCT ON ("communityId") "communityId", "platform" FROM "Group" ORDER BY "communityId", "id") g
 WHERE r."communityId" = g."communityId" AND r."resolvedBy" IS NOT NULL;
UPDATE "Warning" w SET "issuedByPlatform" = g."platform"
  FROM (SELECT DISTINCT ON ("communityId") "communityId", "platform" FROM "Group" ORDER BY "communityId", "id") g
 WHERE w."communityId" = g."communityId" AND w."issuedBy" <> '';
UPDATE "LinkCode" l SET "createdByPlatform" = g."platform"
  FROM (SELECT DISTINCT ON ("communityId") "communityId", "platform" FROM "Group" ORDER BY "communityId", "id") g
 WHERE l."communityId" = g."communityId" AND l."createdBy" IS NOT NULL;
