#include "widgets/wall/wallincidentpanel.h"

#include "widgets/wall/wallstyle.h"

#include <QEvent>
#include <QFont>
#include <QLabel>

#include <cmath>

namespace warroom {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A countdown, a role or a name is read as one thing: it never breaks across lines (nor at the
// hyphen of "On-call").
QString unbroken(const QString &text)
{
    return QStringLiteral("<span style='white-space:nowrap'>%1</span>").arg(text.toHtmlEscaped());
}

QString severityColour(Severity s)
{
    switch (s) {
    case Severity::Sev1:
        return wallstyle::alarm();
    case Severity::Sev2:
        return wallstyle::attention();
    case Severity::Sev3:
        return wallstyle::heading();
    }
    return wallstyle::text();
}

} // namespace

WallIncidentPanel::WallIncidentPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wallIncidentPanel"));
    m_head = addLabel(QStringLiteral("wallHead"), 1.0);
    m_title = addLabel(QStringLiteral("wallTitle"), 1.3);
    m_clock = addLabel(QStringLiteral("wallElapsed"), 2.0);
    m_next = addLabel(QStringLiteral("wallNext"), 1.0);
    m_overdue = addLabel(QStringLiteral("wallOverdue"), 1.0);
    m_roles = addLabel(QStringLiteral("wallRoles"), 1.0);
    m_calls = addLabel(QStringLiteral("wallCalls"), 1.0);
    m_comms = addLabel(QStringLiteral("wallComms"), 1.0);
    // Two columns: the incident and its deadlines on the left, people and messages on the right.
    for (Item &item : m_items) {
        if (item.label == m_head || item.label == m_title || item.label == m_clock)
            item.column = -1; // across both
        else if (item.label == m_roles || item.label == m_calls || item.label == m_comms)
            item.column = 1;
    }
}

QLabel *WallIncidentPanel::addLabel(const QString &name, double scale)
{
    auto *label = new QLabel(this);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_items.append({label, scale, 0});
    return label;
}

// "Incident commander: Ana Ortiz", or the role marked unfilled when nobody holds it. A role's or a
// person's name never breaks across lines.
static QString owners(const WallObligation &o)
{
    if (o.people.isEmpty())
        return WallIncidentPanel::tr("%1: %2").arg(
            unbroken(o.role), wallstyle::coloured(WallIncidentPanel::tr("✖&nbsp;UNFILLED"),
                                                  wallstyle::alarm(), true));
    QStringList people;
    for (const QString &person : o.people)
        people.append(unbroken(person));
    return WallIncidentPanel::tr("%1: %2").arg(
        unbroken(o.role),
        wallstyle::coloured(people.join(QStringLiteral(", ")), wallstyle::text(), true));
}

static QString obligationLine(const WallObligation &o)
{
    QString countdown;
    if (o.overdue)
        countdown = wallstyle::coloured(WallIncidentPanel::tr("⚠ %1").arg(unbroken(o.countdown)),
                                        wallstyle::alarm(), true);
    else if (o.dueSoon)
        countdown = wallstyle::coloured(
            WallIncidentPanel::tr("◆ DUE SOON in %1").arg(unbroken(o.countdown)),
            wallstyle::attention(), true);
    else
        countdown = wallstyle::coloured(WallIncidentPanel::tr("▶ in %1").arg(unbroken(o.countdown)),
                                        wallstyle::text(), true);
    return WallIncidentPanel::tr("%1 · %2 — %3")
        .arg(countdown, esc(o.title), wallstyle::coloured(owners(o), wallstyle::muted()));
}

static QString section(const QString &heading, const QString &headingColour,
                       const QStringList &lines)
{
    return wallstyle::coloured(heading, headingColour, true) + QStringLiteral("<br>") +
           lines.join(QStringLiteral("<br>"));
}

