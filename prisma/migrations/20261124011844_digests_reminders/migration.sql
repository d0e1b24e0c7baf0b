-- DropIndex
DROP INDEX "Resource_communityId_status_idx";

-- AlterTable
ALTER TABLE "Community" ADD COLUMN     "reminderHours" INTEGER NOT NULL DEFAULT 24;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "remindedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Member_status_joinedAt_idx" ON "Member"("status", "joinedAt");

-- CreateIndex
CREATE INDEX "Resource_communityId_status_lastFeaturedAt_idx" ON "Resource"("communityId", "status", "lastFeaturedAt");
