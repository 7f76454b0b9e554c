#pragma once

#include "core/incident/incidentstatus.h"
#include "core/incident/severity.h"
#include "models/common/statuspalette.h"

#include <QLabel>

namespace warroom {

// A coloured pill that carries its meaning in text too (projectors and colour-blind readers).
class Badge final : public QLabel
{
    Q_OBJECT

public:
    explicit Badge(QWidget *parent = nullptr);

    void showSeverity(Severity severity);
    void showStatus(IncidentStatus status);
    // "DEMO" on the demo incident (storage/demo/), so nobody mistakes it for a real one.
    void showDemo();

private:
    void paint(const QString &text, statuspalette::Tone tone);
    void outline(const QString &text, statuspalette::Tone tone);
};

} // namespace warroom
