#pragma once

// `semaine-admin migrate --from PATH.sqlite --to postgresql://…`: copies a store, audit trail
// included, and checks the counts.
int runMigrate(int argc, char** argv);
