#pragma once

#include "TestStore.h"
#include "app/DemoData.h"

// A store of the test's own, empty or with demo requests: the fixture of the tests that drive the window and
// its models. Made in init() and reset in cleanup(), so that each test starts from the same requests.
struct DemoStore {
    QTemporaryDir dir;
    QString location;
    Database database;

    // Empty when the store is open (a file of `dir`, or a database of the test server when the test runs on
    // PostgreSQL) with `requests` demo requests made from `seed`, else why not.
    QString open(int requests, quint32 seed)
    {
        location = TestStore::create(dir);
        if (!database.open(location)) {
            return database.errorString();
        }
        if (requests == 0) {
            return {};
        }
        const WriteResult loaded = DemoData::load(database, requests, seed);
        return loaded.ok() ? QString() : loaded.message;
    }

    // Empty when the store is open as a copy of `filled`, a closed store holding what every test
    // function starts from (filled once per test case: filling it again for each function and row
    // was most of some tests' time), else why not.
    QString openCopyOf(const DemoStore& filled)
    {
        location = TestStore::copyOfStore(filled.location, dir);
        return database.open(location) ? QString() : database.errorString();
    }
};
