CREATE TABLE `account_metrics` (
	`account_id` text NOT NULL,
	`captured_at` integer NOT NULL,
	`workspace_id` text NOT NULL,
	`followers` integer,
	`following` integer,
	`posts` integer,
	PRIMARY KEY(`account_id`, `captured_at`),
	FOREIGN KEY (`account_id`) REFERENCES `social_accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `target_metrics` (
	`target_id` text NOT NULL,
	`captured_at` integer NOT NULL,
	`workspace_id` text NOT NULL,
	`likes` integer,
	`reposts` integer,
	`replies` integer,
	`quotes` integer,
	PRIMARY KEY(`target_id`, `captured_at`),
	FOREIGN KEY (`target_id`) REFERENCES `post_targets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `target_metrics_workspace_idx` ON `target_metrics` (`workspace_id`);