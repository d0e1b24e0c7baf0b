-- AlterTable
ALTER TABLE "Resource" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Existing rows: lower-cased without accent folding (the app folds every new or edited row).
UPDATE "Resource" SET "searchText" = lower(
  "title" || E'\n' || array_to_string("topics", ' ') || ' ' ||
  coalesce(substring("url" from '^https?://([^/:?#]+)'), '') || E'\n' || "summary");

-- Full-text search over the folded text ('simple': no language stemming, any language works).
CREATE INDEX "Resource_searchText_fts" ON "Resource" USING GIN (to_tsvector('simple', "searchText"));
