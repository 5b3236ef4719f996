-- Fewer sums kept at ingest (issue 20). Keeping each country's chapters and the world's headings
-- and subheadings in `figure` made ingest of 50,000 HS lines cost 11.2 billion instructions (half
-- of them redoing year-on-year changes and listing columns of 82,000 such figures) and the
-- warehouse 6 times the size of the same file as one flat table: they outnumbered the lines. Ingest
-- now keeps each country's total and the world's total and chapters (what the headline, partner
-- and chapter listings read); a country's chapters, headings and subheadings and the world's
-- headings and subheadings are summed from the current lines when a query asks for them (the
-- Query module's `LineRollups`), for the periods it asks about, through `fact`'s key.
DELETE FROM figure
WHERE method = 'sum of HS lines'
  AND commodity_id IN (SELECT id FROM commodity WHERE kind = 'hs')
  AND (partner_id <> (SELECT id FROM partner WHERE code = 'WORLD')
       OR commodity_id IN (SELECT id FROM commodity WHERE kind = 'hs' AND length(code) > 2));
