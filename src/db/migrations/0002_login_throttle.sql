CREATE TABLE "login_throttle" (
	"username" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer NOT NULL
);
