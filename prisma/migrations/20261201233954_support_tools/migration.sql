-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('draft', 'pending', 'posted');

-- CreateEnum
CREATE TYPE "HeadsUpKind" AS ENUM ('crisis', 'worried');

-- CreateTable
CREATE TABLE "SupportSettings" (
    "communityId" INTEGER NOT NULL,
    "questionDays" INTEGER NOT NULL DEFAULT 30,
    "worriedAlert" BOOLEAN NOT NULL DEFAULT false,
    "crisisRemindMinutes" INTEGER NOT NULL DEFAULT 30,

    CONSTRAINT "SupportSettings_pkey" PRIMARY KEY ("communityId")
);

-- CreateTable
CREATE TABLE "AnonymousQuestion" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "askerId" INTEGER NOT NULL,
    "channelId" TEXT NOT NULL,
    "text" TEXT,
    "status" "QuestionStatus" NOT NULL DEFAULT 'pending',
    "revealRequestedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postedAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnonymousQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnonymousPost" (
    "questionId" INTEGER NOT NULL,
    "messageId" TEXT NOT NULL,

    CONSTRAINT "AnonymousPost_pkey" PRIMARY KEY ("questionId","messageId")
);

-- CreateTable
CREATE TABLE "WorriedNote" (
    "communityId" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorriedNote_pkey" PRIMARY KEY ("communityId","platform","platformUserId")
);

-- CreateTable
CREATE TABLE "WorriedOptOut" (
    "platform" "Platform" NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorriedOptOut_pkey" PRIMARY KEY ("platform","platformUserId")
);

-- CreateTable
CREATE TABLE "HeadsUp" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "kind" "HeadsUpKind" NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "claimedBy" TEXT,
    "claimedAt" TIMESTAMP(3),
    "handledBy" TEXT,
    "handledAt" TIMESTAMP(3),
    "reminders" INTEGER NOT NULL DEFAULT 0,
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HeadsUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnonymousQuestion_communityId_status_idx" ON "AnonymousQuestion"("communityId", "status");

-- CreateIndex
CREATE INDEX "AnonymousQuestion_askerId_idx" ON "AnonymousQuestion"("askerId");

-- CreateIndex
CREATE INDEX "AnonymousQuestion_closesAt_idx" ON "AnonymousQuestion"("closesAt");

-- CreateIndex
CREATE INDEX "AnonymousPost_messageId_idx" ON "AnonymousPost"("messageId");

-- CreateIndex
CREATE INDEX "WorriedNote_sentAt_idx" ON "WorriedNote"("sentAt");

-- CreateIndex
CREATE INDEX "HeadsUp_communityId_handledAt_idx" ON "HeadsUp"("communityId", "handledAt");

-- CreateIndex
CREATE INDEX "HeadsUp_handledAt_claimedAt_idx" ON "HeadsUp"("handledAt", "claimedAt");

-- AddForeignKey
ALTER TABLE "SupportSettings" ADD CONSTRAINT "SupportSettings_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnonymousQuestion" ADD CONSTRAINT "AnonymousQuestion_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnonymousQuestion" ADD CONSTRAINT "AnonymousQuestion_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnonymousQuestion" ADD CONSTRAINT "AnonymousQuestion_askerId_fkey" FOREIGN KEY ("askerId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnonymousPost" ADD CONSTRAINT "AnonymousPost_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "AnonymousQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeadsUp" ADD CONSTRAINT "HeadsUp_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeadsUp" ADD CONSTRAINT "HeadsUp_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