void WallIncidentPanel::setFacts(const WallFacts &f)
{
    m_id = f.id;
    const QString body = QStringLiteral("<span style='color:%1'>%2</span>");
    if (!f.loaded) {
        m_head->setText(body.arg(wallstyle::text(), tr("#%1").arg(f.id)));
        m_title->setText(wallstyle::coloured(esc(f.error), wallstyle::alarm(), true));
        for (QLabel *label : {m_clock, m_next, m_overdue, m_roles, m_calls, m_comms})
            label->clear();
        fit();
        return;
    }
    m_head->setText(
        body.arg(wallstyle::text(),
                 tr("%1 · %2 · %3 · detected %4")
                     .arg(wallstyle::coloured(tr("● %1").arg(severity::id(f.severity)),
                                              severityColour(f.severity), true),
                          wallstyle::coloured(esc(f.status.toUpper()), wallstyle::heading(), true),
                          esc(f.category), esc(f.detectedAt))));
    m_title->setText(
        wallstyle::coloured(tr("#%1 %2").arg(f.id).arg(esc(f.title)), wallstyle::text(), true));
    m_clock->setText(wallstyle::coloured(esc(f.elapsed), wallstyle::text(), true));

    QStringList next;
    for (const WallObligation &o : f.next)
        next.append(obligationLine(o));
    if (next.isEmpty())
        next.append(wallstyle::coloured(tr("Nothing else is due."), wallstyle::muted()));
    m_next->setText(section(tr("NEXT DEADLINES"), wallstyle::heading(), next));

    QStringList overdue;
    for (const WallObligation &o : f.overdue)
        overdue.append(obligationLine(o));
    if (overdue.isEmpty())
        m_overdue->setText(wallstyle::coloured(tr("✔ Nothing overdue"), wallstyle::good(), true));
    else
        m_overdue->setText(section(tr("⚠ %n OVERDUE", nullptr, int(f.overdue.size())),
                                   wallstyle::alarm(), overdue));

    QStringList roles;
    for (const WallRole &r : f.roles) {
        if (r.person.isEmpty())
            roles.append(tr("%1 %2: %3")
                             .arg(wallstyle::coloured(tr("✖"), wallstyle::alarm(), true),
                                  esc(r.role),
                                  wallstyle::coloured(tr("UNFILLED"), wallstyle::alarm(), true)));
        else if (r.acknowledged)
            roles.append(tr("%1 %2: %3")
                             .arg(wallstyle::coloured(tr("✔"), wallstyle::good(), true),
                                  esc(r.role),
                                  wallstyle::coloured(esc(r.person), wallstyle::text(), true)));
        else
            roles.append(tr("%1 %2: %3 — %4")
                             .arg(wallstyle::coloured(tr("◷"), wallstyle::attention(), true),
                                  esc(r.role),
                                  wallstyle::coloured(esc(r.person), wallstyle::text(), true),
                                  wallstyle::coloured(esc(r.state), wallstyle::attention())));
    }
    if (roles.isEmpty())
        roles.append(wallstyle::coloured(tr("Nobody holds a role yet."), wallstyle::alarm()));
    m_roles->setText(section(tr("ROLES"), wallstyle::heading(), roles));

    QStringList calls;
    if (f.callsTotal == 0) {
        calls.append(wallstyle::coloured(tr("No key accounts selected"), wallstyle::muted()));
    } else {
        const bool done = f.callsClosedOut == f.callsTotal;
        calls.append(wallstyle::coloured(tr("%1 %2 of %3 reached · %4 closed out")
                                             .arg(done ? tr("✔") : tr("☎"))
                                             .arg(f.callsReached)
                                             .arg(f.callsTotal)
                                             .arg(f.callsClosedOut),
                                         done ? wallstyle::good() : wallstyle::text(), true));
        if (!f.callsOpen.isEmpty())
            calls.append(wallstyle::coloured(
                tr("Still open: %1").arg(esc(f.callsOpen.join(QStringLiteral(", ")))),
                wallstyle::muted()));
    }
    m_calls->setText(section(tr("KEY-ACCOUNT CALLS"), wallstyle::heading(), calls));

    QStringList comms;
    if (f.latestMessageTitle.isEmpty())
        comms.append(wallstyle::coloured(tr("Latest: nothing published yet"), wallstyle::muted()));
    else
        comms.append(tr("Latest: %1 — %2")
                         .arg(wallstyle::coloured(tr("“%1”").arg(esc(f.latestMessageTitle)),
                                                  wallstyle::text(), true),
                              wallstyle::coloured(esc(f.latestMessageWhen), wallstyle::muted())));
    comms.append(
        f.nextUpdateOverdue
            ? wallstyle::coloured(tr("⚠ Next: %1").arg(esc(f.nextUpdate)), wallstyle::alarm(), true)
            : wallstyle::coloured(tr("Next: %1").arg(esc(f.nextUpdate)), wallstyle::text()));
    m_comms->setText(section(tr("✉ EXTERNAL MESSAGES"), wallstyle::heading(), comms));
    fit();
}

void WallIncidentPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

// A label's height at a text size and width. Rich-text layout is what the wall screen spends its
// time on (the fit tries several sizes, every second, because countdowns change), so heights are
// kept per label until its text or the panel's font changes: a tick re-measures only the labels
// whose text changed.
int WallIncidentPanel::measuredHeight(Item &item, int pixelSize, int width)
{
    if (item.label->text() != item.measuredText) {
        item.heights.clear();
        item.measuredText = item.label->text();
    }
    const qint64 key = (qint64(pixelSize) << 32) | quint32(width);
    if (const auto known = item.heights.constFind(key); known != item.heights.cend())
        return known.value();
    setLabelPixelSize(item, pixelSize);
    const int height = item.label->heightForWidth(width);
    item.heights.insert(key, height);
    return height;
}

void WallIncidentPanel::setLabelPixelSize(Item &item, int pixelSize)
{
    QFont font = this->font();
    font.setPixelSize(std::max(1, int(std::lround(pixelSize * item.scale))));
    if (item.label->font() != font)
        item.label->setFont(font);
}

int WallIncidentPanel::place(int pixelSize, bool apply)
{
    const bool twoColumns = width() > height() * 6 / 5;
    const int margin = pixelSize / 2;
    const int spacing = pixelSize * 3 / 5;
    const int gap = pixelSize * 3 / 2;
    const int full = width() - 2 * margin;
    const int half = twoColumns ? (full - gap) / 2 : full;
    int top = margin;      // below the items across both columns
    int y[2] = {top, top}; // per column
    for (Item &item : m_items) {
        if (item.label->text().isEmpty()) {
            if (apply)
                item.label->hide();
            continue;
        }
        const bool across = item.column < 0;
        const int column = twoColumns && !across ? item.column : 0;
        const int w = across ? full : half;
        const int h = measuredHeight(item, pixelSize, w);
        int &at = across ? top : y[column];
        if (!across && at < top)
            at = top;
        if (apply) {
            setLabelPixelSize(item, pixelSize);
            item.label->setGeometry(margin + column * (half + gap), at, w, h);
            item.label->show();
        }
        at += h + spacing;
        if (across)
            y[0] = y[1] = top;
    }
    return std::max({top, y[0], y[1]}) - spacing + margin;
}

// The largest base size, up to a 26th of the height (for reading across a room) and the cap the
// wall screen sets (panels side by side share one size), at which everything fits. The last
// answer is tried first: from one second to the next it rarely changes.
int WallIncidentPanel::fittingPixelSize()
{
    if (width() <= 0 || height() <= 0)
        return 0;
    const int highest = std::clamp(height() / 26, MinimumPixelSize, 400);
    const auto fits = [this](int size) { return place(size, false) <= height(); };
    if (m_lastFitting >= MinimumPixelSize && m_lastFitting <= highest && fits(m_lastFitting) &&
        (m_lastFitting == highest || !fits(m_lastFitting + 1)))
        return m_lastFitting;
    int low = MinimumPixelSize;
    int high = highest;
    while (low < high) {
        const int middle = (low + high + 1) / 2;
        if (fits(middle))
            low = middle;
        else
            high = middle - 1;
    }
    m_lastFitting = low;
    return low;
}

void WallIncidentPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        for (Item &item : m_items)
            item.heights.clear();
        fit();
    }
}

void WallIncidentPanel::setPixelSizeCap(int cap)
{
    m_cap = cap;
    fit();
}

void WallIncidentPanel::fit()
{
    const int fitting = fittingPixelSize();
    if (fitting <= 0)
        return;
    m_pixelSize = m_cap > 0 ? std::min(fitting, m_cap) : fitting;
    place(m_pixelSize, true);
}

} // namespace warroom
