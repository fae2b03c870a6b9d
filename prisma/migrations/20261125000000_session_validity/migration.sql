-- A user's sessions end when their role or their active flag changes: sessions that began
-- before User.sessionsValidFrom are refused by the guards.
ALTER TABLE "User" ADD COLUMN "sessionsValidFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
