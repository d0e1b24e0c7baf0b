-- AlterTable
ALTER TABLE "Community" ADD COLUMN     "warnThreshold" INTEGER,
ADD COLUMN     "warnThresholdAction" TEXT,
ADD COLUMN     "warnThresholdMinutes" INTEGER;
