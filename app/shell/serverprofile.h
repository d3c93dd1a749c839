#pragma once

#include <core/sync/serverconnection.h>

#include <QString>

namespace Civitas {

// This computer's choice, kept in QSettings (never a password): local use only, or the
// town's server and who last logged in to it. Each server and user has a local file of its
// own, so that two people sharing a desk never see each other's copy.
struct ServerProfile
{
    enum class Mode { Unset, Local, Server };

    Mode mode = Mode::Unset;
    ServerConnection connection;

    static ServerProfile load();
    void save() const;
    // The local file for `user` on this server.
    QString databasePath(const QString &user) const;
    // Removes the choice, so that the next start asks again.
    static void clear();
};

} // namespace Civitas
