-- AlterTable
ALTER TABLE "Community" ADD COLUMN     "language" TEXT,
ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "language" TEXT;
