-- The desk's language each user chose (issue 19): "en", "ru" or "ky"; null until they choose,
-- when the browser's Accept-Language decides.
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
