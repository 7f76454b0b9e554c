#pragma once

#include "core/base/diagnosticitem.h"
#include "core/comms/destination.h"

#include <QCoreApplication>
#include <QSet>

namespace warroom {

class Workspace;

// What Help → Diagnostics… shows, for a bug report: this War Room and Qt, the platform, the
// interface language, the database (where, schema version, the file's size, how many incidents),
// where settings and secrets live, and for each channel whether this seat delivers to it and how
// its last delivery ended. Reads only; a read that fails says so in the value instead of hiding
// the line.
class Diagnostics final
{
    Q_DECLARE_TR_FUNCTIONS(warroom::Diagnostics)

public:
    // What only the layers above know.
    struct Seat
    {
        QString windowSystem;         // the Qt platform plugin (xcb, wayland, offscreen)
        QSet<Destination> configured; // the channels this seat delivers to
        QString secrets;              // where channel secrets are kept
    };

    static QList<DiagnosticItem> gather(Workspace &workspace, const Seat &seat);

private:
    static QList<DiagnosticItem> program(const Seat &seat);
    static QList<DiagnosticItem> database(Workspace &workspace);
    static QList<DiagnosticItem> channels(Workspace &workspace,
                                          const QSet<Destination> &configured);
};

} // namespace warroom
