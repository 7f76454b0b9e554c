#pragma once

#include "core/base/diagnosticitem.h"
#include "storage/diagnostics/diagnostics.h"

#include <QDialog>

class QTableWidget;

namespace warroom {

class ChannelConfiguration;

// Help → Diagnostics…: what Diagnostics (storage/diagnostics/diagnostics.h) gathered, one row per
// item, and a button that copies the same as plain text ("label: value" lines) for a bug report.
class DiagnosticsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosticsDialog(QList<DiagnosticItem> items, QWidget *parent = nullptr);

    // What this window knows for Diagnostics::gather: the window system, and from the channel
    // settings (may be null) the channels delivered to and where secrets are kept.
    static Diagnostics::Seat seat(const ChannelConfiguration *channels);

    // What "Copy to clipboard" copies.
    QString text() const;
    QTableWidget *table() const { return m_table; }

private:
    QList<DiagnosticItem> m_items;
    QTableWidget *m_table = nullptr;
};

} // namespace warroom
