-- CreateTable
CREATE TABLE "DeploymentSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeploymentSetting_pkey" PRIMARY KEY ("key")
);
