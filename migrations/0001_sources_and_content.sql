CREATE TABLE `content_items` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`source_id` text,
	`platform` text NOT NULL,
	`external_id` text NOT NULL,
	`url` text,
	`title` text,
	`text` text,
	`html` text,
	`author` text,
	`published_at` integer,
	`media_urls` text NOT NULL,
	`image_key` text,
	`image_url` text,
	`tags` text NOT NULL,
	`extra` text NOT NULL,
	`views` integer,
	`likes` integer,
	`comments` integer,
	`shares` integer,
	`score` integer,
	`engagement` real DEFAULT 0 NOT NULL,
	`fingerprint` text NOT NULL,
	`first_seen_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `content_identity_unique` ON `content_items` (`workspace_id`,`platform`,`external_id`);--> statement-breakpoint
CREATE INDEX `content_workspace_published_idx` ON `content_items` (`workspace_id`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `content_source_idx` ON `content_items` (`source_id`,`published_at`);--> statement-breakpoint
CREATE INDEX `content_workspace_views_idx` ON `content_items` (`workspace_id`,`views`,`id`);--> statement-breakpoint
CREATE INDEX `content_workspace_engagement_idx` ON `content_items` (`workspace_id`,`engagement`,`id`);--> statement-breakpoint
CREATE TABLE `metric_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`content_id` text NOT NULL,
	`captured_at` integer NOT NULL,
	`views` integer,
	`likes` integer,
	`comments` integer,
	`shares` integer,
	`score` integer,
	FOREIGN KEY (`content_id`) REFERENCES `content_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `metric_snapshots_content_idx` ON `metric_snapshots` (`content_id`,`captured_at`);--> statement-breakpoint
CREATE TABLE `robots_cache` (
	`origin` text PRIMARY KEY NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`fetched_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`config` text NOT NULL,
	`identity` text NOT NULL,
	`interval_minutes` integer NOT NULL,
	`status` text NOT NULL,
	`paused_reason` text,
	`next_run_at` integer NOT NULL,
	`last_run_at` integer,
	`last_success_at` integer,
	`last_error` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`running_job_id` text,
	`etag` text,
	`last_modified` text,
	`details` text,
	`item_count` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_identity_unique` ON `sources` (`workspace_id`,`identity`);--> statement-breakpoint
CREATE INDEX `sources_workspace_idx` ON `sources` (`workspace_id`,`id`);--> statement-breakpoint
CREATE INDEX `sources_due_idx` ON `sources` (`status`,`next_run_at`);