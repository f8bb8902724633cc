CREATE TABLE `post_events` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`post_id` text NOT NULL,
	`target_id` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `post_targets`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `post_events_target_idx` ON `post_events` (`target_id`,`id`);--> statement-breakpoint
CREATE INDEX `post_events_post_idx` ON `post_events` (`post_id`,`id`);--> statement-breakpoint
CREATE TABLE `post_targets` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`post_id` text NOT NULL,
	`account_id` text NOT NULL,
	`body` text,
	`status` text NOT NULL,
	`scheduled_at` integer,
	`parts` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`external_id` text,
	`url` text,
	`error` text,
	`state_at` integer NOT NULL,
	`published_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`account_id`) REFERENCES `social_accounts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `post_targets_due_idx` ON `post_targets` (`status`,`scheduled_at`);--> statement-breakpoint
CREATE INDEX `post_targets_post_idx` ON `post_targets` (`post_id`);--> statement-breakpoint
CREATE INDEX `post_targets_account_idx` ON `post_targets` (`account_id`,`status`);--> statement-breakpoint
CREATE INDEX `post_targets_workspace_idx` ON `post_targets` (`workspace_id`,`status`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`body` text NOT NULL,
	`thread` text NOT NULL,
	`status` text NOT NULL,
	`scheduled_at` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `posts_workspace_idx` ON `posts` (`workspace_id`,`id`);--> statement-breakpoint
CREATE INDEX `posts_schedule_idx` ON `posts` (`workspace_id`,`scheduled_at`);--> statement-breakpoint
CREATE TABLE `social_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`platform` text NOT NULL,
	`name` text NOT NULL,
	`handle` text NOT NULL,
	`external_id` text NOT NULL,
	`service_url` text NOT NULL,
	`credentials` text NOT NULL,
	`credentials_version` integer DEFAULT 1 NOT NULL,
	`limits` text NOT NULL,
	`status` text NOT NULL,
	`status_reason` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `social_accounts_identity_unique` ON `social_accounts` (`workspace_id`,`platform`,`external_id`);--> statement-breakpoint
CREATE INDEX `social_accounts_workspace_idx` ON `social_accounts` (`workspace_id`,`id`);