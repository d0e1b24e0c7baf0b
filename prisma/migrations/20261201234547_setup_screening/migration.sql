-- CreateEnum
CREATE TYPE "ApplicantSource" AS ENUM ('join', 'request');

-- AlterTable
ALTER TABLE "Community" ADD COLUMN     "country" TEXT;

-- AlterTable
ALTER TABLE "TrustedDomain" ADD COLUMN     "fromDefaults" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SetupStep" (
    "communityId" INTEGER NOT NULL,
    "step" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SetupStep_pkey" PRIMARY KEY ("communityId","step")
);

-- CreateTable
CREATE TABLE "Screening" (
    "communityId" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "questions" TEXT[],

    CONSTRAINT "Screening_pkey" PRIMARY KEY ("communityId")
);

-- CreateTable
CREATE TABLE "Applicant" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "source" "ApplicantSource" NOT NULL,
    "answers" TEXT[],
    "accountCreatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Applicant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Applicant_platform_platformUserId_idx" ON "Applicant"("platform", "platformUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Applicant_groupId_platformUserId_key" ON "Applicant"("groupId", "platformUserId");

-- AddForeignKey
ALTER TABLE "SetupStep" ADD CONSTRAINT "SetupStep_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Applicant" ADD CONSTRAINT "Applicant_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Applicant" ADD CONSTRAINT "Applicant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
