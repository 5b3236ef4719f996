-- Totals from HS lines (issue 20). A warehouse of detailed customs data holds HS lines (8-digit
-- codes) by partner, flow and month, and no total rows. Ingest sums the lines of countries into
-- table `figure` as derived figures (method 'sum of HS lines'): each country's total and chapters,
-- and the world's total, chapters, headings and subheadings, wherever no release states the figure.
-- It adds a file's sums once, at its end; where other releases have figures in the same periods (a
-- revision, `--replace`), it recomputes those periods' sums from the current lines through view
-- `line_sum`, which sums the periods inside this one-row window (empty outside such a recompute).
CREATE TABLE line_window (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    first_half INTEGER NOT NULL,
    last_half  INTEGER NOT NULL
) STRICT;
INSERT INTO line_window VALUES (1, 1, 0);
