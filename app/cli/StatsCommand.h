#pragma once

// semaine-admin stats [--json] [--region CODE] [--edition YEAR] [--db PATH] [--lang fr|en]: the
// dashboard's figures without a window. Exit status 0 done, 2 bad usage, 1 other errors.
int runStats(int argc, char** argv);
