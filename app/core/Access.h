#pragma once

#include "app/core/Event.h"

#include <QStringList>

// What the person at the keyboard may do. On a shared PostgreSQL store the server decides it
// (roles and row-level security, migrations 0007 and 0008) and the app only follows, to hide what would be
// refused; a workstation's SQLite store is its user's alone.
struct Access {
    enum class Role {
        Viewer, // reads everything, changes nothing
        Regional, // changes the requests of its régions
        National, // changes every request
        Administrator, // also editions and previous figures
    };
    Role role = Role::Administrator;
    QStringList regions; // a regional reviewer's régions (INSEE codes)

    bool mayChange(const Event& event) const
    {
        return role == Role::National || role == Role::Administrator
            || (role == Role::Regional && regions.contains(event.region));
    }
    bool mayCreate() const { return role != Role::Viewer; }
    bool mayEditEditions() const { return role == Role::Administrator; }
    // Export templates are the reviewers' (a viewer uses them): migration 0008.
    bool mayKeepTemplates() const { return role != Role::Viewer; }
    // Letter templates speak for the committee: the administrators' (migration 0010).
    bool mayEditLetterTemplates() const { return role == Role::Administrator; }
};
