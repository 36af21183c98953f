export const HELP = `callqa — automatic quality inspection (智能质检) of call-center calls

Usage:
  callqa inspect FILE|-... [--scorecard FILE]... [--format table|jsonl|csv] [--lang zh|en] [--unmasked]
      Inspect every call of JSONL files (or JSON arrays; - reads stdin) against the scorecard of
      its language. jsonl prints one object per call in input order; csv opens in Excel.
      Phone, ID-card and bank-card numbers in quotes are masked unless --unmasked is given.
      Bad lines are reported as FILE:LINE: field: message; the exit code is 1 when any was rejected.
  callqa scorecard validate FILE     Check a scorecard (JSON or YAML); errors name their path.
  callqa scorecard test FILE         Run every check's example dialogues.
  callqa scorecard show NAME         Print a shipped scorecard (default-zh, default-en) to copy and edit.
  callqa schema call|scorecard       Print the JSON Schema of the call format or of a scorecard.
  callqa eval CALLS LABELS [--scorecard FILE]... [--verbose] [--min-macro-f1 0.95]
      Precision, recall and F1 of each check on labelled calls (labels: {"id","fail":{check:reason}} per line).
  callqa migrate                     Create or update the database schema.
  callqa import KIND FILE...         Import transcripts | queue-log | cdr | freeswitch | csv | survey.
      transcripts are inspected with the active scorecard and stored with their evaluations; queue-log
      takes --format text|csv (table export); csv needs --mapping FILE; cdr and survey take --time-zone;
      survey takes --window HOURS to link answers to the caller's last call. Imports are idempotent.
      transcripts and queue-log files of 4 MB or more are read on worker threads; --workers N sets how
      many (0: none).
  callqa kpi [--from DATE] [--to DATE] [--by team,day] [--sl 20,30] [--short-abandon 5] [--format table|csv|json]
      Service level, ASA, AHT, abandonment … over stored queue visits, grouped by team, agent, queue,
      hour, day, week or month in --time-zone (default Asia/Shanghai). Definitions: docs/kpis.md.
      Reports come from hourly totals kept on import; --exact computes from every stored visit.
      By agent: logged-in and paused hours, occupancy and calls per hour from the queue_log's member events.
  callqa reinspect --scorecard ID|FILE [--since DATE] [--format table|json]
      Re-run a scorecard over stored calls, keep the old evaluations, print what changed.
  callqa seed [--scenario demo|month|bench] [--days N]   Generate and import a realistic demo center.
  callqa demo                        Inspect the bundled demo calls and print the demo center's figures.
  callqa serve [--port N] [--demo]   Start the API (docs at /api/docs). --demo (npm start) seeds an empty
      database with the demo center and makes the demo accounts. Settings come from the environment:
      PORT, HOST, CALLQA_DB, CALLQA_TIME_ZONE, CALLQA_SESSION_HOURS, CALLQA_SECURE_COOKIES,
      CALLQA_TRUST_PROXY, CALLQA_LOGIN_ATTEMPTS, CALLQA_ADMIN_USERNAME + CALLQA_ADMIN_PASSWORD
      (the first administrator of a database without accounts). See docs/server.md.

Options:
  --scorecard FILE   A scorecard file, or default-zh / default-en. Repeat it for several languages.
  --format FORMAT    table (default), jsonl or csv.
  --lang zh|en       Language of the table and CSV headings (default zh).
  --db FILE          The database (default $CALLQA_DB, else ./data/callqa.db).
  -h, --help         This help.   -v, --version   The version.
`;
