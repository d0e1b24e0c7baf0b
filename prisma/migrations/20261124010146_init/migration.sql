-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('console', 'discord', 'telegram', 'slack');

-- CreateEnum
CREATE TYPE "MemberStatus" AS ENUM ('pending', 'active');

-- CreateEnum
CREATE TYPE "WelcomeMode" AS ENUM ('group', 'private');

-- CreateEnum
CREATE TYPE "TagKind" AS ENUM ('role', 'condition');

-- CreateEnum
CREATE TYPE "TagVisibility" AS ENUM ('public', 'private');

-- CreateEnum
CREATE TYPE "ResourceStatus" AS ENUM ('suggested', 'approved', 'rejected', 'retired');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('government', 'clinical', 'patient_org', 'peer', 'other');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('open', 'resolved', 'dismissed');

-- CreateEnum
CREATE TYPE "DigestRunStatus" AS ENUM ('claimed', 'sent', 'skipped', 'failed');

-- CreateTable
CREATE TABLE "Community" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT NOT NULL DEFAULT '',
    "welcomeText" TEXT,
    "welcomeMode" "WelcomeMode" NOT NULL DEFAULT 'group',
    "gateEnabled" BOOLEAN NOT NULL DEFAULT false,
    "retentionDays" INTEGER NOT NULL DEFAULT 90,
    "warningExpiryDays" INTEGER NOT NULL DEFAULT 90,
    "crisisText" TEXT,
    "crisisAlert" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "platformGroupId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "welcomeChannelId" TEXT,
    "modChannelId" TEXT,
    "memberRoleId" TEXT,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "groupId" INTEGER NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "status" "MemberStatus" NOT NULL DEFAULT 'pending',
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedRulesVersion" INTEGER,
    "acceptedAt" TIMESTAMP(3),

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "emoji" TEXT,
    "kind" "TagKind" NOT NULL DEFAULT 'role',
    "selfAssignable" BOOLEAN NOT NULL DEFAULT true,
    "visibility" "TagVisibility" NOT NULL DEFAULT 'public',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberTag" (
    "memberId" INTEGER NOT NULL,
    "tagId" INTEGER NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberTag_pkey" PRIMARY KEY ("memberId","tagId")
);

-- CreateTable
CREATE TABLE "TagRole" (
    "tagId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "platformRoleId" TEXT NOT NULL,

    CONSTRAINT "TagRole_pkey" PRIMARY KEY ("tagId","groupId")
);

-- CreateTable
CREATE TABLE "RuleSet" (
    "communityId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "rules" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RuleSet_pkey" PRIMARY KEY ("communityId")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "urlKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "topics" TEXT[],
    "sourceKind" "SourceKind" NOT NULL DEFAULT 'other',
    "status" "ResourceStatus" NOT NULL DEFAULT 'suggested',
    "suggestedById" INTEGER,
    "approvedBy" TEXT,
    "approvedAt" TIMESTAMP(3),
    "lastReviewedAt" TIMESTAMP(3),
    "lastFeaturedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrustedDomain" (
    "communityId" INTEGER NOT NULL,
    "domain" TEXT NOT NULL,

    CONSTRAINT "TrustedDomain_pkey" PRIMARY KEY ("communityId","domain")
);

-- CreateTable
CREATE TABLE "DigestSchedule" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "channelId" TEXT NOT NULL,
    "minuteOfDay" INTEGER NOT NULL,
    "timeZone" TEXT NOT NULL,
    "weekdays" INTEGER NOT NULL DEFAULT 127,
    "itemCount" INTEGER NOT NULL DEFAULT 3,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" SERIAL NOT NULL,
    "scheduleId" INTEGER NOT NULL,
    "localDate" TEXT NOT NULL,
    "status" "DigestRunStatus" NOT NULL DEFAULT 'claimed',
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "sentAt" TIMESTAMP(3),
    "resourceIds" INTEGER[],
    "messageIds" TEXT[],

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "reporterId" INTEGER,
    "reason" TEXT NOT NULL DEFAULT '',
    "messageRef" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'open',
    "resolvedBy" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Warning" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Warning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModeratorGrant" (
    "communityId" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "grantedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModeratorGrant_pkey" PRIMARY KEY ("communityId","platform","platformUserId")
);

-- CreateTable
CREATE TABLE "LinkCode" (
    "code" TEXT NOT NULL,
    "communityId" INTEGER NOT NULL,
    "createdBy" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "LinkCode_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Notice" (
    "groupId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("groupId","kind")
);

-- CreateIndex
CREATE INDEX "Group_communityId_idx" ON "Group"("communityId");

-- CreateIndex
CREATE UNIQUE INDEX "Group_platform_platformGroupId_key" ON "Group"("platform", "platformGroupId");

-- CreateIndex
CREATE INDEX "Member_platformUserId_idx" ON "Member"("platformUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_groupId_platformUserId_key" ON "Member"("groupId", "platformUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_communityId_key_key" ON "Tag"("communityId", "key");

-- CreateIndex
CREATE INDEX "MemberTag_tagId_idx" ON "MemberTag"("tagId");

-- CreateIndex
CREATE INDEX "Resource_communityId_status_idx" ON "Resource"("communityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_communityId_urlKey_key" ON "Resource"("communityId", "urlKey");

-- CreateIndex
CREATE INDEX "DigestSchedule_enabled_idx" ON "DigestSchedule"("enabled");

-- CreateIndex
CREATE UNIQUE INDEX "DigestSchedule_groupId_channelId_key" ON "DigestSchedule"("groupId", "channelId");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_scheduleId_localDate_key" ON "DigestRun"("scheduleId", "localDate");

-- CreateIndex
CREATE INDEX "Report_communityId_status_idx" ON "Report"("communityId", "status");

-- CreateIndex
CREATE INDEX "Warning_memberId_idx" ON "Warning"("memberId");

-- CreateIndex
CREATE INDEX "AuditEntry_communityId_createdAt_idx" ON "AuditEntry"("communityId", "createdAt");

-- CreateIndex
CREATE INDEX "ModeratorGrant_platform_platformUserId_idx" ON "ModeratorGrant"("platform", "platformUserId");

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTag" ADD CONSTRAINT "MemberTag_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTag" ADD CONSTRAINT "MemberTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagRole" ADD CONSTRAINT "TagRole_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TagRole" ADD CONSTRAINT "TagRole_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RuleSet" ADD CONSTRAINT "RuleSet_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_suggestedById_fkey" FOREIGN KEY ("suggestedById") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrustedDomain" ADD CONSTRAINT "TrustedDomain_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestSchedule" ADD CONSTRAINT "DigestSchedule_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestSchedule" ADD CONSTRAINT "DigestSchedule_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestRun" ADD CONSTRAINT "DigestRun_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "DigestSchedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeratorGrant" ADD CONSTRAINT "ModeratorGrant_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkCode" ADD CONSTRAINT "LinkCode_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
