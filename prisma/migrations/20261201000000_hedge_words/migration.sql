-- The hedge as the source worded it ("nearly", «почти», «жакын», "up to"...), as a key of
-- lib/text/hedge-words.ts: shown in the reader's language, while the Hedge enum and the bounds
-- serve comparisons. NULL: no hedge word (exact figures, ranges) or a figure from before this.
ALTER TABLE "FigureMention" ADD COLUMN "hedgeWord" TEXT;
ALTER TABLE "Claim" ADD COLUMN "figureHedgeWord" TEXT;
