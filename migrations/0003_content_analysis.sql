CREATE TABLE `content_analysis` (
	`content_id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`engagement_rate` real,
	`velocity` real,
	`outlier_score` real,
	`outlier_basis` integer,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`content_id`) REFERENCES `content_items`(`id`) ON UPDATE no action ON DELETE cascade
);
