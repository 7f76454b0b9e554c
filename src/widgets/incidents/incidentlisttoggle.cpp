#include "widgets/incidents/incidentlisttoggle.h"

#include "session/appsettings.h"

#include <QAction>
#include <QSplitter>

namespace warroom {

IncidentListToggle::IncidentListToggle(QSplitter *splitter)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_action(new QAction(tr("Show &incident list"), splitter))
{
    m_action->setObjectName(QStringLiteral("showIncidentList"));
    m_action->setCheckable(true);
    m_action->setChecked(true);
    m_action->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_action->setToolTip(
        tr("Hide the incident list to give the incident the full width, or show it again"));
    // The handle can fold the list away; the incident never collapses.
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);
    connect(m_action, &QAction::toggled, this, [this](bool shown) {
        setListShown(shown);
        AppSettings().setIncidentListShown(shown);
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, &IncidentListToggle::followSplitter);
}

bool IncidentListToggle::listShown() const
{
    return m_splitter->sizes().value(0) > 0;
}

void IncidentListToggle::restore()
{
    const bool shown = AppSettings().incidentListShown();
    setListShown(shown);
    const QSignalBlocker quiet(m_action);
    m_action->setChecked(shown);
}

void IncidentListToggle::setListShown(bool shown)
{
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() < 2 || listShown() == shown)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    if (shown) {
        QWidget *list = m_splitter->widget(0);
        const int width =
            m_lastWidth > 0 ? m_lastWidth : qMax(list->minimumSizeHint().width(), total * 34 / 100);
        m_splitter->setSizes({width, qMax(0, total - width)});
    } else {
        m_lastWidth = sizes.at(0);
        m_splitter->setSizes({0, total});
    }
}

// The handle was dragged: collapsed to the edge or pulled out again.
void IncidentListToggle::followSplitter()
{
    const bool shown = listShown();
    if (shown)
        m_lastWidth = m_splitter->sizes().value(0);
    if (m_action->isChecked() == shown)
        return;
    const QSignalBlocker quiet(m_action);
    m_action->setChecked(shown);
    AppSettings().setIncidentListShown(shown);
}

} // namespace warroom
