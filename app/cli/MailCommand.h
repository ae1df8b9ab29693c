#pragma once

// semaine-admin [--db PATH] mail send [--smtp URL] [--from ADDRESS] [--allow-plain]
// semaine-admin [--db PATH] mail list [--json] [--state S]
int runMail(int argc, char** argv);
