#include "widgets/incidentview.h"

#include "core/utctime.h"
#include "models/timelinemodel.h"
#include "storage/incidentstore.h"
#include "storage/workspace.h"
#include "widgets/badge.h"
#include "widgets/communicationspane.h"
#include "widgets/currentuser.h"
#include "widgets/declareincidentdialog.h"
#include "widgets/phaseboardwidget.h"

#include <QApplication>
#include <QComboBox>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace warroom {

IncidentView::IncidentView(Workspace &workspace, CurrentUser &user, qint64 incidentId,
                           QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_incidentId(incidentId)
{
    auto *layout = new QVBoxLayout(this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("incidentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; padding: 6px;"
                       " border: 1px solid #c62828; font-weight: bold; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *header = new QHBoxLayout;
    m_severity = new Badge(this);
    m_status = new Badge(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_severity);
    header->addWidget(m_status);
    header->addWidget(m_title, 1);
    layout->addLayout(header);

    m_category = new QLabel(this);
    layout->addWidget(m_category);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("incidentFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Move to:"), this));
    m_nextStatus = new QComboBox(this);
    m_nextStatus->setObjectName(QStringLiteral("nextStatus"));
    actions->addWidget(m_nextStatus);
    m_setStatus = new QPushButton(tr("Set &status"), this);
    m_setStatus->setObjectName(QStringLiteral("setStatus"));
    actions->addWidget(m_setStatus);
    actions->addStretch();
    m_edit = new QPushButton(tr("&Edit fields…"), this);
    m_edit->setObjectName(QStringLiteral("editFields"));
    actions->addWidget(m_edit);
    layout->addLayout(actions);

    applyFonts();
    m_panes = new QTabWidget(this);
    m_panes->addTab(new PhaseBoardWidget(m_workspace, m_user, m_incidentId, m_panes),
                    tr("&Phase board"));
    m_panes->addTab(buildTimelinePane(), tr("&Timeline"));
    m_panes->addTab(new CommunicationsPane(m_workspace, m_user, m_incidentId, this),
                    tr("C&ommunications"));
    layout->addWidget(m_panes, 1);

    connect(m_setStatus, &QPushButton::clicked, this, &IncidentView::applyStatus);
    connect(m_edit, &QPushButton::clicked, this, &IncidentView::editFields);
    IncidentStore &store = m_workspace.incidents();
    connect(&store, &IncidentStore::incidentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            reload();
    });
    connect(&store, &IncidentStore::externallyChanged, this, &IncidentView::reload);
    reload();
}

QWidget *IncidentView::buildTimelinePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    m_timeline = new TimelineModel(m_workspace.incidents(), m_incidentId, this);
    connect(m_timeline, &TimelineModel::loadFailed, this, &IncidentView::showError);
    m_timelineView = new QTableView(pane);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timelineView->setWordWrap(true);
    m_timelineView->resizeColumnsToContents();
    connect(m_timeline, &QAbstractItemModel::rowsInserted, m_timelineView, [this] {
        m_timelineView->resizeColumnToContents(TimelineModel::AuthorColumn);
        m_timelineView->scrollToBottom();
    });
    layout->addWidget(m_timelineView, 1);

    auto *noteRow = new QHBoxLayout;
    m_noteEdit = new QLineEdit(pane);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("Add a note to the timeline (\"no new progress\" counts)"));
    m_noteEdit->setMaxLength(IncidentStore::MaxNoteLength);
    m_addNote = new QPushButton(tr("&Add note"), pane);
    m_addNote->setObjectName(QStringLiteral("addNote"));
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_addNote);
    layout->addLayout(noteRow);
    connect(m_addNote, &QPushButton::clicked, this, &IncidentView::addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &IncidentView::addNote);
    return pane;
}

void IncidentView::applyFonts()
{
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont categoryFont = QApplication::font();
    categoryFont.setPointSizeF(categoryFont.pointSizeF() * 1.2);
    m_category->setFont(categoryFont);
    if (m_incident.id > 0)
        showIncident(); // badges size their text from the application font
}

void IncidentView::addPane(QWidget *pane, const QString &title)
{
    m_panes->addTab(pane, title);
}

QString IncidentView::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void IncidentView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void IncidentView::reload()
{
    Result<Incident> loaded = m_workspace.incidents().incident(m_incidentId);
    if (!loaded) {
        showError(loaded.error().message);
        return;
    }
    m_incident = std::move(loaded).value();
    showIncident();
}

void IncidentView::showIncident()
{
    const IncidentFields &f = m_incident.fields;
    m_title->setText(QStringLiteral("#%1  %2").arg(m_incident.id).arg(f.title));
    m_severity->showSeverity(f.severity);
    m_status->showStatus(m_incident.status);
    m_category->setText(category::displayName(f.category));

    QStringList history;
    for (const StatusChange &change : m_incident.statusHistory)
        history.append(QStringLiteral("%1 %2").arg(incidentstatus::displayName(change.to),
                                                   change.at.toString(QStringLiteral("HH:mm"))));
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral(
                   "<tr><td style='padding-right:12px; color:#555'>%1</td><td><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_facts->setText(
        QStringLiteral("<table>") +
        row(tr("Task type"), f.taskType.isEmpty() ? tr("(not given)") : f.taskType) +
        row(tr("Users affected"),
            QStringLiteral("%1%").arg(QLocale().toString(f.affectedUsersPct, 'g', 4))) +
        row(tr("Enterprise customers affected"), QString::number(f.enterpriseAffected)) +
        row(tr("Detected"), f.detectedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))) +
        row(tr("Declared"),
            tr("%1 by %2")
                .arg(m_incident.declaredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                     m_incident.declaredBy)) +
        row(tr("Status history (UTC)"), history.join(QStringLiteral(" → "))) +
        QStringLiteral("</table>"));

    // Forward moves first, so the usual next step is preselected; a relapse is listed last.
    QList<IncidentStatus> next = incidentstatus::allowedTransitions(m_incident.status);
    std::stable_partition(next.begin(), next.end(),
                          [this](IncidentStatus s) { return s > m_incident.status; });
    m_nextStatus->clear();
    for (IncidentStatus s : std::as_const(next))
        m_nextStatus->addItem(incidentstatus::displayName(s), incidentstatus::id(s));
    m_nextStatus->setEnabled(m_nextStatus->count() > 0);
    m_setStatus->setEnabled(m_nextStatus->count() > 0);
    m_edit->setEnabled(m_incident.status != IncidentStatus::Closed);
}

void IncidentView::addNote()
{
    Result<void> added =
        m_workspace.incidents().addNote(m_incidentId, m_noteEdit->text(), m_user.name());
    if (!added) {
        showError(added.error().message); // the typed text stays in the box
        return;
    }
    showError(QString());
    m_noteEdit->clear();
}

void IncidentView::applyStatus()
{
    const auto to = incidentstatus::fromId(m_nextStatus->currentData().toString());
    if (!to)
        return;
    Result<void> changed = m_workspace.incidents().changeStatus(m_incidentId, *to, m_user.name());
    showError(changed ? QString() : changed.error().message);
}

void IncidentView::editFields()
{
    DeclareIncidentDialog dialog(
        m_workspace.clock(),
        [this](const IncidentFields &fields) {
            return m_workspace.incidents().updateFields(m_incidentId, fields, m_user.name());
        },
        this);
    dialog.setFields(m_incident.fields);
    dialog.exec();
}

} // namespace warroom
