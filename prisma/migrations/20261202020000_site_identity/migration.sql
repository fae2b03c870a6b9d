-- The site's identity (issue 19): name, tagline, description, "How we check" and the rating
-- scale's public descriptions in three languages, a contact address and a logo, set by an admin.
CREATE TABLE "SiteIdentity" (
    "id" TEXT NOT NULL DEFAULT 'site',
    "texts" JSONB NOT NULL,
    "contactEmail" TEXT,
    "logo" BYTEA,
    "logoType" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteIdentity_pkey" PRIMARY KEY ("id")
);
