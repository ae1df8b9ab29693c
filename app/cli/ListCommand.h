#pragma once

// semaine-admin [--db PATH] list [--json] [--status S] [--region CODE] [--departement CODE]
//     [--failing any|none|dates|audience|industry|free]
int runList(int argc, char** argv);
