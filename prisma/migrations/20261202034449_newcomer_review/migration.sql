-- AlterTable
ALTER TABLE "Community" ADD COLUMN     "newcomerApprovals" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "newcomerReviewSince" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "trustedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "held" BOOLEAN NOT NULL DEFAULT false;
