#pragma once

// semaine-admin [--db PATH] export --format csv|geojson [--status labelled|all|S,…] [--region CODE]
//     [--departement CODE] OUT
int runExport(int argc, char** argv);
