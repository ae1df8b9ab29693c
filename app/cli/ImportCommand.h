#pragma once

// semaine-admin [--db PATH] import FILE [--report FILE] [--dry-run]
int runImport(int argc, char** argv);
