CREATE TABLE `ai_cache` (
	`workspace_id` text NOT NULL,
	`prompt` text NOT NULL,
	`input_hash` text NOT NULL,
	`output` text NOT NULL,
	`provider` text NOT NULL,
	`model` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `prompt`, `input_hash`),
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `ai_settings` (
	`workspace_id` text PRIMARY KEY NOT NULL,
	`providers` text NOT NULL,
	`monthly_token_budget` integer,
	`updated_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `ai_usage` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`provider` text NOT NULL,
	`model` text NOT NULL,
	`prompt` text NOT NULL,
	`input_tokens` integer NOT NULL,
	`output_tokens` integer NOT NULL,
	`latency_ms` integer NOT NULL,
	`outcome` text NOT NULL,
	`error` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ai_usage_workspace_idx` ON `ai_usage` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `brand_voices` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`dos` text NOT NULL,
	`donts` text NOT NULL,
	`examples` text NOT NULL,
	`origin` text NOT NULL,
	`learned_from` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `brand_voices_workspace_idx` ON `brand_voices` (`workspace_id`,`id`);--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `engagement_per_follower` real;--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `local` text;--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `engine` text DEFAULT 'local' NOT NULL;--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `insight` text;--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `visual` text;--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `provider` text;--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `model` text;--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `prompt_version` text;--> statement-breakpoint
ALTER TABLE `content_analysis` ADD `insight_note` text;