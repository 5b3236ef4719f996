-- Which file a release came from, as the file system knows it (issue 24): the path with symbolic
-- links, `.` and `..` resolved, the file's size in bytes and its modification time (nanoseconds
-- since 1970), as ingest found them before reading it. NULL for standard input, which is never the
-- same file as anything, and for releases ingested before this migration. `ingest --replace`
-- retires the standing releases of the same real path, or of the same SHA-256.
ALTER TABLE release ADD COLUMN real_path TEXT;
ALTER TABLE release ADD COLUMN file_size INTEGER;
ALTER TABLE release ADD COLUMN file_mtime_ns INTEGER;
