#pragma once

// semaine-admin [--db PATH] decide --label|--refuse|--request-info [--reason TEXT]
//     [--override JUSTIFICATION] ID...
int runDecide(int argc, char** argv);
