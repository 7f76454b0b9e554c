#include "widgets/wall/wallscreen.h"

#include "core/base/clock.h"
#include "models/wall/wallboard.h"
#include "models/wall/wallincidentmodel.h"
#include "storage/db/serverlink.h"
#include "storage/workspace.h"
#include "widgets/wall/wallincidentpanel.h"
#include "widgets/wall/wallstyle.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>

namespace warroom {

WallScreen::WallScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_board(new WallBoard(workspace, this))
{
    setObjectName(QStringLiteral("wallScreen"));
    setWindowTitle(tr("War Room — wall screen"));
    setAttribute(Qt::WA_StyledBackground);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, wallstyle::background());
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);
    setAutoFillBackground(true);
    setCursor(Qt::BlankCursor); // a pointer left on a projector hides a word

    m_bar = new QLabel(this);
    m_bar->setObjectName(QStringLiteral("wallBar"));
    m_bar->setTextFormat(Qt::RichText);
    m_bar->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("wallEmpty"));
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(wallstyle::coloured(tr("✔ No active incidents"), wallstyle::good(), true));

    connect(m_board, &WallBoard::incidentsChanged, this, &WallScreen::incidentsChanged);
    connect(m_board, &WallBoard::factsChanged, this, &WallScreen::scheduleRefresh);
    connect(&m_timer, &QTimer::timeout, this, &WallScreen::tick);
    m_timer.start(1000);
    m_rotationStart = m_workspace.clock().nowUtc();
    refresh();
}

WallScreen::~WallScreen() = default;

void WallScreen::setRotationSeconds(int seconds)
{
    m_rotationSeconds = std::max(1, seconds);
    refresh();
}

int WallScreen::incidentsPerScreen() const
{
    // A panel needs about 0.85 of the height in width to read well: two on a 16:9 screen.
    return std::max(1, height() > 0 ? width() * 100 / (height() * 85) : 1);
}

void WallScreen::tick()
{
    m_board->tick();
    refresh();
}

void WallScreen::incidentsChanged()
{
    m_rotationStart = m_workspace.clock().nowUtc();
    refresh();
}

void WallScreen::scheduleRefresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QMetaObject::invokeMethod(this, &WallScreen::refresh, Qt::QueuedConnection);
}

int WallScreen::rotationIndex() const
{
    const qsizetype count = m_board->incidents().size();
    if (count <= incidentsPerScreen())
        return 0;
    const qint64 secs = std::max<qint64>(0, m_rotationStart.secsTo(m_workspace.clock().nowUtc()));
    return int((secs / m_rotationSeconds) % count);
}

QList<qint64> WallScreen::shownIncidents() const
{
    QList<qint64> ids;
    for (const WallIncidentPanel *panel : m_panels)
        ids.append(panel->incidentId());
    return ids;
}

void WallScreen::refresh()
{
    m_refreshQueued = false;
    const QList<WallIncidentModel *> &incidents = m_board->incidents();
    const int perScreen = incidentsPerScreen();
    const bool rotating = incidents.size() > perScreen;
    QList<WallIncidentModel *> shown;
    if (rotating)
        shown.append(incidents.at(rotationIndex()));
    else
        shown = incidents;

    while (m_panels.size() > shown.size())
        delete m_panels.takeLast();
    while (m_panels.size() < shown.size()) {
        auto *panel = new WallIncidentPanel(this);
        panel->show();
        m_panels.append(panel);
    }
    for (qsizetype i = 0; i < shown.size(); ++i)
        m_panels.at(i)->setFacts(shown.at(i)->facts());

    const QDateTime now = m_workspace.clock().nowUtc();
    QStringList bar{
        wallstyle::coloured(tr("WAR ROOM"), wallstyle::heading(), true),
        wallstyle::coloured(now.toString(QStringLiteral("HH:mm:ss 'UTC'")), wallstyle::text(),
                            true),
        wallstyle::coloured(tr("Active incidents: %1").arg(incidents.size()), wallstyle::text()),
    };
    if (rotating) {
        const qint64 secs = std::max<qint64>(0, m_rotationStart.secsTo(now));
        const qint64 left = m_rotationSeconds - secs % m_rotationSeconds;
        bar.append(wallstyle::coloured(
            tr("%1 of %2 (next in %3 s)").arg(rotationIndex() + 1).arg(incidents.size()).arg(left),
            wallstyle::heading(), true));
    }
    // On a server that stopped answering, the wall says so first (the board below is as it was
    // when the server was last heard).
    if (const ServerLink *link = m_workspace.serverLink(); link && link->isOffline())
        bar.prepend(wallstyle::coloured(tr("OFFLINE — changes are not being saved (%1)")
                                            .arg(link->offlineReason().toHtmlEscaped()),
                                        wallstyle::alarm(), true));
    if (!m_board->errorText().isEmpty())
        bar.append(wallstyle::coloured(m_board->errorText().toHtmlEscaped(), wallstyle::alarm()));
    bar.append(wallstyle::coloured(tr("Esc or F11 leaves"), wallstyle::muted()));
    m_bar->setText(bar.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_empty->setVisible(incidents.isEmpty());
    layoutPanels();
}

void WallScreen::layoutPanels()
{
    if (width() <= 0 || height() <= 0)
        return;
    const int base = std::max(8, height() / 45);
    QFont font = this->font();
    font.setPixelSize(base);
    m_bar->setFont(font);
    font.setPixelSize(base * 3);
    m_empty->setFont(font);
    const int margin = base / 2;
    const int barHeight = m_bar->heightForWidth(width() - 2 * margin);
    m_bar->setGeometry(margin, margin, width() - 2 * margin, barHeight);
    const int top = margin + barHeight + margin;
    const QRect area(0, top, width(), height() - top);
    m_empty->setGeometry(area);
    if (m_panels.isEmpty())
        return;
    const int each = area.width() / int(m_panels.size());
    int shared = 0;
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        WallIncidentPanel *panel = m_panels.at(i);
        panel->setGeometry(area.x() + int(i) * each, area.y(), each, area.height());
        const int fitting = panel->fittingPixelSize();
        shared = i == 0 ? fitting : std::min(shared, fitting);
    }
    for (WallIncidentPanel *panel : std::as_const(m_panels))
        panel->setPixelSizeCap(shared); // side by side in one size
}

// A line between incidents side by side.
void WallScreen::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), std::max(1, height() / 540)));
    for (qsizetype i = 1; i < m_panels.size(); ++i) {
        const QRect r = m_panels.at(i)->geometry();
        painter.drawLine(r.left(), r.top(), r.left(), r.bottom());
    }
    painter.drawLine(0, m_bar->geometry().bottom() + m_bar->y() / 2, width(),
                     m_bar->geometry().bottom() + m_bar->y() / 2);
}

void WallScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refresh(); // how many fit side by side may have changed
}

void WallScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11 ||
        event->matches(QKeySequence::FullScreen)) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace warroom
