-- Full-text search over content titles and text (SQLite FTS5, external content: the index
-- holds no copy of the text). Triggers keep it in step with content_items.
CREATE VIRTUAL TABLE IF NOT EXISTS `content_fts` USING fts5(
	title,
	text,
	content='content_items',
	content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `content_fts_insert` AFTER INSERT ON `content_items` BEGIN
	INSERT INTO `content_fts`(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `content_fts_delete` AFTER DELETE ON `content_items` BEGIN
	INSERT INTO `content_fts`(`content_fts`, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `content_fts_update` AFTER UPDATE OF title, text ON `content_items` BEGIN
	INSERT INTO `content_fts`(`content_fts`, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO `content_fts`(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
