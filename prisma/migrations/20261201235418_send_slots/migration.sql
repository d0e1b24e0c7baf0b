-- CreateTable
CREATE TABLE "SendSlot" (
    "key" TEXT NOT NULL,
    "nextAt" TIMESTAMP(6) NOT NULL,

    CONSTRAINT "SendSlot_pkey" PRIMARY KEY ("key")
);
