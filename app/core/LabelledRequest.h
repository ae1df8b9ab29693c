#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"

#include <QDate>
#include <QString>

// A labelled request with what its attestation states beside the request itself.
struct LabelledRequest {
    Event event;
    Edition edition;
    QString labelNumber; // e.g. SI2018-L-00123
    QDate decisionDate; // the day it was (last) labelled, Europe/Paris
};
